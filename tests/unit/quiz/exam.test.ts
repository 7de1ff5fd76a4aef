/**
 * Exam rules that do not depend on the screen: pass mark, clock, announcements and grading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attemptQuestions,
  crossedMark,
  deadlineFor,
  drawQuestionIds,
  formatClock,
  gradeAttempt,
  isPassed,
  timeLeft,
} from '../../../src/quiz/exam';
import { prepareQuestion } from '../../../src/quiz/scorers';
import { bankFrom, bankShape, multiple, seed, single, trueFalse } from './generators';

describe('isPassed', () => {
  it('passes at exactly the pass mark and fails just below it', () => {
    expect(isPassed(12, 15, 80)).toBe(true);
    expect(isPassed(11, 15, 80)).toBe(false);
    expect(isPassed(24, 30, 80)).toBe(true);
    expect(isPassed(23, 30, 80)).toBe(false);
  });
  it('never passes an exam with no points to earn', () => {
    expect(isPassed(0, 0, 80)).toBe(false);
  });
  it('agrees with the percentage for any score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), (total, raw, pass) => {
        const earned = raw % (total + 1);
        expect(isPassed(earned, total, pass)).toBe(earned / total >= pass / 100 - 1e-12);
      }),
    );
  });
});

describe('deadlineFor', () => {
  it('adds the time limit to the start', () => {
    expect(deadlineFor(1_000, 20)).toBe(1_000 + 20 * 60_000);
  });
});

describe('timeLeft', () => {
  it('counts down to zero and stays there', () => {
    expect(timeLeft(10_000, 4_000)).toBe(6_000);
    expect(timeLeft(10_000, 12_000)).toBe(0);
  });
});

describe('formatClock', () => {
  it('shows minutes and two-digit seconds, rounding up', () => {
    expect(formatClock(20 * 60_000)).toBe('20:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });
});

describe('crossedMark', () => {
  it('announces 5 and 1 minutes left once, when the clock passes them', () => {
    expect(crossedMark(5 * 60_000 + 500, 5 * 60_000 - 500)).toBe(5);
    expect(crossedMark(60_500, 59_500)).toBe(1);
    expect(crossedMark(4 * 60_000, 3 * 60_000)).toBeUndefined();
    expect(crossedMark(5 * 60_000 - 500, 5 * 60_000 - 1500)).toBeUndefined();
  });
});

describe('drawQuestionIds', () => {
  it('gives the ids of the drawn questions, the same for the same seed', () => {
    fc.assert(
      fc.property(bankShape(), seed, (shape, s) => {
        const bank = bankFrom(shape);
        const rules = { questions: 15, minutes: 20, passPercent: 80 };
        const ids = drawQuestionIds(bank, rules, s);
        expect(ids).toEqual(drawQuestionIds(bank, rules, s));
        expect(ids.every((id) => bank.some((q) => q.id === id && !q.practice))).toBe(true);
      }),
    );
  });
});

describe('attemptQuestions', () => {
  const bank = [single(4, 0, { id: 'qz-001' }), trueFalse(true, { id: 'qz-002' }), multiple(4, [1], { id: 'qz-003' })];
  it('rebuilds the questions of an attempt in its order, shuffled by its seed', () => {
    const rebuilt = attemptQuestions(bank, ['qz-003', 'qz-001'], 42);
    expect(rebuilt.map((q) => q.id)).toEqual(['qz-003', 'qz-001']);
    expect(rebuilt[1]).toEqual(prepareQuestion(bank[0]!, 42));
  });
  it('leaves out a question retired from the bank since the attempt started', () => {
    expect(attemptQuestions(bank, ['qz-001', 'qz-999'], 1).map((q) => q.id)).toEqual(['qz-001']);
  });
});

describe('gradeAttempt', () => {
  const questions = [
    prepareQuestion(single(3, 1, { id: 'qz-001', lesson: 'a' }), 1),
    prepareQuestion(trueFalse(true, { id: 'qz-002', lesson: 'a' }), 1),
    prepareQuestion(multiple(4, [0, 1], { id: 'qz-003', lesson: 'b' }), 1),
    prepareQuestion(single(3, 0, { id: 'qz-004', lesson: 'b' }), 1),
  ];
  it('adds one point per fully right answer and breaks the score down by lesson', () => {
    const result = gradeAttempt(questions, { 'qz-001': { choice: 1 }, 'qz-002': { value: false }, 'qz-003': { choices: [0, 1] } }, 50);
    expect(result).toMatchObject({ earned: 2, total: 4, percent: 50, passed: true });
    expect(result.lessons).toEqual([
      { lesson: 'hoc-phan/a', earned: 1, total: 2 },
      { lesson: 'hoc-phan/b', earned: 1, total: 2 },
    ]);
    expect(result.questions.map((r) => r.right)).toEqual([true, false, true, false]);
  });
  it('counts an invalid stored answer as a wrong one', () => {
    const result = gradeAttempt(questions, { 'qz-001': { choice: 9 }, 'qz-002': 'nonsense' }, 80);
    expect(result.questions[0]?.score).toEqual({ kind: 'invalid' });
    expect(result).toMatchObject({ earned: 0, total: 4, passed: false });
  });
  it('rounds the percent down so a fail never shows the pass mark', () => {
    const three = questions.slice(0, 3);
    expect(gradeAttempt(three, { 'qz-001': { choice: 1 }, 'qz-002': { value: true } }, 67).percent).toBe(66);
  });
});
