/**
 * Moving learners to another device by QR code, with no network: the data is packed with
 * short keys and arrays (lesson ids stay whole: they are stable, while their position in the
 * course changes whenever a lesson is added, and compression shrinks their shared module
 * prefixes anyway), compressed, written in base32 and cut
 * into numbered parts ("1/3", "2/3"…), each a QR code in alphanumeric mode. The receiver
 * collects the parts in any order, checks that they belong together, and gets back learner
 * bundles that go through the same strict checks and merge as a backup file.
 *
 * A transfer carries the profile, lesson progress, practice results and every submitted exam
 * attempt with its score, dates and seed, and the questions of each exam's latest attempt (a
 * retake draws other ones). It leaves out the answers given, the questions of older attempts
 * and an exam in progress (its clock belongs to the device it runs on): a backup file carries
 * everything. Times stay exact to the millisecond, written as differences from the time before
 * them (sorted), which are much shorter than the times themselves.
 */
import { fromBase32, toBase32 } from './base32';
import { deflate, inflate } from './deflate';
import { sha256Hex } from './sha256';
import { checkBundle } from './validate';
import type { Attempt, LearnerBundle, LessonProgress } from './types';

export const TRANSFER_PREFIX = 'HS1';
/** Data characters per code: about a version 17 QR code at error correction M (see the tests). */
export const PART_CHARS = 700;
export const MAX_PARTS = 20;
const COMPRESSED = 0x5a;
const PLAIN = 0x4a;

type Time = number | null;
/** [lesson id, visitedAt − previous, doneAt − (visitedAt or previous)]; previous starts at the base. */
type CompactLesson = [string, Time, Time];
/** [question id, right 0|1, at − previous]. */
type CompactPractice = [string, 0 | 1, number];
/**
 * examId, seed, startedAt − previous start, deadline − startedAt, submittedAt − startedAt,
 * [earned, total, passed 0|1] or 0, timedOut 0|1, question ids joined by spaces (latest of each exam only).
 */
type CompactAttempt = [string, number, number, number, number, [number, number, 0 | 1] | 0, 0 | 1, string];

interface CompactLearner {
  i: string;
  n: string;
  a: string;
  c: string;
  /** createdAt (ms): the base of the time chains. */
  t: number;
  /** renamedAt − base */
  r?: number;
  /** Lessons, sorted by time so the differences stay small. */
  p?: CompactLesson[];
  q?: CompactPractice[];
  h?: CompactAttempt[];
}

const ms = (iso: string | undefined): Time => (iso === undefined ? null : Date.parse(iso));
const iso = (time: number): string => new Date(time).toISOString();

/** What a transfer keeps of a learner (see the comment at the top). */
export function transferView(bundle: LearnerBundle): LearnerBundle {
  const submitted = bundle.data.attempts.history.filter((a) => a.submittedAt !== undefined);
  const latest = new Set<Attempt>();
  for (const exam of new Set(submitted.map((a) => a.examId))) latest.add(submitted.filter((a) => a.examId === exam).at(-1)!);
  const history = submitted.map((a) => {
    const out: Attempt = { ...a, questionIds: latest.has(a) ? a.questionIds : [], answers: {}, flags: [], current: 0 };
    if (!out.timedOut) delete out.timedOut;
    return out;
  });
  const progress: Record<string, LessonProgress> = {};
  for (const [id, lesson] of Object.entries(bundle.data.progress)) {
    const entry: LessonProgress = {};
    if (lesson.visitedAt !== undefined) entry.visitedAt = iso(Date.parse(lesson.visitedAt));
    if (lesson.doneAt !== undefined) entry.doneAt = iso(Date.parse(lesson.doneAt));
    progress[id] = entry;
  }
  const profile = { ...bundle.profile, createdAt: iso(Date.parse(bundle.profile.createdAt)) };
  if (bundle.profile.renamedAt !== undefined) profile.renamedAt = iso(Date.parse(bundle.profile.renamedAt));
  return { profile, data: { progress, attempts: { open: {}, history }, practice: { ...bundle.data.practice } } };
}

function compact(bundle: LearnerBundle): CompactLearner {
  const { profile, data } = transferView(bundle);
  const base = Date.parse(profile.createdAt);
  const out: CompactLearner = { i: profile.id, n: profile.name, a: profile.icon, c: profile.color, t: base };
  if (profile.renamedAt !== undefined) out.r = Date.parse(profile.renamedAt) - base;
  const lessons = Object.entries(data.progress).map(([id, l]) => ({ id, visited: ms(l.visitedAt), done: ms(l.doneAt) }));
  lessons.sort((x, y) => (x.visited ?? x.done ?? base) - (y.visited ?? y.done ?? base));
  let previous = base;
  for (const { id, visited, done } of lessons) {
    const v = visited === null ? null : visited - previous;
    if (visited !== null) previous = visited;
    (out.p ??= []).push([id, v, done === null ? null : done - previous]);
  }
  previous = base;
  for (const [id, r] of Object.entries(data.practice).sort(([, x], [, y]) => x.at - y.at)) {
    (out.q ??= []).push([id, r.right ? 1 : 0, r.at - previous]);
    previous = r.at;
  }
  previous = base;
  for (const a of data.attempts.history) {
    const grade: CompactAttempt[5] = a.grade ? [a.grade.earned, a.grade.total, a.grade.passed ? 1 : 0] : 0;
    (out.h ??= []).push([
      a.examId,
      a.seed,
      a.startedAt - previous,
      a.deadline - a.startedAt,
      (a.submittedAt ?? a.startedAt) - a.startedAt,
      grade,
      a.timedOut ? 1 : 0,
      a.questionIds.join(' '),
    ]);
    previous = a.startedAt;
  }
  return out;
}

/** Back to the bundle shape; anything odd is caught by checkBundle afterwards. */
function expand(c: CompactLearner): unknown {
  const base = c.t;
  const progress: Record<string, LessonProgress> = {};
  let previous = base;
  for (const [id, v, d] of c.p ?? []) {
    const entry: LessonProgress = {};
    if (typeof v === 'number') {
      previous += v;
      entry.visitedAt = iso(previous);
    }
    if (typeof d === 'number') entry.doneAt = iso(previous + d);
    progress[id] = entry;
  }
  const practice: Record<string, { right: boolean; at: number }> = {};
  previous = base;
  for (const [id, right, at] of c.q ?? []) {
    previous += at;
    practice[id] = { right: right === 1, at: previous };
  }
  previous = base;
  const history = (c.h ?? []).map(([examId, seed, started, deadline, submitted, grade, timedOut, ids]) => {
    previous += started;
    const a: Record<string, unknown> = {
      examId,
      seed,
      questionIds: ids ? ids.split(' ') : [],
      answers: {},
      flags: [],
      current: 0,
      startedAt: previous,
      deadline: previous + deadline,
      submittedAt: previous + submitted,
    };
    if (timedOut === 1) a['timedOut'] = true;
    if (Array.isArray(grade)) a['grade'] = { earned: grade[0], total: grade[1], passed: grade[2] === 1 };
    return a;
  });
  const profile: Record<string, unknown> = { id: c.i, name: c.n, icon: c.a, color: c.c, createdAt: iso(base) };
  if (c.r !== undefined) profile['renamedAt'] = iso(base + c.r);
  return { profile, progress, attempts: { open: {}, history }, practice };
}

/** The text of each QR code, in order; more than MAX_PARTS codes would be too many to scan. */
export async function encodeTransfer(
  learners: LearnerBundle[],
  options: { compress?: boolean; partChars?: number } = {},
): Promise<{ ok: true; parts: string[] } | { ok: false; problem: 'too-large' }> {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, l: learners.map(compact) }));
  const packed = options.compress === false ? undefined : await deflate(json);
  const bytes = new Uint8Array(1 + (packed ?? json).length);
  bytes[0] = packed ? COMPRESSED : PLAIN;
  bytes.set(packed ?? json, 1);
  const body = toBase32(bytes);
  const id = (await sha256Hex(body)).slice(0, 8).toUpperCase();
  const size = options.partChars ?? PART_CHARS;
  const total = Math.max(1, Math.ceil(body.length / size));
  if (total > MAX_PARTS) return { ok: false, problem: 'too-large' };
  return { ok: true, parts: Array.from({ length: total }, (_, i) => `${TRANSFER_PREFIX}:${i + 1}/${total}:${id}:${body.slice(i * size, (i + 1) * size)}`) };
}

export interface TransferPart {
  index: number;
  total: number;
  id: string;
  data: string;
}

const PART = new RegExp(`^${TRANSFER_PREFIX}:(\\d{1,2})/(\\d{1,2}):([0-9A-F]{8}):([A-Z2-7]+)$`);

/** One scanned code, or undefined when it is not a part of a transfer. */
export function parsePart(text: string): TransferPart | undefined {
  const m = PART.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (index < 1 || total < 1 || index > total || total > MAX_PARTS) return undefined;
  return { index, total, id: m[3]!, data: m[4]! };
}

export type CollectResult = 'added' | 'again' | 'other-transfer' | 'not-ours';

/** Gathers scanned codes until every part of one transfer is there. */
export class TransferCollector {
  private parts = new Map<number, TransferPart>();
  private current: { id: string; total: number } | undefined;
  add(text: string): CollectResult {
    const part = parsePart(text);
    if (!part) return 'not-ours';
    if (this.current && (this.current.id !== part.id || this.current.total !== part.total)) return 'other-transfer';
    this.current ??= { id: part.id, total: part.total };
    if (this.parts.has(part.index)) return 'again';
    this.parts.set(part.index, part);
    return 'added';
  }
  get received(): number {
    return this.parts.size;
  }
  get total(): number {
    return this.current?.total ?? 0;
  }
  /** Part numbers still missing. */
  missing(): number[] {
    return Array.from({ length: this.total }, (_, i) => i + 1).filter((i) => !this.parts.has(i));
  }
  get complete(): boolean {
    return this.total > 0 && this.parts.size === this.total;
  }
  collected(): TransferPart[] {
    return [...this.parts.values()].sort((a, b) => a.index - b.index);
  }
  reset(): void {
    this.parts.clear();
    this.current = undefined;
  }
}

export type TransferProblem = 'incomplete' | 'mixed' | 'corrupt' | 'bad-data';
export type TransferRead = { ok: true; learners: LearnerBundle[] } | { ok: false; problem: TransferProblem };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Puts the parts together, checks them against their id, and checks every learner strictly. */
export async function decodeTransfer(parts: TransferPart[]): Promise<TransferRead> {
  const first = parts[0];
  if (!first || parts.length !== first.total) return { ok: false, problem: 'incomplete' };
  const sorted = [...parts].sort((a, b) => a.index - b.index);
  if (sorted.some((p, i) => p.index !== i + 1 || p.id !== first.id || p.total !== first.total)) return { ok: false, problem: 'mixed' };
  const body = sorted.map((p) => p.data).join('');
  if ((await sha256Hex(body)).slice(0, 8).toUpperCase() !== first.id) return { ok: false, problem: 'corrupt' };
  const bytes = fromBase32(body);
  if (!bytes || bytes.length < 2) return { ok: false, problem: 'corrupt' };
  let payload: unknown;
  try {
    const content = bytes.subarray(1);
    const json = bytes[0] === COMPRESSED ? await inflate(content) : bytes[0] === PLAIN ? content : undefined;
    if (!json) return { ok: false, problem: 'corrupt' };
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (!isRecord(payload) || payload['v'] !== 1 || !Array.isArray(payload['l']) || payload['l'].length === 0) return { ok: false, problem: 'bad-data' };
  const learners: LearnerBundle[] = [];
  for (const raw of payload['l']) {
    let expanded: unknown;
    try {
      expanded = expand(raw as CompactLearner);
    } catch {
      return { ok: false, problem: 'bad-data' };
    }
    const checked = checkBundle(expanded);
    if (!checked.ok || learners.some((l) => l.profile.id === checked.bundle.profile.id)) return { ok: false, problem: 'bad-data' };
    learners.push(checked.bundle);
  }
  return { ok: true, learners };
}
