/**
 * Every store that keeps something per learner, in one list, with the three things deleting,
 * exporting, importing and transferring need of each: read one learner's data, write it
 * (replaced or merged), forget it. A new per-learner store joins the list here, and "Xóa dữ
 * liệu của tôi", the backup file and the QR transfer all follow.
 *
 * Managing the profile list (add, rename, remove) lives here too rather than in profiles.ts:
 * only the picker and progress pages need it, while profiles.ts rides on every lesson page.
 */
import { $progressAll, type LessonProgress } from './progress';
import { $attemptsAll, HISTORY_LIMIT, parseAttempts, type LearnerAttempts } from './attempts';
import { $practiceAll, parsePractice, type PracticeResult } from './practice';
import { $settingsAll, parseSettingsEntry } from './settings';
import { $certificatesAll, CERTIFICATES_KEY, type LearnerCertificates } from './certificates';
import { $simulatorsAll, type SimulatorRecord } from './simulators';
import {
  $activeProfileId,
  $learners,
  AVATAR_COLORS,
  AVATAR_ICONS,
  checkName,
  DEFAULT_PROFILE_ID,
  GUEST_ID,
  isProfileId,
  leaveGuest,
  LEARNERS_KEY,
  parseLearners,
  placeholderProfile,
  PROFILES_MAX,
  type AvatarColor,
  type AvatarIcon,
  type LearnersState,
  type NameProblem,
  type Profile,
} from './profiles';
import type { PersistentAtom } from './storage';
import { emptyLearnerData, type LearnerBundle, type LearnerData } from '../lib/backup/types';
import { isEmptyLearnerData, mergeLearnerData, mergeProfile } from '../lib/backup/merge';

/* ---------- Managing the list of learners (the picker page; lesson pages never load this) ---------- */

const pick = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  list.includes(v as T) ? (v as T) : fallback;

function newProfileId(taken: readonly Profile[]): string {
  for (;;) {
    const bytes = new Uint8Array(6);
    globalThis.crypto.getRandomValues(bytes);
    const id = `nh-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
    if (!taken.some((p) => p.id === id)) return id;
  }
}

export interface ProfileChoice {
  name: string;
  icon: AvatarIcon;
  color: AvatarColor;
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; problem: NameProblem | 'too-many' | 'unknown' };

/** Adds a learner (not yet active: the picker selects them next). */
export function addProfile(choice: ProfileChoice, now = new Date()): ProfileResult {
  leaveGuest();
  const state = $learners.get();
  if (state.profiles.length >= PROFILES_MAX) return { ok: false, problem: 'too-many' };
  const checked = checkName(choice.name, state.profiles);
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  const profile: Profile = {
    id: newProfileId(state.profiles),
    name: checked.name,
    icon: pick(AVATAR_ICONS, choice.icon, 'hoa'),
    color: pick(AVATAR_COLORS, choice.color, 'xanh-la'),
    createdAt: now.toISOString(),
    renamedAt: now.toISOString(),
  };
  $learners.save({ ...state, profiles: [...state.profiles, profile] });
  return { ok: true, profile };
}

/** Changes a learner's name and avatar. */
export function renameProfile(id: string, choice: ProfileChoice, now = new Date()): ProfileResult {
  const state = $learners.get();
  const old = state.profiles.find((p) => p.id === id);
  if (!old) return { ok: false, problem: 'unknown' };
  const checked = checkName(choice.name, state.profiles.filter((p) => p.id !== id));
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  const profile: Profile = {
    ...old,
    name: checked.name,
    icon: pick(AVATAR_ICONS, choice.icon, old.icon),
    color: pick(AVATAR_COLORS, choice.color, old.color),
    renamedAt: now.toISOString(),
  };
  $learners.save({ ...state, profiles: state.profiles.map((p) => (p.id === id ? profile : p)) });
  return { ok: true, profile };
}

/**
 * Removes a learner's profile record only; learner-data.ts's deleteLearner also forgets their
 * data. The list is never left empty: the last one gives way to a fresh "Người học 1".
 */
export function removeProfile(id: string, now = new Date()): void {
  const state = $learners.get();
  const profiles = state.profiles.filter((p) => p.id !== id);
  if (profiles.length === state.profiles.length) return;
  const next = profiles.length ? profiles : [placeholderProfile(DEFAULT_PROFILE_ID, 1, now)];
  const active = next.some((p) => p.id === state.active) ? state.active : (next[0]?.id ?? DEFAULT_PROFILE_ID);
  $learners.save({ active, profiles: next });
}

/** Replaces the whole list (import and orphan adoption build it with learner-data.ts). */
export function saveLearners(state: LearnersState): void {
  const parsed = parseLearners(state);
  if (parsed) $learners.save(parsed);
}


/** One per-learner store: an atom of values by profile id. */
interface LearnerStore<T> {
  /** localStorage key, for messages about recovered data. */
  key: string;
  atom: PersistentAtom<Record<string, T>>;
}

const without = <T,>(all: Record<string, T>, id: string): Record<string, T> => {
  const rest = { ...all };
  delete rest[id];
  return rest;
};

function forgetIn<T>(store: LearnerStore<T>, id: string): void {
  const all = store.atom.get();
  if (id in all) store.atom.save(without(all, id));
}

function writeIn<T>(store: LearnerStore<T>, id: string, value: T | undefined): void {
  const all = store.atom.get();
  store.atom.save(value === undefined ? without(all, id) : { ...all, [id]: value });
}

export const progressStore: LearnerStore<Record<string, LessonProgress>> = { key: 'hocso:tien-do', atom: $progressAll };
export const attemptsStore: LearnerStore<LearnerAttempts> = { key: 'hocso:bai-lam', atom: $attemptsAll };
export const practiceStore: LearnerStore<Record<string, PracticeResult>> = { key: 'hocso:luyen-tap', atom: $practiceAll };
export const settingsStore: LearnerStore<ReturnType<typeof parseSettingsEntry>> = { key: 'hocso:cai-dat', atom: $settingsAll };

/**
 * Certificates: deleted with the learner. The backup file and the QR transfer do not carry
 * them yet (their LearnerData format has no field for them).
 */
export const certificatesStore: LearnerStore<LearnerCertificates> = { key: CERTIFICATES_KEY, atom: $certificatesAll };

/** Simulator results: deleted with the learner; like certificates, not yet in backups. */
export const simulatorsStore: LearnerStore<Record<string, SimulatorRecord>> = { key: 'hocso:mo-phong', atom: $simulatorsAll };

/** The per-learner stores. */
export const learnerStores = [progressStore, attemptsStore, practiceStore, settingsStore, certificatesStore, simulatorsStore] as const;

/** Everything the stores hold about one learner (copies: changing them changes nothing). */
export function readLearner(id: string): LearnerData {
  const data = emptyLearnerData();
  const attempts = attemptsStore.atom.get()[id];
  data.progress = { ...progressStore.atom.get()[id] };
  data.attempts = { open: { ...attempts?.open }, history: [...(attempts?.history ?? [])] };
  data.practice = { ...practiceStore.atom.get()[id] };
  const settings = settingsStore.atom.get()[id];
  if (settings) data.settings = { ...settings };
  return data;
}

/** Writes a learner's data in every store, replacing what was there. */
export function replaceLearner(id: string, data: LearnerData): void {
  const empty = (o: object) => Object.keys(o).length === 0;
  writeIn(progressStore, id, empty(data.progress) ? undefined : data.progress);
  writeIn(attemptsStore, id, empty(data.attempts.open) && data.attempts.history.length === 0 ? undefined : data.attempts);
  writeIn(practiceStore, id, empty(data.practice) ? undefined : data.practice);
  writeIn(settingsStore, id, data.settings ? parseSettingsEntry(data.settings) : undefined);
}

/** Adds data to a learner by the merge rules: nothing they have is lost. */
export function mergeIntoLearner(id: string, incoming: LearnerData): void {
  replaceLearner(id, mergeLearnerData(readLearner(id), incoming, HISTORY_LIMIT));
}

/** Removes a learner's data from every store. */
export function forgetLearner(id: string): void {
  for (const store of learnerStores) forgetIn(store as LearnerStore<unknown>, id);
}

/** "Xóa dữ liệu của tôi": the learner's data in every store, then their profile. */
export function deleteLearner(id: string): void {
  forgetLearner(id);
  removeProfile(id);
}

/** Ids that some store has data for. */
export function learnerIdsWithData(): string[] {
  const ids = new Set<string>();
  for (const store of learnerStores) for (const id of Object.keys(store.atom.get())) ids.add(id);
  return [...ids];
}

/**
 * Data whose learner has no profile (from before profiles existed, or another tab's older
 * version) gets a "Người học <n>" profile, so it shows on the picker and can be deleted.
 */
export function adoptOrphans(now = new Date()): Profile[] {
  if ($activeProfileId.get() === GUEST_ID) return [];
  const state = $learners.get();
  const orphans = learnerIdsWithData().filter((id) => isProfileId(id) && !state.profiles.some((p) => p.id === id));
  if (!orphans.length) return [];
  const profiles = [...state.profiles];
  const added: Profile[] = [];
  for (const id of orphans) {
    let n = profiles.length + 1;
    while (profiles.some((p) => p.name === placeholderProfile(id, n, now).name)) n++;
    const profile = placeholderProfile(id, n, now);
    profiles.push(profile);
    added.push(profile);
  }
  saveLearners({ ...state, profiles });
  return added;
}

/** A learner with their profile, for a backup file or a QR transfer. */
export function bundleOf(profile: Profile): LearnerBundle {
  return { profile, data: readLearner(profile.id) };
}

/** Where one imported learner goes: merged into a profile of this device, added as new, or left out. */
export type ImportTarget = { kind: 'merge'; into: string } | { kind: 'new' } | { kind: 'skip' };

/** The target chosen before the learner decides: same id, else same name, else a new learner. */
export function defaultTarget(bundle: LearnerBundle, profiles: readonly Profile[]): ImportTarget {
  if (profiles.some((p) => p.id === bundle.profile.id)) return { kind: 'merge', into: bundle.profile.id };
  const sameName = profiles.find((p) => p.name.toLocaleLowerCase('vi') === bundle.profile.name.toLocaleLowerCase('vi'));
  return sameName ? { kind: 'merge', into: sameName.id } : { kind: 'new' };
}

function freshId(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base.slice(0, 36)}-${i}`)) return `${base.slice(0, 36)}-${i}`;
}

function uniqueName(name: string, profiles: readonly Profile[]): string {
  const taken = (n: string) => profiles.some((p) => p.name.toLocaleLowerCase('vi') === n.toLocaleLowerCase('vi'));
  if (!taken(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${[...name].slice(0, 36).join('')} (${i})`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Imports learners (from a file or a QR transfer) into this device: each is merged into the
 * chosen profile or added as a new one. Nothing on the device is removed, except the automatic
 * "Người học 1" of a fresh device when it is still empty and unnamed and others arrive.
 */
export function importLearners(
  items: { bundle: LearnerBundle; target: ImportTarget }[],
): { ok: true; profiles: Profile[] } | { ok: false; problem: 'too-many' } {
  const state = $learners.get();
  let profiles = [...state.profiles];
  const adding = items.filter(({ target }) => target.kind === 'new' || (target.kind === 'merge' && !profiles.some((p) => p.id === target.into)));
  if (profiles.length + adding.length > PROFILES_MAX) return { ok: false, problem: 'too-many' };
  const touched: Profile[] = [];
  const taken = new Set([...profiles.map((p) => p.id), ...learnerIdsWithData()]);
  for (const { bundle, target } of items) {
    if (target.kind === 'skip') continue;
    const into = target.kind === 'merge' ? profiles.find((p) => p.id === target.into) : undefined;
    if (into) {
      const merged = mergeProfile(into, bundle.profile);
      profiles = profiles.map((p) => (p.id === into.id ? merged : p));
      mergeIntoLearner(into.id, bundle.data);
      touched.push(merged);
    } else {
      const id = freshId(taken, bundle.profile.id);
      taken.add(id);
      const profile: Profile = { ...bundle.profile, id, name: uniqueName(bundle.profile.name, profiles) };
      profiles.push(profile);
      mergeIntoLearner(id, bundle.data);
      touched.push(profile);
    }
  }
  const placeholder = profiles.find((p) => p.id === DEFAULT_PROFILE_ID);
  const dropPlaceholder =
    placeholder !== undefined &&
    placeholder.renamedAt === undefined &&
    !touched.some((p) => p.id === DEFAULT_PROFILE_ID) &&
    touched.length > 0 &&
    isEmptyLearnerData(readLearner(DEFAULT_PROFILE_ID));
  if (dropPlaceholder) profiles = profiles.filter((p) => p.id !== DEFAULT_PROFILE_ID);
  const active = profiles.some((p) => p.id === state.active) ? state.active : (touched[0]?.id ?? profiles[0]?.id ?? DEFAULT_PROFILE_ID);
  saveLearners({ active, profiles });
  return { ok: true, profiles: touched };
}

/* ---------- Damaged copies kept by storage.ts ---------- */

/** storage.ts keeps an unreadable value under "<key>:hong:<ISO time>". */
const DAMAGED = /^(hocso:[a-z-]+):hong:(.+)$/;

export interface DamagedCopy {
  /** localStorage key of the copy. */
  copyKey: string;
  /** Key of the store it came from. */
  storeKey: string;
  /** When it was set aside (ISO). */
  at: string;
}

function localStore(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage;
  } catch {
    return undefined;
  }
}

/** The damaged copies kept on this device, newest first. */
export function damagedCopies(): DamagedCopy[] {
  const storage = localStore();
  const copies: DamagedCopy[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      const m = key ? DAMAGED.exec(key) : null;
      if (m) copies.push({ copyKey: m[0], storeKey: m[1]!, at: m[2]! });
    }
  } catch {
    /* storage unreadable: nothing to list */
  }
  return copies.sort((a, b) => (a.at < b.at ? 1 : -1));
}

export function discardDamaged(copyKey: string): void {
  if (!DAMAGED.test(copyKey)) return;
  try {
    localStore()?.removeItem(copyKey);
  } catch {
    /* already gone or unreachable */
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const validTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Lesson entries that still make sense, one by one (parseProgress refuses a whole store for one bad date). */
function salvageProgress(data: unknown): Record<string, Record<string, LessonProgress>> {
  const out: Record<string, Record<string, LessonProgress>> = {};
  if (!isRecord(data)) return out;
  for (const [id, lessons] of Object.entries(data)) {
    if (!isProfileId(id) || !isRecord(lessons)) continue;
    const kept: Record<string, LessonProgress> = {};
    for (const [lessonId, entry] of Object.entries(lessons)) {
      if (!isRecord(entry)) continue;
      const lesson: LessonProgress = {};
      if (validTime(entry['visitedAt'])) lesson.visitedAt = entry['visitedAt'] as string;
      if (validTime(entry['doneAt'])) lesson.doneAt = entry['doneAt'] as string;
      if (lesson.visitedAt || lesson.doneAt) kept[lessonId] = lesson;
    }
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

/**
 * Takes back what is still readable in a damaged copy and merges it into the current data
 * (never removing anything). Returns how many learners got something back; the copy is then
 * removed, since all it could give is in the stores.
 */
export function salvageDamaged(copyKey: string): number {
  const m = DAMAGED.exec(copyKey);
  const raw = m ? localStore()?.getItem(copyKey) : null;
  if (!m || raw == null) return 0;
  let data: unknown;
  try {
    data = (JSON.parse(raw) as { data?: unknown }).data;
  } catch {
    return 0;
  }
  const byLearner = new Map<string, LearnerData>();
  const slot = (id: string) => {
    if (!byLearner.has(id)) byLearner.set(id, emptyLearnerData());
    return byLearner.get(id)!;
  };
  switch (m[1]) {
    case progressStore.key:
      for (const [id, lessons] of Object.entries(salvageProgress(data))) slot(id).progress = lessons;
      break;
    case attemptsStore.key:
      for (const [id, learner] of Object.entries(parseAttempts(data) ?? {})) if (isProfileId(id)) slot(id).attempts = learner;
      break;
    case practiceStore.key:
      for (const [id, results] of Object.entries(parsePractice(data) ?? {})) if (isProfileId(id)) slot(id).practice = results;
      break;
    case settingsStore.key:
      for (const [id, settings] of Object.entries(isRecord(data) ? data : {})) if (isProfileId(id)) slot(id).settings = { ...parseSettingsEntry(settings) };
      break;
    case LEARNERS_KEY: {
      const state = $learners.get();
      let profiles = [...state.profiles];
      for (const old of parseLearners(data)?.profiles ?? []) {
        const here = profiles.find((p) => p.id === old.id);
        profiles = here ? profiles.map((p) => (p.id === old.id ? mergeProfile(p, old) : p)) : [...profiles, old];
        slot(old.id);
      }
      saveLearners({ ...state, profiles });
      break;
    }
    default:
      break;
  }
  for (const [id, incoming] of byLearner) mergeIntoLearner(id, incoming);
  if (byLearner.size === 0) return 0;
  adoptOrphans();
  discardDamaged(copyKey);
  return byLearner.size;
}

