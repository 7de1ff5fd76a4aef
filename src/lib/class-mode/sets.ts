/**
 * Which questions a class sees: the practice questions of one lesson, or a fixed set drawn
 * from the module's exam bank. The choice travels in the address (?bo=bai-<lesson> or
 * ?bo=de-<n>), so the picker is a plain form that works without JavaScript, a teacher can
 * bookmark a set, and the same address always shows the same questions in the same order.
 */
import { drawExam } from '../../quiz/draw';
import { prepareQuestion } from '../../quiz/scorers';
import type { Seed } from '../../quiz/random';
import type { AnyPrepared, BankQuestion } from '../../quiz/types';

/** Sizes of a fixed set drawn from the exam bank. */
export const SET_SIZES = [5, 10, 15] as const;
export type SetSize = (typeof SET_SIZES)[number];

export type SetChoice = { kind: 'lesson'; lesson: string } | { kind: 'exam'; count: SetSize };

/**
 * One seed for every class: a fixed set is the same paper for every teacher, like "Đề số 1"
 * of the printed test, so two classes can be compared and a set can be prepared ahead.
 */
export const CLASS_SEED: Seed = 1;

/** Used when the address names no set (a link straight to a module's presenter). */
export const DEFAULT_SET: SetChoice = { kind: 'exam', count: 10 };

export function setParam(choice: SetChoice): string {
  return choice.kind === 'lesson' ? `bai-${choice.lesson}` : `de-${choice.count}`;
}

/** Reads ?bo=; undefined when it is not a set this module could have. */
export function parseSetParam(raw: string | null | undefined): SetChoice | undefined {
  if (!raw) return undefined;
  const lesson = /^bai-([a-z0-9-]+)$/.exec(raw);
  if (lesson?.[1]) return { kind: 'lesson', lesson: lesson[1] };
  const exam = /^de-(\d{1,2})$/.exec(raw);
  const count = SET_SIZES.find((n) => String(n) === exam?.[1]);
  return count === undefined ? undefined : { kind: 'exam', count };
}

/** Practice questions of one lesson (slug inside the module), in the order they are written. */
export function lessonQuestions(bank: readonly BankQuestion[], lesson: string): BankQuestion[] {
  return bank.filter((q) => q.practice && q.lesson === lesson);
}

/** Number of exam questions the module has, the most a fixed set can show. */
export const examPoolSize = (bank: readonly BankQuestion[]): number => bank.filter((q) => !q.practice).length;

/**
 * The questions of a set, prepared (options shuffled) with the class seed. A fixed set uses
 * the exam draw, so it covers every lesson and mixes easy and hard questions; it is smaller
 * when the bank is. Empty when the lesson has no practice questions.
 */
export function buildSet(bank: readonly BankQuestion[], choice: SetChoice, seed: Seed = CLASS_SEED): AnyPrepared[] {
  const questions =
    choice.kind === 'lesson' ? lessonQuestions(bank, choice.lesson) : drawExam(bank, { count: choice.count, seed });
  return questions.map((q) => prepareQuestion(q, seed));
}
