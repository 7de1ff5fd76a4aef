/**
 * Vietnamese text folding for search, shared by the build-time index and the query, so both
 * sides always agree: learners type on phone keyboards without diacritics ("lua dao" for
 * "lừa đảo"), and a mismatch on one side (đ is not a combining mark) silently loses results.
 *
 * fold: Unicode NFD, strip combining marks, đ → d, lowercase, anything that is not a letter or
 * digit becomes a space, spaces collapsed. foldWithMap also returns, for every folded
 * character, the position of its source character, so a match found in folded text can be
 * highlighted in the original text with its diacritics.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ALNUM = /[a-z0-9]/;

/** Folds one source character (a code point) to zero or more plain lower-case characters. */
function foldChar(ch: string): string {
  if (ch < '\u0080') return ALNUM.test(ch) ? ch : ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ' ';
  if (ch === 'đ' || ch === 'Đ') return 'd';
  const base = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  let out = '';
  for (const c of base) out += ALNUM.test(c) ? c : ' ';
  return out;
}

export interface FoldedText {
  /** The folded text (see fold). */
  text: string;
  /** map[i] is the UTF-16 index in the source of the character folded into text[i]. */
  map: number[];
}

/** Folds text and keeps, for each folded character, where it came from in the source. */
export function foldWithMap(source: string): FoldedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  let i = 0;
  for (const ch of source) {
    for (const c of foldChar(ch)) {
      if (c === ' ') {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        map.push(i);
        pendingSpace = false;
      }
      text += c;
      map.push(i);
    }
    i += ch.length;
  }
  return { text, map };
}

/**
 * Plain, comparable form of any text: "Lừa ĐẢO  trên mạng!" → "lua dao tren mang".
 * Same result as foldWithMap(source).text, on the whole string at once (much faster).
 */
export function fold(source: string): string {
  return source
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded words of a text, in order. */
export function tokenize(source: string): string[] {
  const text = fold(source);
  return text ? text.split(' ') : [];
}

/**
 * The source range [start, end) covering folded range [from, to): the end is extended over
 * any combining marks that follow, so a highlight never cuts a letter from its accent.
 */
export function sourceRange(source: string, folded: FoldedText, from: number, to: number): [number, number] {
  const start = folded.map[from] ?? source.length;
  const lastIndex = folded.map[to - 1] ?? start;
  const last = source.codePointAt(lastIndex) ?? 0;
  let end = lastIndex + (last > 0xffff ? 2 : 1);
  while (end < source.length && /[\u0300-\u036f]/.test(source.charAt(end))) end++;
  return [start, end];
}
