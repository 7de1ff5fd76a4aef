/** The wait before an exam can be taken again. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cooldownLeft, formatWait } from '../../../src/lib/certificate/cooldown';

const MIN = 60_000;

describe('cooldownLeft', () => {
  it('lets a first attempt start at once', () => {
    expect(cooldownLeft(undefined, 10, 1_000)).toBe(0);
  });

  it('counts down from the cool-down after a submission, then reaches zero', () => {
    const at = 1_700_000_000_000;
    expect(cooldownLeft(at, 10, at)).toBe(10 * MIN);
    expect(cooldownLeft(at, 10, at + 4 * MIN)).toBe(6 * MIN);
    expect(cooldownLeft(at, 10, at + 10 * MIN)).toBe(0);
    expect(cooldownLeft(at, 10, at + 60 * MIN)).toBe(0);
  });

  it('follows the exam setting, and zero minutes means no wait', () => {
    expect(cooldownLeft(0, 3, MIN)).toBe(2 * MIN);
    expect(cooldownLeft(0, 0, 0)).toBe(0);
  });

  it('never asks for more than the cool-down, even with a clock set back', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 120 }), (at, shift, minutes) => {
        const left = cooldownLeft(at, minutes, at + shift);
        return left >= 0 && left <= minutes * MIN;
      }),
    );
  });
});

describe('formatWait', () => {
  it('shows minutes and seconds, rounding the seconds up', () => {
    expect(formatWait(10 * MIN)).toBe('10:00');
    expect(formatWait(61_001)).toBe('1:02');
    expect(formatWait(500)).toBe('0:01');
  });
});
