/**
 * Schema of a lesson's frontmatter (content/lessons/<module>/<slug>.mdx).
 * The entry id "<module>/<slug>" is a stable key of stored progress: renaming needs a migration.
 */
import { z } from 'astro/zod';

/**
 * Areas of the basic digital skills framework (Decision 757/QĐ-BKHCN, aligned with the six
 * domains of Circular 02/2025/TT-BGDĐT and DigComp 2.2). Keys are ASCII; labels are shown.
 */
export const SKILL_AREAS = {
  'du-lieu-thong-tin': 'Khai thác dữ liệu và thông tin',
  'giao-tiep-hop-tac': 'Giao tiếp và hợp tác trong môi trường số',
  'sang-tao-noi-dung': 'Sáng tạo nội dung số',
  'an-toan': 'An toàn trong môi trường số',
  'giai-quyet-van-de': 'Giải quyết vấn đề',
  'ung-dung-ai': 'Ứng dụng trí tuệ nhân tạo',
} as const;

export type SkillArea = keyof typeof SKILL_AREAS;

const skillAreaKeys = Object.keys(SKILL_AREAS) as [SkillArea, ...SkillArea[]];

/** Accepts a YAML date or an ISO string, always yields a Date. */
const dateField = z.coerce.date();

export const sourceSchema = z.object({
  /** Name of the document or page, e.g. "Nghị định 69/2024/NĐ-CP". */
  title: z.string().min(3),
  /** Public address of the source (https only). */
  url: z.url({ protocol: /^https$/ }),
  /** When an author last checked that the source says what the lesson says. */
  checked: dateField,
});

export const lessonSchema = z.object({
  /** Title as the learner reads it; also the page <h1>. */
  title: z.string().min(5).max(90),
  /** One sentence for the module page, search results and link previews. */
  description: z.string().min(20).max(200),
  /** Id of the module (file name in content/modules); must match the lesson's folder. */
  module: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in the module, 1 first. */
  order: z.number().int().positive(),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().min(3).max(15),
  /** 2–4 learning objectives, each starting "Bạn sẽ biết". */
  objectives: z
    .array(z.string().startsWith('Bạn sẽ biết', { message: 'Mỗi mục tiêu bắt đầu bằng "Bạn sẽ biết"' }))
    .min(2)
    .max(4),
  /** Skills framework area this lesson serves. */
  area: z.enum(skillAreaKeys),
  /** Official sources the lesson relies on; at least one. */
  sources: z.array(sourceSchema).min(1),
  /** Date the whole lesson was last reviewed against its sources. */
  reviewed: dateField,
  /** Drafts are validated but not published. */
  draft: z.boolean().default(false),
});

export type LessonData = z.infer<typeof lessonSchema>;
