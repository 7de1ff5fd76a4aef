/**
 * Merge rules of an import or a transfer: never delete, done beats not done, the earliest visit
 * and completion, attempts unioned by exam and start time with each exam's best kept, the latest
 * practice result, the name chosen last. Checked on examples and on random data.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attemptKey,
  mergeHistory,
  mergeLearnerData,
  mergeLesson,
  mergeOpen,
  mergePractice,
  mergeProfile,
  mergeProgress,
  previewMerge,
  scoreOf,
} from '../../../src/lib/backup/merge';
import { attempt, history, learnerData, practice, profile, progress } from './arbitraries';
import type { Attempt } from '../../../src/lib/backup/types';

const LIMIT = 40;

describe('mergeLesson', () => {
  it('keeps a lesson done when either side has it done, with the earliest times', () => {
    expect(mergeLesson({ visitedAt: '2026-01-05T00:00:00.000Z' }, { visitedAt: '2026-01-02T00:00:00.000Z', doneAt: '2026-01-03T00:00:00.000Z' })).toEqual({
      visitedAt: '2026-01-02T00:00:00.000Z',
      doneAt: '2026-01-03T00:00:00.000Z',
    });
    expect(mergeLesson({ doneAt: '2026-01-01T00:00:00.000Z' }, { doneAt: '2026-02-01T00:00:00.000Z' })).toEqual({ doneAt: '2026-01-01T00:00:00.000Z' });
    expect(mergeLesson({}, {})).toEqual({});
  });
});

describe('mergeProgress', () => {
  it('never loses a lesson, and a lesson done on either side stays done', () => {
    fc.assert(
      fc.property(progress(), progress(), (a, b) => {
        const merged = mergeProgress(a, b);
        for (const id of [...Object.keys(a), ...Object.keys(b)]) {
          expect(merged[id]).toBeDefined();
          if (a[id]?.doneAt || b[id]?.doneAt) expect(merged[id]?.doneAt).toBeDefined();
        }
      }),
    );
  });
  it('is commutative, and idempotent', () => {
    fc.assert(
      fc.property(progress(), progress(), (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
        expect(mergeProgress(mergeProgress(a, b), b)).toEqual(mergeProgress(a, b));
        expect(mergeProgress(a, a)).toEqual(a);
      }),
    );
  });
});

describe('mergeHistory', () => {
  it('unions attempts by exam and start time, oldest first, without duplicates', () => {
    fc.assert(
      fc.property(history(), history(), (a, b) => {
        const merged = mergeHistory(a, b, LIMIT);
        const keys = merged.map(attemptKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set([...a, ...b].map(attemptKey)));
        const times = merged.map((x) => x.submittedAt ?? x.startedAt);
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
    );
  });
  it('keeps each exam’s best score when the history is over its limit', () => {
    fc.assert(
      fc.property(history(30), history(30), fc.integer({ min: 1, max: 10 }), (a, b, limit) => {
        const merged = mergeHistory(a, b, limit);
        const exams = new Set([...a, ...b].map((x) => x.examId));
        expect(merged.length).toBeLessThanOrEqual(Math.max(limit, exams.size));
        for (const exam of exams) {
          const best = Math.max(...[...a, ...b].filter((x) => x.examId === exam).map(scoreOf));
          expect(Math.max(...merged.filter((x) => x.examId === exam).map(scoreOf))).toBe(best);
        }
      }),
    );
  });
  it('drops the oldest first beyond the limit', () => {
    const make = (i: number): Attempt => ({ examId: 'e', seed: i, questionIds: ['q'], answers: {}, flags: [], current: 0, startedAt: i, deadline: i + 10, submittedAt: i + 1, grade: { earned: 0, total: 1, passed: false } });
    const merged = mergeHistory([make(1), make(2)], [make(3), make(4)], 2);
    expect(merged.map((a) => a.startedAt)).toEqual([3, 4]);
  });
  it('prefers the submitted copy of an attempt, then the one with more answers', () => {
    fc.assert(
      fc.property(attempt(), (a) => {
        const open: Attempt = { ...a, answers: {} };
        delete open.submittedAt;
        delete open.grade;
        expect(mergeHistory([open], [a], LIMIT)).toEqual([a]);
        expect(mergeHistory([a], [open], LIMIT)).toEqual([a]);
      }),
    );
  });
});

describe('mergeOpen', () => {
  it('never replaces an attempt open on this device', () => {
    fc.assert(
      fc.property(attempt(), attempt(), (mine, theirs) => {
        const merged = mergeOpen({ x: mine }, { x: theirs, y: theirs });
        expect(merged.x).toBe(mine);
        expect(merged.y).toBe(theirs);
      }),
    );
  });
});

describe('mergePractice', () => {
  it('keeps the latest result of each question', () => {
    expect(mergePractice({ q: { right: false, at: 1 } }, { q: { right: true, at: 2 } })).toEqual({ q: { right: true, at: 2 } });
    expect(mergePractice({ q: { right: false, at: 3 } }, { q: { right: true, at: 2 } })).toEqual({ q: { right: false, at: 3 } });
    fc.assert(
      fc.property(practice(), practice(), (a, b) => {
        expect(Object.keys(mergePractice(a, b)).sort()).toEqual([...new Set([...Object.keys(a), ...Object.keys(b)])].sort());
      }),
    );
  });
});

describe('mergeLearnerData', () => {
  it('is idempotent: importing the same backup twice adds nothing the second time', () => {
    fc.assert(
      fc.property(learnerData(), learnerData(), (a, b) => {
        const once = mergeLearnerData(a, b, LIMIT);
        expect(mergeLearnerData(once, b, LIMIT)).toEqual(once);
        expect(previewMerge(once, b, LIMIT)).toEqual({ lessonsDone: 0, lessonsOpened: 0, attempts: 0, practice: 0 });
      }),
    );
  });
  it('restores everything into an empty learner', () => {
    fc.assert(
      fc.property(learnerData(), (a) => {
        expect(mergeLearnerData({ progress: {}, attempts: { open: {}, history: [] }, practice: {} }, a, LIMIT)).toEqual(a);
      }),
    );
  });
  it('keeps this device’s settings', () => {
    const empty = { progress: {}, attempts: { open: {}, history: [] }, practice: {} };
    expect(mergeLearnerData({ ...empty, settings: { textSize: 'lon' } }, { ...empty, settings: { textSize: 'vua' } }, LIMIT).settings).toEqual({ textSize: 'lon' });
    expect(mergeLearnerData(empty, { ...empty, settings: { textSize: 'vua' } }, LIMIT).settings).toEqual({ textSize: 'vua' });
  });
});

describe('previewMerge', () => {
  it('counts what an import adds', () => {
    const local = { progress: { 'm/a': { visitedAt: '2026-01-01T00:00:00.000Z' } }, attempts: { open: {}, history: [] }, practice: {} };
    const incoming = {
      progress: { 'm/a': { doneAt: '2026-01-02T00:00:00.000Z' }, 'm/b': { visitedAt: '2026-01-02T00:00:00.000Z' }, 'm/c': { doneAt: '2026-01-02T00:00:00.000Z' } },
      attempts: { open: {}, history: [{ examId: 'e', seed: 1, questionIds: ['q'], answers: {}, flags: [], current: 0, startedAt: 1, deadline: 2, submittedAt: 2 }] },
      practice: { q: { right: true, at: 5 } },
    };
    expect(previewMerge(local, incoming, LIMIT)).toEqual({ lessonsDone: 2, lessonsOpened: 1, attempts: 1, practice: 1 });
  });
});

describe('mergeProfile', () => {
  it('takes the name and avatar chosen last and the earliest creation date', () => {
    fc.assert(
      fc.property(profile(), profile(), (a, b) => {
        const merged = mergeProfile(a, b);
        expect(merged.id).toBe(a.id);
        expect(Date.parse(merged.createdAt)).toBe(Math.min(Date.parse(a.createdAt), Date.parse(b.createdAt)));
        const bLater = b.renamedAt !== undefined && (a.renamedAt === undefined || Date.parse(b.renamedAt) > Date.parse(a.renamedAt));
        expect(merged.name).toBe(bLater ? b.name : a.name);
      }),
    );
  });
});
