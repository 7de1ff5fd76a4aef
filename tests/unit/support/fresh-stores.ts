/**
 * Store tests start from a clean slate: fresh modules (stores read storage when first imported)
 * over an empty in-memory localStorage.
 */
import { beforeEach, vi } from 'vitest';

export function useFreshStores(): void {
  beforeEach(() => {
    vi.resetModules();
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      key: (i: number) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    });
  });
}
