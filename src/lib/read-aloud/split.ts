/**
 * Cuts Vietnamese text into sentence-sized pieces for speech. One utterance per piece keeps
 * Chrome from stopping long utterances and lets the page highlight what is being read. The
 * pieces are offsets into the original text (not copies) so the lesson reader can map each one
 * back onto the page's text nodes.
 *
 * The lessons are full of things a naive split on "." would break: amounts (1.000.000 đồng),
 * decimals (3.5), dates and scores (1/7/2024, 10/10), times (8:30), addresses
 * (dichvucong.gov.vn) and abbreviations (TP. Hồ Chí Minh, Th.S, v.v.).
 */

export interface Piece {
  /** Offset of the first character (after leading spaces). */
  start: number;
  /** Offset after the last character (before trailing spaces). */
  end: number;
}

/** Pieces with fewer words are read together with their neighbour. */
export const MIN_WORDS = 3;
/** Longer pieces are cut at a comma (else a space) near this length. */
export const MAX_CHARS = 180;

const TERMINATORS = '.!?…;:';
/** Closing quotes and brackets stay with the sentence they end. */
const CLOSERS = '"\'”’»)]';
/**
 * Abbreviations that end in a dot but never end a sentence (lower-cased, without the final
 * dot). "v.v" is handled apart: it does end a sentence when a capital letter follows.
 */
const ABBREVIATIONS = new Set([
  'tp', 'th.s', 'ths', 'ts', 'pgs', 'gs', 'bs', 'bsck', 'ks', 'cn', 'ng', 'tt', 'q', 'p', 'x', 'h', 'tr', 'st', 'mr', 'mrs', 'dr', 'ông', 'bà', 'đc', 'sđt', 'đt', 'tk', 'stk', 'vd',
]);

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The word just before position i (letters, digits and inner dots), e.g. "Th.S" or "1". */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i);
}

/** Whether the terminator run text[i..runEnd) ends a sentence. */
function endsSentence(text: string, i: number, runEnd: number): boolean {
  const after = text[runEnd];
  // Glued to what follows (1.000, 3.5, gov.vn, 8:30, Th.S, TP.HCM): part of a word.
  if (after !== undefined && !isSpace(after)) return false;
  if (text[i] !== '.' || runEnd - i > 1) return true;
  const word = wordBefore(text, i);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (lower === 'v.v' || lower === 'vv') return isUpper(text.slice(runEnd).trimStart()[0]);
  // A list number at the start of a line: "1. Mở ứng dụng".
  if (/^\d{1,2}$/.test(word)) {
    const lineStart = text.lastIndexOf('\n', i - word.length - 1) + 1;
    if (text.slice(lineStart, i - word.length).trim() === '') return false;
  }
  return true;
}

/** Raw pieces: cut after each sentence end and at line breaks. */
function rawPieces(text: string): Piece[] {
  const cuts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      cuts.push(i + 1);
      continue;
    }
    if (!TERMINATORS.includes(c)) continue;
    let runEnd = i;
    while (runEnd < text.length && TERMINATORS.includes(text[runEnd] ?? '')) runEnd++;
    let end = runEnd;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    if (endsSentence(text, i, end)) cuts.push(end);
    i = end - 1;
  }
  cuts.push(text.length);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const piece = trim(text, cuts[k] ?? 0, cuts[k + 1] ?? 0);
    if (piece) pieces.push(piece);
  }
  return pieces;
}

function trim(text: string, start: number, end: number): Piece | undefined {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  // Nothing worth saying: only punctuation or symbols.
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/** Joins pieces too short to stand alone ("Ví dụ:", "Bước 1:") with the next one. */
function mergeShort(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let pending: Piece | undefined;
  for (const p of pieces) {
    const joined: Piece = pending ? { start: pending.start, end: p.end } : p;
    // Never merge across a line break: a heading line stays its own sentence.
    const broken = pending !== undefined && text.slice(pending.end, p.start).includes('\n');
    if (broken && pending) {
      out.push(pending);
      pending = undefined;
      if (wordCount(text.slice(p.start, p.end)) < MIN_WORDS) pending = p;
      else out.push(p);
      continue;
    }
    if (wordCount(text.slice(joined.start, joined.end)) < MIN_WORDS) pending = joined;
    else {
      out.push(joined);
      pending = undefined;
    }
  }
  if (pending) {
    const last = out[out.length - 1];
    if (last && !text.slice(last.end, pending.start).includes('\n')) out[out.length - 1] = { start: last.start, end: pending.end };
    else out.push(pending);
  }
  return out;
}

/** Cuts a piece longer than max at the last comma (or space) that keeps both parts readable. */
function capLong(text: string, piece: Piece, max: number): Piece[] {
  const out: Piece[] = [];
  let { start } = piece;
  while (piece.end - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    for (const mark of [', ', '; ', ' – ', ' - ']) {
      const at = window.lastIndexOf(mark);
      if (at > max / 3) {
        cut = at + mark.trimEnd().length;
        break;
      }
    }
    if (cut < 0) {
      // The last space not right after a number, so "100.000 đồng" is heard together.
      let space = window.lastIndexOf(' ');
      while (space > max / 3 && /\d/.test(window[space - 1] ?? '')) space = window.lastIndexOf(' ', space - 1);
      cut = space > max / 3 ? space : max;
    }
    const head = trim(text, start, start + cut);
    if (head) out.push(head);
    start += cut;
  }
  const tail = trim(text, start, piece.end);
  if (tail) out.push(tail);
  return out;
}

/** Sentence-sized pieces of a text, in order, as offsets into it. */
export function splitSentences(text: string, max = MAX_CHARS): Piece[] {
  return mergeShort(text, rawPieces(text)).flatMap((p) => capLong(text, p, max));
}

/** The pieces' texts. */
export function sentencesOf(text: string, max = MAX_CHARS): string[] {
  return splitSentences(text, max).map((p) => text.slice(p.start, p.end));
}

/**
 * What the voice is given for a piece: markdown-style bold marks removed, arrows read as a
 * pause (voices spell out "→" as "mũi tên phải"), spaces collapsed.
 */
export function speakable(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\s*[→⇒➜]\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}
