/**
 * Turns a lesson's markup into the sentences read aloud, each tied to where it is on the page
 * (a Range over its text for the highlight, and its block for scrolling and as the fallback
 * highlight). Headings, paragraphs, list items and callout titles are blocks of their own, so
 * each starts a new sentence; pictures are read by their description ("Hình minh họa: …");
 * buttons, the practice quiz (it has its own "Nghe câu hỏi"), glossary pop-ups and anything
 * hidden are skipped.
 */
import { readAloudText as t } from '../../i18n/read-aloud';
import { MAX_CHARS, sentencesOf, splitSentences, speakable } from './split';

export interface PageSentence {
  /** What the voice says. */
  text: string;
  /** The words on the page, when they are text (not for pictures). */
  range?: Range;
  /** The block it belongs to. */
  block: Element;
}

const BLOCKS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FIGCAPTION', 'SUMMARY', 'DETAILS']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'SVG', 'NAV', 'PROGRESS', 'DIALOG']);
const SKIP_SELECTOR = '[hidden],[aria-hidden="true"],[role="tooltip"],.practice,.visually-hidden,[data-sim-stage],[data-ra-skip],.sources,.no-print,.lesson-done';

function collectFigure(figure: Element, out: PageSentence[]): void {
  const pictures = figure.querySelectorAll('svg[aria-label],img[alt],[role="img"][aria-label]');
  for (const pic of pictures) {
    const alt = (pic.getAttribute('aria-label') ?? pic.getAttribute('alt') ?? '').trim();
    if (alt) out.push({ text: `${t.picture}: ${speakable(alt)}`, block: figure });
  }
  const caption = figure.querySelector('figcaption');
  if (!caption) return;
  // The caption starts with its own "Hình minh họa" tag, already said above.
  const tag = caption.querySelector('.illus__tag');
  const text = (caption.textContent ?? '').replace(tag?.textContent ?? '', '').replace(/^\s*:\s*/, '');
  for (const sentence of sentencesOf(text.replace(/\s/g, ' '))) out.push({ text: speakable(sentence), block: figure });
}

/** Sentences of the text nodes of one block, with ranges. */
function flush(nodes: Text[], out: PageSentence[]): void {
  if (nodes.length === 0) return;
  // Every whitespace becomes a space of the same length, so offsets stay valid and the
  // source's line breaks inside a paragraph do not end sentences.
  const text = nodes.map((n) => n.data).join('').replace(/\s/g, ' ');
  const starts: number[] = [];
  let at = 0;
  for (const n of nodes) {
    starts.push(at);
    at += n.data.length;
  }
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let k = nodes.length - 1;
    while (k > 0 && ((starts[k] ?? 0) > offset || (isEnd && (starts[k] ?? 0) === offset))) k--;
    const node = nodes[k] as Text;
    return [node, Math.min(node.data.length, offset - (starts[k] ?? 0))];
  };
  const first = nodes[0] as Text;
  const block = first.parentElement?.closest([...BLOCKS].join(',')) ?? first.parentElement ?? document.body;
  // A heading is one thought ("Cổng Dịch vụ công quốc gia: đăng nhập, nộp hồ sơ…"): read it whole.
  const heading = /^H[1-6]$/.test(block.tagName) && text.trim().length <= MAX_CHARS;
  const pieces = heading ? [{ start: text.length - text.trimStart().length, end: text.trimEnd().length }] : splitSentences(text);
  for (const piece of pieces) {
    const range = document.createRange();
    range.setStart(...locate(piece.start, false));
    range.setEnd(...locate(piece.end, true));
    out.push({ text: speakable(text.slice(piece.start, piece.end)), range, block });
  }
  nodes.length = 0;
}

/** The sentences of root, in reading order. */
export function pageSentences(root: Element): PageSentence[] {
  const out: PageSentence[] = [];
  const pending: Text[] = [];
  const walk = (el: Element) => {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        pending.push(child as Text);
        continue;
      }
      if (!(child instanceof Element)) continue;
      if (SKIP_TAGS.has(child.tagName.toUpperCase()) || child.matches(SKIP_SELECTOR)) continue;
      if (child.tagName === 'FIGURE' || child.tagName === 'IMG') {
        flush(pending, out);
        if (child.tagName === 'FIGURE') collectFigure(child, out);
        else if (child.getAttribute('alt')) out.push({ text: `${t.picture}: ${speakable(child.getAttribute('alt') ?? '')}`, block: child });
        continue;
      }
      const block = BLOCKS.has(child.tagName) || child.tagName === 'BR';
      if (block) flush(pending, out);
      walk(child);
      if (block) flush(pending, out);
    }
  };
  walk(root);
  flush(pending, out);
  return out.filter((s) => s.text.length > 0);
}
