/** Small simulator builders for the engine's tests: n screens in a row, one step on each. */
import type { EngineSimulator } from '../../../src/simulator/engine';

type Sim = EngineSimulator & { screens: EngineSimulator['screens'][number][]; steps: EngineSimulator['steps'][number][] };

/** Screen i has hotspots "go-i" (right) and "trap-i" (wrong, with its own message); step i taps go-i. */
export function linearSimulator(n: number, options: { fillFirst?: string; exact?: boolean } = {}): Sim {
  const screens = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    inputs: i === 0 && options.fillFirst ? [{ id: 'code' }] : [],
    hotspots: [{ id: `go-${i}` }, { id: `trap-${i}`, wrong: `trap ${i} is a trap` }],
  }));
  const steps = screens.map((s, i) => ({
    screen: s.id,
    tap: `go-${i}`,
    fill: i === 0 && options.fillFirst ? [{ input: 'code', value: options.fillFirst, exact: options.exact ?? true }] : [],
    hint: `tap go-${i}`,
    explain: `step ${i} explained`,
  }));
  return { screens, steps };
}

export const noValues = { values: {} } as const;
