/**
 * The inactivity timer of kiosk mode as a small state machine with an injectable clock, so it
 * is tested with fake timers: "active" until `idleMs` pass without input, then "warning" for
 * `warnMs` (only "Tôi vẫn đang học" goes back to active), then "expired" once.
 *
 * Input only records a time: the single pending timeout re-checks the clock when it fires, so a
 * mouse moving over the page does not clear and set timers hundreds of times a second. The
 * clock is read again on `check()` (the page becomes visible again), because a tablet that
 * slept does not run timers on time.
 */

export type IdlePhase = 'active' | 'warning' | 'expired' | 'stopped';

export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's own clock, looked up on every call (fake timers replace the globals). */
export const pageClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleOptions {
  idleMs: number;
  warnMs: number;
  /** The warning must be shown. */
  onWarn(): void;
  /** Time is up: wipe the visitor's data. Called at most once. */
  onExpire(): void;
  clock?: IdleClock;
}

export interface IdleTimer {
  readonly phase: IdlePhase;
  /** Milliseconds left before the warning ends (0 outside the warning). */
  remainingMs(): number;
  /** Any input from the visitor (ignored during the warning: that needs stillHere). */
  activity(): void;
  /** "Tôi vẫn đang học": back to active, counting from now. */
  stillHere(): void;
  /** Re-reads the clock now (the page became visible again). */
  check(): void;
  stop(): void;
}

export function createIdleTimer({ idleMs, warnMs, onWarn, onExpire, clock = pageClock }: IdleOptions): IdleTimer {
  let phase: IdlePhase = 'active';
  let lastInput = clock.now();
  let warnedAt = 0;
  let handle: unknown;

  const clear = () => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = undefined;
  };
  const schedule = () => {
    clear();
    const due = phase === 'active' ? lastInput + idleMs : phase === 'warning' ? warnedAt + warnMs : undefined;
    if (due !== undefined) handle = clock.setTimeout(check, Math.max(0, due - clock.now()));
  };
  const expire = () => {
    clear();
    phase = 'expired';
    onExpire();
  };
  function check(): void {
    const now = clock.now();
    if (phase === 'active' && now - lastInput >= idleMs) {
      // Asleep through the warning too: nobody is there to answer it.
      if (now - lastInput >= idleMs + warnMs) return expire();
      phase = 'warning';
      warnedAt = now;
      onWarn();
    } else if (phase === 'warning' && now - warnedAt >= warnMs) {
      return expire();
    }
    schedule();
  }

  schedule();
  return {
    get phase() {
      return phase;
    },
    remainingMs: () => (phase === 'warning' ? Math.max(0, warnedAt + warnMs - clock.now()) : 0),
    activity() {
      if (phase === 'active') lastInput = clock.now();
    },
    stillHere() {
      if (phase !== 'active' && phase !== 'warning') return;
      phase = 'active';
      lastInput = clock.now();
      schedule();
    },
    check: () => {
      if (phase === 'active' || phase === 'warning') check();
    },
    stop() {
      clear();
      phase = 'stopped';
    },
  };
}
