/**
 * The last practice result of each question, per learner, so the progress page can point to
 * what to revise. Kept apart from attempts.ts (and its larger validators) because it is the
 * only store a lesson page needs, and the lesson page's JavaScript budget is tight.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId } from './profiles';

export interface PracticeResult {
  right: boolean;
  /** When it was checked, ms since the epoch. */
  at: number;
}

/** By profile id, then by question id. */
export type PracticeData = Record<string, Record<string, PracticeResult>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates stored data without zod; broken entries are dropped, the rest is kept. */
export function parsePractice(data: unknown): PracticeData | undefined {
  if (!isRecord(data)) return undefined;
  const out: PracticeData = {};
  for (const [profile, results] of Object.entries(data)) {
    const kept: Record<string, PracticeResult> = {};
    if (isRecord(results)) {
      for (const [id, r] of Object.entries(results)) {
        if (isRecord(r) && typeof r['right'] === 'boolean' && typeof r['at'] === 'number') kept[id] = { right: r['right'], at: r['at'] };
      }
    }
    out[profile] = kept;
  }
  return out;
}

export const $practiceAll = persistentAtom<PracticeData>({
  key: 'hocso:luyen-tap',
  version: 1,
  parse: parsePractice,
  initial: () => ({}),
});

/** Practice results of the active learner, by question id. */
export const $practice = computed([$practiceAll, $activeProfileId], (all, id) => all[id] ?? {});

/** Records a practice check in a lesson. */
export function recordPractice(questionId: string, right: boolean, now = Date.now()): void {
  const all = $practiceAll.get();
  const profile = $activeProfileId.get();
  $practiceAll.save({ ...all, [profile]: { ...all[profile], [questionId]: { right, at: now } } });
}
