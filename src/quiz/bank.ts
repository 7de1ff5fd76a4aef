/**
 * Build-time glue between the course (content collections) and the quiz engine: which
 * questions and lessons an exam covers, and its rules after the schema's defaults. Used by
 * the exam page and the paper test so both draw from exactly the same bank.
 */
import type { Course, ExamEntry } from '../lib/course';
import type { ExamRules } from './exam';
import type { BankQuestion } from './types';

/** The exam questions of the exam's modules, in module order; practice questions never. */
export function examBank(course: Course, exam: ExamEntry): BankQuestion[] {
  return exam.data.modules.flatMap((moduleId) => {
    const bank = course.banks.find((b) => b.id === moduleId);
    return (bank?.data.questions ?? []).filter((q) => !q.practice).map((q) => ({ ...q, module: moduleId }));
  });
}

/** Lesson ids and titles of the exam's modules, for results and review links. */
export function examLessons(course: Course, exam: ExamEntry): { id: string; title: string }[] {
  return course.modules
    .filter((m) => exam.data.modules.includes(m.entry.id))
    .flatMap((m) => m.lessons.map((l) => ({ id: l.id, title: l.data.title })));
}

export function examRules(exam: ExamEntry): ExamRules {
  const { questions, minutes, passPercent, cooldownMinutes } = exam.data;
  return { questions, minutes, passPercent, cooldownMinutes };
}
