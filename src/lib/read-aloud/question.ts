/**
 * What the "Nghe câu hỏi" button does, loaded on its first press so the button itself stays
 * a few bytes on lesson pages. A second press (now labelled "Dừng đọc") stops. Without a
 * Vietnamese voice it shows the help next to the button and says nothing.
 */
import type { AnyPrepared } from '../../quiz/types';
import { readAloudText as t } from '../../i18n/read-aloud';
import type { Reader } from './controller';
import { questionSentences } from './question-text';
import { noVoiceHelp, readerFor } from './session';

const readers = new WeakMap<HTMLButtonElement, Reader>();
/** Each button's own label ("Nghe câu hỏi"), to put back when reading stops. */
const labels = new WeakMap<HTMLButtonElement, string>();

/** Changes the label in place: the text node belongs to Preact, which keeps a reference. */
function label(button: HTMLButtonElement, reading: boolean): void {
  const node = [...button.childNodes].reverse().find((n): n is Text => n.nodeType === Node.TEXT_NODE);
  if (!node) return;
  if (!labels.has(button)) labels.set(button, node.data);
  node.data = reading ? t.stopQuestion : (labels.get(button) ?? node.data);
}

/** Starts or stops reading q; returns what stops it (for when the question changes). */
export async function toggle(q: AnyPrepared, button: HTMLButtonElement, messages: HTMLElement | null): Promise<() => void> {
  const stopIt = () => readers.get(button)?.stop();
  const running = readers.get(button);
  if (running && (running.state.status === 'playing' || running.state.status === 'paused')) {
    running.stop();
    return stopIt;
  }
  messages?.replaceChildren();
  const reader = await readerFor(questionSentences(q), (state) => {
    const on = state.status === 'playing' || state.status === 'paused';
    button.classList.toggle('ra-q__btn--on', on);
    label(button, on);
  });
  if (!reader) {
    if (messages) {
      const box = noVoiceHelp(4, () => {
        box.remove();
        button.focus();
      });
      messages.replaceChildren(box);
      box.querySelector<HTMLElement>('.ra-help__title')?.focus();
    }
    return stopIt;
  }
  readers.set(button, reader);
  reader.play(0);
  return stopIt;
}
