/**
 * Versioned, fault-tolerant persistence for nanostores atoms.
 *
 * Each store owns one localStorage key holding `{ version, data }`. Reading never throws:
 * storage that is disabled or full keeps the app working in memory (and says so through
 * $storageHealth), a corrupted value is kept under a backup key and the store restarts
 * empty, an older version is migrated step by step, and a write from another tab is picked
 * up through the `storage` event.
 */
import { atom, type WritableAtom } from 'nanostores';

export interface StorageHealth {
  /** False once a write failed (private mode, quota full, storage disabled). */
  saving: boolean;
  /** Keys whose stored value was unreadable and was moved aside to a backup key. */
  recovered: string[];
}

export const $storageHealth = atom<StorageHealth>({ saving: true, recovered: [] });

export interface PersistOptions<T> {
  /** localStorage key, e.g. "hocso:tien-do". */
  key: string;
  /** Current version of the stored shape. */
  version: number;
  /** Validates data of the current version; undefined means "not valid". */
  parse: (data: unknown) => T | undefined;
  /** migrations[n] turns version n data into version n + 1 data. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Value used when nothing (valid) is stored. */
  initial: () => T;
}

export interface PersistentAtom<T> extends WritableAtom<T> {
  /** Replaces the value and writes it through to storage. */
  save(value: T): void;
}

/** localStorage, or undefined where it does not exist or access throws. */
export function getStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function markSavingFailed(): void {
  if ($storageHealth.get().saving) $storageHealth.set({ ...$storageHealth.get(), saving: false });
}

function markRecovered(key: string): void {
  const health = $storageHealth.get();
  if (!health.recovered.includes(key)) $storageHealth.set({ ...health, recovered: [...health.recovered, key] });
}

export type DecodeResult<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; migrated: boolean }
  | { kind: 'corrupt' };

/** Pure: turns the raw stored string into a value of the current version. */
export function decodeStored<T>(raw: string | null, options: PersistOptions<T>): DecodeResult<T> {
  if (raw === null) return { kind: 'empty' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  if (typeof envelope !== 'object' || envelope === null) return { kind: 'corrupt' };
  const { version, data } = envelope as { version?: unknown; data?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > options.version) {
    return { kind: 'corrupt' };
  }
  let current = data;
  for (let v = version; v < options.version; v++) {
    const migrate = options.migrations?.[v];
    if (!migrate) return { kind: 'corrupt' };
    try {
      current = migrate(current);
    } catch {
      return { kind: 'corrupt' };
    }
  }
  const value = options.parse(current);
  return value === undefined ? { kind: 'corrupt' } : { kind: 'ok', value, migrated: version !== options.version };
}

/** Pure: the string written for a value. */
export function encodeStored<T>(value: T, version: number): string {
  return JSON.stringify({ version, data: value });
}

function backupKey(key: string): string {
  return `${key}:hong:${new Date().toISOString()}`;
}

function read<T>(options: PersistOptions<T>): T {
  const storage = getStorage();
  let raw: string | null = null;
  try {
    raw = storage?.getItem(options.key) ?? null;
  } catch {
    markSavingFailed();
    return options.initial();
  }
  const result = decodeStored(raw, options);
  if (result.kind === 'ok') {
    if (result.migrated) write(options.key, encodeStored(result.value, options.version));
    return result.value;
  }
  if (result.kind === 'corrupt' && raw !== null) {
    // Keep what was there so nothing is lost, then start this store afresh.
    write(backupKey(options.key), raw);
    try {
      storage?.removeItem(options.key);
    } catch {
      markSavingFailed();
    }
    markRecovered(options.key);
  }
  return options.initial();
}

let persistenceAsked = false;

/** Once the learner has progress worth keeping, ask the browser not to evict it. */
function askPersistence(): void {
  if (persistenceAsked || typeof navigator === 'undefined') return;
  persistenceAsked = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

function write(key: string, value: string): boolean {
  const storage = getStorage();
  if (!storage) {
    markSavingFailed();
    return false;
  }
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    markSavingFailed();
    return false;
  }
}

/**
 * An atom whose value lives in localStorage. Read once at creation (on the server it starts
 * from `initial`), written through on every save(), refreshed when another tab writes.
 */
export function persistentAtom<T>(options: PersistOptions<T>): PersistentAtom<T> {
  const store = atom<T>(read(options)) as PersistentAtom<T>;
  store.save = (value: T) => {
    store.set(value);
    if (write(options.key, encodeStored(value, options.version))) askPersistence();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === options.key) store.set(read(options));
    });
  }
  return store;
}
