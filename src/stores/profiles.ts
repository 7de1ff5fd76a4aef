/**
 * Who is learning on this device. Several people take turns on one shared phone or commune
 * computer without accounts or passwords: each has a profile (a name and an avatar they
 * recognise), and every per-learner store is keyed by the active profile's id.
 *
 * Every store imports this module before it reads storage, which is why the guest mode lives
 * here: while "Khách" is active, localStorage is shadowed by a tab-local copy, so whatever any
 * store writes stays in this tab's sessionStorage and nothing at all reaches localStorage.
 *
 * The profile list shares the key of the v1 store, which held only the active id: the v1 → v2
 * migration turns that id into a named profile, so a learner's progress from before profiles
 * existed keeps its owner.
 */
import { atom, computed } from 'nanostores';
import { $storageHealth, persistentAtom, type PersistentAtom } from './storage';
import { defaultLearnerName } from '../i18n/profiles';

/** The learner used before anyone created a profile; migrated to "Người học 1". */
export const DEFAULT_PROFILE_ID = 'mac-dinh';
/** The guest's id in the stores' in-memory values; never a profile, never in localStorage. */
export const GUEST_ID = 'khach';
/** Kept from v1 (where it held only the active id) so the migration can find the old value. */
export const LEARNERS_KEY = 'hocso:nguoi-hoc-hien-tai';
export const LEARNERS_VERSION = 2;
/** sessionStorage: "1" while this tab learns as a guest. */
export const GUEST_FLAG_KEY = 'hocso:khach';
/** sessionStorage prefix of the guest's shadow copy of each localStorage key. */
export const GUEST_SHADOW_PREFIX = 'hocso:khach:';

/** Simple pictures and colours, so people who read slowly can find their own tile. */
export const AVATAR_ICONS = ['hoa', 'sao', 'la', 'ca', 'chim', 'meo', 'mat-troi', 'nha'] as const;
export const AVATAR_COLORS = ['xanh-la', 'xanh-duong', 'cam', 'do', 'tim', 'nau'] as const;
export type AvatarIcon = (typeof AVATAR_ICONS)[number];
export type AvatarColor = (typeof AVATAR_COLORS)[number];

export const NAME_MAX_LENGTH = 40;
/** More tiles than this would not fit a picker that slow readers can scan. */
export const PROFILES_MAX = 30;

export interface Profile {
  /** Stable key of the learner's data in every store: /^[a-z0-9-]{1,40}$/. */
  id: string;
  /** Display name, plain text (never parsed as HTML). */
  name: string;
  icon: AvatarIcon;
  color: AvatarColor;
  /** ISO time the profile was created (or migrated). */
  createdAt: string;
  /** ISO time the learner last chose its name or avatar; absent for the automatic "Người học 1". */
  renamedAt?: string;
}

export interface LearnersState {
  /** Id of the profile in use; always one of `profiles`. */
  active: string;
  /** In the order they were added. Never empty. */
  profiles: Profile[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/** True for an id a profile may have (the guest's id is reserved). */
export const isProfileId = (v: unknown): v is string =>
  typeof v === 'string' && /^[a-z0-9-]{1,40}$/.test(v) && v !== GUEST_ID;

// Control characters and the invisible marks that reorder text (a name could pose as another).
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

export type NameProblem = 'empty' | 'too-long' | 'invalid' | 'duplicate';

/** The name as stored (NFC, single spaces, trimmed), or why it cannot be one. */
export function checkName(raw: unknown, others: readonly Profile[] = []): { name: string } | { problem: NameProblem } {
  if (typeof raw !== 'string') return { problem: 'invalid' };
  if (FORBIDDEN_IN_NAME.test(raw)) return { problem: 'invalid' };
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) return { problem: 'empty' };
  if ([...name].length > NAME_MAX_LENGTH) return { problem: 'too-long' };
  const folded = name.toLocaleLowerCase('vi');
  if (others.some((p) => p.name.toLocaleLowerCase('vi') === folded)) return { problem: 'duplicate' };
  return { name };
}

const pick = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;

/** The automatic profile of a learner who has not chosen a name: "Người học <n>". */
export function placeholderProfile(id: string, n: number, now: Date): Profile {
  return {
    id,
    name: defaultLearnerName(n),
    icon: AVATAR_ICONS[(n - 1) % AVATAR_ICONS.length] ?? 'hoa',
    color: AVATAR_COLORS[(n - 1) % AVATAR_COLORS.length] ?? 'xanh-la',
    createdAt: now.toISOString(),
  };
}

/**
 * One stored profile. Cosmetic fields fall back to defaults rather than losing the learner;
 * an unusable id drops the entry (its data stays in the stores and is adopted again).
 */
export function parseProfile(v: unknown, n: number): Profile | undefined {
  if (!isRecord(v) || !isProfileId(v['id'])) return undefined;
  const fallback = placeholderProfile(v['id'], n, new Date(0));
  const named = checkName(v['name']);
  const profile: Profile = {
    id: v['id'],
    name: 'name' in named ? named.name : fallback.name,
    icon: pick(AVATAR_ICONS, v['icon'], fallback.icon),
    color: pick(AVATAR_COLORS, v['color'], fallback.color),
    createdAt: isIso(v['createdAt']) ? v['createdAt'] : fallback.createdAt,
  };
  if (isIso(v['renamedAt'])) profile.renamedAt = v['renamedAt'];
  return profile;
}

/** Validates the v2 value: a usable list of unique profiles and an active one among them. */
export function parseLearners(data: unknown): LearnersState | undefined {
  if (!isRecord(data) || !Array.isArray(data['profiles'])) return undefined;
  const profiles: Profile[] = [];
  for (const raw of data['profiles']) {
    const profile = parseProfile(raw, profiles.length + 1);
    if (profile && !profiles.some((p) => p.id === profile.id) && profiles.length < PROFILES_MAX) profiles.push(profile);
  }
  const first = profiles[0];
  if (!first) return undefined;
  const active = profiles.some((p) => p.id === data['active']) ? (data['active'] as string) : first.id;
  return { active, profiles };
}

/**
 * v1 stored only the active id (a bare string). Its learner, and the default learner whose
 * progress predates profiles, become named profiles; nothing else existed to carry over.
 */
export function migrateLearnersV1(data: unknown, now = new Date()): LearnersState {
  const profiles = [placeholderProfile(DEFAULT_PROFILE_ID, 1, now)];
  if (isProfileId(data) && data !== DEFAULT_PROFILE_ID) profiles.push(placeholderProfile(data, 2, now));
  return { active: isProfileId(data) ? data : DEFAULT_PROFILE_ID, profiles };
}

export const initialLearners = (now = new Date()): LearnersState => ({
  active: DEFAULT_PROFILE_ID,
  profiles: [placeholderProfile(DEFAULT_PROFILE_ID, 1, now)],
});

/* ---------- Guest mode: a tab-local shadow of localStorage ---------- */

const TOMBSTONE = '\u0000removed';

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** What storage.ts sees while a guest learns (see createGuestStorage). */
export interface GuestStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(i: number): string | null;
  readonly length: number;
  clear(): void;
  /** localStorage keys the guest has written or removed. */
  shadowedKeys(): string[];
  /** Forgets everything the guest wrote. */
  clearShadow(): void;
}

/**
 * Reads fall through to the real localStorage until the guest writes a key; writes and
 * removals go to sessionStorage (or memory where even that fails), so they last while the tab
 * is open and vanish with it.
 */
export function createGuestStorage(real: Storage | undefined, session: Storage | undefined): GuestStorage {
  const memory = new Map<string, string>();
  const attempt = <T,>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };
  const shadow = (key: string): string | null => {
    const k = GUEST_SHADOW_PREFIX + key;
    return memory.has(k) ? (memory.get(k) ?? null) : attempt(() => session?.getItem(k) ?? null, null);
  };
  const put = (key: string, value: string) => {
    const k = GUEST_SHADOW_PREFIX + key;
    try {
      if (!session) throw new Error('no session storage');
      session.setItem(k, value);
      memory.delete(k);
    } catch {
      memory.set(k, value);
    }
  };
  const shadowedKeys = (): string[] => {
    const keys = new Set([...memory.keys()].map((k) => k.slice(GUEST_SHADOW_PREFIX.length)));
    attempt(() => {
      for (let i = 0; i < (session?.length ?? 0); i++) {
        const k = session?.key(i);
        if (k?.startsWith(GUEST_SHADOW_PREFIX)) keys.add(k.slice(GUEST_SHADOW_PREFIX.length));
      }
    }, undefined);
    return [...keys];
  };
  const clearShadow = () => {
    for (const key of shadowedKeys()) attempt(() => session?.removeItem(GUEST_SHADOW_PREFIX + key), undefined);
    memory.clear();
  };
  return {
    getItem(key) {
      const shadowed = shadow(key);
      if (shadowed !== null) return shadowed === TOMBSTONE ? null : shadowed;
      return attempt(() => real?.getItem(key) ?? null, null);
    },
    setItem: (key, value) => put(key, String(value)),
    removeItem: (key) => put(key, TOMBSTONE),
    key: (i) => attempt(() => real?.key(i) ?? null, null),
    get length() {
      return attempt(() => real?.length ?? 0, 0);
    },
    clear: clearShadow,
    shadowedKeys,
    clearShadow,
  };
}

let guestStorage: GuestStorage | undefined;
let realDescriptor: PropertyDescriptor | undefined;

/** Puts the shadow in front of localStorage (storage.ts reads the global on every access). */
function installGuestGate(): boolean {
  if (guestStorage) return true;
  const global = globalThis as { localStorage?: Storage };
  let real: Storage | undefined;
  try {
    real = global.localStorage;
  } catch {
    real = undefined;
  }
  const shadow = createGuestStorage(real, sessionStore());
  try {
    realDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => shadow });
  } catch {
    return false;
  }
  guestStorage = shadow;
  return true;
}

function removeGuestGate(): string[] {
  const shadow = guestStorage;
  if (!shadow) return [];
  const keys = shadow.shadowedKeys();
  shadow.clearShadow();
  guestStorage = undefined;
  if (realDescriptor) Object.defineProperty(globalThis, 'localStorage', realDescriptor);
  else delete (globalThis as { localStorage?: Storage }).localStorage;
  realDescriptor = undefined;
  return keys;
}

function guestFlagSet(): boolean {
  try {
    return sessionStore()?.getItem(GUEST_FLAG_KEY) === '1';
  } catch {
    return false;
  }
}

/** True while this tab learns as "Khách". */
export const $guest = atom<boolean>(guestFlagSet() && installGuestGate());

/* ---------- The stored profile list and the active learner ---------- */

export const $learners = persistentAtom<LearnersState>({
  key: LEARNERS_KEY,
  version: LEARNERS_VERSION,
  parse: parseLearners,
  migrations: { 1: (data) => migrateLearnersV1(data) },
  initial: () => initialLearners(),
});

const activeNow = () => ($guest.get() ? GUEST_ID : $learners.get().active);

/**
 * Id of the learner whose data the stores show and change. `set` switches in memory only;
 * `save` switches for good (as selectProfile does), creating the profile if it is new.
 */
export const $activeProfileId = atom<string>(activeNow()) as PersistentAtom<string>;
$activeProfileId.save = (id: string) => selectProfile(id);
const follow = () => {
  const id = activeNow();
  if ($activeProfileId.get() !== id) $activeProfileId.set(id);
};
$learners.listen(follow);
$guest.listen(follow);

/** The active learner's profile; for the guest, a profile that exists only in this tab. */
export const $activeProfile = computed([$learners, $guest], (state, guest): Profile & { guest?: true } => {
  if (guest) return { id: GUEST_ID, name: '', icon: 'sao', color: 'nau', createdAt: new Date(0).toISOString(), guest: true };
  return state.profiles.find((p) => p.id === state.active) ?? state.profiles[0] ?? placeholderProfile(DEFAULT_PROFILE_ID, 1, new Date(0));
});

/** Announces keys to this tab's stores as if another tab had written them, so they read again. */
function rereadKeys(keys: string[]): void {
  if (typeof window === 'undefined' || typeof window.dispatchEvent !== 'function') return;
  for (const key of keys) {
    const event = typeof StorageEvent === 'function' ? new StorageEvent('storage', { key }) : Object.assign(new Event('storage'), { key });
    window.dispatchEvent(event);
  }
}

/** Starts learning as "Khách" in this tab: from now on nothing is written to localStorage. */
export function startGuest(): boolean {
  if ($guest.get()) return true;
  const session = sessionStore();
  if (!installGuestGate()) return false;
  guestStorage?.clearShadow();
  try {
    session?.setItem(GUEST_FLAG_KEY, '1');
  } catch {
    /* the guest then ends with this page, which saves even less */
  }
  $guest.set(true);
  return true;
}

/** Ends the guest session: its progress is forgotten and the stores read the real storage again. */
export function leaveGuest(): void {
  if (!$guest.get()) return;
  try {
    sessionStore()?.removeItem(GUEST_FLAG_KEY);
  } catch {
    /* the flag goes with the tab anyway */
  }
  const keys = removeGuestGate();
  $guest.set(false);
  rereadKeys(keys);
}

/** Next free "Người học <n>" name. */
function nextPlaceholder(id: string, profiles: readonly Profile[], now: Date): Profile {
  let n = profiles.length + 1;
  while (profiles.some((p) => p.name === defaultLearnerName(n))) n++;
  return placeholderProfile(id, n, now);
}

/** Makes a learner the active one (leaving guest mode). An unknown valid id gets a profile. */
export function selectProfile(id: string, now = new Date()): void {
  leaveGuest();
  if (!isProfileId(id)) return;
  const state = $learners.get();
  const profiles = state.profiles.some((p) => p.id === id) ? state.profiles : [...state.profiles, nextPlaceholder(id, state.profiles, now)];
  $learners.save({ active: id, profiles });
}

const PROBE_KEY = 'hocso:thu-ghi';

/**
 * Tries one write so the learner hears at once (not after an hour of work) that this browser
 * keeps nothing. Skipped for the guest, for whom nothing may touch localStorage.
 */
export function probeStorage(): void {
  if ($guest.get()) return;
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) throw new Error('no storage');
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch {
    if ($storageHealth.get().saving) $storageHealth.set({ ...$storageHealth.get(), saving: false });
  }
}
