/** Kiosk settings: parsing what is stored, field by field, and what a visitor is offered. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LESSON,
  DEFAULT_TIMEOUT,
  KIOSK_KEY as STORE_KEY,
  defaultKioskSettings,
  parseKioskSettings,
  practiceScore,
  resolveLesson,
  TIMEOUT_MINUTES,
} from '../../../src/kiosk/settings';
import { GUEST_FLAG, KIOSK_KEY, kioskOnIn } from '../../../src/kiosk/flag';
import { GUEST_FLAG_KEY } from '../../../src/stores/profiles';

const lessons = (...ids: string[]) => ids.map((id) => ({ id }));
const stored = (data: unknown) => JSON.stringify({ version: 1, data });

describe('parseKioskSettings', () => {
  it('keeps a valid value as it is', () => {
    for (const minutes of TIMEOUT_MINUTES) {
      const value = { on: true, minutes, lesson: 'dich-vu-cong/vneid' };
      expect(parseKioskSettings(value)).toEqual(value);
    }
  });

  it('refuses only what is not an object at all', () => {
    for (const data of [null, undefined, 'on', 3, true, []]) expect(parseKioskSettings(data)).toBeUndefined();
  });

  it('replaces each bad field with its default and keeps the others', () => {
    expect(parseKioskSettings({ on: true, minutes: 4, lesson: 'tin-gia-lua-dao/khi-bi-lua-dao' })).toEqual({
      on: true,
      minutes: DEFAULT_TIMEOUT,
      lesson: 'tin-gia-lua-dao/khi-bi-lua-dao',
    });
    expect(parseKioskSettings({ on: 'yes', minutes: 10, lesson: '../../etc' })).toEqual({ on: false, minutes: 10, lesson: DEFAULT_LESSON });
    expect(parseKioskSettings({})).toEqual(defaultKioskSettings());
  });

  it('offers no timeout shorter than a minute, whatever is stored', () => {
    for (const minutes of [0, 0.1, -1, '1', Number.NaN]) expect(parseKioskSettings({ on: true, minutes })?.minutes).toBe(DEFAULT_TIMEOUT);
  });
});

describe('defaultKioskSettings', () => {
  it('is off, with a 3-minute timeout and a scam lesson of module 3', () => {
    expect(defaultKioskSettings()).toEqual({ on: false, minutes: 3, lesson: 'tin-gia-lua-dao/tin-nhan-ngan-hang-gia' });
  });
});

describe('resolveLesson', () => {
  it('gives the chosen lesson while it exists', () => {
    expect(resolveLesson('a/b', lessons(DEFAULT_LESSON, 'a/b'))?.id).toBe('a/b');
  });

  it('falls back to the default lesson, then to the first one', () => {
    expect(resolveLesson('gone/lesson', lessons('a/b', DEFAULT_LESSON))?.id).toBe(DEFAULT_LESSON);
    expect(resolveLesson('gone/lesson', lessons('a/b', 'c/d'))?.id).toBe('a/b');
    expect(resolveLesson('gone/lesson', [])).toBeUndefined();
  });
});

describe('practiceScore', () => {
  it('counts right answers among the lesson questions only', () => {
    const results = { q1: { right: true }, q2: { right: false }, other: { right: true } };
    expect(practiceScore(['q1', 'q2', 'q3'], results)).toEqual({ right: 1, answered: 2, total: 3 });
  });

  it('is zero of zero answered for a visitor who answered nothing', () => {
    expect(practiceScore(['q1', 'q2'], {})).toEqual({ right: 0, answered: 0, total: 2 });
  });
});

describe('kioskOnIn', () => {
  it('is on only for a stored value that says on', () => {
    expect(kioskOnIn(stored({ on: true, minutes: 3 }))).toBe(true);
    expect(kioskOnIn(stored({ on: false }))).toBe(false);
  });

  it('is off for anything missing, unreadable or odd', () => {
    for (const raw of [null, '', '{', 'null', '1', stored(null), stored({ on: 'true' }), JSON.stringify({ on: true })]) {
      expect(kioskOnIn(raw)).toBe(false);
    }
  });

  it('reads the key the settings store writes, and marks the guest with the key profiles.ts reads', () => {
    expect(KIOSK_KEY).toBe('hocso:ngay-hoi');
    expect(STORE_KEY).toBe(KIOSK_KEY);
    expect(GUEST_FLAG).toBe(GUEST_FLAG_KEY);
  });
});
