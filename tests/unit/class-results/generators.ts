/** Small generators of class results for the class results tests. */
import fc from 'fast-check';
import { makeResult, type ClassResult, type KnownExams, type ResultInput } from '../../../src/lib/class-results/format';
import { checkName } from '../../../src/stores/profiles';

export const EXAMS: KnownExams = new Map([
  ['dich-vu-cong', { passPercent: 80 }],
  ['internet-an-toan', { passPercent: 80 }],
  ['cuoi-khoa', { passPercent: 70 }],
]);
export const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A name checkName accepts, as the learner could type it (Vietnamese letters, HTML, signs). */
export const arbName = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .filter((s) => 'name' in checkName(s))
  .map((s) => (checkName(s) as { name: string }).name);

const arbIds = fc.uniqueArray(
  fc.tuple(fc.constantFrom('dv', 'ia', 'tg', 'dt', 'tmdt'), fc.integer({ min: 0, max: 999 })).map(([p, n]) => `${p}-${String(n).padStart(3, '0')}`),
  { minLength: 1, maxLength: 100 },
);

/** Any well-formed input: every question 1 point, pass decided by the exam's mark. */
export const arbInput: fc.Arbitrary<ResultInput> = fc
  .record({
    examId: fc.constantFrom(...EXAMS.keys()),
    name: arbName,
    asked: arbIds,
    wrongMask: fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
    submittedAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: NOW }),
    seconds: fc.integer({ min: 0, max: 180 * 60 }),
  })
  .map(({ examId, asked, wrongMask, ...r }) => {
    const wrong = asked.filter((_, i) => wrongMask[i]);
    const earned = asked.length - wrong.length;
    const passPercent = EXAMS.get(examId)!.passPercent;
    return { ...r, examId, asked, wrong, earned, total: asked.length, passed: earned * 100 >= passPercent * asked.length };
  });

export const arbResult: fc.Arbitrary<ClassResult> = arbInput.map((i) => makeResult(i)!);

export function sample(over: Partial<ResultInput> = {}): ClassResult {
  const asked = over.asked ?? ['dv-001', 'dv-003', 'dv-017', 'dv-020', 'dv-031'];
  const wrong = over.wrong ?? ['dv-003'];
  const result = makeResult({
    examId: 'dich-vu-cong',
    name: 'Nguyễn Văn A',
    earned: asked.length - wrong.length,
    total: asked.length,
    passed: (asked.length - wrong.length) * 100 >= 80 * asked.length,
    asked,
    wrong,
    submittedAt: Date.UTC(2026, 10, 22, 8, 15, 30),
    seconds: 725,
    ...over,
  });
  if (!result) throw new Error('sample name refused');
  return result;
}
