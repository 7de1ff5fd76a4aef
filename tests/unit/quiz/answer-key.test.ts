/**
 * The paper key must name the right answers by the letters printed on that same paper.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey } from '../../../src/quiz/answer-key';
import { letter } from '../../../src/i18n/quiz';
import { prepareQuestion } from '../../../src/quiz/scorers';
import { match, multiple, order, seed, single, spot, trueFalse } from './generators';

describe('answerKey', () => {
  it('names the right option by the letter it has on this paper', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 3 }), (s, right) => {
        const q = prepareQuestion(single(4, right), s);
        if (q.type !== 'single') throw new Error('type');
        const shownAt = q.view.options.findIndex((o) => o.key === right);
        expect(answerKey(q)).toBe(letter(shownAt));
      }),
    );
  });
  it('lists every right option of a multiple-choice question in paper order', () => {
    const q = prepareQuestion(multiple(5, [1, 4]), 3);
    if (q.type !== 'multiple') throw new Error('type');
    const letters = q.view.options.flatMap((o, i) => ([1, 4].includes(o.key) ? [letter(i)] : []));
    expect(answerKey(q)).toBe(letters.join(', '));
  });
  it('writes true or false in words', () => {
    expect(answerKey(prepareQuestion(trueFalse(false), 1))).toBe('Sai');
    expect(answerKey(prepareQuestion(trueFalse(true), 1))).toBe('Đúng');
  });
  it('gives the steps in the right order by their letters', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const q = prepareQuestion(order(4), s);
        if (q.type !== 'order') throw new Error('type');
        const textByLetter = new Map(q.view.steps.map((step, i) => [letter(i), step.text]));
        const texts = answerKey(q).split(' → ').map((l) => textByLetter.get(l));
        expect(texts).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4']);
      }),
    );
  });
  it('pairs each numbered left item with the letter of its match', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const q = prepareQuestion(match(3), s);
        if (q.type !== 'match') throw new Error('type');
        for (const pair of answerKey(q).split(', ')) {
          const [number, small] = pair.split('–');
          const left = q.view.left[Number(number) - 1];
          const right = q.view.right[(small ?? '').toUpperCase().charCodeAt(0) - 65];
          expect(right?.key).toBe(left?.key);
        }
      }),
    );
  });
  it('names the regions that show the problem by their letters on the picture', () => {
    const q = prepareQuestion(spot(4, [0, 2]), 9);
    if (q.type !== 'spot') throw new Error('type');
    const letters = q.view.regions.flatMap((r, i) => (['r0', 'r2'].includes(r.id) ? [letter(i)] : []));
    expect(answerKey(q)).toBe(letters.join(', '));
  });
});
