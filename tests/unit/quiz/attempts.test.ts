/**
 * Attempts must survive a reload with their answers and deadline, refuse late answers, and keep
 * each learner's history apart; storage is an in-memory stand-in that outlives module reloads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A localStorage stand-in that outlives module reloads, like the real one outlives a page. */
class MemoryStorage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

let storage: MemoryStorage;

/** Loads the store as a fresh page would: reading whatever is in storage now. */
async function openPage() {
  vi.resetModules();
  return import('../../../src/stores/attempts');
}

const exam = { examId: 'dien-thoai-thong-minh', seed: 7, questionIds: ['dt-010', 'dt-011', 'dt-012'], minutes: 20 };
const T0 = 1_700_000_000_000;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});

describe('startAttempt', () => {
  it('saves a new attempt with its deadline, versioned, under one key', async () => {
    const store = await openPage();
    const attempt = store.startAttempt(exam, T0);
    expect(attempt.deadline).toBe(T0 + 20 * 60_000);
    const saved = JSON.parse(storage.getItem('hocso:bai-lam') ?? '{}');
    expect(saved.version).toBe(1);
    expect(saved.data['mac-dinh'].open[exam.examId].questionIds).toEqual(exam.questionIds);
  });
});

describe('answerQuestion', () => {
  it('keeps answers and the current question across a reload, with the same deadline', async () => {
    let store = await openPage();
    store.startAttempt(exam, T0);
    store.answerQuestion(exam.examId, 'dt-011', { choice: 2 }, T0 + 1000);
    store.goToQuestion(exam.examId, 1);
    store = await openPage();
    const attempt = store.$attempts.get().open[exam.examId];
    expect(attempt?.answers).toEqual({ 'dt-011': { choice: 2 } });
    expect(attempt?.current).toBe(1);
    expect(attempt?.deadline).toBe(T0 + 20 * 60_000);
  });
  it('refuses answers after the deadline and for questions not in the attempt', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.answerQuestion(exam.examId, 'dt-010', { choice: 1 }, T0 + 20 * 60_000);
    store.answerQuestion(exam.examId, 'dt-999', { choice: 1 }, T0);
    expect(store.$attempts.get().open[exam.examId]?.answers).toEqual({});
  });
  it('clears an answer when given nothing', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.answerQuestion(exam.examId, 'dt-010', { choice: 1 }, T0);
    store.answerQuestion(exam.examId, 'dt-010', undefined, T0);
    expect(store.$attempts.get().open[exam.examId]?.answers).toEqual({});
  });
});

describe('toggleFlag', () => {
  it('flags a question for review and unflags it', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.toggleFlag(exam.examId, 'dt-012');
    expect(store.$attempts.get().open[exam.examId]?.flags).toEqual(['dt-012']);
    store.toggleFlag(exam.examId, 'dt-012');
    expect(store.$attempts.get().open[exam.examId]?.flags).toEqual([]);
  });
});

describe('goToQuestion', () => {
  it('keeps the index inside the attempt', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.goToQuestion(exam.examId, 9);
    expect(store.$attempts.get().open[exam.examId]?.current).toBe(2);
  });
});

describe('submitAttempt', () => {
  it('records the grade in the history once and freezes the attempt', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.submitAttempt(exam.examId, { earned: 2, total: 3, passed: false }, {}, T0 + 5000);
    store.submitAttempt(exam.examId, { earned: 3, total: 3, passed: true }, {}, T0 + 6000);
    store.answerQuestion(exam.examId, 'dt-010', { choice: 1 }, T0 + 7000);
    const learner = store.$attempts.get();
    expect(learner.history).toHaveLength(1);
    expect(learner.history[0]).toMatchObject({ submittedAt: T0 + 5000, grade: { earned: 2, total: 3, passed: false } });
    expect(learner.open[exam.examId]?.answers).toEqual({});
  });
  it('dates a time-out submission at the deadline and marks it', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.submitAttempt(exam.examId, { earned: 0, total: 3, passed: false }, { timedOut: true }, T0 + 60 * 60_000);
    expect(store.$attempts.get().history[0]).toMatchObject({ timedOut: true, submittedAt: T0 + 20 * 60_000 });
  });
  it('keeps at most HISTORY_LIMIT attempts', async () => {
    const store = await openPage();
    for (let i = 0; i < store.HISTORY_LIMIT + 3; i++) {
      store.startAttempt(exam, T0 + i);
      store.submitAttempt(exam.examId, { earned: 1, total: 3, passed: false }, {}, T0 + i);
    }
    expect(store.$attempts.get().history).toHaveLength(store.HISTORY_LIMIT);
  });
});

describe('closeAttempt', () => {
  it('leaves the results of a submitted attempt but never drops one in progress', async () => {
    const store = await openPage();
    store.startAttempt(exam, T0);
    store.closeAttempt(exam.examId);
    expect(store.$attempts.get().open[exam.examId]).toBeDefined();
    store.submitAttempt(exam.examId, { earned: 1, total: 3, passed: false }, {}, T0);
    store.closeAttempt(exam.examId);
    expect(store.$attempts.get().open[exam.examId]).toBeUndefined();
  });
});

describe('previousQuestionIds', () => {
  it('gives the questions of the latest submitted attempt of that exam, for the retake to avoid', async () => {
    const store = await openPage();
    expect(store.previousQuestionIds(store.$attempts.get(), exam.examId)).toEqual([]);
    store.startAttempt(exam, T0);
    store.submitAttempt(exam.examId, { earned: 1, total: 3, passed: false }, {}, T0);
    store.startAttempt({ ...exam, examId: 'cuoi-khoa', questionIds: ['at-001'] }, T0);
    store.submitAttempt('cuoi-khoa', { earned: 1, total: 1, passed: true }, {}, T0);
    expect(store.previousQuestionIds(store.$attempts.get(), exam.examId)).toEqual(exam.questionIds);
  });
});

describe('parseAttempts', () => {
  it('keeps valid attempts and drops broken ones instead of losing everything', async () => {
    const { parseAttempts } = await openPage();
    const good = { examId: 'a', seed: 1, questionIds: ['x-001'], answers: {}, flags: [], current: 0, startedAt: 1, deadline: 2 };
    const parsed = parseAttempts({
      'mac-dinh': { open: { a: good, b: { ...good, examId: 'b', seed: 'x' } }, history: [{ ...good, submittedAt: 2 }, 'junk'] },
    });
    expect(Object.keys(parsed?.['mac-dinh']?.open ?? {})).toEqual(['a']);
    expect(parsed?.['mac-dinh']?.history).toHaveLength(1);
  });
  it('refuses data that is not an object', async () => {
    const { parseAttempts } = await openPage();
    expect(parseAttempts([])).toBeUndefined();
    expect(parseAttempts('x')).toBeUndefined();
  });
});

describe('$attempts', () => {
  it('shows each learner on a shared phone only their own attempts', async () => {
    const store = await openPage();
    const { $activeProfileId } = await import('../../../src/stores/profiles');
    store.startAttempt(exam, T0);
    $activeProfileId.set('ba-lan');
    expect(store.$attempts.get().open).toEqual({});
    $activeProfileId.set('mac-dinh');
    expect(store.$attempts.get().open[exam.examId]).toBeDefined();
  });
});
