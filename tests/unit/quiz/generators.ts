/**
 * Small builders and fast-check arbitraries for quiz tests: questions of every type and
 * banks of any shape, so the tests state properties instead of copying content.
 */
import fc from 'fast-check';
import type { BankQuestion, QuestionOf, QuestionType } from '../../../src/quiz/types';

type Meta = Pick<BankQuestion, 'id' | 'module' | 'lesson' | 'difficulty' | 'practice'>;

const meta = (over: Partial<Meta> = {}): Meta & { prompt: string } => ({
  id: 'qz-001',
  module: 'hoc-phan',
  lesson: 'bai-mot',
  difficulty: 1,
  practice: false,
  prompt: 'Một câu hỏi để thử bộ chấm điểm.',
  ...over,
});

const explain = (what: string) => `Giải thích cho ${what}.`;

/** A single-choice question with `count` options, the right one at `correct`. */
export function single(count = 4, correct = 0, over: Partial<Meta> = {}): QuestionOf<'single'> & { module: string } {
  return {
    ...meta(over),
    type: 'single',
    options: Array.from({ length: count }, (_, i) => ({ text: `Phương án ${i}`, correct: i === correct, explain: explain(`phương án ${i}`) })),
  };
}

/** A multiple-choice question whose right options are `correct`. */
export function multiple(count = 5, correct: number[] = [0, 2], over: Partial<Meta> = {}): QuestionOf<'multiple'> & { module: string } {
  return {
    ...meta(over),
    type: 'multiple',
    options: Array.from({ length: count }, (_, i) => ({ text: `Ý ${i}`, correct: correct.includes(i), explain: explain(`ý ${i}`) })),
  };
}

export function trueFalse(answer = true, over: Partial<Meta> = {}): QuestionOf<'truefalse'> & { module: string } {
  return { ...meta(over), type: 'truefalse', answer, explain: explain('câu đúng sai') };
}

export function order(count = 4, over: Partial<Meta> = {}): QuestionOf<'order'> & { module: string } {
  return {
    ...meta(over),
    type: 'order',
    steps: Array.from({ length: count }, (_, i) => ({ text: `Bước ${i + 1}`, explain: explain(`bước ${i + 1}`) })),
  };
}

export function match(count = 4, over: Partial<Meta> = {}): QuestionOf<'match'> & { module: string } {
  return {
    ...meta(over),
    type: 'match',
    pairs: Array.from({ length: count }, (_, i) => ({ left: `Trái ${i}`, right: `Phải ${i}`, explain: explain(`cặp ${i}`) })),
  };
}

/** A spot question with regions r0..r(count-1); the ones in `correct` show the problem. */
export function spot(count = 4, correct: number[] = [1], over: Partial<Meta> = {}): QuestionOf<'spot'> & { module: string } {
  return {
    ...meta(over),
    type: 'spot',
    image: { src: 'qz-tin-nhan.svg', alt: 'Tin nhắn giả để thử', width: 300, height: 500 },
    regions: Array.from({ length: count }, (_, i) => ({
      id: `r${i}`,
      label: `Vùng ${i}`,
      x: 10,
      y: 10 + i * 60,
      w: 200,
      h: 50,
      correct: correct.includes(i),
      explain: explain(`vùng ${i}`),
    })),
  };
}

/** One question of each type, for tests that must hold for every type. */
export function oneOfEach(over: Partial<Meta> = {}): Record<QuestionType, BankQuestion> {
  return {
    single: single(4, 1, { ...over, id: 'qz-101' }),
    multiple: multiple(5, [0, 3], { ...over, id: 'qz-102' }),
    truefalse: trueFalse(false, { ...over, id: 'qz-103' }),
    order: order(5, { ...over, id: 'qz-104' }),
    match: match(4, { ...over, id: 'qz-105' }),
    spot: spot(5, [1, 3], { ...over, id: 'qz-106' }),
  };
}

export interface BankShape {
  /** Per module, per lesson: the difficulties and practice flags of its questions. */
  modules: { difficulty: 1 | 2 | 3; practice: boolean }[][][];
}

/** Builds a bank from a shape; ids are unique across the bank, lessons are "b<n>". */
export function bankFrom(shape: BankShape): BankQuestion[] {
  let n = 0;
  return shape.modules.flatMap((lessons, m) =>
    lessons.flatMap((questions, l) =>
      questions.map(({ difficulty, practice }) => {
        n++;
        return single(3, 0, {
          id: `q${m}-${String(n).padStart(3, '0')}`,
          module: `hp-${m}`,
          lesson: `b${l}`,
          difficulty,
          practice,
        });
      }),
    ),
  );
}

const difficulty = fc.constantFrom<1 | 2 | 3>(1, 2, 3);

/** Banks of 1..maxModules modules, each with 1..7 lessons of 0..maxPerLesson questions. */
export function bankShape(options: { maxModules?: number; minPerLesson?: number; maxPerLesson?: number; practice?: boolean } = {}) {
  const { maxModules = 3, minPerLesson = 0, maxPerLesson = 10, practice = true } = options;
  const question = fc.record({ difficulty, practice: practice ? fc.boolean() : fc.constant(false) });
  const lesson = fc.array(question, { minLength: minPerLesson, maxLength: maxPerLesson });
  return fc.record({ modules: fc.array(fc.array(lesson, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: maxModules }) });
}

export const seed = fc.integer({ min: 0, max: 0xffffffff });
