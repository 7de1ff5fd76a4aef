/**
 * Content rules checked mechanically, on top of the schemas the build enforces:
 * lesson shape, sources, illustrations with alt text, glossary links, practice quizzes,
 * exam banks large enough for retakes, spot images that exist, nothing loaded from another origin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from '../../src/schemas/lesson';
import { moduleSchema } from '../../src/schemas/module';
import { questionBankSchema, type Question } from '../../src/schemas/question';
import { examSchema } from '../../src/schemas/exam';
import { glossarySchema } from '../../src/schemas/glossary';

const root = join(import.meta.dirname, '../..');
const content = join(root, 'content');
const yamlFiles = (dir: string) => readdirSync(join(content, dir)).filter((f) => f.endsWith('.yaml'));
const readYaml = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'));

/** Fewest lessons per module asked for by the course plan. */
const MIN_LESSONS: Record<string, number> = { 'suc-khoe-so': 5 };
const DEFAULT_MIN_LESSONS = 6;
/** Modules whose banks must contain many "spot the scam" questions. */
const MIN_SPOT: Record<string, number> = { 'tin-gia-lua-dao': 10 };

/**
 * Official publishers: state sites, state media and the makers' own help pages. Every lesson
 * cites at least one. Gossip and aggregator sites are not sources at all.
 */
const OFFICIAL_HOSTS = [/\.gov\.vn$/, /(^|\.)chinhphu\.vn$/, /(^|\.)baochinhphu\.vn$/, /(^|\.)vbpl\.vn$/, /(^|\.)cand\.com\.vn$/, /(^|\.)qdnd\.vn$/, /(^|\.)nhandan\.vn$/, /(^|\.)vtv\.vn$/, /(^|\.)vov\.vn$/, /(^|\.)vietnamplus\.vn$/, /(^|\.)vnanet\.vn$/, /(^|\.)bnews\.vn$/, /^support\.google\.com$/, /^support\.apple\.com$/, /^families\.google$/, /(^|\.)zalo\.me$/, /(^|\.)facebook\.com$/, /(^|\.)tinnhiemmang\.vn$/, /(^|\.)khonggianmang\.vn$/];
const NOT_SOURCES = [/(^|\.)kenh14\.vn$/, /(^|\.)soha\.vn$/, /(^|\.)24h\.com\.vn$/, /(^|\.)docnhanh\.vn$/, /(^|\.)kienthuc\.net\.vn$/, /(^|\.)thuphuc\.vn$/, /thuonghieucongluan\.com\.vn$/, /(^|\.)vietnamhoinhap\.vn$/, /(^|\.)vanluat\.vn$/, /(^|\.)vietnam\.vn$/, /(^|\.)nghean24h\.vn$/];

const modules = yamlFiles('modules').map((f) => ({ id: f.replace(/\.yaml$/, ''), data: moduleSchema.parse(readYaml(join(content, 'modules', f))) }));
const glossaryIds = new Set(yamlFiles('glossary').map((f) => f.replace(/\.yaml$/, '')));

interface LessonFile {
  id: string;
  module: string;
  slug: string;
  frontmatter: unknown;
  body: string;
}

const lessons: LessonFile[] = modules.flatMap((m) => {
  const dir = join(content, 'lessons', m.id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      const slug = f.replace(/\.mdx$/, '');
      return { id: `${m.id}/${slug}`, module: m.id, slug, frontmatter: match ? parseYaml(match[1] ?? '') : undefined, body: match?.[2] ?? '' };
    });
});

const banks = new Map(
  yamlFiles('questions').map((f) => [f.replace(/\.yaml$/, ''), questionBankSchema.parse(readYaml(join(content, 'questions', f)))]),
);
const exams = yamlFiles('exams').map((f) => ({ id: f.replace(/\.yaml$/, ''), data: examSchema.parse(readYaml(join(content, 'exams', f))) }));

describe('modules', () => {
  it.each(modules.map((m) => [m.id]))('%s has enough lessons, a bank and an exam', (id) => {
    const count = lessons.filter((l) => l.module === id).length;
    expect(count).toBeGreaterThanOrEqual(MIN_LESSONS[id] ?? DEFAULT_MIN_LESSONS);
    expect(banks.has(id)).toBe(true);
    expect(exams.some((e) => e.data.modules.length === 1 && e.data.modules[0] === id)).toBe(true);
  });
});

describe('glossary', () => {
  it.each([...glossaryIds].map((id) => [id]))('%s is a valid term with an ASCII id', (id) => {
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(() => glossarySchema.parse(readYaml(join(content, 'glossary', `${id}.yaml`)))).not.toThrow();
  });
});

describe('lessons', () => {
  it.each(lessons.map((l) => [l.id, l]))('%s follows the lesson rules', (_id, lesson) => {
    const data = lessonSchema.parse(lesson.frontmatter);
    expect(data.module).toBe(lesson.module);
    const hosts = data.sources.map((source) => new URL(source.url).hostname);
    expect(hosts.some((host) => OFFICIAL_HOSTS.some((re) => re.test(host))), `an official source among ${hosts.join(', ')}`).toBe(true);
    for (const host of hosts) expect(NOT_SOURCES.some((re) => re.test(host)), `${host} is not a source`).toBe(false);
    const body = lesson.body;
    expect(body, 'has a "Ghi nhớ" summary').toMatch(/^## Ghi nhớ/m);
    expect(body.trim().endsWith('<PracticeQuiz />'), 'ends with <PracticeQuiz />').toBe(true);

    const illustrations = [...body.matchAll(/<Illustration\b([^>]*)>/g)];
    expect(illustrations.length, 'has at least one illustration').toBeGreaterThanOrEqual(1);
    for (const [, attrs] of illustrations) expect(attrs).toMatch(/\balt="[^"]{10,}"/);
    for (const [tag] of body.matchAll(/<svg\b[^>]*>/g)) expect(tag, 'a bare <svg> needs role and label').toMatch(/role="img"[\s\S]*aria-label="[^"]+"/);
    for (const [tag] of body.matchAll(/<img\b[^>]*>/g)) expect(tag).toMatch(/\balt="[^"]+"/);

    expect(body, 'loads nothing from another origin').not.toMatch(/<(img|script|iframe|link|video|audio|source)\b[^>]*\b(src|href)="(https?:)?\/\//i);
    expect(body).not.toMatch(/<!--/);

    const terms = [...body.matchAll(/<Term id="([^"]+)">/g)].map((m) => m[1]);
    expect(terms.length, 'links at least one glossary term').toBeGreaterThanOrEqual(1);
    for (const term of terms) expect(glossaryIds, `glossary has "${term}"`).toContain(term);

    const words = body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    expect(words, 'is 5–10 minutes of reading').toBeGreaterThan(300);
  });
});

const allQuestions = [...banks.entries()].flatMap(([module, bank]) => bank.questions.map((q) => ({ module, q })));

describe('question banks', () => {
  it('every question id is unique across banks', () => {
    const ids = allQuestions.map(({ q }) => q.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each([...banks.keys()].map((id) => [id]))('%s: each lesson has 3–5 practice questions', (module) => {
    const bank = banks.get(module)!;
    for (const lesson of lessons.filter((l) => l.module === module)) {
      const practice = bank.questions.filter((q) => q.practice && q.lesson === lesson.slug).length;
      expect(practice, `${lesson.id}`).toBeGreaterThanOrEqual(3);
      expect(practice, `${lesson.id}`).toBeLessThanOrEqual(5);
    }
  });

  it.each([...banks.keys()].map((id) => [id]))('%s: questions point at lessons of the module', (module) => {
    const slugs = new Set(lessons.filter((l) => l.module === module).map((l) => l.slug));
    for (const q of banks.get(module)!.questions) expect(slugs, q.id).toContain(q.lesson);
  });

  it.each([...banks.keys()].map((id) => [id]))('%s: the exam bank uses at least 4 question types and covers every lesson', (module) => {
    const examQuestions = banks.get(module)!.questions.filter((q) => !q.practice);
    expect(new Set(examQuestions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    for (const lesson of lessons.filter((l) => l.module === module)) {
      expect(examQuestions.some((q) => q.lesson === lesson.slug), lesson.id).toBe(true);
    }
    expect(examQuestions.filter((q) => q.type === 'spot').length).toBeGreaterThanOrEqual(MIN_SPOT[module] ?? 0);
  });

  it.each(exams.map((e) => [e.id, e]))('exam %s draws from a bank at least 3 times its size', (_id, exam) => {
    const pool = allQuestions.filter(({ module, q }) => exam.data.modules.includes(module) && !q.practice).length;
    expect(pool).toBeGreaterThanOrEqual(3 * exam.data.questions);
  });

  const spots = allQuestions.filter((x): x is { module: string; q: Extract<Question, { type: 'spot' }> } => x.q.type === 'spot');
  it.each(spots.map(({ q }) => [q.id, q]))('spot question %s has its image and regions inside it', (_id, q) => {
    const file = join(root, 'public/images/quiz', q.image.src);
    expect(existsSync(file), file).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain(`viewBox="0 0 ${q.image.width} ${q.image.height}"`);
    expect(svg, 'references nothing outside').not.toMatch(/(href|src)="(https?:)?\/\//);
    for (const r of q.regions) {
      expect(r.x + r.w, r.id).toBeLessThanOrEqual(q.image.width);
      expect(r.y + r.h, r.id).toBeLessThanOrEqual(q.image.height);
    }
    expect(new Set(q.regions.map((r) => r.id)).size).toBe(q.regions.length);
  });
});
