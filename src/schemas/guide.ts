/**
 * Schema of a teaching guide (content/guides/<module-id>.yaml): a 45-minute class plan that a
 * commune volunteer or teacher follows to teach one module with the site's lessons. The file
 * name is the module id and the URL slug (/giao-vien/<module-id>/).
 *
 * Rules that need other files (the module exists, every lesson is a lesson of that module) are
 * in guideProblems() below, which src/lib/course.ts runs at build time and the unit tests run
 * on the files, so both report the same file and field.
 */
import { z } from 'astro/zod';

/** Minutes of one class session; every plan fills it exactly. */
export const SESSION_MINUTES = 45;

/** How every objective starts, so guides read alike and name what the learner can do. */
export const OBJECTIVE_START = 'Học viên biết';

/** The longest text field: guides are read aloud and printed, not essays. */
const MAX_TEXT = 600;

const slug = z.string().regex(/^[a-z0-9-]+$/, { message: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang' });

/**
 * Plain text, as printed on paper: no markdown bold or links, which the page would show as
 * raw asterisks and brackets.
 */
const text = (min = 3) =>
  z
    .string()
    .trim()
    .min(min)
    .max(MAX_TEXT, { message: `Tối đa ${MAX_TEXT} ký tự` })
    .refine((s) => !/\*\*|__|\]\(/.test(s), { message: 'Viết chữ thường, không dùng markdown (**, [..](..))' });

/** Accepts a YAML date or an ISO string, always yields a Date. */
const dateField = z.coerce.date();

export const planPartSchema = z.object({
  /** Length of this part in minutes; the parts of a plan add up to exactly 45. */
  minutes: z.number().int().min(1).max(SESSION_MINUTES),
  /** Short name of the part, e.g. "Làm quen và khởi động". */
  title: text().pipe(z.string().max(80)),
  /** Lesson slug this part works from; must be one of the guide's `lessons`. */
  lesson: slug.optional(),
  /** 1–5 sentences: what the teacher does and what the learners do. */
  activity: text(20),
});

export const difficultySchema = z.object({
  /** A difficulty learners often have, as the teacher sees it. */
  problem: text(10),
  /** What the teacher says or does to help. */
  help: text(10),
});

export const guideSchema = z
  .object({
    /** Module id (file name in content/modules); the guide's file name must be <module>.yaml. */
    module: slug,
    /** Title of the guide, e.g. "Hướng dẫn dạy học phần 1: Làm quen với điện thoại thông minh". */
    title: text(10).pipe(z.string().max(120)),
    /** Who the session suits, in one or two sentences. */
    audience: text(20),
    /** 3–5 objectives, each starting "Học viên biết". */
    objectives: z
      .array(
        text(20).refine((s) => s.normalize('NFC').startsWith(OBJECTIVE_START), {
          message: `Mỗi mục tiêu bắt đầu bằng "${OBJECTIVE_START}"`,
        }),
      )
      .min(3)
      .max(5),
    /** Lesson slugs (file names in content/lessons/<module>/) used in the session, in teaching order. */
    lessons: z
      .array(slug)
      .min(1)
      .max(9)
      .refine((list) => new Set(list).size === list.length, { message: 'Một bài chỉ ghi một lần' }),
    /** 3–8 things to bring: devices, projector, paper, printed handouts. */
    materials: z.array(text()).min(3).max(8),
    /** 2–6 things to do before the class. */
    preparation: z.array(text()).min(2).max(6),
    /** 4–8 parts of the session in order; their minutes add up to exactly 45. */
    plan: z.array(planPartSchema).min(4).max(8),
    /** 3–6 questions to discuss with the class. */
    discussion: z.array(text(10)).min(3).max(6),
    /** 3–7 difficulties learners often have, each with how to help. */
    difficulties: z.array(difficultySchema).min(3).max(7),
    /** 1–4 safety reminders for the teacher; may be left out. */
    safety: z.array(text(10)).min(1).max(4).optional(),
    /** Date the guide was last checked against the module's lessons. */
    reviewed: dateField,
  })
  .superRefine((guide, ctx) => {
    const total = guide.plan.reduce((sum, part) => sum + part.minutes, 0);
    if (total !== SESSION_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message: `Tổng số phút của các phần phải đúng ${SESSION_MINUTES}, hiện là ${total}`,
      });
    }
    guide.plan.forEach((part, i) => {
      if (part.lesson !== undefined && !guide.lessons.includes(part.lesson)) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan', i, 'lesson'],
          message: `Bài "${part.lesson}" không có trong danh sách lessons của hướng dẫn`,
        });
      }
    });
  });

export type GuideData = z.infer<typeof guideSchema>;

/** A problem found by guideProblems(): the field (dotted path) and what is wrong, in Vietnamese. */
export interface GuideProblem {
  field: string;
  message: string;
}

/**
 * Checks a parsed guide against the rest of the course. `fileId` is the file name without
 * ".yaml"; `lessonsByModule` maps each module id to the slugs of its published lessons.
 */
export function guideProblems(fileId: string, guide: GuideData, lessonsByModule: ReadonlyMap<string, readonly string[]>): GuideProblem[] {
  const problems: GuideProblem[] = [];
  if (guide.module !== fileId) problems.push({ field: 'module', message: `phải trùng tên tệp "${fileId}"` });
  const lessons = lessonsByModule.get(guide.module);
  if (!lessons) {
    problems.push({ field: 'module', message: `không có học phần "${guide.module}"` });
    return problems;
  }
  guide.lessons.forEach((lesson, i) => {
    if (!lessons.includes(lesson)) problems.push({ field: `lessons.${i}`, message: `học phần "${guide.module}" không có bài "${lesson}"` });
  });
  return problems;
}

/** Running times of the plan's parts: [0, 5], [5, 15] … ending at 45. */
export function planTimes(plan: readonly { minutes: number }[]): { from: number; to: number }[] {
  let at = 0;
  return plan.map((part) => {
    const from = at;
    at += part.minutes;
    return { from, to: at };
  });
}
