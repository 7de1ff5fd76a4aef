/**
 * The kiosk inactivity timer, driven by vitest's fake timers (they replace Date and
 * setTimeout, which the timer's default clock reads on every call).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, type IdleOptions } from '../../../src/kiosk/idle';

const MINUTE = 60_000;
const WARN = 20_000;

function timer(options: Partial<IdleOptions> = {}) {
  const onWarn = vi.fn();
  const onExpire = vi.fn();
  const idle = createIdleTimer({ idleMs: MINUTE, warnMs: WARN, onWarn, onExpire, ...options });
  return { idle, onWarn, onExpire };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-10-10T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('createIdleTimer', () => {
  it('stays active until the whole timeout passes without input', () => {
    const { idle, onWarn } = timer();
    vi.advanceTimersByTime(MINUTE - 1);
    expect(idle.phase).toBe('active');
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle.phase).toBe('warning');
    expect(onWarn).toHaveBeenCalledTimes(1);
  });

  it('counts the timeout from the last input', () => {
    const { idle, onWarn } = timer();
    vi.advanceTimersByTime(50_000);
    idle.activity();
    vi.advanceTimersByTime(50_000);
    expect(idle.phase).toBe('active');
    vi.advanceTimersByTime(10_000);
    expect(idle.phase).toBe('warning');
    expect(onWarn).toHaveBeenCalledTimes(1);
  });

  it('keeps a single pending timeout however much input arrives', () => {
    const { idle } = timer();
    for (let i = 0; i < 500; i++) idle.activity();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('expires once the warning has run its 20 seconds, and only once', () => {
    const { idle, onExpire } = timer();
    vi.advanceTimersByTime(MINUTE);
    vi.advanceTimersByTime(WARN - 1);
    expect(onExpire).not.toHaveBeenCalled();
    expect(idle.remainingMs()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(idle.phase).toBe('expired');
    expect(onExpire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores ordinary input during the warning: only "still here" keeps the session', () => {
    const { idle, onExpire } = timer();
    vi.advanceTimersByTime(MINUTE);
    idle.activity();
    vi.advanceTimersByTime(WARN);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('goes back to a full timeout after "still here"', () => {
    const { idle, onWarn, onExpire } = timer();
    vi.advanceTimersByTime(MINUTE + 5_000);
    idle.stillHere();
    expect(idle.phase).toBe('active');
    expect(idle.remainingMs()).toBe(0);
    vi.advanceTimersByTime(MINUTE - 1);
    expect(onWarn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledTimes(2);
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('expires at once when the clock shows that timeout and warning both passed (a device that slept)', () => {
    const { idle, onWarn, onExpire } = timer();
    vi.setSystemTime(Date.now() + MINUTE + WARN + 1_000);
    idle.check();
    expect(onWarn).not.toHaveBeenCalled();
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('gives a full warning when a woken device is past the timeout only', () => {
    const { idle, onWarn } = timer();
    vi.setSystemTime(Date.now() + MINUTE + 5_000);
    idle.check();
    expect(onWarn).toHaveBeenCalledTimes(1);
    expect(idle.remainingMs()).toBe(WARN);
  });

  it('does nothing more once stopped', () => {
    const { idle, onWarn, onExpire } = timer();
    idle.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    idle.check();
    idle.stillHere();
    expect(idle.phase).toBe('stopped');
    expect(onWarn).not.toHaveBeenCalled();
    expect(onExpire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses the clock it is given', () => {
    let now = 0;
    const pending: { run: () => void; at: number }[] = [];
    const clock = {
      now: () => now,
      setTimeout: (run: () => void, ms: number) => pending.push({ run, at: now + ms }),
      clearTimeout: () => pending.splice(0),
    };
    const { idle, onWarn } = timer({ clock, idleMs: 1_000 });
    expect(pending).toEqual([expect.objectContaining({ at: 1_000 })]);
    now = 1_000;
    pending.shift()?.run();
    expect(idle.phase).toBe('warning');
    expect(onWarn).toHaveBeenCalledTimes(1);
  });
});
