/**
 * The optional countdown of each question in class mode, as pure functions of the clock so it
 * can pause (answer shown, screen blanked) and resume without drifting, and be tested.
 */

/** Seconds per question the teacher can choose; 0 is "no countdown". */
export const COUNTDOWN_CHOICES = [0, 30, 60, 90] as const;
export type CountdownSeconds = (typeof COUNTDOWN_CHOICES)[number];

export interface Countdown {
  /** Milliseconds left when it last stopped (or started). */
  leftMs: number;
  /** When it started running, ms since the epoch; null while paused. */
  since: number | null;
}

export const startCountdown = (seconds: number, now: number): Countdown => ({ leftMs: seconds * 1000, since: now });

export function timeLeft(countdown: Countdown, now: number): number {
  if (countdown.since === null) return countdown.leftMs;
  return Math.max(0, countdown.leftMs - Math.max(0, now - countdown.since));
}

export const pauseCountdown = (countdown: Countdown, now: number): Countdown =>
  countdown.since === null ? countdown : { leftMs: timeLeft(countdown, now), since: null };

export const resumeCountdown = (countdown: Countdown, now: number): Countdown =>
  countdown.since === null ? { ...countdown, since: now } : countdown;

/** Seconds to show, rounded up so "0" appears only when the time is really out. */
export const secondsShown = (ms: number): number => Math.ceil(Math.max(0, ms) / 1000);

/** Moments a screen reader hears about, in seconds left: time out, and a warning before it. */
export const ANNOUNCE_AT_SECONDS = [0, 10] as const;

/**
 * The announcement mark crossed between two readings of the countdown, if any; the lowest
 * when a slow screen skipped over both, since "time is out" is what is true now.
 */
export function crossedMark(previousMs: number, nowMs: number): number | undefined {
  return ANNOUNCE_AT_SECONDS.find((s) => previousMs > s * 1000 && nowMs <= s * 1000);
}

/** Reads the countdown from the address (?gio=30); anything else means no countdown. */
export function parseCountdown(raw: string | null | undefined): CountdownSeconds {
  return COUNTDOWN_CHOICES.find((s) => String(s) === raw) ?? 0;
}
