/** Persistence survives what browsers throw at it: no storage, full quota, corrupted JSON, old versions, other tabs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  failWrites = false;
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  getItem(key: string) { return this.map.get(key) ?? null; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  removeItem(key: string) { this.map.delete(key); }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

let storage: MemoryStorage;
const listeners: ((e: { key: string }) => void)[] = [];

beforeEach(() => {
  vi.resetModules();
  storage = new MemoryStorage();
  listeners.length = 0;
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', { addEventListener: (_: string, fn: (e: { key: string }) => void) => listeners.push(fn) });
});
afterEach(() => vi.unstubAllGlobals());

const parseNumbers = (d: unknown) => (Array.isArray(d) && d.every((x) => typeof x === 'number') ? (d as number[]) : undefined);
const options = { key: 'k', version: 2, parse: parseNumbers, initial: () => [] as number[], migrations: { 1: (d: unknown) => (d as { list: number[] }).list } };

describe('decodeStored', () => {
  it('reads a value of the current version', async () => {
    const { decodeStored } = await import('../../src/stores/storage');
    expect(decodeStored('{"version":2,"data":[1,2]}', options)).toEqual({ kind: 'ok', value: [1, 2], migrated: false });
  });
  it('migrates an older version step by step', async () => {
    const { decodeStored } = await import('../../src/stores/storage');
    expect(decodeStored('{"version":1,"data":{"list":[3]}}', options)).toEqual({ kind: 'ok', value: [3], migrated: true });
  });
  it.each([
    ['broken JSON', '{"version":2,'],
    ['a bare value', '42'],
    ['a newer version', '{"version":3,"data":[1]}'],
    ['wrong types', '{"version":2,"data":["a"]}'],
    ['a failing migration', '{"version":1,"data":null}'],
  ])('calls %s corrupt', async (_name, raw) => {
    const { decodeStored } = await import('../../src/stores/storage');
    expect(decodeStored(raw, options).kind).toBe('corrupt');
  });
});

describe('persistentAtom', () => {
  it('writes every save as { version, data }', async () => {
    const { persistentAtom } = await import('../../src/stores/storage');
    const store = persistentAtom(options);
    store.save([7]);
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ version: 2, data: [7] });
  });
  it('keeps a corrupted value under a backup key, starts empty and reports it', async () => {
    storage.setItem('k', 'not json');
    const { persistentAtom, $storageHealth } = await import('../../src/stores/storage');
    const store = persistentAtom(options);
    expect(store.get()).toEqual([]);
    const backup = [...storage.map.keys()].find((key) => key.startsWith('k:hong:'));
    expect(backup && storage.getItem(backup)).toBe('not json');
    expect(storage.getItem('k')).toBeNull();
    expect($storageHealth.get().recovered).toEqual(['k']);
  });
  it('rewrites a migrated value in the current version', async () => {
    storage.setItem('k', '{"version":1,"data":{"list":[5]}}');
    const { persistentAtom } = await import('../../src/stores/storage');
    expect(persistentAtom(options).get()).toEqual([5]);
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ version: 2, data: [5] });
  });
  it('keeps working in memory and reports it when writes fail', async () => {
    storage.failWrites = true;
    const { persistentAtom, $storageHealth } = await import('../../src/stores/storage');
    const store = persistentAtom(options);
    store.save([1]);
    expect(store.get()).toEqual([1]);
    expect($storageHealth.get().saving).toBe(false);
  });
  it('works where localStorage itself throws on access', async () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); }, configurable: true });
    const { persistentAtom, $storageHealth } = await import('../../src/stores/storage');
    const store = persistentAtom(options);
    store.save([2]);
    expect(store.get()).toEqual([2]);
    expect($storageHealth.get().saving).toBe(false);
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  });
  it('picks up a value written by another tab', async () => {
    const { persistentAtom } = await import('../../src/stores/storage');
    const store = persistentAtom(options);
    storage.setItem('k', '{"version":2,"data":[9]}');
    listeners.forEach((fn) => fn({ key: 'k' }));
    expect(store.get()).toEqual([9]);
  });
});
