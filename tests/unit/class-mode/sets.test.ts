/**
 * Building a class-mode question set from the address: a lesson's practice questions in the
 * order written, or a fixed draw from the module's exam bank, the same for every class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSet,
  CLASS_SEED,
  examPoolSize,
  lessonQuestions,
  parseSetParam,
  SET_SIZES,
  setParam,
  type SetChoice,
} from '../../../src/lib/class-mode/sets';
import { drawExam } from '../../../src/quiz/draw';
import { bankFrom, bankShape, seed } from '../quiz/generators';

const choice = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map((lesson): SetChoice => ({ kind: 'lesson', lesson })),
  fc.constantFrom(...SET_SIZES).map((count): SetChoice => ({ kind: 'exam', count })),
);

describe('parseSetParam', () => {
  it('reads back every set it writes', () => {
    fc.assert(
      fc.property(choice, (c) => {
        expect(parseSetParam(setParam(c))).toEqual(c);
      }),
    );
  });

  it('refuses sizes and shapes the picker never offers', () => {
    for (const raw of [null, undefined, '', 'de-7', 'de-0', 'de-100', 'bai-', 'bai-Có-dấu', 'bai-a/b', 'de-10x', 'khac']) {
      expect(parseSetParam(raw)).toBeUndefined();
    }
  });
});

describe('buildSet', () => {
  const bank = bankFrom({
    modules: [
      [
        [
          { difficulty: 1, practice: true },
          { difficulty: 2, practice: false },
          { difficulty: 1, practice: true },
        ],
        [
          { difficulty: 3, practice: false },
          { difficulty: 2, practice: true },
          { difficulty: 1, practice: false },
        ],
      ],
    ],
  });

  it("shows a lesson's practice questions in the order they are written", () => {
    const set = buildSet(bank, { kind: 'lesson', lesson: 'b0' });
    expect(set.map((q) => q.id)).toEqual(lessonQuestions(bank, 'b0').map((q) => q.id));
    expect(set).toHaveLength(2);
  });

  it('is empty for a lesson without practice questions', () => {
    expect(buildSet(bank, { kind: 'lesson', lesson: 'khong-co' })).toEqual([]);
  });

  it('draws a fixed set from exam questions only, the same every time', () => {
    fc.assert(
      fc.property(bankShape({ maxModules: 1, minPerLesson: 1 }), fc.constantFrom(...SET_SIZES), (shape, count) => {
        const b = bankFrom(shape);
        const set = buildSet(b, { kind: 'exam', count });
        expect(set.length).toBe(Math.min(count, examPoolSize(b)));
        expect(set.every((q) => !b.find((x) => x.id === q.id)?.practice)).toBe(true);
        expect(buildSet(b, { kind: 'exam', count })).toEqual(set);
        expect(set.map((q) => q.id)).toEqual(drawExam(b, { count, seed: CLASS_SEED }).map((q) => q.id));
      }),
    );
  });

  it('prepares the same options in the same order for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(buildSet(bank, { kind: 'lesson', lesson: 'b1' }, s)).toEqual(buildSet(bank, { kind: 'lesson', lesson: 'b1' }, s));
      }),
    );
  });
});
