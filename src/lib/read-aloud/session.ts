/**
 * The browser side shared by the lesson reader, the quiz button and the settings: is speech
 * there at all, which Vietnamese voice to use (from the learner's settings), a reader over
 * some sentences, and the "no Vietnamese voice" help as plain DOM (so the lesson page, which
 * has no island for it, can show it too).
 */
import { $settings } from '../../stores/settings';
import { readAloudText as t } from '../../i18n/read-aloud';
import { browserSpeaker, createReader, type Reader, type ReaderState } from './controller';
import { loadVoices, pickVoice } from './voices';

export const speechSupported = (): boolean =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';

/** The voice to read with, or undefined when the device has no Vietnamese voice. */
export async function chooseVoice(): Promise<SpeechSynthesisVoice | undefined> {
  if (!speechSupported()) return undefined;
  const voices = await loadVoices(window.speechSynthesis);
  return pickVoice(voices, $settings.get().voice);
}

/** A reader with the chosen voice and the learner's speed; undefined when no voice. */
export async function readerFor(sentences: string[], onChange: (state: ReaderState) => void): Promise<Reader | undefined> {
  const voice = await chooseVoice();
  if (!voice) return undefined;
  return createReader({ speaker: browserSpeaker(voice), sentences, rate: $settings.get().rate, onChange });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * "This device has no Vietnamese voice" and how to add one. headingLevel keeps the page's
 * outline right where it is shown.
 */
export function noVoiceHelp(headingLevel: 2 | 3 | 4, onClose?: () => void): HTMLElement {
  const box = el('div', 'ra-help callout callout--warning');
  const heading = el(`h${headingLevel}` as 'h2', 'ra-help__title', speechSupported() ? t.noVoice.heading : t.unsupported);
  heading.tabIndex = -1;
  box.append(heading);
  if (speechSupported()) {
    box.append(el('p', '', t.noVoice.why));
    const list = el('ul', 'ra-help__steps');
    for (const step of [t.noVoice.android, t.noVoice.windows, t.noVoice.iphone]) list.append(el('li', '', step));
    box.append(list, el('p', 'meta', t.noVoice.note));
  }
  if (onClose) {
    const close = el('button', 'btn btn--secondary', t.noVoice.close);
    close.type = 'button';
    close.addEventListener('click', onClose);
    box.append(close);
  }
  return box;
}
