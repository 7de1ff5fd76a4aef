/**
 * The search engine, pure TypeScript (no DOM): the browser runs it on the index file, the unit
 * tests and the benchmark run it in Node on the same index.
 *
 * fuse.js pays for every character of every entry on every query (measured here: ~9 µs per
 * short field; see also shared/TOOLCHAIN.md), so it only sees short text, and the rest goes
 * through inverted indexes that touch only the entries containing a query word:
 * - fuse.js (token search, weighted keys) ranks lessons on title and description, and finds
 *   glossary terms (term and aliases); a matched term also lifts the lessons that link it.
 * - Headings: the share of the query's words a heading holds (rarer words count more).
 * - Body text, in chunks: BM25 over folded syllables and syllable pairs. Pairs matter in
 *   Vietnamese: "mật khẩu" is two syllables, each common on its own.
 * - Before all of it, a query word the course never uses is corrected against the course's own
 *   vocabulary (one edit for short words, two for long ones; two swapped letters are one edit),
 *   a pair of known words never seen together ("lau dao") is tried with one word edited
 *   ("lua dao"), and abbreviations and synonyms are expanded (synonyms.ts).
 * Results are lessons, each pointing at its best section (heading anchor) with a snippet of the
 * original text, the matched words marked; and the closest glossary terms.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { fold, foldWithMap, sourceRange } from './normalize';
import { ABBREVIATIONS, SYNONYMS } from './synonyms';
import type { IndexLesson, IndexTerm, SearchIndex } from './format';

/** A piece of original text and the ranges [start, end) to highlight in it. */
export interface Highlighted {
  text: string;
  marks: [number, number][];
}

export interface LessonHit {
  lesson: IndexLesson;
  moduleId: string;
  moduleTitle: string;
  /** Heading id to link to; "" for the top of the lesson. */
  anchor: string;
  /** Heading of the section linked to; "" for the top of the lesson. */
  heading: string;
  title: Highlighted;
  snippet: Highlighted;
  score: number;
  /** With options.explain: what the score is made of. */
  signals?: Record<string, number>;
}

export interface TermHit {
  term: IndexTerm;
  /** 0 is a perfect match, 1 no match (fuse.js score of the term's best name). */
  score: number;
}

export interface SearchResults {
  lessons: LessonHit[];
  terms: TermHit[];
}

export interface SearchOptions {
  /** Attach each lesson's signals to its hit (for tuning and tests). */
  explain?: boolean;
  /** Most lessons returned. */
  limit?: number;
  /** Most glossary terms returned. */
  termLimit?: number;
}

/** Tuning, in one place; chosen on tests/search-queries.json (see the ranking test). */
export const TUNING = {
  /** fuse.js threshold for lessons (title, description) and glossary terms. */
  fuseThreshold: 0.3,
  /** fuse.js key weights. */
  keys: { title: 3, slug: 1.5, description: 1 },
  /** A glossary alias matches a little less than the term itself (share of the match kept). */
  aliasMatch: 0.9,
  /** Glossary terms listed in the results only when this close (fuse.js score, 0 = exact). */
  termShowScore: 0.2,
  /** How the signals add up to a lesson's score. */
  weight: { fuse: 0.4, heading: 0.3, glossary: 0.1, body: 0.25, module: 0.1, titleStart: 0.1 },
  bm25: { k1: 1.2, b: 0.75 },
  /** Weight of alternatives relative to the word as typed. */
  alt: { edit1: 0.75, edit2: 0.5, prefix: 0.6, context: 0.9, synonym: 0.5 },
  /** Weight of a matched pair of adjacent query words, relative to one word. */
  pairWeight: 1.5,
  snippetChars: 170,
};

interface Chunk {
  lesson: number;
  section: number;
  text: string;
  length: number;
}

/** What fuse.js sees of a lesson: its short fields, folded. */
interface LessonDoc {
  /** Title. */
  t: string;
  /** The words of its URL slug: a few keywords the writer chose ("khi bi lua dao"). */
  s: string;
  /** Description. */
  d: string;
}

/**
 * What fuse.js sees of the glossary: every name of every term (the term and each alias) as an
 * entry of its own, so an exact alias counts in full rather than diluted by the other names.
 */
interface TermName {
  /** Folded name. */
  n: string;
  /** Index of the term in SearchIndex.g. */
  term: number;
  alias: boolean;
}

interface Posting {
  chunks: number[];
  counts: number[];
}

/** One word of the query and what may stand for it, with weights (the word itself: 1). */
type Alternatives = Map<string, number>;

/** A query as the engine reads it (see analyse). */
export interface Query {
  /** Each typed word (abbreviations expanded) with its corrections or completions. */
  words: Alternatives[];
  /** Phrases added by synonyms (folded words); they count as much as one typed word. */
  extra: string[][];
  /** What fuse.js is asked: each typed word, or its best stand-in when the course lacks it. */
  fuse: string;
}

/** Restricted Damerau–Levenshtein distance, giving up (returning max + 1) beyond max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const words = (folded: string) => (folded ? folded.split(' ') : []);

/** Anchor of the objectives section (build-index.ts adds it to every lesson). */
const OBJECTIVES = 'muc-tieu';

export class SearchEngine {
  readonly index: SearchIndex;
  private readonly chunks: Chunk[] = [];
  /** Body word or "word word" pair → the chunks holding it (ascending) and how often. */
  private readonly postings = new Map<string, Posting>();
  /** Heading word → [lesson, section] pairs. */
  private readonly headingPostings = new Map<string, [number, number][]>();
  /** How many fields or chunks of the course use a word or pair (for corrections). */
  private readonly vocabulary = new Map<string, number>();
  private readonly vocabularyByLength: string[][] = [];
  private readonly averageLength: number;
  private readonly lessonFuse: Fuse<LessonDoc>;
  private readonly termFuse: Fuse<TermName>;
  private readonly moduleWords: Set<string>[];
  private readonly titles: string[];
  private readonly neighbourCache = new Map<string, string[]>();

  constructor(index: SearchIndex) {
    this.index = index;
    const count = (word: string) => this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
    const countText = (folded: string) => {
      const ws = words(folded);
      for (const w of new Set(ws)) count(w);
      for (let i = 1; i < ws.length; i++) count(`${ws[i - 1]} ${ws[i]}`);
    };

    let total = 0;
    index.l.forEach((lesson, li) => {
      countText(fold(lesson.t));
      countText(fold(lesson.d));
      lesson.s.forEach((section, si) => {
        const heading = words(fold(section.h));
        countText(heading.join(' '));
        for (const w of new Set(heading)) {
          let list = this.headingPostings.get(w);
          if (!list) this.headingPostings.set(w, (list = []));
          list.push([li, si]);
        }
        for (const text of section.x) {
          const ws = words(fold(text));
          const id = this.chunks.length;
          this.chunks.push({ lesson: li, section: si, text, length: ws.length });
          total += ws.length;
          // Chunks arrive in order, so a key seen again in this chunk is the last entry of its list.
          const add = (key: string) => {
            const list = this.postings.get(key);
            if (!list) this.postings.set(key, { chunks: [id], counts: [1] });
            else if (list.chunks[list.chunks.length - 1] === id) list.counts[list.counts.length - 1]! += 1;
            else {
              list.chunks.push(id);
              list.counts.push(1);
            }
          };
          for (let i = 0; i < ws.length; i++) {
            add(ws[i]!);
            if (i > 0) add(`${ws[i - 1]} ${ws[i]}`);
          }
        }
      });
    });
    for (const term of index.g) {
      countText(fold(term.t));
      for (const a of term.a) countText(fold(a));
      countText(fold(term.d));
    }
    for (const [key, list] of this.postings) this.vocabulary.set(key, (this.vocabulary.get(key) ?? 0) + list.chunks.length);
    this.averageLength = total / Math.max(1, this.chunks.length);
    this.moduleWords = index.m.map(([, title]) => new Set(words(fold(title))));
    this.titles = index.l.map((lesson) => fold(lesson.t));
    for (const word of this.vocabulary.keys()) {
      if (word.includes(' ')) continue;
      (this.vocabularyByLength[word.length] ??= []).push(word);
    }

    const common = {
      useTokenSearch: true,
      ignoreLocation: true,
      includeScore: true,
      threshold: TUNING.fuseThreshold,
      // Text is folded before it reaches fuse.js, so it need not lower-case anything.
      isCaseSensitive: true,
    } satisfies IFuseOptions<unknown>;
    const k = TUNING.keys;
    this.lessonFuse = new Fuse(
      index.l.map((lesson) => ({ t: fold(lesson.t), s: fold(lesson.id.split('/')[1] ?? ''), d: fold(lesson.d) })),
      {
        ...common,
        keys: [
          { name: 't', weight: k.title },
          { name: 's', weight: k.slug },
          { name: 'd', weight: k.description },
        ],
      },
    );
    this.termFuse = new Fuse(
      index.g.flatMap((term, i) => [
        { n: fold(term.t), term: i, alias: false },
        ...term.a.map((a) => ({ n: fold(a), term: i, alias: true })),
      ]),
      { ...common, keys: ['n'] },
    );
  }

  /** Course words at one edit (two for long words) from `word`, closest and commonest first. */
  private neighbours(word: string, maxDistance: number): string[] {
    const key = `${maxDistance}:${word}`;
    const cached = this.neighbourCache.get(key);
    if (cached) return cached;
    const found: [string, number, number][] = [];
    for (let len = word.length - maxDistance; len <= word.length + maxDistance; len++) {
      for (const candidate of this.vocabularyByLength[len] ?? []) {
        if (candidate === word) continue;
        const d = editDistance(word, candidate, maxDistance);
        if (d <= maxDistance) found.push([candidate, d, this.vocabulary.get(candidate) ?? 0]);
      }
    }
    const result = found.sort((a, b) => a[1] - b[1] || b[2] - a[2]).map((f) => f[0]);
    this.neighbourCache.set(key, result);
    return result;
  }

  /**
   * Course words that start with `prefix` (the word being typed): first those that follow the
   * previous word somewhere in the course ("mat kh" → "khau"), then the commonest.
   */
  private completions(prefix: string, previous: string | undefined): string[] {
    const found: [string, number, number][] = [];
    for (let len = prefix.length + 1; len < this.vocabularyByLength.length; len++) {
      for (const candidate of this.vocabularyByLength[len] ?? []) {
        if (!candidate.startsWith(prefix)) continue;
        const together = previous ? (this.vocabulary.get(`${previous} ${candidate}`) ?? 0) : 0;
        found.push([candidate, together, this.vocabulary.get(candidate) ?? 0]);
      }
    }
    return found
      .sort((a, b) => b[1] - a[1] || b[2] - a[2])
      .slice(0, 5)
      .map((f) => f[0]);
  }

  /** Folds, expands abbreviations and synonyms, corrects unknown words. */
  analyse(raw: string): Query {
    const typed = words(fold(raw)).flatMap((w) => words(ABBREVIATIONS[w] ?? w));
    const stillTyping = !/\s$/.test(raw);
    const alt = TUNING.alt;
    const known = (w: string) => this.vocabulary.has(w);

    const wordAlts: Alternatives[] = typed.map((w, i) => {
      const alts: Alternatives = new Map([[w, 1]]);
      if (known(w) || w.length < 2) return alts;
      if (i === typed.length - 1 && stillTyping) {
        // Commonest first, a little ahead of the next, so one of them leads.
        this.completions(w, typed[i - 1]).forEach((c, rank) => alts.set(c, alt.prefix - 0.02 * rank));
      }
      if (w.length >= 3) {
        // Corrections that make a pair the course uses with a neighbouring word come first.
        const before = typed[i - 1];
        const after = typed[i + 1];
        const fits = (c: string) => (before !== undefined && known(`${before} ${c}`)) || (after !== undefined && known(`${c} ${after}`));
        const near = this.neighbours(w, w.length >= 7 ? 2 : 1);
        for (const c of [...near.filter(fits), ...near.filter((c) => !fits(c))].slice(0, 3)) {
          if (!alts.has(c)) alts.set(c, fits(c) ? alt.context : editDistance(w, c, 1) <= 1 ? alt.edit1 : alt.edit2);
        }
      }
      return alts;
    });

    // Two known words never seen together: maybe one of them is a typo for a word that is.
    for (let i = 1; i < typed.length; i++) {
      const a = typed[i - 1]!;
      const b = typed[i]!;
      if (!known(a) || !known(b) || known(`${a} ${b}`) || a.length < 2 || b.length < 2) continue;
      for (const c of this.neighbours(a, 1)) if (known(`${c} ${b}`) && !wordAlts[i - 1]!.has(c)) wordAlts[i - 1]!.set(c, alt.context);
      for (const c of this.neighbours(b, 1)) if (known(`${a} ${c}`) && !wordAlts[i]!.has(c)) wordAlts[i]!.set(c, alt.context);
    }

    const joined = ` ${typed.join(' ')} `;
    const extra = Object.entries(SYNONYMS)
      .filter(([phrase]) => joined.includes(` ${phrase} `))
      .map(([, expansion]) => words(expansion));

    // fuse.js gets, for each typed word, the word if the course knows it, else its best stand-in.
    const best = (alts: Alternatives) => {
      let choice = '';
      let weight = -1;
      for (const [w, v] of alts) {
        const score = known(w) ? v : v * 0.5;
        if (score > weight) [choice, weight] = [w, score];
      }
      return choice;
    };
    return { words: wordAlts, extra, fuse: wordAlts.map(best).join(' ') };
  }

  private idf(key: string): number {
    const df = this.postings.get(key)?.chunks.length ?? 0;
    const n = this.chunks.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 over chunks: each query word counts once (its best alternative), pairs add. */
  private scoreChunks(query: Query): Float64Array {
    const scores = new Float64Array(this.chunks.length);
    const { k1, b } = TUNING.bm25;
    const addTerm = (alternatives: Iterable<[string, number]>, factor: number) => {
      const best = new Map<number, number>();
      for (const [key, weight] of alternatives) {
        const list = this.postings.get(key);
        if (!list) continue;
        const idf = this.idf(key);
        for (let i = 0; i < list.chunks.length; i++) {
          const chunk = list.chunks[i]!;
          const tf = list.counts[i]!;
          const len = this.chunks[chunk]!.length;
          const s = weight * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / this.averageLength)));
          if (s > (best.get(chunk) ?? 0)) best.set(chunk, s);
        }
      }
      for (const [chunk, s] of best) scores[chunk] = (scores[chunk] ?? 0) + s * factor;
    };
    for (const alts of query.words) addTerm(alts, 1);
    for (const phrase of query.extra) {
      const share = TUNING.alt.synonym / phrase.length;
      for (const w of phrase) addTerm([[w, share]], 1);
      for (let i = 1; i < phrase.length; i++) addTerm([[`${phrase[i - 1]} ${phrase[i]}`, TUNING.alt.synonym]], TUNING.pairWeight);
    }
    for (let i = 1; i < query.words.length; i++) {
      const pairs: [string, number][] = [];
      for (const [a, wa] of query.words[i - 1]!) for (const [c, wc] of query.words[i]!) pairs.push([`${a} ${c}`, Math.min(wa, wc)]);
      addTerm(pairs, TUNING.pairWeight);
    }
    return scores;
  }

  /** The idf-weighted share of the query's words found in a set of words. */
  private coverage(query: Query, set: ReadonlySet<string>): number {
    let found = 0;
    let total = 0;
    for (const alts of query.words) {
      let best = 0;
      let most = 0;
      for (const [w, weight] of alts) {
        const idf = this.idf(w);
        most = Math.max(most, idf);
        if (set.has(w)) best = Math.max(best, weight * idf);
      }
      found += best;
      total += most;
    }
    return total ? found / total : 0;
  }

  /** For every section, the idf-weighted share of the query's words its heading holds. */
  private scoreHeadings(query: Query): Map<number, Map<number, number>> {
    const all = [...query.words, ...query.extra.flat().map((w): Alternatives => new Map([[w, TUNING.alt.synonym]]))];
    const total = query.words.reduce((sum, alts) => sum + Math.max(0, ...[...alts.keys()].map((w) => this.idf(w))), 0) || 1;
    const byLesson = new Map<number, Map<number, number>>();
    for (const alts of all) {
      const best = new Map<string, number>();
      for (const [w, weight] of alts) {
        const value = weight * this.idf(w);
        for (const [li, si] of this.headingPostings.get(w) ?? []) {
          const key = `${li}:${si}`;
          if (value > (best.get(key) ?? 0)) best.set(key, value);
        }
      }
      for (const [key, value] of best) {
        const [li, si] = key.split(':').map(Number) as [number, number];
        let sections = byLesson.get(li);
        if (!sections) byLesson.set(li, (sections = new Map()));
        sections.set(si, (sections.get(si) ?? 0) + value / total);
      }
    }
    return byLesson;
  }

  search(raw: string, options: SearchOptions = {}): SearchResults {
    const { limit = 10, termLimit = 3 } = options;
    const query = this.analyse(raw);
    if (!query.words.length) return { lessons: [], terms: [] };
    const lessonCount = this.index.l.length;
    const w = TUNING.weight;

    const fuse = new Float64Array(lessonCount);
    for (const r of this.lessonFuse.search(query.fuse)) fuse[r.refIndex] = 1 - (r.score ?? 1);

    // Each term's best name: 1 is a perfect match.
    const termMatch = new Map<number, number>();
    for (const r of this.termFuse.search(query.fuse)) {
      const value = (1 - (r.score ?? 1)) * (r.item.alias ? TUNING.aliasMatch : 1);
      if (value > (termMatch.get(r.item.term) ?? 0)) termMatch.set(r.item.term, value);
    }
    const glossary = new Float64Array(lessonCount);
    for (const [ti, value] of termMatch) {
      const term = this.index.g[ti]!;
      // A term most lessons link says little about any one of them.
      const specific = value / (1 + Math.log(Math.max(1, term.l.length)));
      for (const li of term.l) glossary[li] = Math.max(glossary[li]!, specific);
    }

    const headings = this.scoreHeadings(query);
    const heading = new Float64Array(lessonCount);
    for (const [li, sections] of headings) {
      for (const [si, value] of sections) {
        if (this.index.l[li]?.s[si]?.a !== OBJECTIVES) heading[li] = Math.max(heading[li]!, Math.min(1, value));
      }
    }

    const chunkScores = this.scoreChunks(query);
    const body = new Float64Array(lessonCount);
    chunkScores.forEach((s, c) => {
      const li = this.chunks[c]!.lesson;
      if (s > body[li]!) body[li] = s;
    });
    const maxBody = Math.max(...body) || 1;

    const modules = this.moduleWords.map((set) => this.coverage(query, set));
    const ranked: { li: number; score: number; signals: Record<string, number> }[] = [];
    for (let li = 0; li < lessonCount; li++) {
      const signals = {
        fuse: fuse[li]!,
        heading: heading[li]!,
        glossary: glossary[li]!,
        body: body[li]! / maxBody,
        // The lesson that starts with the words asked about ("VNeID là gì?") is the one about it.
        titleStart: query.fuse.length >= 3 && `${this.titles[li]} `.startsWith(`${query.fuse} `) ? 1 : 0,
      };
      const score =
        w.fuse * signals.fuse + w.heading * signals.heading + w.glossary * signals.glossary + w.body * signals.body + w.titleStart * signals.titleStart;
      // The module's title only breaks ties between lessons that match on their own.
      if (score > 0) ranked.push({ li, score: score + w.module * (modules[this.index.l[li]!.m] ?? 0), signals });
    }
    ranked.sort((a, b) => b.score - a.score);

    // Highlight what was typed and, for a corrected word, its likeliest correction only.
    const marks = new Set<string>();
    for (const alts of query.words) {
      const [typed, ...others] = [...alts];
      if (typed) marks.add(typed[0]);
      const top = Math.max(0, ...others.map(([, weight]) => weight));
      for (const [word, weight] of others) if (weight >= top) marks.add(word);
    }
    for (const word of query.extra.flat()) marks.add(word);
    const lessons = ranked
      .slice(0, limit)
      .map(({ li, score, signals }) => {
        const hit = this.hit(li, score, headings.get(li), chunkScores, marks);
        if (options.explain) hit.signals = { ...signals, module: modules[this.index.l[li]!.m] ?? 0 };
        return hit;
      });

    const terms = [...termMatch]
      .map(([ti, value]) => ({ term: this.index.g[ti]!, score: 1 - value }))
      .filter((t) => t.score <= TUNING.termShowScore)
      .sort((a, b) => a.score - b.score)
      .slice(0, termLimit);
    return { lessons, terms };
  }

  /** Picks the section to link to (best heading and body match) and cuts the snippet. */
  private hit(li: number, score: number, headings: Map<number, number> | undefined, chunkScores: Float64Array, marks: Set<string>): LessonHit {
    const lesson = this.index.l[li]!;
    const [moduleId, moduleTitle] = this.index.m[lesson.m] ?? ['', ''];

    const best = lesson.s.map(() => ({ body: 0, chunk: -1 }));
    this.chunks.forEach((c, i) => {
      const s = c.lesson === li ? best[c.section] : undefined;
      if (s && chunkScores[i]! > s.body) [s.body, s.chunk] = [chunkScores[i]!, i];
    });
    const lessonBest = Math.max(0, ...best.map((s) => s.body)) || 1;
    let target = -1;
    let targetScore = 0.3;
    lesson.s.forEach((section, si) => {
      const value = ((headings?.get(si) ?? 0) + 0.8 * (best[si]!.body / lessonBest)) * (section.a === OBJECTIVES ? 0.5 : 1);
      if (value > targetScore) [target, targetScore] = [si, value];
    });

    const section = target >= 0 ? lesson.s[target] : undefined;
    const chunk = target >= 0 ? best[target]!.chunk : -1;
    return {
      lesson,
      moduleId,
      moduleTitle,
      anchor: section?.a ?? '',
      heading: section?.h ?? '',
      title: highlight(lesson.t, marks, Infinity),
      snippet: highlight(chunk >= 0 ? this.chunks[chunk]!.text : lesson.d, marks, TUNING.snippetChars),
      score,
    };
  }
}

/** Marks the words of `text` found in `marks`, and cuts a window around the first of them. */
export function highlight(text: string, marks: ReadonlySet<string>, maxChars: number): Highlighted {
  const folded = foldWithMap(text);
  const found: [number, number][] = [];
  const re = /[a-z0-9]+/g;
  for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
    if (marks.has(m[0])) found.push(sourceRange(text, folded, m.index, m.index + m[0].length));
  }
  // Adjacent marked words ("mật khẩu") become one highlight.
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], range[0]))) last[1] = range[1];
    else merged.push([...range]);
  }
  if (text.length <= maxChars) return { text, marks: merged };

  const first = merged[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxChars / 4));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    marks: merged.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
