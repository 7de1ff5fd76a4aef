/**
 * What the teacher reads off a class's results: each learner's latest and best attempt, the
 * average of every lesson and the questions and lessons the class found hardest. The class
 * figures count each learner's LATEST attempt of each exam only, so a learner who retakes an
 * exam three times does not weigh three times as much as the others.
 */
import { attemptKey, type ClassResult } from './format';

const learnerExam = (r: ClassResult) => `${r.name.toLocaleLowerCase('vi')}|${r.examId}`;

/** Score as a fraction compared without rounding: a beats b when a.earned/a.total > b.earned/b.total. */
const better = (a: ClassResult, b: ClassResult) => a.earned * b.total > b.earned * a.total;

export interface AttemptMarks {
  /** Keys (attemptKey) of each learner's latest attempt of each exam. */
  latest: Set<string>;
  /** Keys of each learner's best attempt of each exam (the earliest among equal scores). */
  best: Set<string>;
  /** Number of attempts of the learner at that exam, by attempt key. */
  count: Map<string, number>;
}

export function markAttempts(results: readonly ClassResult[]): AttemptMarks {
  const groups = new Map<string, ClassResult[]>();
  for (const r of results) groups.set(learnerExam(r), [...(groups.get(learnerExam(r)) ?? []), r]);
  const marks: AttemptMarks = { latest: new Set(), best: new Set(), count: new Map() };
  for (const group of groups.values()) {
    const byTime = [...group].sort((a, b) => a.submittedAt - b.submittedAt);
    const latest = byTime[byTime.length - 1]!;
    const best = byTime.reduce((top, r) => (better(r, top) ? r : top));
    marks.latest.add(attemptKey(latest));
    marks.best.add(attemptKey(best));
    for (const r of group) marks.count.set(attemptKey(r), group.length);
  }
  return marks;
}

/** Each learner's latest attempt of each exam. */
export function latestAttempts(results: readonly ClassResult[]): ClassResult[] {
  const { latest } = markAttempts(results);
  return results.filter((r) => latest.has(attemptKey(r)));
}

export interface LessonAverage {
  lesson: string;
  /** Questions of the lesson answered right, and asked, over the latest attempts. */
  right: number;
  asked: number;
  /** Whole percent, rounded down. */
  percent: number;
}

/**
 * Per-lesson averages from the questions asked: every question is worth one point, so a
 * lesson's average is its right answers over its questions asked. Questions the map does not
 * know (retired since the learner's exam) are left out.
 */
export function lessonAverages(results: readonly ClassResult[], lessonOf: (questionId: string) => string | undefined): LessonAverage[] {
  const lessons = new Map<string, { right: number; asked: number }>();
  for (const r of latestAttempts(results)) {
    for (const id of r.asked) {
      const lesson = lessonOf(id);
      if (lesson === undefined) continue;
      const entry = lessons.get(lesson) ?? { right: 0, asked: 0 };
      entry.asked++;
      if (!r.wrong.includes(id)) entry.right++;
      lessons.set(lesson, entry);
    }
  }
  return [...lessons].map(([lesson, { right, asked }]) => ({ lesson, right, asked, percent: Math.floor((100 * right) / asked) }));
}

/** Lessons from hardest: lowest average first, then the more questions asked, then by id. */
export function hardestLessons(averages: readonly LessonAverage[], limit = 3): LessonAverage[] {
  return averages
    .filter((a) => a.right < a.asked)
    .sort((a, b) => a.right * b.asked - b.right * a.asked || b.asked - a.asked || (a.lesson < b.lesson ? -1 : 1))
    .slice(0, limit);
}

export interface QuestionStat {
  id: string;
  /** Learners (latest attempts) who got it wrong, and who were asked it. */
  wrong: number;
  asked: number;
}

/**
 * Questions most often answered wrongly: most learners wrong first, then the higher share of
 * those asked, then by id so the list is stable. Questions nobody got wrong are not "hard".
 */
export function hardestQuestions(results: readonly ClassResult[], limit = 5): QuestionStat[] {
  const stats = new Map<string, QuestionStat>();
  for (const r of latestAttempts(results)) {
    for (const id of r.asked) {
      const s = stats.get(id) ?? { id, wrong: 0, asked: 0 };
      s.asked++;
      if (r.wrong.includes(id)) s.wrong++;
      stats.set(id, s);
    }
  }
  return [...stats.values()]
    .filter((s) => s.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || b.wrong * a.asked - a.wrong * b.asked || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/** Whole percent, rounded down (as the exam's results screen does). */
export const percentOf = (r: Pick<ClassResult, 'earned' | 'total'>) => (r.total > 0 ? Math.floor((100 * r.earned) / r.total) : 0);

/** "12:05" for 725 seconds; hours as "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** "22/11/2026 08:15" in the device's time zone. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
