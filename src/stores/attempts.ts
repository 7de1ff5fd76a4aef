/**
 * Exam attempts of each learner on this device. An attempt is saved at
 * every answer so that a reload, a closed tab or the back button never loses work, and the
 * clock keeps running from the saved deadline rather than restarting. Submitted attempts stay
 * in a short history, which the retake uses to draw different questions and the progress
 * page can show.
 *
 * Practice results in lessons are in practice.ts, which lesson pages load without this module.
 *
 * Answers are stored as given (unknown here) and read back by each question type's parser in
 * the quiz engine, so this module knows nothing about question types and bundles no schema.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId } from './profiles';

export interface AttemptGrade {
  earned: number;
  total: number;
  passed: boolean;
}

export interface Attempt {
  examId: string;
  /** Seed of the draw and of every shuffle: the attempt is rebuilt from it after a reload. */
  seed: number;
  questionIds: string[];
  /** By question id: the learner's input, as the question type's UI produced it. */
  answers: Record<string, unknown>;
  /** Question ids flagged "xem lại sau". */
  flags: string[];
  /** Index of the question on screen, so a reload comes back to it. */
  current: number;
  /** Times in ms since the epoch. */
  startedAt: number;
  deadline: number;
  submittedAt?: number;
  /** True when time ran out and the attempt was submitted for the learner. */
  timedOut?: boolean;
  /** Set at submission. */
  grade?: AttemptGrade;
}

export interface LearnerAttempts {
  /** Per exam id: the attempt in progress, or the one just submitted whose results are shown. */
  open: Record<string, Attempt>;
  /** Submitted attempts, oldest first, at most HISTORY_LIMIT. */
  history: Attempt[];
}

export type AttemptsData = Record<string, LearnerAttempts>;

/** Enough to see progress over time without letting storage grow without end. */
export const HISTORY_LIMIT = 40;

const emptyLearner = (): LearnerAttempts => ({ open: {}, history: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function parseGrade(v: unknown): AttemptGrade | undefined {
  if (!isRecord(v)) return undefined;
  const { earned, total, passed } = v;
  return isTime(earned) && isTime(total) && typeof passed === 'boolean' ? { earned, total, passed } : undefined;
}

/** One stored attempt, or undefined when it is not one (it is then dropped, not the whole store). */
export function parseAttempt(v: unknown): Attempt | undefined {
  if (!isRecord(v)) return undefined;
  const { examId, seed, questionIds, answers, flags, current, startedAt, deadline } = v;
  if (typeof examId !== 'string' || !isTime(seed) || !isStringArray(questionIds) || !isRecord(answers)) return undefined;
  if (!isStringArray(flags) || !isTime(current) || !isTime(startedAt) || !isTime(deadline)) return undefined;
  const attempt: Attempt = {
    examId,
    seed,
    questionIds,
    answers,
    flags,
    current: Math.min(Math.floor(current), Math.max(0, questionIds.length - 1)),
    startedAt,
    deadline,
  };
  if (isTime(v['submittedAt'])) attempt.submittedAt = v['submittedAt'];
  if (v['timedOut'] === true) attempt.timedOut = true;
  const grade = parseGrade(v['grade']);
  if (grade) attempt.grade = grade;
  return attempt;
}

function parseLearner(v: unknown): LearnerAttempts {
  const learner = emptyLearner();
  if (!isRecord(v)) return learner;
  if (isRecord(v['open'])) {
    for (const [examId, raw] of Object.entries(v['open'])) {
      const attempt = parseAttempt(raw);
      if (attempt && attempt.examId === examId) learner.open[examId] = attempt;
    }
  }
  if (Array.isArray(v['history'])) {
    for (const raw of v['history']) {
      const attempt = parseAttempt(raw);
      if (attempt && attempt.submittedAt !== undefined) learner.history.push(attempt);
    }
  }
  return learner;
}

/** Validates stored data without zod; broken entries are dropped, the rest is kept. */
export function parseAttempts(data: unknown): AttemptsData | undefined {
  if (!isRecord(data)) return undefined;
  const out: AttemptsData = {};
  for (const [profile, learner] of Object.entries(data)) out[profile] = parseLearner(learner);
  return out;
}

export const $attemptsAll = persistentAtom<AttemptsData>({
  key: 'hocso:bai-lam',
  version: 1,
  parse: parseAttempts,
  initial: () => ({}),
});

/** Attempts of the active learner. */
export const $attempts = computed([$attemptsAll, $activeProfileId], (all, id) => all[id] ?? emptyLearner());

function update(change: (learner: LearnerAttempts) => LearnerAttempts): void {
  const all = $attemptsAll.get();
  const profile = $activeProfileId.get();
  $attemptsAll.save({ ...all, [profile]: change(all[profile] ?? emptyLearner()) });
}

/** Changes the open, unsubmitted attempt of an exam; does nothing once it is submitted. */
function updateOpen(examId: string, change: (attempt: Attempt) => Attempt): void {
  update((learner) => {
    const attempt = learner.open[examId];
    if (!attempt || attempt.submittedAt !== undefined) return learner;
    return { ...learner, open: { ...learner.open, [examId]: change(attempt) } };
  });
}

export interface NewAttempt {
  examId: string;
  seed: number;
  questionIds: string[];
  /** Time limit of the exam. */
  minutes: number;
}

/** Starts an attempt now; the deadline is fixed here and survives reloads. */
export function startAttempt({ examId, seed, questionIds, minutes }: NewAttempt, now = Date.now()): Attempt {
  const attempt: Attempt = {
    examId,
    seed,
    questionIds,
    answers: {},
    flags: [],
    current: 0,
    startedAt: now,
    deadline: now + Math.round(minutes * 60_000),
  };
  update((learner) => ({ ...learner, open: { ...learner.open, [examId]: attempt } }));
  return attempt;
}

/** Saves an answer; refused after the deadline so time-out is fair. Undefined clears it. */
export function answerQuestion(examId: string, questionId: string, input: unknown, now = Date.now()): void {
  updateOpen(examId, (attempt) => {
    if (now >= attempt.deadline || !attempt.questionIds.includes(questionId)) return attempt;
    const answers = { ...attempt.answers };
    if (input === undefined) delete answers[questionId];
    else answers[questionId] = input;
    return { ...attempt, answers };
  });
}

export function toggleFlag(examId: string, questionId: string): void {
  updateOpen(examId, (attempt) => ({
    ...attempt,
    flags: attempt.flags.includes(questionId)
      ? attempt.flags.filter((id) => id !== questionId)
      : [...attempt.flags, questionId],
  }));
}

/** Remembers which question is on screen. */
export function goToQuestion(examId: string, index: number): void {
  updateOpen(examId, (attempt) => ({
    ...attempt,
    current: Math.max(0, Math.min(Math.floor(index), attempt.questionIds.length - 1)),
  }));
}

/**
 * Submits the open attempt with its grade (computed by the quiz engine from the bank) and adds
 * it to the history. A time-out submission is dated at the deadline.
 */
export function submitAttempt(examId: string, grade: AttemptGrade, options: { timedOut?: boolean } = {}, now = Date.now()): void {
  update((learner) => {
    const attempt = learner.open[examId];
    if (!attempt || attempt.submittedAt !== undefined) return learner;
    const submitted: Attempt = { ...attempt, grade, submittedAt: Math.min(now, attempt.deadline) };
    if (options.timedOut) submitted.timedOut = true;
    return {
      ...learner,
      open: { ...learner.open, [examId]: submitted },
      history: [...learner.history, submitted].slice(-HISTORY_LIMIT),
    };
  });
}

/** Leaves the results screen of a submitted attempt; an attempt in progress is kept. */
export function closeAttempt(examId: string): void {
  update((learner) => {
    const attempt = learner.open[examId];
    if (!attempt || attempt.submittedAt === undefined) return learner;
    const open = { ...learner.open };
    delete open[examId];
    return { ...learner, open };
  });
}

/** Question ids of the learner's latest submitted attempt of an exam: a retake avoids them. */
export function previousQuestionIds(learner: LearnerAttempts, examId: string): string[] {
  for (let i = learner.history.length - 1; i >= 0; i--) {
    const attempt = learner.history[i];
    if (attempt && attempt.examId === examId) return attempt.questionIds;
  }
  return [];
}

/** Submitted attempts of one exam, newest first. */
export function historyOf(learner: LearnerAttempts, examId: string): Attempt[] {
  return learner.history.filter((a) => a.examId === examId).reverse();
}
