/** The teacher's classes: creating, renaming, deleting, receiving results without duplicates, and the stored value. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addResult,
  createClass,
  deleteClass,
  emptyClasses,
  parseClasses,
  removeResult,
  renameClass,
  type ClassesState,
} from '../../../src/lib/class-results/classes';
import { attemptKey } from '../../../src/lib/class-results/format';
import { useFreshStores } from '../support/fresh-stores';
import { arbResult, sample } from './generators';

const withClass = (name = 'Lớp sáng thứ Bảy — thôn 3', id = 'lop-a'): ClassesState => {
  const change = createClass(emptyClasses(), name, id, new Date(Date.UTC(2026, 10, 1)));
  if (!change.ok) throw new Error(change.problem);
  return change.state;
};

describe('createClass / renameClass / deleteClass', () => {
  it('creates a class and shows it', () => {
    const state = withClass();
    expect(state.active).toBe('lop-a');
    expect(state.classes).toEqual([{ id: 'lop-a', name: 'Lớp sáng thứ Bảy — thôn 3', createdAt: '2026-11-01T00:00:00.000Z', results: [] }]);
  });

  it('refuses an empty, too long, unprintable or duplicate name', () => {
    const state = withClass();
    expect(createClass(state, '  ', 'x')).toEqual({ ok: false, problem: 'empty' });
    expect(createClass(state, 'L'.repeat(41), 'x')).toEqual({ ok: false, problem: 'too-long' });
    expect(createClass(state, 'Lớp\u0000', 'x')).toEqual({ ok: false, problem: 'invalid' });
    expect(createClass(state, 'lớp sáng thứ bảy — thôn 3', 'x')).toEqual({ ok: false, problem: 'duplicate' });
  });

  it('renames a class, keeping its results, and may keep its own name', () => {
    const { state } = addResult(withClass(), 'lop-a', sample());
    const renamed = renameClass(state, 'lop-a', 'Lớp chiều');
    expect(renamed.ok && renamed.state.classes[0]?.name).toBe('Lớp chiều');
    expect(renamed.ok && renamed.state.classes[0]?.results).toHaveLength(1);
    expect(renameClass(state, 'lop-a', 'Lớp sáng thứ Bảy — thôn 3').ok).toBe(true);
  });

  it('deletes a class and shows another one', () => {
    const two = createClass(withClass(), 'Lớp chiều', 'lop-b');
    if (!two.ok) throw new Error();
    const left = deleteClass(two.state, 'lop-b');
    expect(left.classes.map((c) => c.id)).toEqual(['lop-a']);
    expect(left.active).toBe('lop-a');
    expect(deleteClass(left, 'lop-a')).toEqual({ classes: [] });
  });
});

describe('addResult', () => {
  it('adds a result once: a rescan of the same attempt changes nothing', () => {
    const first = addResult(withClass(), 'lop-a', sample());
    expect(first.outcome).toBe('added');
    const again = addResult(first.state, 'lop-a', sample());
    expect(again.outcome).toBe('duplicate');
    expect(again.state).toBe(first.state);
    expect(again.state.classes[0]?.results).toHaveLength(1);
  });

  it('keeps another attempt of the same learner as a separate row', () => {
    let state = addResult(withClass(), 'lop-a', sample()).state;
    const retake = sample({ submittedAt: sample().submittedAt + 3600_000, wrong: [] , earned: 5, passed: true });
    const second = addResult(state, 'lop-a', retake);
    expect(second.outcome).toBe('added');
    state = second.state;
    expect(state.classes[0]?.results.map((r) => r.earned)).toEqual([4, 5]);
  });

  it('adds nothing to a class that does not exist', () => {
    const state = withClass();
    expect(addResult(state, 'lop-khac', sample())).toEqual({ state, outcome: 'no-class' });
  });

  it('keeps exactly one row per attempt whatever order the scans come in, repeats included', () => {
    fc.assert(
      fc.property(fc.array(arbResult, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), (results, repeats) => {
        let state = withClass();
        const scans = [...results, ...repeats.map((i) => results[i % results.length]!)];
        for (const r of scans) state = addResult(state, 'lop-a', r).state;
        const keys = state.classes[0]!.results.map(attemptKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(results.map(attemptKey)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('removeResult', () => {
  it('removes one row and leaves the others', () => {
    let state = addResult(withClass(), 'lop-a', sample()).state;
    state = addResult(state, 'lop-a', sample({ name: 'Trần Thị Ba' })).state;
    state = removeResult(state, 'lop-a', attemptKey(sample()));
    expect(state.classes[0]?.results.map((r) => r.name)).toEqual(['Trần Thị Ba']);
  });
});

describe('parseClasses', () => {
  it('reads back what was stored', () => {
    const state = addResult(withClass(), 'lop-a', sample()).state;
    expect(parseClasses(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('drops a result whose code no longer matches, a duplicate and a broken class, keeping the rest', () => {
    const state = addResult(withClass(), 'lop-a', sample()).state;
    const room = state.classes[0]!;
    const raw = {
      active: 'lop-a',
      classes: [
        { ...room, results: [...room.results, { ...sample(), earned: 5 }, sample(), 'rác'] },
        { id: 'LOP KHÔNG HỢP LỆ', name: 'x', results: [] },
        { id: 'lop-b', name: '\u202e', results: [] },
      ],
    };
    expect(parseClasses(raw)).toEqual(state);
  });

  it('refuses a value that is not a list of classes', () => {
    expect(parseClasses(null)).toBeUndefined();
    expect(parseClasses({ classes: 'lớp' })).toBeUndefined();
    expect(parseClasses({ classes: [] })).toEqual({ classes: [] });
  });
});

describe('the classes store', () => {
  useFreshStores();

  it('keeps classes under hocso:lop-hoc, across a reload, whoever the active learner is', async () => {
    const classes = await import('../../../src/stores/classes');
    const profiles = await import('../../../src/stores/profiles');
    const change = classes.addClass('Lớp sáng thứ Bảy — thôn 3');
    expect(change.ok).toBe(true);
    const id = classes.$classes.get().active!;
    expect(classes.receiveResult(id, sample())).toBe('added');
    expect(classes.receiveResult(id, sample())).toBe('duplicate');
    profiles.selectProfile('nh-khac');
    const stored = JSON.parse(localStorage.getItem('hocso:lop-hoc')!);
    expect(stored.version).toBe(1);
    expect(stored.data.classes[0].results).toHaveLength(1);

    const { vi } = await import('vitest');
    vi.resetModules();
    const reloaded = await import('../../../src/stores/classes');
    expect(reloaded.$classes.get().classes[0]?.name).toBe('Lớp sáng thứ Bảy — thôn 3');
    expect(reloaded.$classes.get().classes[0]?.results[0]?.name).toBe('Nguyễn Văn A');
  });

  it('is not one of the per-learner stores: deleting a learner keeps the classes', async () => {
    const classes = await import('../../../src/stores/classes');
    const data = await import('../../../src/stores/learner-data');
    classes.addClass('Lớp chiều');
    classes.receiveResult(classes.$classes.get().active!, sample());
    data.deleteLearner('mac-dinh');
    expect(data.learnerStores.map((s) => s.key)).not.toContain('hocso:lop-hoc');
    expect(classes.$classes.get().classes[0]?.results).toHaveLength(1);
  });
});
