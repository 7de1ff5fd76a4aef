/**
 * Schema of an exam (content/exams/<id>.yaml): a module exam or the final exam.
 * The id is the URL slug (/kiem-tra/<id>/) and a stable key of stored attempts.
 */
import { z } from 'astro/zod';

export const examSchema = z.object({
  /** Title shown on the intro screen and the certificate. */
  title: z.string().min(5),
  /** Modules whose banks the exam draws from; more than one makes it a final exam. */
  modules: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  /** Number of questions drawn per attempt. */
  questions: z.number().int().min(1).max(100).default(15),
  /** Time limit in minutes. */
  minutes: z.number().positive().max(180).default(20),
  /** Pass mark in percent of the points. */
  passPercent: z.number().min(1).max(100).default(80),
  /** Minutes a learner waits after submitting before taking this exam again (the retake draws other questions). */
  cooldownMinutes: z.number().min(0).max(24 * 60).default(10),
  /** Position in the exam list, 1 first. */
  order: z.number().int().positive(),
});

export type ExamData = z.infer<typeof examSchema>;
