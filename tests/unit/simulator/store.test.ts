/** Simulator results: kept per learner, best run kept, bad stored data rejected. */
import { describe, expect, it } from 'vitest';
import { useFreshStores } from '../support/fresh-stores';

useFreshStores();

const load = () => Promise.all([import('../../../src/stores/simulators'), import('../../../src/stores/profiles')]);

describe('recordSimulatorRun', () => {
  it('saves a run under the active learner and keeps the best count of unaided steps', async () => {
    const [store, profiles] = await load();
    store.recordSimulatorRun('vneid', { unaided: 5, total: 8 }, new Date('2026-11-22T08:00:00Z'));
    store.recordSimulatorRun('vneid', { unaided: 3, total: 8 }, new Date('2026-11-22T09:00:00Z'));
    expect(store.$simulators.get().vneid).toEqual({ bestUnaided: 5, total: 8, runs: 2, lastAt: '2026-11-22T09:00:00.000Z' });
    expect(Object.keys(store.$simulatorsAll.get())).toEqual([profiles.$activeProfileId.get()]);
    expect(JSON.parse(localStorage.getItem('hocso:mo-phong') ?? '{}').version).toBe(1);
  });

  it('starts the best afresh when the simulator’s number of steps changed', async () => {
    const [store] = await load();
    store.recordSimulatorRun('a', { unaided: 5, total: 5 });
    store.recordSimulatorRun('a', { unaided: 2, total: 6 });
    expect(store.$simulators.get().a).toMatchObject({ bestUnaided: 2, total: 6 });
  });
});

describe('parseSimulatorData', () => {
  it('accepts well-formed results and rejects anything else', async () => {
    const [store] = await load();
    const good = { p: { a: { bestUnaided: 1, total: 2, runs: 1, lastAt: '2026-11-22T08:00:00Z' } } };
    expect(store.parseSimulatorData(good)).toEqual(good);
    expect(store.parseSimulatorData([])).toBeUndefined();
    expect(store.parseSimulatorData({ p: { a: { bestUnaided: -1, total: 2, runs: 1, lastAt: 'x' } } })).toBeUndefined();
  });
});
