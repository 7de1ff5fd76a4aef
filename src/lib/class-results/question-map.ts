/**
 * The shape of /lop-hoc/cau-hoi.json, written at build time by src/pages/lop-hoc/cau-hoi.json.ts
 * and read by the class results page: enough to name a question and its lesson, no answers.
 */
export interface QuestionMap {
  /** Question id → [prompt as plain text, lesson id "module/slug"]. */
  q: Record<string, [string, string]>;
  /** Lesson id → lesson title, in course order. */
  l: Record<string, string>;
}
