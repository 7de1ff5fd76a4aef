/**
 * Builds the search index from the course, at build time. Pure (no Astro, no file system) so
 * the site's index endpoint, the unit tests and the benchmark all build exactly the same index.
 *
 * A lesson's MDX body becomes plain text split into sections at its headings (each with the
 * heading's id in the built page, so a result links to the exact place) and into chunks of a
 * few sentences. Illustrations (drawn SVG) and quiz placeholders carry no searchable words and
 * are dropped; <Term> links are kept as their words and recorded as the section's glossary terms.
 *
 * The index has a size budget (gzip). When the course grows past it, every section keeps its
 * first sentences up to a per-section length found by bisection, so titles, headings, glossary
 * and the start of every section stay searchable and the file stays small enough for a phone.
 */
import Slugger from 'github-slugger';
import { fold } from './normalize';
import { INDEX_VERSION, type IndexLesson, type IndexSection, type IndexTerm, type SearchIndex } from './format';

/** A heading as the MDX render reports it (CollectionEntry render().headings). */
export interface SourceHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface SourceLesson {
  /** "<module>/<slug>". */
  id: string;
  module: string;
  title: string;
  description: string;
  /** Objectives shown under "Sau bài này" (#muc-tieu) on the lesson page. */
  objectives: string[];
  /** Raw MDX body (frontmatter is skipped if present). */
  body: string;
  /** Headings with the ids the render gave them; when absent, ids are computed the same way. */
  headings?: SourceHeading[];
}

export interface SourceTerm {
  id: string;
  term: string;
  definition: string;
  aliases: string[];
}

export interface SourceModule {
  id: string;
  title: string;
}

export interface BuildOptions {
  /** Returns the gzip size of the serialised index; enables the size budget. */
  gzipSize?: (json: string) => number;
  /** Size budget in bytes (gzip). */
  maxGzipBytes?: number;
  /** Id and heading of the objectives block on the lesson page. */
  objectives?: { anchor: string; heading: string };
}

/** Longest chunk of body text, in characters (a chunk is cut only between sentences). */
export const CHUNK_CHARS = 320;

interface RawSection {
  heading: string;
  anchor: string;
  sentences: string[];
  terms: Set<string>;
}

const stripFrontmatter = (mdx: string) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/**
 * Markdown inline syntax to plain text: links keep their words, emphasis marks go, code keeps
 * its text as written (`V số_điện_thoại` keeps its underscores: they are not emphasis there).
 */
function inlineText(line: string): string {
  const code: string[] = [];
  return line
    .replace(/`([^`]*)`/g, (_, text: string) => `\u0000${code.push(text) - 1}\u0000`)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\*+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_{1,2}(?=\S)|(?<=\S)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => code[Number(i)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a paragraph into sentences, keeping their final punctuation. */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[^a-zà-ỹđ])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Attribute value of a JSX tag, e.g. title="…". */
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Splits an MDX body into sections of plain sentences, one per heading. */
export function mdxSections(mdx: string, headings: SourceHeading[] | undefined): RawSection[] {
  let body = stripFrontmatter(mdx)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<(Illustration|SpotPicture|svg)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '');

  // Callout titles are visible words: keep them as a sentence of their own.
  body = body.replace(/<Callout\b[^>]*>/g, (tag) => {
    const title = attr(tag, 'title');
    return title ? `\n\n${title}.\n\n` : '\n\n';
  });

  const slugger = new Slugger();
  const rendered = headings ?? [];
  let nextRendered = 0;
  const anchorFor = (text: string): string => {
    const want = fold(text);
    for (let i = nextRendered; i < rendered.length; i++) {
      const candidate = rendered[i];
      if (candidate && fold(candidate.text) === want) {
        nextRendered = i + 1;
        return candidate.slug;
      }
    }
    return slugger.slug(text);
  };

  const sections: RawSection[] = [{ heading: '', anchor: '', sentences: [], terms: new Set() }];
  let current = sections[0]!;
  let paragraph: string[] = [];
  let inFence = false;

  const flush = () => {
    const text = inlineText(paragraph.join(' '));
    paragraph = [];
    if (text) current.sentences.push(...sentencesOf(text));
  };

  for (const rawLine of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      flush();
      continue;
    }
    for (const m of rawLine.matchAll(/<Term\b[^>]*\bid="([^"]+)"/g)) if (m[1]) current.terms.add(m[1]);
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading) {
      flush();
      // The slugger sees the heading's plain text, as the renderer does.
      const text = inlineText(heading[2] ?? '');
      current = { heading: text, anchor: anchorFor(text), sentences: [], terms: new Set() };
      sections.push(current);
      continue;
    }
    const line = rawLine
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/, '')
      .replace(/^\s*\|(.*?)\|?\s*$/, '$1')
      .replace(/\s*\|\s*/g, ' · ');
    if (!line.trim() || /^\s*([-*+]|\d+[.)])\s+/.test(rawLine) || /^\s*\|/.test(rawLine)) {
      // Blank lines end a paragraph; list items and table rows are paragraphs of their own.
      flush();
      if (line.trim()) {
        paragraph.push(line);
        flush();
      }
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return sections;
}

/** Groups sentences into chunks of at most CHUNK_CHARS (a longer sentence is its own chunk). */
export function chunk(sentences: string[], maxChars = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + 1 + sentence.length > maxChars) {
      chunks.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Keeps a section's first sentences up to `limit` characters (always the first one). */
function truncate(sentences: string[], limit: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const s of sentences) {
    if (kept.length > 0 && length + s.length > limit) break;
    kept.push(s);
    length += s.length + 1;
  }
  return kept;
}

interface Prepared {
  lesson: SourceLesson;
  sections: RawSection[];
}

function assemble(prepared: Prepared[], modules: SourceModule[], terms: SourceTerm[], limit: number): SearchIndex {
  const moduleIndex = new Map(modules.map((m, i) => [m.id, i]));
  const sortedTerms = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'vi'));
  const termIndex = new Map(sortedTerms.map((t, i) => [t.id, i]));
  const termLessons = sortedTerms.map(() => new Set<number>());

  const lessons: IndexLesson[] = prepared.map(({ lesson, sections }, li) => {
    const s: IndexSection[] = sections
      .map((section) => {
        const g = [...section.terms].flatMap((id) => {
          const i = termIndex.get(id);
          if (i === undefined) return [];
          termLessons[i]?.add(li);
          return [i];
        });
        const out: IndexSection = { h: section.heading, a: section.anchor, x: chunk(truncate(section.sentences, limit)) };
        if (g.length) out.g = g.sort((a, b) => a - b);
        return out;
      })
      .filter((section, i) => i === 0 || section.h || section.x.length);
    return { id: lesson.id, m: moduleIndex.get(lesson.module) ?? -1, t: lesson.title, d: lesson.description, s };
  });

  const g: IndexTerm[] = sortedTerms.map((t, i) => ({
    id: t.id,
    t: t.term,
    d: t.definition,
    a: t.aliases,
    l: [...(termLessons[i] ?? [])].sort((a, b) => a - b),
  }));
  return { v: INDEX_VERSION, m: modules.map((m) => [m.id, m.title]), l: lessons, g };
}

/** The whole index. Lessons and modules are taken in the order given (course order). */
export function buildSearchIndex(
  lessons: SourceLesson[],
  modules: SourceModule[],
  terms: SourceTerm[],
  options: BuildOptions = {},
): SearchIndex {
  const objectives = options.objectives ?? { anchor: 'muc-tieu', heading: 'Sau bài này' };
  const prepared: Prepared[] = lessons.map((lesson) => {
    const sections = mdxSections(lesson.body, lesson.headings);
    // The objectives sit between the title and the body on the page.
    const goals: RawSection = { heading: objectives.heading, anchor: objectives.anchor, sentences: lesson.objectives, terms: new Set() };
    const [intro, ...rest] = sections;
    return { lesson, sections: intro ? [intro, goals, ...rest] : [goals, ...rest] };
  });

  const { gzipSize, maxGzipBytes } = options;
  const longest = Math.max(0, ...prepared.flatMap((p) => p.sections.map((s) => s.sentences.join(' ').length)));
  const full = assemble(prepared, modules, terms, longest + 1);
  if (!gzipSize || !maxGzipBytes || gzipSize(JSON.stringify(full)) <= maxGzipBytes) return full;

  // Over budget: the largest per-section length that fits.
  let low = 0;
  let high = longest;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (gzipSize(JSON.stringify(assemble(prepared, modules, terms, mid))) <= maxGzipBytes) low = mid;
    else high = mid - 1;
  }
  return assemble(prepared, modules, terms, low);
}
