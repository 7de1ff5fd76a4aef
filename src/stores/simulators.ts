/**
 * Simulator results per learner, keyed by profile id like progress.ts: for each simulator,
 * the best run (most steps done without help) and when it was last finished. Loaded only
 * with the simulator itself, so lesson pages without one never pay for it.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId } from './profiles';

export interface SimulatorRecord {
  /** Most steps done without a hint in one run. */
  bestUnaided: number;
  /** Steps in the simulator at that time. */
  total: number;
  /** Finished runs. */
  runs: number;
  /** ISO time of the last finished run. */
  lastAt: string;
}

export type SimulatorData = Record<string, Record<string, SimulatorRecord>>;

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates stored results without zod, so the simulator chunk stays small. */
export function parseSimulatorData(data: unknown): SimulatorData | undefined {
  if (!isObject(data)) return undefined;
  for (const sims of Object.values(data)) {
    if (!isObject(sims)) return undefined;
    for (const r of Object.values(sims)) {
      if (!isObject(r) || !isCount(r.bestUnaided) || !isCount(r.total) || !isCount(r.runs)) return undefined;
      if (typeof r.lastAt !== 'string' || Number.isNaN(Date.parse(r.lastAt))) return undefined;
    }
  }
  return data as SimulatorData;
}

export const $simulatorsAll = persistentAtom<SimulatorData>({
  key: 'hocso:mo-phong',
  version: 1,
  parse: parseSimulatorData,
  initial: () => ({}),
});

/** Results of the active learner. */
export const $simulators = computed([$simulatorsAll, $activeProfileId], (all, id) => all[id] ?? {});

/** Saves a finished run for the active learner, keeping the best count of unaided steps. */
export function recordSimulatorRun(simulatorId: string, run: { unaided: number; total: number }, now = new Date()): void {
  const all = $simulatorsAll.get();
  const profile = $activeProfileId.get();
  const mine = all[profile] ?? {};
  const old = mine[simulatorId];
  const best = old && old.total === run.total ? Math.max(old.bestUnaided, run.unaided) : run.unaided;
  const record: SimulatorRecord = { bestUnaided: best, total: run.total, runs: (old?.runs ?? 0) + 1, lastAt: now.toISOString() };
  $simulatorsAll.save({ ...all, [profile]: { ...mine, [simulatorId]: record } });
}
