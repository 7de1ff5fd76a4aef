/**
 * The site's search index, built once per build from the course (memoised like loadCourse):
 * the endpoint src/pages/tim-kiem/[index].json.ts writes it, and the search boxes read its URL,
 * which carries a hash of its content (/tim-kiem/chi-muc-<hash>.json) so browsers and the
 * service worker may cache it forever and a new build is never served a stale index.
 * Heading ids come from the MDX render, so result links land on the heading the page has.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { getCollection, render } from 'astro:content';
import { loadCourse } from '../course';
import { url } from '../paths';
import { t } from '../../i18n/vi';
import { buildSearchIndex, type SourceLesson } from './build-index';
import { INDEX_BUDGET } from './budget';

export interface BuiltSearchIndex {
  json: string;
  /** Route parameter of the endpoint: "chi-muc-<hash>". */
  name: string;
  /** Site URL of the file. */
  url: string;
}

let cached: Promise<BuiltSearchIndex> | undefined;

export function loadSearchIndex(): Promise<BuiltSearchIndex> {
  cached ??= build();
  return cached;
}

async function build(): Promise<BuiltSearchIndex> {
  const [course, glossary] = await Promise.all([loadCourse(), getCollection('glossary')]);
  const lessons: SourceLesson[] = await Promise.all(
    course.lessons.map(async (lesson) => {
      const { headings } = await render(lesson);
      return {
        id: lesson.id,
        module: lesson.data.module,
        title: lesson.data.title,
        description: lesson.data.description,
        objectives: lesson.data.objectives,
        body: lesson.body ?? '',
        headings,
      };
    }),
  );
  const index = buildSearchIndex(
    lessons,
    course.modules.map((m) => ({ id: m.entry.id, title: m.entry.data.title })),
    glossary.map((g) => ({ id: g.id, term: g.data.term, definition: g.data.definition, aliases: g.data.aliases })),
    {
      gzipSize: (json) => gzipSync(json, { level: 9 }).length,
      maxGzipBytes: INDEX_BUDGET.targetGzipBytes,
      objectives: { anchor: 'muc-tieu', heading: t.lesson.objectivesHeading },
    },
  );
  const json = JSON.stringify(index);
  const name = `chi-muc-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
  return { json, name, url: url(`/tim-kiem/${name}.json`) };
}
