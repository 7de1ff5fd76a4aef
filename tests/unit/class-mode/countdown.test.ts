/**
 * The per-question countdown of class mode: it runs on the clock, pauses and resumes without
 * losing or gaining time, and says when to announce a warning and the time out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTDOWN_CHOICES,
  crossedMark,
  parseCountdown,
  pauseCountdown,
  resumeCountdown,
  secondsShown,
  startCountdown,
  timeLeft,
} from '../../../src/lib/class-mode/countdown';

const T0 = 1_700_000_000_000;

describe('timeLeft', () => {
  it('counts down from the chosen seconds and stops at zero', () => {
    const c = startCountdown(30, T0);
    expect(timeLeft(c, T0)).toBe(30_000);
    expect(timeLeft(c, T0 + 12_500)).toBe(17_500);
    expect(timeLeft(c, T0 + 90_000)).toBe(0);
  });

  it('never goes up when the clock goes back', () => {
    expect(timeLeft(startCountdown(60, T0), T0 - 5_000)).toBe(60_000);
  });
});

describe('pauseCountdown and resumeCountdown', () => {
  it('keep the time left while paused, however long the pause', () => {
    fc.assert(
      fc.property(fc.constantFrom(30, 60, 90), fc.nat({ max: 100_000 }), fc.nat({ max: 10_000_000 }), fc.nat({ max: 100_000 }), (s, before, pause, after) => {
        const paused = pauseCountdown(startCountdown(s, T0), T0 + before);
        const resumed = resumeCountdown(paused, T0 + before + pause);
        expect(timeLeft(paused, T0 + before + pause)).toBe(Math.max(0, s * 1000 - before));
        expect(timeLeft(resumed, T0 + before + pause + after)).toBe(Math.max(0, s * 1000 - before - after));
      }),
    );
  });

  it('change nothing when already in that state', () => {
    const running = startCountdown(30, T0);
    expect(resumeCountdown(running, T0 + 5_000)).toBe(running);
    const paused = pauseCountdown(running, T0 + 1_000);
    expect(pauseCountdown(paused, T0 + 9_000)).toBe(paused);
  });
});

describe('secondsShown', () => {
  it('rounds up so zero shows only when time is out', () => {
    expect(secondsShown(30_000)).toBe(30);
    expect(secondsShown(29_001)).toBe(30);
    expect(secondsShown(1)).toBe(1);
    expect(secondsShown(0)).toBe(0);
    expect(secondsShown(-5)).toBe(0);
  });
});

describe('crossedMark', () => {
  it('reports the ten-second warning and the time out once each', () => {
    expect(crossedMark(10_400, 9_900)).toBe(10);
    expect(crossedMark(9_900, 9_400)).toBeUndefined();
    expect(crossedMark(400, 0)).toBe(0);
    expect(crossedMark(0, 0)).toBeUndefined();
  });

  it('reports the time out when a reading skipped over the warning', () => {
    expect(crossedMark(27_000, 0)).toBe(0);
  });
});

describe('parseCountdown', () => {
  it('reads the choices offered and falls back to no countdown', () => {
    for (const s of COUNTDOWN_CHOICES) expect(parseCountdown(String(s))).toBe(s);
    for (const raw of [null, undefined, '', '45', '30s', '-30', '030']) expect(parseCountdown(raw)).toBe(0);
  });
});
