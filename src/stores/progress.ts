/**
 * Lesson progress per learner: when a lesson was first opened and when it was marked done.
 * Keys are lesson ids ("<module>/<slug>"), which content authors keep stable.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId } from './profiles';

export interface LessonProgress {
  /** ISO time the lesson was first opened. */
  visitedAt?: string;
  /** ISO time the learner marked it done; absent when not done. */
  doneAt?: string;
}

export type ProgressData = Record<string, Record<string, LessonProgress>>;

const isIsoOrAbsent = (v: unknown) => v === undefined || (typeof v === 'string' && !Number.isNaN(Date.parse(v)));

/** Validates stored progress without zod, so islands stay small. */
export function parseProgress(data: unknown): ProgressData | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  for (const lessons of Object.values(data)) {
    if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) return undefined;
    for (const entry of Object.values(lessons as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) return undefined;
      const { visitedAt, doneAt } = entry as LessonProgress;
      if (!isIsoOrAbsent(visitedAt) || !isIsoOrAbsent(doneAt)) return undefined;
    }
  }
  return data as ProgressData;
}

export const $progressAll = persistentAtom<ProgressData>({
  key: 'hocso:tien-do',
  version: 1,
  parse: parseProgress,
  initial: () => ({}),
});

/** Progress of the active learner. */
export const $progress = computed([$progressAll, $activeProfileId], (all, id) => all[id] ?? {});

function updateLesson(lessonId: string, change: (old: LessonProgress) => LessonProgress): void {
  const all = $progressAll.get();
  const profile = $activeProfileId.get();
  const lessons = all[profile] ?? {};
  $progressAll.save({ ...all, [profile]: { ...lessons, [lessonId]: change(lessons[lessonId] ?? {}) } });
}

export function markLessonVisited(lessonId: string, now = new Date()): void {
  if ($progress.get()[lessonId]?.visitedAt) return;
  updateLesson(lessonId, (old) => ({ ...old, visitedAt: now.toISOString() }));
}

export function markLessonDone(lessonId: string, now = new Date()): void {
  updateLesson(lessonId, (old) => ({ visitedAt: old.visitedAt ?? now.toISOString(), doneAt: now.toISOString() }));
}

export function markLessonNotDone(lessonId: string): void {
  updateLesson(lessonId, ({ visitedAt }) => (visitedAt ? { visitedAt } : {}));
}

/** How many of the given lessons the active learner has done. */
export function countDone(progress: Record<string, LessonProgress>, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => progress[id]?.doneAt).length;
}

/** The lesson to continue with: the first not done after the most recently visited one. */
export function nextLesson(progress: Record<string, LessonProgress>, orderedIds: readonly string[]): string | undefined {
  let lastIndex = -1;
  let lastTime = '';
  orderedIds.forEach((id, i) => {
    const seen = progress[id]?.doneAt ?? progress[id]?.visitedAt ?? '';
    if (seen > lastTime) {
      lastTime = seen;
      lastIndex = i;
    }
  });
  if (lastIndex === -1) return undefined;
  const after = orderedIds.slice(lastIndex).find((id) => !progress[id]?.doneAt);
  return after ?? orderedIds.find((id) => !progress[id]?.doneAt);
}
