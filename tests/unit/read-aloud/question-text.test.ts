/**
 * What "Nghe câu hỏi" says: the prompt first, then every choice in the order shown on screen
 * with the letter the paper version uses, pictures by their description; for every type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionSentences } from '../../../src/lib/read-aloud/question-text';
import { prepareQuestion } from '../../../src/quiz/scorers';
import { match, multiple, order, seed, single, spot, trueFalse } from '../quiz/generators';

describe('questionSentences', () => {
  it('reads the prompt, then each option with its letter in the shuffled order shown', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const q = prepareQuestion({ ...single(4, 1), prompt: 'Ai được biết **mã OTP** của bạn? Chọn một câu.' }, s);
        if (q.type !== 'single') throw new Error('type');
        expect(questionSentences(q)).toEqual([
          'Ai được biết mã OTP của bạn?',
          'Chọn một câu.',
          ...q.view.options.map((o, i) => `Phương án ${'ABCD'[i]}: ${o.text}`),
        ]);
      }),
    );
  });
  it('reads every option of a multiple-choice question and the steps of an ordering one', () => {
    const m = prepareQuestion(multiple(5), 7);
    expect(questionSentences(m)).toHaveLength(1 + 5);
    expect(questionSentences(m).at(-1)).toMatch(/^Phương án E: Ý \d$/);
    const o = prepareQuestion(order(4), 7);
    if (o.type !== 'order') throw new Error('type');
    expect(questionSentences(o).slice(1)).toEqual(o.view.steps.map((step, i) => `Phương án ${'ABCD'[i]}: ${step.text}`));
  });
  it('reads true or false as two options', () => {
    expect(questionSentences(prepareQuestion(trueFalse(true), 1)).slice(1)).toEqual(['Phương án A: Đúng', 'Phương án B: Sai']);
  });
  it('reads both columns of a matching question', () => {
    const q = prepareQuestion(match(3), 2);
    if (q.type !== 'match') throw new Error('type');
    expect(questionSentences(q).slice(1)).toEqual([
      ...q.view.left.map((l, i) => `Mục ${i + 1}: ${l.text}`),
      ...q.view.right.map((r, i) => `Phương án ${'ABC'[i]}: ${r.text}`),
    ]);
  });
  it('describes the picture of a spot question by its alt text before its areas', () => {
    const q = prepareQuestion(spot(3, [1]), 2);
    if (q.type !== 'spot') throw new Error('type');
    const said = questionSentences(q);
    expect(said[1]).toBe(`Hình minh họa: ${q.view.image.alt}`);
    expect(said.slice(2)).toEqual(q.view.regions.map((r, i) => `Phương án ${'ABC'[i]}: ${r.label}`));
  });
});
