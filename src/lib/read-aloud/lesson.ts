/**
 * "Nghe đọc bài" on a lesson page, loaded on the first press (lesson pages have almost no
 * JavaScript budget left). Reads the article sentence by sentence with a sticky control bar,
 * highlights the sentence being read (CSS Custom Highlight API, else a class on its block),
 * keeps it in view, and says politely what happens. Plain DOM, no Preact: the page has no
 * island here and this keeps the download small.
 */
import { readAloudText as t } from '../../i18n/read-aloud';
import { setRate } from '../../stores/settings';
import { RATE_STEPS, type Reader, type ReaderState, type ReaderStatus } from './controller';
import { pageSentences, type PageSentence } from './page-text';
import { noVoiceHelp, readerFor } from './session';

const HIGHLIGHT = 'ra-current';

interface Session {
  bar: HTMLElement;
  reader: Reader;
}

let session: Session | undefined;
let help: HTMLElement | undefined;

function button(text: string, className = 'btn btn--secondary'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  return b;
}

const reducedMotion = () =>
  document.documentElement.dataset.motion === 'giam' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function clearHighlight(): void {
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete(HIGHLIGHT);
  for (const old of document.querySelectorAll('.ra-block, .ra-block--current')) old.classList.remove('ra-block', 'ra-block--current');
}

/** Marks the sentence and brings it into view below the sticky bar. */
function highlight(sentence: PageSentence, bar: HTMLElement): void {
  clearHighlight();
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (sentence.range && registry && typeof Highlight === 'function') {
    registry.set(HIGHLIGHT, new Highlight(sentence.range));
    sentence.block.classList.add('ra-block');
  } else {
    sentence.block.classList.add('ra-block--current');
  }
  const target = sentence.range && sentence.range.getClientRects().length > 0 ? sentence.range : sentence.block;
  const rect = target.getBoundingClientRect();
  const top = Math.max(0, bar.getBoundingClientRect().bottom) + 8;
  const bottom = window.innerHeight - 8;
  if (rect.top < top || rect.bottom > bottom) {
    window.scrollBy({ top: rect.top - top - (bottom - top) / 4, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
}

function close(start: HTMLButtonElement): void {
  const current = session;
  session = undefined;
  clearHighlight();
  if (!current) return;
  const hadFocus = current.bar.contains(document.activeElement);
  current.reader.stop();
  current.bar.remove();
  start.hidden = false;
  if (hadFocus) start.focus();
}

function showHelp(start: HTMLButtonElement): void {
  help?.remove();
  const box = noVoiceHelp(2, () => {
    box.remove();
    help = undefined;
    start.focus();
  });
  help = box;
  start.after(box);
  box.querySelector<HTMLElement>('.ra-help__title')?.focus();
}

/** Called by the page's loader when "Nghe đọc bài" is pressed. */
export async function start(startButton: HTMLButtonElement): Promise<void> {
  if (session) {
    session.bar.querySelector<HTMLButtonElement>('button')?.focus();
    return;
  }
  const root = startButton.closest('article') ?? document.querySelector('main');
  if (!root) return;
  startButton.setAttribute('aria-busy', 'true');
  const sentences = pageSentences(root);
  const bar = document.createElement('div');
  bar.className = 'ra-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t.barLabel);
  bar.dataset.raSkip = '';

  const toggle = button(t.pause, 'btn');
  const previous = button(t.previous);
  const next = button(t.next);
  const stop = button(t.stop);
  const position = document.createElement('p');
  position.className = 'ra-bar__position';
  const speedLabel = document.createElement('label');
  speedLabel.className = 'ra-bar__speed';
  const speed = document.createElement('select');
  speedLabel.append(`${t.speed} `, speed);
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  const controls = document.createElement('div');
  controls.className = 'ra-bar__controls';
  controls.append(toggle, previous, next, speedLabel, stop);
  bar.append(position, controls, live);

  let lastStatus: ReaderStatus | undefined;
  const render = (state: ReaderState) => {
    if (!session) return;
    if (state.status === 'idle') {
      close(startButton);
      return;
    }
    position.textContent = t.position(state.index + 1, state.total);
    toggle.textContent = state.status === 'playing' ? t.pause : state.status === 'paused' ? t.resume : t.listenLesson;
    const sentence = sentences[state.index];
    if (state.status === 'ended') clearHighlight();
    else if (sentence) highlight(sentence, bar);
    if (state.status !== lastStatus) live.textContent = t.announce[state.status];
    lastStatus = state.status;
  };

  const reader = await readerFor(
    sentences.map((s) => s.text),
    (state) => render(state),
  );
  startButton.removeAttribute('aria-busy');
  if (!reader) {
    showHelp(startButton);
    return;
  }
  help?.remove();
  const rate = reader.state.rate;
  for (const step of [...new Set([...RATE_STEPS, rate])].sort((a, b) => a - b)) {
    const option = document.createElement('option');
    option.value = String(step);
    option.textContent = t.rateName(step);
    option.selected = step === rate;
    speed.append(option);
  }

  toggle.addEventListener('click', () => {
    const { status } = reader.state;
    if (status === 'playing') reader.pause();
    else if (status === 'paused') reader.resume();
    else reader.play(0);
  });
  previous.addEventListener('click', () => reader.previous());
  next.addEventListener('click', () => reader.next());
  stop.addEventListener('click', () => close(startButton));
  speed.addEventListener('change', () => {
    const value = Number(speed.value);
    setRate(value);
    reader.setRate(value);
  });
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(startButton);
  });

  session = { bar, reader };
  startButton.after(bar);
  startButton.hidden = true;
  toggle.focus();
  reader.play(0);
}
