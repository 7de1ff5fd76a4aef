/** What the teacher reads off a class: latest and best attempts, lesson averages, hardest questions and lessons. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDuration,
  hardestLessons,
  hardestQuestions,
  latestAttempts,
  lessonAverages,
  markAttempts,
} from '../../../src/lib/class-results/summary';
import { attemptKey } from '../../../src/lib/class-results/format';
import { arbResult, sample } from './generators';

const T0 = Date.UTC(2026, 10, 22, 8);
const asked = ['dv-001', 'dv-002', 'dv-003', 'dv-004'];
/** One learner's attempt with the given wrong questions. */
const attempt = (name: string, wrong: string[], minutes = 0) =>
  sample({ name, asked, wrong, earned: 4 - wrong.length, total: 4, passed: (4 - wrong.length) * 100 >= 320, submittedAt: T0 + minutes * 60_000 });
const lessonOf = (id: string) => ({ 'dv-001': 'dich-vu-cong/a', 'dv-002': 'dich-vu-cong/a', 'dv-003': 'dich-vu-cong/b', 'dv-004': 'dich-vu-cong/c' })[id];

describe('markAttempts', () => {
  it('marks each learner\'s latest and best attempt of each exam, and counts them', () => {
    const first = attempt('An', []);
    const second = attempt('An', ['dv-001'], 30);
    const other = attempt('Bình', ['dv-002']);
    const marks = markAttempts([first, second, other]);
    expect(marks.latest).toEqual(new Set([attemptKey(second), attemptKey(other)]));
    expect(marks.best).toEqual(new Set([attemptKey(first), attemptKey(other)]));
    expect(marks.count.get(attemptKey(first))).toBe(2);
    expect(marks.count.get(attemptKey(other))).toBe(1);
  });

  it('compares scores as fractions and keeps the earlier of equal bests', () => {
    const a = sample({ name: 'An', asked: ['dv-001', 'dv-002'], wrong: [], earned: 2, total: 2, passed: true, submittedAt: T0 });
    const b = sample({ name: 'An', asked, wrong: ['dv-004'], earned: 3, total: 4, passed: false, submittedAt: T0 + 1000 });
    const c = sample({ name: 'An', asked: ['dv-005'], wrong: [], earned: 1, total: 1, passed: true, submittedAt: T0 + 2000 });
    expect(markAttempts([a, b, c]).best).toEqual(new Set([attemptKey(a)]));
  });

  it('marks exactly one latest and one best per learner and exam, for any results', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbResult, { selector: attemptKey, maxLength: 10 }), (results) => {
        const groups = new Set(results.map((r) => `${r.name.toLocaleLowerCase('vi')}|${r.examId}`));
        const marks = markAttempts(results);
        return marks.latest.size === groups.size && marks.best.size === groups.size;
      }),
    );
  });
});

describe('lessonAverages', () => {
  it('averages each lesson over each learner\'s latest attempt only', () => {
    const results = [attempt('An', ['dv-001', 'dv-003', 'dv-004']), attempt('An', ['dv-003'], 30), attempt('Bình', ['dv-003', 'dv-004'])];
    expect(lessonAverages(results, lessonOf)).toEqual([
      { lesson: 'dich-vu-cong/a', right: 4, asked: 4, percent: 100 },
      { lesson: 'dich-vu-cong/b', right: 0, asked: 2, percent: 0 },
      { lesson: 'dich-vu-cong/c', right: 1, asked: 2, percent: 50 },
    ]);
  });

  it('leaves out questions the map does not know', () => {
    expect(lessonAverages([attempt('An', [])], (id) => (id === 'dv-001' ? 'x/y' : undefined))).toEqual([{ lesson: 'x/y', right: 1, asked: 1, percent: 100 }]);
  });
});

describe('hardestLessons', () => {
  it('lists the lowest averages first and never a lesson everyone got right', () => {
    const averages = [
      { lesson: 'a', right: 4, asked: 4, percent: 100 },
      { lesson: 'b', right: 1, asked: 3, percent: 33 },
      { lesson: 'c', right: 1, asked: 2, percent: 50 },
      { lesson: 'd', right: 2, asked: 6, percent: 33 },
    ];
    expect(hardestLessons(averages).map((a) => a.lesson)).toEqual(['d', 'b', 'c']);
    expect(hardestLessons(averages, 1).map((a) => a.lesson)).toEqual(['d']);
  });
});

describe('hardestQuestions', () => {
  it('ranks by learners wrong, then share wrong, then id; a retake replaces the first attempt', () => {
    const results = [
      attempt('An', ['dv-001', 'dv-002']),
      attempt('An', ['dv-003'], 30),
      attempt('Bình', ['dv-003', 'dv-004']),
      attempt('Chi', ['dv-004', 'dv-002']),
    ];
    expect(hardestQuestions(results)).toEqual([
      { id: 'dv-003', wrong: 2, asked: 3 },
      { id: 'dv-004', wrong: 2, asked: 3 },
      { id: 'dv-002', wrong: 1, asked: 3 },
    ]);
  });

  it('prefers the question more of its askers got wrong when counts tie', () => {
    const a = sample({ name: 'An', asked: ['dv-001', 'dv-009'], wrong: ['dv-009'], earned: 1, total: 2, passed: false });
    const b = sample({ name: 'Bình', asked: ['dv-001', 'dv-002'], wrong: ['dv-001'], earned: 1, total: 2, passed: false });
    expect(hardestQuestions([a, b]).map((s) => s.id)).toEqual(['dv-009', 'dv-001']);
  });

  it('lists nothing when nobody got anything wrong, and at most the limit', () => {
    expect(hardestQuestions([attempt('An', [])])).toEqual([]);
    expect(hardestQuestions([attempt('An', asked)], 2)).toHaveLength(2);
  });

  it('never counts more wrong than asked, for any results', () => {
    fc.assert(fc.property(fc.array(arbResult, { maxLength: 8 }), (results) => hardestQuestions(results, 100).every((s) => s.wrong >= 1 && s.wrong <= s.asked && s.asked <= latestAttempts(results).length)));
  });
});

describe('formatDuration', () => {
  it('shows minutes and seconds, and hours when there are any', () => {
    expect(formatDuration(725)).toBe('12:05');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
