/**
 * The answer key of a paper test: what a teacher marks against, in the letters printed on
 * that paper. Kept with the engine (no DOM) so the key is tested against the shuffle.
 */
import { letter, paperText } from '../i18n/quiz-paper';
import type { AnyPrepared } from './types';

function lettersOf<T>(shown: readonly T[], right: readonly T[]): string {
  return shown.flatMap((key, i) => (right.includes(key) ? [letter(i)] : [])).join(', ');
}

/** "B"; "A, C"; "Đúng"; "C → A → B" (steps in the right order); "1–b, 2–a"; "B, D". */
export function answerKey(q: AnyPrepared): string {
  switch (q.type) {
    case 'single':
      return lettersOf(q.view.options.map((o) => o.key), [q.rubric.correct]);
    case 'multiple':
      return lettersOf(q.view.options.map((o) => o.key), q.rubric.correct);
    case 'truefalse':
      return q.rubric.answer ? paperText.trueWord : paperText.falseWord;
    case 'order':
      return q.rubric.explain.map((_, key) => letter(q.view.steps.findIndex((s) => s.key === key))).join(' → ');
    case 'match':
      return q.view.left
        .map((l, i) => `${i + 1}–${letter(q.view.right.findIndex((r) => r.key === l.key)).toLowerCase()}`)
        .join(', ');
    case 'spot':
      return lettersOf(q.view.regions.map((r) => r.id), q.rubric.correct);
  }
}
