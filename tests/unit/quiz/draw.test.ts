/**
 * Exam draws, checked as properties over generated banks: reproducible, fair to every lesson and
 * module, mixed in difficulty, free of practice questions, and different on a retake.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_MIX, drawExam, spread } from '../../../src/quiz/draw';
import { mulberry32 } from '../../../src/quiz/random';
import type { BankQuestion } from '../../../src/quiz/types';
import { bankFrom, bankShape, seed } from './generators';

const lessonKey = (q: BankQuestion) => `${q.module}/${q.lesson}`;
const examPool = (bank: BankQuestion[]) => bank.filter((q) => !q.practice);
const count = fc.integer({ min: 1, max: 40 });

describe('spread', () => {
  it('hands out the total as evenly as capacities allow', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 60 }), seed, (caps, total, s) => {
        const quotas = spread(total, caps, mulberry32(s));
        const given = quotas.reduce((a, b) => a + b, 0);
        expect(given).toBe(Math.min(total, caps.reduce((a, b) => a + b, 0)));
        quotas.forEach((q, i) => expect(q).toBeLessThanOrEqual(caps[i] ?? 0));
        // A group below another by 2 or more must be full.
        const max = Math.max(...quotas);
        quotas.forEach((q, i) => {
          if (q < max - 1) expect(q).toBe(caps[i]);
        });
      }),
    );
  });
});

describe('drawExam', () => {
  it('draws the same exam from the same seed', () => {
    fc.assert(
      fc.property(bankShape(), count, seed, (shape, n, s) => {
        const bank = bankFrom(shape);
        expect(drawExam(bank, { count: n, seed: s })).toEqual(drawExam(bank, { count: n, seed: s }));
      }),
    );
  });

  it('never repeats a question and never draws a practice question', () => {
    fc.assert(
      fc.property(bankShape(), count, seed, (shape, n, s) => {
        const exam = drawExam(bankFrom(shape), { count: n, seed: s });
        expect(new Set(exam.map((q) => q.id)).size).toBe(exam.length);
        expect(exam.every((q) => !q.practice)).toBe(true);
      }),
    );
  });

  it('draws the number asked for, or the whole pool when it is smaller', () => {
    fc.assert(
      fc.property(bankShape(), count, seed, (shape, n, s) => {
        const bank = bankFrom(shape);
        expect(drawExam(bank, { count: n, seed: s })).toHaveLength(Math.min(n, examPool(bank).length));
      }),
    );
  });

  it('covers every lesson of a module exam when there are at least as many questions as lessons', () => {
    fc.assert(
      fc.property(bankShape({ maxModules: 1 }), seed, (shape, s) => {
        const bank = bankFrom(shape);
        const lessons = new Set(examPool(bank).map(lessonKey));
        const exam = drawExam(bank, { count: Math.max(lessons.size, 15), seed: s });
        expect(new Set(exam.map(lessonKey))).toEqual(lessons);
      }),
    );
  });

  it('covers every module of a final exam and spreads each module over its lessons', () => {
    // Groups get shares that differ by at most one, unless a group ran out of questions.
    const evenOrExhausted = (drawn: number[], sizes: number[]) => {
      const max = Math.max(...drawn);
      drawn.forEach((d, i) => {
        if (d < max - 1) expect(d).toBe(sizes[i]);
      });
    };
    fc.assert(
      fc.property(bankShape({ maxModules: 6, minPerLesson: 1, maxPerLesson: 8, practice: false }), fc.integer({ min: 6, max: 30 }), seed, (shape, n, s) => {
        const bank = bankFrom(shape);
        const exam = drawExam(bank, { count: n, seed: s });
        const modules = shape.modules.map((_, m) => `hp-${m}`);
        if (n >= modules.length) expect(new Set(exam.map((q) => q.module))).toEqual(new Set(modules));
        evenOrExhausted(
          modules.map((m) => exam.filter((q) => q.module === m).length),
          modules.map((m) => bank.filter((q) => q.module === m).length),
        );
        shape.modules.forEach((lessons, m) => {
          evenOrExhausted(
            lessons.map((_, l) => exam.filter((q) => q.module === `hp-${m}` && q.lesson === `b${l}`).length),
            lessons.map((questions) => questions.length),
          );
        });
      }),
    );
  });

  it('mixes difficulties close to 40% easy, 40% medium, 20% hard when the bank has them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 5, max: 30 }), seed, (lessons, n, s) => {
        const perLesson = Array.from({ length: 60 }, (_, i) => ({ difficulty: ((i % 3) + 1) as 1 | 2 | 3, practice: false }));
        const exam = drawExam(bankFrom({ modules: [Array.from({ length: lessons }, () => perLesson)] }), { count: n, seed: s });
        for (const d of [1, 2, 3] as const) {
          const got = exam.filter((q) => q.difficulty === d).length;
          expect(Math.abs(got - DIFFICULTY_MIX[d] * exam.length)).toBeLessThan(1);
        }
      }),
    );
  });

  it('draws a retake with none of the previous questions when the bank has enough', () => {
    fc.assert(
      fc.property(bankShape({ maxModules: 1, minPerLesson: 6, maxPerLesson: 10, practice: false }), seed, seed, (shape, s1, s2) => {
        const bank = bankFrom(shape);
        const lessons = shape.modules[0]?.length ?? 1;
        const n = Math.min(15, lessons * 3);
        const first = drawExam(bank, { count: n, seed: s1 }).map((q) => q.id);
        const retake = drawExam(bank, { count: n, seed: s2, avoid: first }).map((q) => q.id);
        expect(retake).toHaveLength(n);
        expect(retake.filter((id) => first.includes(id))).toEqual([]);
      }),
    );
  });

  it('draws a retake that differs from the previous one whenever the bank holds more questions', () => {
    fc.assert(
      fc.property(bankShape({ maxModules: 2, practice: false }), count, seed, seed, (shape, n, s1, s2) => {
        const bank = bankFrom(shape);
        const first = drawExam(bank, { count: n, seed: s1 }).map((q) => q.id);
        const retake = drawExam(bank, { count: n, seed: s2, avoid: first }).map((q) => q.id);
        const usedLessons = new Set(bank.filter((q) => first.includes(q.id)).map(lessonKey));
        const spare = bank.some((q) => usedLessons.has(lessonKey(q)) && !first.includes(q.id));
        if (spare) expect([...retake].sort()).not.toEqual([...first].sort());
      }),
    );
  });

  it('falls back to previous questions when nothing fresh is left', () => {
    const bank = bankFrom({ modules: [[[{ difficulty: 1, practice: false }, { difficulty: 2, practice: false }]]] });
    const first = drawExam(bank, { count: 2, seed: 1 }).map((q) => q.id);
    expect(drawExam(bank, { count: 2, seed: 2, avoid: first })).toHaveLength(2);
  });
});
