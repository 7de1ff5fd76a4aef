/** The step engine: the right path, wrong taps and inputs, hints, "Chỉ cho tôi", completion, soundness. */
import { describe, expect, it } from 'vitest';
import { currentScreenId, highlighted, hint, isFinished, problemsOf, result, start, tap, toggleShowMe, type SimState } from '../../../src/simulator/engine';
import { linearSimulator, noValues } from './generators';

const runRightPath = (sim: ReturnType<typeof linearSimulator>, from: SimState = start()) =>
  sim.steps.reduce((state, step) => tap(sim, state, { hotspot: step.tap, values: Object.fromEntries(step.fill.map((f) => [f.input, f.value])) }), from);

describe('start', () => {
  it('begins at the first step on its screen, with no help and no feedback', () => {
    const sim = linearSimulator(3);
    const state = start();
    expect(state.step).toBe(0);
    expect(currentScreenId(sim, state)).toBe('s0');
    expect(state.feedback).toEqual({ kind: 'none' });
    expect(isFinished(sim, state)).toBe(false);
  });
});

describe('tap', () => {
  it('moves to the next step and its screen on the right hotspot, explaining why', () => {
    const sim = linearSimulator(3);
    const state = tap(sim, start(), { hotspot: 'go-0', ...noValues });
    expect(state.step).toBe(1);
    expect(currentScreenId(sim, state)).toBe('s1');
    expect(state.feedback).toEqual({ kind: 'right', explain: 'step 0 explained' });
  });

  it('stays on the step after a wrong tap, shows the hint and the hotspot’s own message', () => {
    const sim = linearSimulator(3);
    const state = tap(sim, start(), { hotspot: 'trap-0', ...noValues });
    expect(state.step).toBe(0);
    expect(state.wrongTaps).toBe(1);
    expect(state.feedback).toEqual({ kind: 'hint', reason: 'wrong-tap', hint: 'tap go-0', wrong: 'trap 0 is a trap' });
  });

  it('refuses the right hotspot while a required input is wrong, ignoring case and spaces when right', () => {
    const sim = linearSimulator(2, { fillFirst: '246 813' });
    const wrong = tap(sim, start(), { hotspot: 'go-0', values: { code: '111111' } });
    expect(wrong.step).toBe(0);
    expect(wrong.feedback).toMatchObject({ kind: 'hint', reason: 'wrong-input' });
    expect(tap(sim, start(), { hotspot: 'go-0', values: { code: ' 246813 ' } }).step).toBe(1);
  });

  it('accepts any non-empty text for an input that need not match', () => {
    const sim = linearSimulator(2, { fillFirst: 'a description', exact: false });
    expect(tap(sim, start(), { hotspot: 'go-0', values: { code: '   ' } }).step).toBe(0);
    expect(tap(sim, start(), { hotspot: 'go-0', values: { code: 'Gạo ngon' } }).step).toBe(1);
  });

  it('does nothing once the simulator is finished', () => {
    const sim = linearSimulator(2);
    const done = runRightPath(sim);
    expect(tap(sim, done, { hotspot: 'go-0', ...noValues })).toBe(done);
  });
});

describe('hint', () => {
  it('shows the current step’s hint and counts the step as helped once', () => {
    const sim = linearSimulator(2);
    const once = hint(sim, start(), 'pause');
    const twice = hint(sim, once);
    expect(once.feedback).toEqual({ kind: 'hint', reason: 'pause', hint: 'tap go-0' });
    expect(twice.helped).toEqual([0]);
  });
});

describe('toggleShowMe', () => {
  it('highlights the expected hotspot on this and every later step while on', () => {
    const sim = linearSimulator(3);
    const on = toggleShowMe(sim, start());
    expect(highlighted(sim, on)).toBe('go-0');
    const next = tap(sim, on, { hotspot: 'go-0', ...noValues });
    expect(highlighted(sim, next)).toBe('go-1');
    expect(highlighted(sim, toggleShowMe(sim, next))).toBeUndefined();
  });

  it('counts steps done while it is on as helped', () => {
    const sim = linearSimulator(3);
    expect(result(sim, runRightPath(sim, toggleShowMe(sim, start()))).unaided).toBe(0);
  });
});

describe('result', () => {
  it('counts every step when the right path is taken without help', () => {
    const sim = linearSimulator(4);
    const done = runRightPath(sim);
    expect(isFinished(sim, done)).toBe(true);
    expect(result(sim, done)).toEqual({ unaided: 4, total: 4, wrongTaps: 0 });
  });

  it('leaves out the steps that needed a hint', () => {
    const sim = linearSimulator(4);
    const afterSlip = tap(sim, tap(sim, start(), { hotspot: 'trap-0', ...noValues }), { hotspot: 'trap-0', ...noValues });
    expect(result(sim, runRightPath(sim, afterSlip))).toEqual({ unaided: 3, total: 4, wrongTaps: 2 });
  });
});

describe('problemsOf', () => {
  it('finds nothing wrong in a sound simulator', () => {
    expect(problemsOf(linearSimulator(3))).toEqual([]);
  });

  it('names a step whose hotspot, input or screen is missing, and a screen no step reaches', () => {
    const sim = linearSimulator(3);
    sim.steps[0] = { ...sim.steps[0]!, tap: 'nowhere' };
    sim.steps[1] = { ...sim.steps[1]!, fill: [{ input: 'ghost', value: 'x', exact: true }] };
    sim.steps[2] = { ...sim.steps[2]!, screen: 'missing' };
    expect(problemsOf(sim)).toEqual([
      'bước 1: màn hình "s0" không có nút "nowhere"',
      'bước 2: màn hình "s1" không có ô "ghost"',
      'bước 3: không có màn hình "missing"',
      'màn hình "s2" không bước nào tới được',
    ]);
  });
});
