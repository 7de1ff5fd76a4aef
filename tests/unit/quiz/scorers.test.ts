/**
 * Every question type's scorer, with no input, right, partial, over-complete and malformed input,
 * plus the shuffle that prepares a question for the screen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID, isAnswered, isRight, prepareQuestion, scoreAnswer, scorers } from '../../../src/quiz/scorers';
import type { QuestionType, Score } from '../../../src/quiz/types';
import { match, multiple, oneOfEach, order, seed, single, spot, trueFalse } from './generators';

const right: Score = { kind: 'points', earned: 1, total: 1 };
const wrong: Score = { kind: 'points', earned: 0, total: 1 };

describe('scorers.single.score', () => {
  const { rubric } = scorers.single.prepare(single(4, 2), 7);
  it('gives 0 of 1 when there is no input', () => {
    expect(scorers.single.score(undefined, rubric)).toEqual(wrong);
  });
  it('gives the point for the right option only', () => {
    expect(scorers.single.score({ choice: 2 }, rubric)).toEqual(right);
    expect(scorers.single.score({ choice: 0 }, rubric)).toEqual(wrong);
  });
  it('calls an option that does not exist invalid', () => {
    expect(scorers.single.score({ choice: 4 }, rubric)).toEqual(INVALID);
    expect(scorers.single.score({ choice: -1 }, rubric)).toEqual(INVALID);
    expect(scorers.single.score({ choice: 1.5 }, rubric)).toEqual(INVALID);
  });
});

describe('scorers.multiple.score', () => {
  const { rubric } = scorers.multiple.prepare(multiple(5, [0, 2, 3]), 7);
  it('gives 0 of 1 when there is no input or nothing is ticked', () => {
    expect(scorers.multiple.score(undefined, rubric)).toEqual(wrong);
    expect(scorers.multiple.score({ choices: [] }, rubric)).toEqual(wrong);
  });
  it('gives the point for exactly the right options, in any order', () => {
    expect(scorers.multiple.score({ choices: [3, 0, 2] }, rubric)).toEqual(right);
  });
  it('gives nothing for a partial answer (no partial credit)', () => {
    expect(scorers.multiple.score({ choices: [0, 2] }, rubric)).toEqual(wrong);
  });
  it('gives nothing for an over-complete answer, such as ticking everything', () => {
    expect(scorers.multiple.score({ choices: [0, 1, 2, 3, 4] }, rubric)).toEqual(wrong);
    expect(scorers.multiple.score({ choices: [0, 2, 3, 4] }, rubric)).toEqual(wrong);
  });
  it('calls repeated or unknown options invalid', () => {
    expect(scorers.multiple.score({ choices: [0, 0, 2, 3] }, rubric)).toEqual(INVALID);
    expect(scorers.multiple.score({ choices: [0, 2, 3, 5] }, rubric)).toEqual(INVALID);
  });
});

describe('scorers.truefalse.score', () => {
  const { rubric } = scorers.truefalse.prepare(trueFalse(false), 7);
  it('gives 0 of 1 when there is no input', () => {
    expect(scorers.truefalse.score(undefined, rubric)).toEqual(wrong);
  });
  it('gives the point when the learner says what the statement is', () => {
    expect(scorers.truefalse.score({ value: false }, rubric)).toEqual(right);
    expect(scorers.truefalse.score({ value: true }, rubric)).toEqual(wrong);
  });
});

describe('scorers.order.score', () => {
  const { rubric } = scorers.order.prepare(order(4), 7);
  it('gives 0 of 1 when there is no input', () => {
    expect(scorers.order.score(undefined, rubric)).toEqual(wrong);
    expect(scorers.order.score({ sequence: [] }, rubric)).toEqual(wrong);
  });
  it('gives the point only when every step is in its place', () => {
    expect(scorers.order.score({ sequence: [0, 1, 2, 3] }, rubric)).toEqual(right);
  });
  it('gives nothing when only some steps are in place', () => {
    expect(scorers.order.score({ sequence: [0, 1, 3, 2] }, rubric)).toEqual(wrong);
  });
  it('calls a sequence that is not an arrangement of the steps invalid', () => {
    expect(scorers.order.score({ sequence: [0, 1, 2] }, rubric)).toEqual(INVALID);
    expect(scorers.order.score({ sequence: [0, 1, 2, 3, 3] }, rubric)).toEqual(INVALID);
    expect(scorers.order.score({ sequence: [0, 1, 2, 4] }, rubric)).toEqual(INVALID);
    expect(scorers.order.score({ sequence: [0, 0, 2, 3] }, rubric)).toEqual(INVALID);
  });
});

describe('scorers.match.score', () => {
  const { rubric } = scorers.match.prepare(match(3), 7);
  it('gives 0 of 1 when there is no input or nothing is matched', () => {
    expect(scorers.match.score(undefined, rubric)).toEqual(wrong);
    expect(scorers.match.score({ pairs: [null, null, null] }, rubric)).toEqual(wrong);
  });
  it('gives the point only when every pair is matched rightly', () => {
    expect(scorers.match.score({ pairs: [0, 1, 2] }, rubric)).toEqual(right);
  });
  it('gives nothing for a partial match', () => {
    expect(scorers.match.score({ pairs: [0, 1, null] }, rubric)).toEqual(wrong);
    expect(scorers.match.score({ pairs: [0, 2, 1] }, rubric)).toEqual(wrong);
  });
  it('gives nothing when one right item is used for several left items', () => {
    expect(scorers.match.score({ pairs: [0, 0, 0] }, rubric)).toEqual(wrong);
  });
  it('calls more pairs than the question has, or unknown items, invalid', () => {
    expect(scorers.match.score({ pairs: [0, 1, 2, 0] }, rubric)).toEqual(INVALID);
    expect(scorers.match.score({ pairs: [0, 1, 3] }, rubric)).toEqual(INVALID);
  });
});

describe('scorers.spot.score', () => {
  const { rubric } = scorers.spot.prepare(spot(4, [1, 2]), 7);
  it('gives 0 of 1 when there is no input or nothing is tapped', () => {
    expect(scorers.spot.score(undefined, rubric)).toEqual(wrong);
    expect(scorers.spot.score({ regions: [] }, rubric)).toEqual(wrong);
  });
  it('gives the point for exactly the regions that show the problem', () => {
    expect(scorers.spot.score({ regions: ['r2', 'r1'] }, rubric)).toEqual(right);
  });
  it('gives nothing for some of them, or for them and more', () => {
    expect(scorers.spot.score({ regions: ['r1'] }, rubric)).toEqual(wrong);
    expect(scorers.spot.score({ regions: ['r0', 'r1', 'r2', 'r3'] }, rubric)).toEqual(wrong);
  });
  it('calls unknown or repeated regions invalid', () => {
    expect(scorers.spot.score({ regions: ['r1', 'r9'] }, rubric)).toEqual(INVALID);
    expect(scorers.spot.score({ regions: ['r1', 'r1', 'r2'] }, rubric)).toEqual(INVALID);
  });
});

describe('isAnswered', () => {
  const questions = oneOfEach();
  const complete: Record<QuestionType, unknown> = {
    single: { choice: 0 },
    multiple: { choices: [1] },
    truefalse: { value: true },
    order: { sequence: [1, 0, 2, 3, 4] },
    match: { pairs: [1, 0, 2, 3] },
    spot: { regions: ['r0'] },
  };
  const incomplete: Record<QuestionType, unknown> = {
    single: undefined,
    multiple: { choices: [] },
    truefalse: undefined,
    order: { sequence: [] },
    match: { pairs: [1, null, 2, 3] },
    spot: { regions: [] },
  };
  for (const type of Object.keys(questions) as QuestionType[]) {
    const q = prepareQuestion(questions[type], 1);
    it(`says a ${type} question is answered once the learner has done enough`, () => {
      expect(isAnswered(q, complete[type])).toBe(true);
      expect(isAnswered(q, incomplete[type])).toBe(false);
      expect(isAnswered(q, undefined)).toBe(false);
    });
  }
});

describe('scoreAnswer', () => {
  const malformed: unknown[] = [null, 'A', 3, [], { choice: '1' }, { choices: 'all' }, { value: 'yes' }, { sequence: [0, '1'] }, { pairs: [{}] }, { regions: [1] }];
  for (const [type, question] of Object.entries(oneOfEach())) {
    const q = prepareQuestion(question, 3);
    it(`scores a missing ${type} answer as 0 of 1`, () => {
      expect(scoreAnswer(q, undefined)).toEqual(wrong);
    });
    it(`calls a stored ${type} answer of the wrong shape invalid, never right`, () => {
      for (const raw of malformed.filter((m) => m !== null && scorers[q.type].parse(m) === undefined)) {
        expect(scoreAnswer(q, raw)).toEqual(INVALID);
      }
    });
  }
  it('reads a stored answer back and scores it like the live one', () => {
    const q = prepareQuestion(multiple(4, [1, 3]), 5);
    expect(scoreAnswer(q, JSON.parse(JSON.stringify({ choices: [3, 1] })))).toEqual(right);
  });
});

describe('isRight', () => {
  it('is true only for full points', () => {
    expect(isRight(right)).toBe(true);
    expect(isRight({ kind: 'points', earned: 0, total: 1 })).toBe(false);
    expect(isRight(INVALID)).toBe(false);
  });
});

describe('prepareQuestion', () => {
  const questions = Object.values(oneOfEach());
  it('shows the same order for the same seed', () => {
    fc.assert(
      fc.property(seed, fc.constantFrom(...questions), (s, q) => {
        expect(prepareQuestion(q, s)).toEqual(prepareQuestion(q, s));
      }),
    );
  });
  it('shuffles options differently for different seeds', () => {
    const q = single(6, 0);
    const orders = new Set(Array.from({ length: 20 }, (_, s) => JSON.stringify(prepareQuestion(q, s).view)));
    expect(orders.size).toBeGreaterThan(5);
  });
  it('puts no answer and no explanation in what the screen shows', () => {
    fc.assert(
      fc.property(seed, fc.constantFrom(...questions), (s, q) => {
        const view = JSON.stringify(prepareQuestion(q, s).view);
        expect(view).not.toMatch(/correct|explain|answer|Giải thích/);
      }),
    );
  });
  it('shows every option exactly once', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 2, max: 6 }), (s, n) => {
        const q = prepareQuestion(single(n, 0), s);
        if (q.type !== 'single') throw new Error('type');
        expect(q.view.options.map((o) => o.key).sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
  it('never shows the steps of an order question already in the right order', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 3, max: 7 }), (s, n) => {
        const q = prepareQuestion(order(n), s);
        if (q.type !== 'order') throw new Error('type');
        expect(q.view.steps.map((x) => x.key)).not.toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
  it('never lines the match columns up with their answers', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 3, max: 6 }), (s, n) => {
        const q = prepareQuestion(match(n), s);
        if (q.type !== 'match') throw new Error('type');
        expect(q.view.right.map((x) => x.key)).not.toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
  it('tags the question with its lesson id "module/slug"', () => {
    expect(prepareQuestion(trueFalse(true, { module: 'hp', lesson: 'bai' }), 1).lesson).toBe('hp/bai');
  });
});
