/**
 * The search index file format: written once per build (src/pages/tim-kiem/[index].json.ts),
 * fetched by the browser on first focus of a search box. Short keys keep the file small; text
 * is stored once, in its original form with diacritics (folding happens when it is loaded, so
 * snippets can show the words as the lesson writes them).
 */

/** Bump when the shape changes; the content hash in the file name changes with it. */
export const INDEX_VERSION = 1;

/** A part of a lesson under one heading (or before the first heading). */
export interface IndexSection {
  /** Heading text as shown; "" for the lesson's opening paragraphs. */
  h: string;
  /** Heading id in the built page (the link's #fragment); "" for the top of the lesson. */
  a: string;
  /** Body text in chunks of a few sentences, plain text with diacritics. */
  x: string[];
  /** Glossary terms (indexes into SearchIndex.g) linked in this section. */
  g?: number[];
}

export interface IndexLesson {
  /** Lesson id "<module>/<slug>", also its URL path. */
  id: string;
  /** Index into SearchIndex.m. */
  m: number;
  /** Title. */
  t: string;
  /** One-sentence description. */
  d: string;
  /** Sections in page order; the first one has h = "" and a = "". */
  s: IndexSection[];
}

export interface IndexTerm {
  /** Glossary id, the anchor on /tu-dien/. */
  id: string;
  /** The term as written. */
  t: string;
  /** Short definition. */
  d: string;
  /** Other ways to say or write it. */
  a: string[];
  /** Lessons (indexes into SearchIndex.l) that link this term. */
  l: number[];
}

export interface SearchIndex {
  v: typeof INDEX_VERSION;
  /** Modules in course order: [id, title]. */
  m: [string, string][];
  /** Published lessons in course order. */
  l: IndexLesson[];
  /** Glossary terms A–Z. */
  g: IndexTerm[];
}

/** Narrows parsed JSON to a SearchIndex of this version (the file may be stale in a cache). */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SearchIndex>;
  return v.v === INDEX_VERSION && Array.isArray(v.m) && Array.isArray(v.l) && Array.isArray(v.g);
}
