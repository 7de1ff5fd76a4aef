/**
 * The shape in which one learner's data travels between the stores, backup files and QR codes.
 * Only types: the stores stay the owners of the values, this is the common language of export,
 * import, merge and transfer.
 */
import type { LessonProgress } from '../../stores/progress';
import type { Attempt } from '../../stores/attempts';
import type { PracticeResult } from '../../stores/practice';
import type { Profile } from '../../stores/profiles';

export type { LessonProgress, Attempt, PracticeResult, Profile };

/** Everything kept about one learner, whatever store holds it. */
export interface LearnerData {
  /** By lesson id ("<module>/<slug>"). */
  progress: Record<string, LessonProgress>;
  /** Exam attempts: the open one per exam (in progress or its results on screen) and the history. */
  attempts: { open: Record<string, Attempt>; history: Attempt[] };
  /** Last practice result by question id. */
  practice: Record<string, PracticeResult>;
  /** Reading settings, as settings.ts stores them; absent when the learner never changed any. */
  settings?: Record<string, unknown>;
}

/** A learner with their profile, as exported. */
export interface LearnerBundle {
  profile: Profile;
  data: LearnerData;
}

export const emptyLearnerData = (): LearnerData => ({ progress: {}, attempts: { open: {}, history: [] }, practice: {} });
