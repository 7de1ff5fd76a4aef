/**
 * The organiser's choices for kiosk mode on this device, as pure functions: the stored shape,
 * its parser (each field falls back on its own, so one bad value never switches kiosk mode
 * off or loses the rest) and the lesson a visitor tries.
 */

/** Minutes without input before "Bạn còn đó không?"; the setup page offers exactly these. */
export const TIMEOUT_MINUTES = [1, 2, 3, 5, 10] as const;
export type TimeoutMinutes = (typeof TIMEOUT_MINUTES)[number];
export const DEFAULT_TIMEOUT: TimeoutMinutes = 3;

/** How long the warning waits for "Tôi vẫn đang học" before the visitor's data is wiped. */
export const WARNING_SECONDS = 20;

/**
 * Short and useful to anyone who walks up: fake bank text messages (module 3, 7 minutes, four
 * practice questions).
 */
export const DEFAULT_LESSON = 'tin-gia-lua-dao/tin-nhan-ngan-hang-gia';

/**
 * localStorage key of the settings. flag.ts repeats it for boot.ts, which every page loads and
 * which must not share a chunk with this module (a unit test keeps the two equal).
 */
export const KIOSK_KEY = 'hocso:ngay-hoi';
export const KIOSK_VERSION = 1;

export interface KioskSettings {
  /** Kiosk mode is on for this device. */
  on: boolean;
  /** Inactivity timeout, one of TIMEOUT_MINUTES. */
  minutes: TimeoutMinutes;
  /** Lesson id ("<module>/<slug>") of the "try it" path. */
  lesson: string;
}

export const defaultKioskSettings = (): KioskSettings => ({ on: false, minutes: DEFAULT_TIMEOUT, lesson: DEFAULT_LESSON });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LESSON_ID = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/;

export const isTimeoutMinutes = (v: unknown): v is TimeoutMinutes => TIMEOUT_MINUTES.includes(v as TimeoutMinutes);

/** The stored value, field by field; undefined only when it is not an object at all. */
export function parseKioskSettings(data: unknown): KioskSettings | undefined {
  if (!isRecord(data)) return undefined;
  const fallback = defaultKioskSettings();
  return {
    on: typeof data['on'] === 'boolean' ? data['on'] : fallback.on,
    minutes: isTimeoutMinutes(data['minutes']) ? data['minutes'] : fallback.minutes,
    lesson: typeof data['lesson'] === 'string' && LESSON_ID.test(data['lesson']) ? data['lesson'] : fallback.lesson,
  };
}

/**
 * The lesson to offer: the chosen one while it exists, else the default, else the first
 * lesson (a lesson can be renamed or drafted after the organiser chose it).
 */
export function resolveLesson<T extends { id: string }>(chosen: string, lessons: readonly T[]): T | undefined {
  return lessons.find((l) => l.id === chosen) ?? lessons.find((l) => l.id === DEFAULT_LESSON) ?? lessons[0];
}

/** Right answers among a lesson's practice questions, from the visitor's last results. */
export function practiceScore(questionIds: readonly string[], results: Readonly<Record<string, { right: boolean }>>): { right: number; answered: number; total: number } {
  let right = 0;
  let answered = 0;
  for (const id of questionIds) {
    const result = results[id];
    if (!result) continue;
    answered++;
    if (result.right) right++;
  }
  return { right, answered, total: questionIds.length };
}
