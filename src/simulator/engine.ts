/**
 * The simulator's step engine: pure functions from (simulator, state, action) to the next
 * state, with no DOM, so it is tested alone and the island only draws what it returns.
 * A learner goes through the steps in order; each step is done by tapping one hotspot (after
 * filling the inputs it names). A wrong tap, a long pause, "Gợi ý" or "Chỉ cho tôi" shows
 * the hint and marks the step as helped; the result counts the steps done without help.
 */

/** The parts of a simulator the engine needs (src/schemas/simulator.ts has the full shape). */
export interface EngineSimulator {
  screens: readonly { id: string; inputs: readonly { id: string }[]; hotspots: readonly { id: string; wrong?: string | undefined }[] }[];
  steps: readonly {
    screen: string;
    tap: string;
    fill: readonly { input: string; value: string; exact: boolean }[];
    hint: string;
    explain?: string | undefined;
  }[];
}

/** Why the hint is shown. */
export type HintReason = 'wrong-tap' | 'wrong-input' | 'pause' | 'asked' | 'show-me';

export type Feedback =
  | { kind: 'none' }
  | { kind: 'right'; explain?: string | undefined }
  | { kind: 'hint'; reason: HintReason; hint: string; wrong?: string | undefined };

export interface SimState {
  /** Index of the current step; equals steps.length once finished. */
  step: number;
  /** Indices of steps where help was shown. */
  helped: readonly number[];
  /** Wrong taps in the whole run. */
  wrongTaps: number;
  /** "Chỉ cho tôi" is on: every step shows its hotspot. */
  showMe: boolean;
  feedback: Feedback;
}

export interface TapAction {
  hotspot: string;
  /** Current text of the screen's inputs, by input id. */
  values: Readonly<Record<string, string>>;
}

export interface SimResult {
  /** Steps done without any help. */
  unaided: number;
  total: number;
  wrongTaps: number;
}

export function start(): SimState {
  return { step: 0, helped: [], wrongTaps: 0, showMe: false, feedback: { kind: 'none' } };
}

export function isFinished(sim: EngineSimulator, state: SimState): boolean {
  return state.step >= sim.steps.length;
}

/** The screen to draw: the current step's, or the last step's once finished. */
export function currentScreenId(sim: EngineSimulator, state: SimState): string {
  const step = sim.steps[Math.min(state.step, sim.steps.length - 1)];
  return step?.screen ?? sim.screens[0]?.id ?? '';
}

/** The hotspot to highlight, when "Chỉ cho tôi" is on or was just asked for. */
export function highlighted(sim: EngineSimulator, state: SimState): string | undefined {
  if (isFinished(sim, state)) return undefined;
  const shown = state.showMe || (state.feedback.kind === 'hint' && state.feedback.reason === 'show-me');
  return shown ? sim.steps[state.step]?.tap : undefined;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, '');

function inputsOk(fill: EngineSimulator['steps'][number]['fill'], values: TapAction['values']): boolean {
  return fill.every(({ input, value, exact }) => {
    const typed = values[input] ?? '';
    return exact ? normalise(typed) === normalise(value) : typed.trim().length > 0;
  });
}

function withHelp(state: SimState, reason: HintReason, hint: string, wrong?: string): SimState {
  const helped = state.helped.includes(state.step) ? state.helped : [...state.helped, state.step];
  return { ...state, helped, feedback: { kind: 'hint', reason, hint, wrong } };
}

/** The learner tapped a hotspot: the right one moves on, any other shows the hint. */
export function tap(sim: EngineSimulator, state: SimState, action: TapAction): SimState {
  const step = sim.steps[state.step];
  if (!step) return state;
  if (action.hotspot !== step.tap) {
    const screen = sim.screens.find((s) => s.id === step.screen);
    const wrong = screen?.hotspots.find((h) => h.id === action.hotspot)?.wrong;
    return { ...withHelp(state, 'wrong-tap', step.hint, wrong), wrongTaps: state.wrongTaps + 1 };
  }
  if (!inputsOk(step.fill, action.values)) return { ...withHelp(state, 'wrong-input', step.hint), wrongTaps: state.wrongTaps + 1 };
  const next = state.step + 1;
  const helped = state.showMe && !state.helped.includes(state.step) ? [...state.helped, state.step] : state.helped;
  return { ...state, step: next, helped, feedback: { kind: 'right', explain: step.explain } };
}

/** Shows the current step's hint: asked for, or after a pause. */
export function hint(sim: EngineSimulator, state: SimState, reason: 'pause' | 'asked' = 'asked'): SimState {
  const step = sim.steps[state.step];
  return step ? withHelp(state, reason, step.hint) : state;
}

/** "Chỉ cho tôi": highlights the hotspot of the current step, and of every later step while on. */
export function toggleShowMe(sim: EngineSimulator, state: SimState): SimState {
  const on = !state.showMe;
  const step = sim.steps[state.step];
  if (!on || !step) return { ...state, showMe: on };
  return { ...withHelp(state, 'show-me', step.hint), showMe: true };
}

export function result(sim: EngineSimulator, state: SimState): SimResult {
  const total = sim.steps.length;
  return { unaided: total - state.helped.length, total, wrongTaps: state.wrongTaps };
}

/**
 * Everything that would stop a learner from finishing: a step on a missing screen, a step
 * whose hotspot or inputs are not on its screen, ids used twice. Empty when the simulator is sound.
 */
export function problemsOf(sim: EngineSimulator): string[] {
  const problems: string[] = [];
  const screenIds = new Set<string>();
  for (const screen of sim.screens) {
    if (screenIds.has(screen.id)) problems.push(`màn hình "${screen.id}" bị trùng`);
    screenIds.add(screen.id);
    const ids = [...screen.hotspots.map((h) => h.id), ...screen.inputs.map((i) => i.id)];
    const dup = ids.find((x, i) => ids.indexOf(x) !== i);
    if (dup) problems.push(`màn hình "${screen.id}": mã "${dup}" bị trùng`);
  }
  sim.steps.forEach((step, i) => {
    const where = `bước ${i + 1}`;
    const screen = sim.screens.find((s) => s.id === step.screen);
    if (!screen) {
      problems.push(`${where}: không có màn hình "${step.screen}"`);
      return;
    }
    if (!screen.hotspots.some((h) => h.id === step.tap)) problems.push(`${where}: màn hình "${screen.id}" không có nút "${step.tap}"`);
    for (const { input } of step.fill) {
      if (!screen.inputs.some((x) => x.id === input)) problems.push(`${where}: màn hình "${screen.id}" không có ô "${input}"`);
    }
  });
  const used = new Set(sim.steps.map((s) => s.screen));
  for (const id of screenIds) if (!used.has(id)) problems.push(`màn hình "${id}" không bước nào tới được`);
  return problems;
}
