/** The wait between two attempts of one exam, so a retake is a new try rather than a guess. */

export const DEFAULT_COOLDOWN_MINUTES = 10;

/** Milliseconds left before the exam may start again (0 when it may start now). */
export function cooldownLeft(lastSubmittedAt: number | undefined, cooldownMinutes: number, now: number): number {
  if (lastSubmittedAt === undefined || !(cooldownMinutes > 0)) return 0;
  const until = lastSubmittedAt + Math.round(cooldownMinutes * 60_000);
  // A clock set back after submitting must not lock the exam for longer than the cool-down.
  return Math.max(0, Math.min(until - now, Math.round(cooldownMinutes * 60_000)));
}

/** "m:ss" for the intro screen. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
