/**
 * The rules of a timed exam that do not depend on the screen: building an attempt's questions
 * from its seed, the pass mark, the clock, and the result with its per-lesson breakdown.
 * The exam island, the results review and the paper test all go through here so they agree.
 */
import { drawExam } from './draw';
import { type Seed } from './random';
import { isRight, prepareQuestion, scoreAnswer } from './scorers';
import type { AnyPrepared, BankQuestion, Score } from './types';

/** An exam as the engine needs it (content/exams/*.yaml after the schema's defaults). */
export interface ExamRules {
  /** Number of questions drawn. */
  questions: number;
  /** Time limit in minutes. */
  minutes: number;
  /** Pass mark, percent of the points. */
  passPercent: number;
  /** Wait in minutes after a submission before the next attempt; absent means the default. */
  cooldownMinutes?: number;
}

/** Picks the ids of a new attempt's questions. */
export function drawQuestionIds(
  bank: readonly BankQuestion[],
  rules: ExamRules,
  seed: Seed,
  avoid: readonly string[] = [],
): string[] {
  return drawExam(bank, { count: rules.questions, seed, avoid }).map((q) => q.id);
}

/**
 * Rebuilds an attempt's questions from its ids and seed, in the attempt's order. Ids no longer
 * in the bank (a question retired since) are left out rather than breaking the attempt.
 */
export function attemptQuestions(bank: readonly BankQuestion[], ids: readonly string[], seed: Seed): AnyPrepared[] {
  const byId = new Map(bank.map((q) => [q.id, q] as const));
  const out: AnyPrepared[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (q) out.push(prepareQuestion(q, seed));
  }
  return out;
}

/** Passed when the points reach passPercent of the total (compared in integers, no rounding). */
export function isPassed(earned: number, total: number, passPercent: number): boolean {
  return total > 0 && earned * 100 >= passPercent * total;
}

/** The time the attempt must be submitted by, in ms since the epoch. */
export function deadlineFor(startedAt: number, minutes: number): number {
  return startedAt + Math.round(minutes * 60_000);
}

/** Milliseconds left before the deadline, never below zero. */
export function timeLeft(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** "mm:ss" for the visible clock; rounds up so 0:00 appears only when time is out. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${s < 10 ? '0' : ''}${s}`;
}

/** Minute marks at which a screen reader hears how much time is left. */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

/** The announcement mark just crossed between two readings of the clock, if any. */
export function crossedMark(previousMs: number, nowMs: number): number | undefined {
  return ANNOUNCE_AT_MINUTES.find((m) => previousMs > m * 60_000 && nowMs <= m * 60_000);
}

export interface QuestionResult {
  question: AnyPrepared;
  score: Score;
  right: boolean;
}

export interface LessonResult {
  lesson: string;
  earned: number;
  total: number;
}

export interface ExamResult {
  earned: number;
  total: number;
  /** Whole percent, rounded down so 79.9% never shows as 80%. */
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
  /** In the order lessons first appear in the attempt. */
  lessons: LessonResult[];
}

/** Scores every question; an invalid stored answer counts as 0 of the question's points. */
export function gradeAttempt(
  questions: readonly AnyPrepared[],
  answers: Readonly<Record<string, unknown>>,
  passPercent: number,
): ExamResult {
  let earned = 0;
  let total = 0;
  const lessons = new Map<string, LessonResult>();
  const results = questions.map((question) => {
    const score = scoreAnswer(question, answers[question.id]);
    const got = score.kind === 'points' ? score.earned : 0;
    const worth = score.kind === 'points' ? score.total : 1;
    earned += got;
    total += worth;
    const lesson = lessons.get(question.lesson) ?? { lesson: question.lesson, earned: 0, total: 0 };
    lesson.earned += got;
    lesson.total += worth;
    lessons.set(question.lesson, lesson);
    return { question, score, right: isRight(score) };
  });
  return {
    earned,
    total,
    percent: total > 0 ? Math.floor((earned * 100) / total) : 0,
    passed: isPassed(earned, total, passPercent),
    questions: results,
    lessons: Array.from(lessons.values()),
  };
}
