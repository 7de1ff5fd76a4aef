/**
 * The course as pages need it: modules in order, each with its published lessons in order,
 * exams and glossary. Cross-file rules that a single schema cannot check are enforced here
 * at build time, with the file and field named in the error.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { guideProblems } from '../schemas/guide';

export type ModuleEntry = CollectionEntry<'modules'>;
export type LessonEntry = CollectionEntry<'lessons'>;
export type ExamEntry = CollectionEntry<'exams'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type BankEntry = CollectionEntry<'questions'>;
export type GuideEntry = CollectionEntry<'guides'>;

export interface CourseModule {
  entry: ModuleEntry;
  lessons: LessonEntry[];
  minutes: number;
}

export interface Course {
  modules: CourseModule[];
  lessons: LessonEntry[];
  exams: ExamEntry[];
  banks: BankEntry[];
  /** Teaching guides, in module order (a module may not have one yet). */
  guides: GuideEntry[];
}

let cached: Promise<Course> | undefined;

/** Loads and checks the whole course once per build. */
export function loadCourse(): Promise<Course> {
  cached ??= buildCourse();
  return cached;
}

function fail(file: string, field: string, message: string): never {
  throw new Error(`${file}: trường "${field}": ${message}`);
}

async function buildCourse(): Promise<Course> {
  const [moduleEntries, lessonEntries, exams, banks, guideEntries] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('exams'),
    getCollection('questions'),
    getCollection('guides'),
  ]);
  const moduleIds = new Set(moduleEntries.map((m) => m.id));

  for (const lesson of lessonEntries) {
    const file = `content/lessons/${lesson.id}.mdx`;
    const folder = lesson.id.split('/')[0] ?? '';
    if (!moduleIds.has(lesson.data.module)) fail(file, 'module', `không có học phần "${lesson.data.module}"`);
    if (folder !== lesson.data.module) fail(file, 'module', `phải trùng tên thư mục "${folder}"`);
  }

  const published = lessonEntries.filter((l) => !l.data.draft);
  const lessonIds = new Set(published.map((l) => l.id));
  const modules = moduleEntries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const lessons = published
        .filter((l) => l.data.module === entry.id)
        .sort((a, b) => a.data.order - b.data.order);
      return { entry, lessons, minutes: lessons.reduce((sum, l) => sum + l.data.minutes, 0) };
    });

  const seenIds = new Map<string, string>();
  for (const bank of banks) {
    const file = `content/questions/${bank.id}.yaml`;
    if (bank.data.module !== bank.id) fail(file, 'module', `phải trùng tên tệp "${bank.id}"`);
    bank.data.questions.forEach((q, i) => {
      const where = `questions.${i}`;
      const other = seenIds.get(q.id);
      if (other) fail(file, `${where}.id`, `mã "${q.id}" đã dùng trong ${other}`);
      seenIds.set(q.id, file);
      const lessonId = `${bank.id}/${q.lesson}`;
      if (!lessonIds.has(lessonId)) fail(file, `${where}.lesson`, `không có bài học "${lessonId}"`);
    });
  }

  for (const exam of exams) {
    exam.data.modules.forEach((m, i) => {
      if (!moduleIds.has(m)) fail(`content/exams/${exam.id}.yaml`, `modules.${i}`, `không có học phần "${m}"`);
    });
  }

  // Guides link to published lessons only; the plan's 45 minutes are checked by the schema.
  const lessonsByModule = new Map(modules.map((m) => [m.entry.id, m.lessons.map((l) => l.id.split('/')[1] ?? '')]));
  for (const guide of guideEntries) {
    const [problem] = guideProblems(guide.id, guide.data, lessonsByModule);
    if (problem) fail(`content/guides/${guide.id}.yaml`, problem.field, problem.message);
  }
  const moduleOrder = new Map(modules.map((m, i) => [m.entry.id, i]));

  return {
    modules,
    lessons: modules.flatMap((m) => m.lessons),
    guides: guideEntries.sort((a, b) => (moduleOrder.get(a.data.module) ?? 0) - (moduleOrder.get(b.data.module) ?? 0)),
    exams: exams.sort((a, b) => a.data.order - b.data.order),
    banks,
  };
}
