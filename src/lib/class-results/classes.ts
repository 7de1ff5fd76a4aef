/**
 * The teacher's classes and the results received for each, as pure functions over one value
 * (src/stores/classes.ts keeps it in storage). A rescan of the same attempt changes nothing;
 * another attempt of the same learner is kept beside the first.
 */
import { checkName, type NameProblem } from '../../stores/profiles';
import { attemptKey, verificationCode, type ClassResult } from './format';

export interface ClassRoom {
  /** Random id, stable across renames. */
  id: string;
  /** Shown name, e.g. "Lớp sáng thứ Bảy — thôn 3" (checkName's rules). */
  name: string;
  /** ISO time the class was created. */
  createdAt: string;
  /** In the order they were received. */
  results: ClassResult[];
}

export interface ClassesState {
  /** In the order they were created. */
  classes: ClassRoom[];
  /** The class on screen. */
  active?: string;
}

export const CLASSES_MAX = 50;
/** A big class retaking every exam stays well below this; it bounds storage use. */
export const RESULTS_MAX = 2000;

export const emptyClasses = (): ClassesState => ({ classes: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isIds = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 100 && v.every((s) => typeof s === 'string' && /^[a-z]{2,4}-\d{3}$/.test(s));

/** One stored result, or undefined when it is not one or its code no longer matches. */
export function parseStoredResult(v: unknown): ClassResult | undefined {
  if (!isRecord(v)) return undefined;
  const { examId, name, earned, total, passed, asked, wrong, submittedAt, seconds, code } = v;
  if (typeof examId !== 'string' || typeof name !== 'string' || typeof code !== 'string' || typeof passed !== 'boolean') return undefined;
  if (!isCount(earned) || !isCount(total) || !isCount(submittedAt) || !isCount(seconds) || !isIds(asked) || !isIds(wrong)) return undefined;
  const result: ClassResult = { examId, name, earned, total, passed, asked, wrong, submittedAt, seconds, code };
  return verificationCode(result) === code ? result : undefined;
}

function parseClass(v: unknown): ClassRoom | undefined {
  if (!isRecord(v) || typeof v['id'] !== 'string' || !/^[a-z0-9-]{1,40}$/.test(v['id'])) return undefined;
  const named = checkName(v['name']);
  if (!('name' in named)) return undefined;
  const createdAt = typeof v['createdAt'] === 'string' && !Number.isNaN(Date.parse(v['createdAt'])) ? v['createdAt'] : new Date(0).toISOString();
  const results: ClassResult[] = [];
  const seen = new Set<string>();
  for (const raw of Array.isArray(v['results']) ? v['results'] : []) {
    const result = parseStoredResult(raw);
    if (result && !seen.has(attemptKey(result))) {
      seen.add(attemptKey(result));
      results.push(result);
    }
  }
  return { id: v['id'], name: named.name, createdAt, results };
}

/** Validates the stored value; a broken class or result is dropped, the rest kept. */
export function parseClasses(data: unknown): ClassesState | undefined {
  if (!isRecord(data) || !Array.isArray(data['classes'])) return undefined;
  const classes: ClassRoom[] = [];
  for (const raw of data['classes']) {
    const room = parseClass(raw);
    if (room && !classes.some((c) => c.id === room.id) && classes.length < CLASSES_MAX) classes.push(room);
  }
  const active = classes.some((c) => c.id === data['active']) ? (data['active'] as string) : classes[0]?.id;
  return active === undefined ? { classes } : { classes, active };
}

export type ClassNameProblem = NameProblem | 'too-many';
export type ClassChange = { ok: true; state: ClassesState } | { ok: false; problem: ClassNameProblem };

function checkClassName(raw: string, others: readonly ClassRoom[]): { name: string } | { problem: ClassNameProblem } {
  const checked = checkName(raw);
  if (!('name' in checked)) return checked;
  const folded = checked.name.toLocaleLowerCase('vi');
  if (others.some((c) => c.name.toLocaleLowerCase('vi') === folded)) return { problem: 'duplicate' };
  return checked;
}

/** Adds a class and makes it the one on screen. */
export function createClass(state: ClassesState, rawName: string, id: string, now = new Date()): ClassChange {
  if (state.classes.length >= CLASSES_MAX) return { ok: false, problem: 'too-many' };
  const checked = checkClassName(rawName, state.classes);
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  const room: ClassRoom = { id, name: checked.name, createdAt: now.toISOString(), results: [] };
  return { ok: true, state: { classes: [...state.classes, room], active: id } };
}

export function renameClass(state: ClassesState, id: string, rawName: string): ClassChange {
  const checked = checkClassName(rawName, state.classes.filter((c) => c.id !== id));
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  return { ok: true, state: { ...state, classes: state.classes.map((c) => (c.id === id ? { ...c, name: checked.name } : c)) } };
}

export function deleteClass(state: ClassesState, id: string): ClassesState {
  const classes = state.classes.filter((c) => c.id !== id);
  const active = state.active !== id && classes.some((c) => c.id === state.active) ? state.active : classes[0]?.id;
  return active === undefined ? { classes } : { classes, active };
}

export function selectClass(state: ClassesState, id: string): ClassesState {
  return state.classes.some((c) => c.id === id) ? { ...state, active: id } : state;
}

export type AddOutcome = 'added' | 'duplicate' | 'no-class' | 'full';

/** Adds a received result to a class unless that attempt is already there. */
export function addResult(state: ClassesState, classId: string, result: ClassResult): { state: ClassesState; outcome: AddOutcome } {
  const room = state.classes.find((c) => c.id === classId);
  if (!room) return { state, outcome: 'no-class' };
  const key = attemptKey(result);
  if (room.results.some((r) => attemptKey(r) === key)) return { state, outcome: 'duplicate' };
  if (room.results.length >= RESULTS_MAX) return { state, outcome: 'full' };
  const next = { ...room, results: [...room.results, result] };
  return { state: { ...state, classes: state.classes.map((c) => (c.id === classId ? next : c)) }, outcome: 'added' };
}

export function removeResult(state: ClassesState, classId: string, key: string): ClassesState {
  return {
    ...state,
    classes: state.classes.map((c) => (c.id === classId ? { ...c, results: c.results.filter((r) => attemptKey(r) !== key) } : c)),
  };
}

/** A new class id from random bytes (the caller passes crypto.getRandomValues' output). */
export function classId(random: Uint8Array): string {
  return `lop-${[...random.slice(0, 6)].map((b) => (b % 36).toString(36)).join('')}`;
}
