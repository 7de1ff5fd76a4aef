/**
 * Schema of a module's question bank (content/questions/<module>.yaml).
 *
 * One file per module holds every question of that module: practice questions (shown inside
 * lessons, never drawn in exams) and exam questions. Question ids are stable keys of stored
 * attempts: never reuse or rename one; retire a question by deleting it.
 */
import { z } from 'astro/zod';

/** Every option, step, pair or region carries an explanation shown after answering. */
const explain = z.string().min(10, { message: 'Cần giải thích (ít nhất 10 ký tự)' });
const text = z.string().min(1);

const base = {
  /** Stable id, e.g. "dt-017": module prefix and a number. */
  id: z.string().regex(/^[a-z]{2,4}-\d{3}$/, { message: 'Mã câu hỏi dạng "dt-017"' }),
  /** Slug of the lesson it tests, inside this module (file name without .mdx). */
  lesson: z.string().regex(/^[a-z0-9-]+$/),
  /** 1 easy, 2 medium, 3 hard. Exams mix them. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** True: shown in the lesson's practice quiz and kept out of exams. */
  practice: z.boolean().default(false),
  /** The question, ideally a realistic situation. Plain text, **bold** allowed. */
  prompt: z.string().min(10),
};

const choice = z.object({ text, correct: z.boolean().default(false), explain });

const exactlyOneCorrect = (options: { correct: boolean }[]) =>
  options.filter((o) => o.correct).length === 1;
const someCorrect = (options: { correct: boolean }[]) => options.some((o) => o.correct);

export const singleQuestion = z.object({
  ...base,
  type: z.literal('single'),
  options: z.array(choice).min(2).max(6).refine(exactlyOneCorrect, {
    message: 'Câu một lựa chọn cần đúng một phương án "correct: true"',
  }),
});

export const multipleQuestion = z.object({
  ...base,
  type: z.literal('multiple'),
  options: z.array(choice).min(3).max(7).refine(someCorrect, {
    message: 'Câu nhiều lựa chọn cần ít nhất một phương án đúng',
  }),
});

export const trueFalseQuestion = z.object({
  ...base,
  type: z.literal('truefalse'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean(),
  /** Why the statement is true or false; shown whichever the learner chose. */
  explain,
});

export const orderQuestion = z.object({
  ...base,
  type: z.literal('order'),
  /** Steps in the right order; shown shuffled. */
  steps: z.array(z.object({ text, explain })).min(3).max(7),
});

export const matchQuestion = z.object({
  ...base,
  type: z.literal('match'),
  /** Each left item matches its right item; the right column is shown shuffled. */
  pairs: z.array(z.object({ left: text, right: text, explain })).min(3).max(6),
});

export const spotRegion = z.object({
  /** Short ASCII id, unique in the question. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the region is, read by screen readers and listed as a choice: "Đường link lạ". */
  label: text,
  /** Rectangle in the image's own units (its viewBox). */
  x: z.number().min(0),
  y: z.number().min(0),
  w: z.number().positive(),
  h: z.number().positive(),
  correct: z.boolean().default(false),
  explain,
});

export const spotQuestion = z.object({
  ...base,
  type: z.literal('spot'),
  image: z.object({
    /** File name in public/images/quiz/, an SVG drawn for this site. */
    src: z.string().regex(/^[a-z0-9-]+\.svg$/),
    /** Describes the whole picture for screen readers. */
    alt: z.string().min(10),
    /** viewBox width and height of the SVG. */
    width: z.number().positive(),
    height: z.number().positive(),
  }),
  regions: z
    .array(spotRegion)
    .min(2)
    .max(8)
    .refine(someCorrect, { message: 'Cần ít nhất một vùng "correct: true"' }),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestion,
  multipleQuestion,
  trueFalseQuestion,
  orderQuestion,
  matchQuestion,
  spotQuestion,
]);

export const questionBankSchema = z.object({
  /** Module id; must equal the file name. */
  module: z.string().regex(/^[a-z0-9-]+$/),
  questions: z.array(questionSchema).min(1),
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionBank = z.infer<typeof questionBankSchema>;
