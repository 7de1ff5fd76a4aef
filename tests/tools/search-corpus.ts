/**
 * Reads the course straight from content/ (no Astro), in course order, for the search unit
 * tests and the benchmark: the same input the site's index endpoint gets from loadCourse(),
 * except that heading ids are computed (the same way the MDX renderer does) instead of read
 * from a render.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SourceLesson, SourceModule, SourceTerm } from '../../src/lib/search/build-index';

export interface Corpus {
  modules: SourceModule[];
  lessons: SourceLesson[];
  terms: SourceTerm[];
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : []);

export function readCorpus(root = process.cwd()): Corpus {
  const content = join(root, 'content');
  const modules = yamlFiles(join(content, 'modules'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parse(readFileSync(join(content, 'modules', file), 'utf8')) as { title: string; order: number } }))
    .sort((a, b) => a.data.order - b.data.order);

  const lessons: SourceLesson[] = [];
  for (const m of modules) {
    const dir = join(content, 'lessons', m.id);
    if (!existsSync(dir)) continue;
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => {
        const source = readFileSync(join(dir, file), 'utf8');
        const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
        const data = parse(fm?.[1] ?? '') as { title: string; description: string; order: number; objectives?: string[]; draft?: boolean };
        return { id: `${m.id}/${file.replace(/\.mdx$/, '')}`, data, body: source.slice(fm?.[0].length ?? 0) };
      })
      .filter((e) => !e.data.draft)
      .sort((a, b) => a.data.order - b.data.order);
    for (const e of entries) {
      lessons.push({ id: e.id, module: m.id, title: e.data.title, description: e.data.description, objectives: e.data.objectives ?? [], body: e.body });
    }
  }

  const terms: SourceTerm[] = yamlFiles(join(content, 'glossary')).map((file) => {
    const data = parse(readFileSync(join(content, 'glossary', file), 'utf8')) as { term: string; definition: string; aliases?: string[] };
    return { id: file.replace(/\.yaml$/, ''), term: data.term, definition: data.definition, aliases: data.aliases ?? [] };
  });

  return { modules: modules.map((m) => ({ id: m.id, title: m.data.title })), lessons, terms };
}
