/**
 * How two copies of a learner's data become one, when a backup is imported or progress comes
 * from another device. Merging never deletes: a lesson done on either side stays done, the
 * earliest visit and completion are kept, attempts are unioned by exam and start time (the best
 * score of each exam always survives the history limit), and the latest practice result wins.
 * Merging the same data twice changes nothing more.
 */
import type { Attempt, LearnerData, LessonProgress, PracticeResult, Profile } from './types';

/** The identity of an attempt on every device: an exam cannot be started twice in the same millisecond. */
export const attemptKey = (a: Pick<Attempt, 'examId' | 'startedAt'>) => `${a.examId}@${a.startedAt}`;

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

export function mergeLesson(local: LessonProgress, incoming: LessonProgress): LessonProgress {
  const out: LessonProgress = {};
  const visitedAt = earliest(local.visitedAt, incoming.visitedAt);
  const doneAt = earliest(local.doneAt, incoming.doneAt);
  if (visitedAt !== undefined) out.visitedAt = visitedAt;
  if (doneAt !== undefined) out.doneAt = doneAt;
  return out;
}

export function mergeProgress(
  local: Record<string, LessonProgress>,
  incoming: Record<string, LessonProgress>,
): Record<string, LessonProgress> {
  const out = { ...local };
  for (const [id, lesson] of Object.entries(incoming)) out[id] = out[id] ? mergeLesson(out[id], lesson) : { ...lesson };
  return out;
}

/** Share of the points, for "best score". */
export const scoreOf = (a: Attempt) => (a.grade && a.grade.total > 0 ? a.grade.earned / a.grade.total : -1);

const detail = (a: Attempt) => (a.submittedAt !== undefined ? 2 : 0) + (a.grade ? 1 : 0);

/** Of two copies of one attempt, the more complete (submitted, graded, more answers); local on a tie. */
function richer(local: Attempt, incoming: Attempt): Attempt {
  if (detail(incoming) !== detail(local)) return detail(incoming) > detail(local) ? incoming : local;
  return Object.keys(incoming.answers).length > Object.keys(local.answers).length ? incoming : local;
}

const timeOf = (a: Attempt) => a.submittedAt ?? a.startedAt;
const chronological = (a: Attempt, b: Attempt) => timeOf(a) - timeOf(b) || (attemptKey(a) < attemptKey(b) ? -1 : attemptKey(a) > attemptKey(b) ? 1 : 0);

/**
 * The union of two histories, oldest first. Beyond `limit`, the oldest attempts give way,
 * except each exam's best, which is never dropped.
 */
export function mergeHistory(local: Attempt[], incoming: Attempt[], limit: number): Attempt[] {
  const byKey = new Map<string, Attempt>();
  for (const a of local) byKey.set(attemptKey(a), byKey.has(attemptKey(a)) ? richer(byKey.get(attemptKey(a))!, a) : a);
  for (const a of incoming) byKey.set(attemptKey(a), byKey.has(attemptKey(a)) ? richer(byKey.get(attemptKey(a))!, a) : a);
  const all = [...byKey.values()].sort(chronological);
  if (all.length <= limit) return all;
  const best = new Map<string, Attempt>();
  for (const a of all) {
    const kept = best.get(a.examId);
    // On a tie the later attempt stands for the best, so the limit keeps the newest.
    if (!kept || scoreOf(a) >= scoreOf(kept)) best.set(a.examId, a);
  }
  const keep = new Set(best.values());
  for (let i = all.length - 1; i >= 0 && keep.size < limit; i--) keep.add(all[i]!);
  return all.filter((a) => keep.has(a));
}

/** An attempt open on this device (perhaps being answered right now) is never replaced. */
export function mergeOpen(local: Record<string, Attempt>, incoming: Record<string, Attempt>): Record<string, Attempt> {
  return { ...incoming, ...local };
}

export function mergePractice(
  local: Record<string, PracticeResult>,
  incoming: Record<string, PracticeResult>,
): Record<string, PracticeResult> {
  const out = { ...local };
  for (const [id, result] of Object.entries(incoming)) {
    const old = out[id];
    if (!old || result.at > old.at) out[id] = { ...result };
  }
  return out;
}

export function mergeLearnerData(local: LearnerData, incoming: LearnerData, historyLimit: number): LearnerData {
  const out: LearnerData = {
    progress: mergeProgress(local.progress, incoming.progress),
    attempts: {
      open: mergeOpen(local.attempts.open, incoming.attempts.open),
      history: mergeHistory(local.attempts.history, incoming.attempts.history, historyLimit),
    },
    practice: mergePractice(local.practice, incoming.practice),
  };
  // Settings belong to the device the learner sits at: this device's choice stays.
  const settings = local.settings ?? incoming.settings;
  if (settings) out.settings = settings;
  return out;
}

/** The name and avatar chosen last win; the profile keeps its earliest creation date. */
export function mergeProfile(local: Profile, incoming: Profile): Profile {
  const laterChoice = incoming.renamedAt !== undefined && (local.renamedAt === undefined || Date.parse(incoming.renamedAt) > Date.parse(local.renamedAt));
  const chosen = laterChoice ? incoming : local;
  const out: Profile = { ...chosen, id: local.id, createdAt: earliest(local.createdAt, incoming.createdAt) ?? local.createdAt };
  if (chosen.renamedAt === undefined) delete out.renamedAt;
  return out;
}

/** What an import would add to a learner, for the preview. */
export interface MergePreview {
  /** Lessons that become done. */
  lessonsDone: number;
  /** Lessons opened for the first time (not done). */
  lessonsOpened: number;
  /** Exam attempts added to the history. */
  attempts: number;
  /** Practice results added or newer. */
  practice: number;
}

export function previewMerge(local: LearnerData, incoming: LearnerData, historyLimit: number): MergePreview {
  const merged = mergeLearnerData(local, incoming, historyLimit);
  const localKeys = new Set(local.attempts.history.map(attemptKey));
  let lessonsDone = 0;
  let lessonsOpened = 0;
  for (const [id, lesson] of Object.entries(merged.progress)) {
    if (lesson.doneAt && !local.progress[id]?.doneAt) lessonsDone++;
    else if (!lesson.doneAt && !local.progress[id]) lessonsOpened++;
  }
  return {
    lessonsDone,
    lessonsOpened,
    attempts: merged.attempts.history.filter((a) => !localKeys.has(attemptKey(a))).length,
    practice: Object.entries(merged.practice).filter(([id, r]) => local.practice[id]?.at !== r.at).length,
  };
}

export const isEmptyLearnerData = (d: LearnerData) =>
  Object.keys(d.progress).length === 0 &&
  Object.keys(d.practice).length === 0 &&
  d.attempts.history.length === 0 &&
  Object.keys(d.attempts.open).length === 0;
