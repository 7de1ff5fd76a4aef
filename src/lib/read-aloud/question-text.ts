/**
 * What "Nghe câu hỏi" says for a quiz question: the prompt, then each choice in the order it
 * is shown, with the letter the printed paper uses ("Phương án A: …") so a listener can tell where one ends, and
 * pictures by their description. Pure, so every question type is tested without a browser.
 */
import type { AnyPrepared } from '../../quiz/types';
import { readAloudText as t } from '../../i18n/read-aloud';
import { letter } from '../../i18n/quiz';
import { sentencesOf, speakable } from './split';

/** One utterance per sentence of the prompt and per choice. */
export function questionSentences(q: AnyPrepared): string[] {
  const out = sentencesOf(q.prompt).map(speakable);
  const options = (texts: string[]) => texts.forEach((text, i) => out.push(`${t.option(letter(i))}: ${speakable(text)}`));
  switch (q.type) {
    case 'single':
    case 'multiple':
      options(q.view.options.map((o) => o.text));
      break;
    case 'truefalse':
      options([t.trueLabel, t.falseLabel]);
      break;
    case 'order':
      options(q.view.steps.map((s) => s.text));
      break;
    case 'match':
      q.view.left.forEach((l, i) => out.push(`${t.item(i + 1)}: ${speakable(l.text)}`));
      options(q.view.right.map((r) => r.text));
      break;
    case 'spot':
      out.push(`${t.picture}: ${speakable(q.view.image.alt)}`);
      options(q.view.regions.map((r) => r.label));
      break;
  }
  return out.filter((s) => s.length > 0);
}
