/**
 * Strict checks of a learner's data coming from outside (a backup file or a QR transfer).
 * The stores' own parsers are lenient: they drop a broken entry to save the rest of what a
 * browser kept. An import is the opposite case: a file with anything wrong is refused whole,
 * so a damaged or hand-edited file never half-lands on the device.
 */
import { AVATAR_COLORS, AVATAR_ICONS, checkName, isProfileId, type AvatarColor, type AvatarIcon } from '../../stores/profiles';
import type { Attempt, LearnerBundle, LearnerData, LessonProgress, PracticeResult, Profile } from './types';

/** Limits far above real use (6 modules, an exam history of 40), far below what hurts a phone. */
export const LIMITS = { lessons: 2000, history: 500, open: 100, practice: 5000, questions: 300, answersBytes: 20_000 };

export type LearnerProblem = 'shape' | 'id' | 'name' | 'avatar' | 'date' | 'progress' | 'attempts' | 'practice' | 'settings' | 'too-much';

class Refused extends Error {
  constructor(readonly problem: LearnerProblem) {
    super(problem);
  }
}
const refuse = (problem: LearnerProblem): never => {
  throw new Refused(problem);
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isStrictIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const LESSON_ID = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,120}$/;
const KEY_ID = /^[a-z0-9-]{1,80}$/;
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));

function profileOf(v: unknown): Profile {
  if (!isRecord(v)) return refuse('shape');
  if (!onlyKeys(v, ['id', 'name', 'icon', 'color', 'createdAt', 'renamedAt'])) refuse('shape');
  if (!isProfileId(v['id'])) refuse('id');
  const named = checkName(v['name']);
  if (!('name' in named)) return refuse('name');
  if (!AVATAR_ICONS.includes(v['icon'] as AvatarIcon) || !AVATAR_COLORS.includes(v['color'] as AvatarColor)) refuse('avatar');
  if (!isStrictIso(v['createdAt'])) refuse('date');
  if (v['renamedAt'] !== undefined && !isStrictIso(v['renamedAt'])) refuse('date');
  const profile: Profile = {
    id: v['id'] as string,
    name: named.name,
    icon: v['icon'] as AvatarIcon,
    color: v['color'] as AvatarColor,
    createdAt: v['createdAt'] as string,
  };
  if (v['renamedAt'] !== undefined) profile.renamedAt = v['renamedAt'] as string;
  return profile;
}

function progressOf(v: unknown): Record<string, LessonProgress> {
  if (!isRecord(v)) return refuse('progress');
  if (Object.keys(v).length > LIMITS.lessons) refuse('too-much');
  const out: Record<string, LessonProgress> = {};
  for (const [id, entry] of Object.entries(v)) {
    if (!LESSON_ID.test(id) || !isRecord(entry) || !onlyKeys(entry, ['visitedAt', 'doneAt'])) refuse('progress');
    const lesson: LessonProgress = {};
    const { visitedAt, doneAt } = entry as Record<string, unknown>;
    if (visitedAt !== undefined) lesson.visitedAt = isStrictIso(visitedAt) ? visitedAt : refuse('date');
    if (doneAt !== undefined) lesson.doneAt = isStrictIso(doneAt) ? doneAt : refuse('date');
    out[id] = lesson;
  }
  return out;
}

const ATTEMPT_KEYS = ['examId', 'seed', 'questionIds', 'answers', 'flags', 'current', 'startedAt', 'deadline', 'submittedAt', 'timedOut', 'grade'];

function attemptOf(v: unknown): Attempt {
  if (!isRecord(v) || !onlyKeys(v, ATTEMPT_KEYS)) return refuse('attempts');
  const { examId, seed, questionIds, answers, flags, current, startedAt, deadline, submittedAt, timedOut, grade } = v;
  if (typeof examId !== 'string' || !KEY_ID.test(examId) || !isTime(seed)) refuse('attempts');
  const ids = (x: unknown): x is string[] =>
    Array.isArray(x) && x.length <= LIMITS.questions && x.every((s) => typeof s === 'string' && KEY_ID.test(s));
  if (!ids(questionIds) || !ids(flags) || !isRecord(answers)) return refuse('attempts');
  if (JSON.stringify(answers).length > LIMITS.answersBytes) refuse('too-much');
  if (!isTime(current) || !isTime(startedAt) || !isTime(deadline)) refuse('attempts');
  if (submittedAt !== undefined && !isTime(submittedAt)) refuse('attempts');
  if (timedOut !== undefined && timedOut !== true) refuse('attempts');
  const attempt: Attempt = {
    examId: examId as string,
    seed: seed as number,
    questionIds,
    answers,
    flags,
    current: current as number,
    startedAt: startedAt as number,
    deadline: deadline as number,
  };
  if (submittedAt !== undefined) attempt.submittedAt = submittedAt as number;
  if (timedOut === true) attempt.timedOut = true;
  if (grade !== undefined) {
    if (!isRecord(grade) || !onlyKeys(grade, ['earned', 'total', 'passed'])) return refuse('attempts');
    const { earned, total, passed } = grade;
    const points = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
    if (!points(earned) || !points(total) || earned > total || typeof passed !== 'boolean') return refuse('attempts');
    attempt.grade = { earned, total, passed };
  }
  return attempt;
}

function attemptsOf(v: unknown): LearnerData['attempts'] {
  if (!isRecord(v) || !onlyKeys(v, ['open', 'history']) || !isRecord(v['open']) || !Array.isArray(v['history'])) return refuse('attempts');
  const openEntries = Object.entries(v['open']);
  if (openEntries.length > LIMITS.open || v['history'].length > LIMITS.history) refuse('too-much');
  const open: Record<string, Attempt> = {};
  for (const [examId, raw] of openEntries) {
    const attempt = attemptOf(raw);
    if (attempt.examId !== examId) refuse('attempts');
    open[examId] = attempt;
  }
  const history = v['history'].map((raw) => {
    const attempt = attemptOf(raw);
    return attempt.submittedAt === undefined ? refuse('attempts') : attempt;
  });
  return { open, history };
}

function practiceOf(v: unknown): Record<string, PracticeResult> {
  if (!isRecord(v)) return refuse('practice');
  if (Object.keys(v).length > LIMITS.practice) refuse('too-much');
  const out: Record<string, PracticeResult> = {};
  for (const [id, r] of Object.entries(v)) {
    if (!KEY_ID.test(id) || !isRecord(r) || !onlyKeys(r, ['right', 'at']) || typeof r['right'] !== 'boolean' || !isTime(r['at'])) refuse('practice');
    out[id] = { right: (r as { right: boolean }).right, at: (r as { at: number }).at };
  }
  return out;
}

export type BundleCheck = { ok: true; bundle: LearnerBundle } | { ok: false; problem: LearnerProblem };

/** One learner of a backup file, checked field by field. */
export function checkBundle(v: unknown): BundleCheck {
  try {
    if (!isRecord(v) || !onlyKeys(v, ['profile', 'progress', 'attempts', 'practice', 'settings'])) return refuse('shape');
    const profile = profileOf(v['profile']);
    const data: LearnerData = {
      progress: progressOf(v['progress']),
      attempts: attemptsOf(v['attempts']),
      practice: practiceOf(v['practice']),
    };
    if (v['settings'] !== undefined) data.settings = isRecord(v['settings']) ? v['settings'] : refuse('settings');
    return { ok: true, bundle: { profile, data } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
