/**
 * One scorer per question type, gathered in a registry the compiler checks for completeness.
 *
 * Partial credit: none. Every question is worth 1 point, earned only when the whole answer is
 * right (all the right options and no other, every step in place, every pair matched, exactly
 * the regions that show the problem). Learners understand "right or not" at once, and a
 * half-right answer to a safety question (ticking the scam link and the real one) is still
 * a mistake worth revising.
 */
import { deriveSeed, mulberry32, shuffle, type Seed } from './random';
import type {
  AnyPrepared,
  BankQuestion,
  Choice,
  QuestionType,
  Registry,
  Score,
  UserInput,
} from './types';

/** Every question is worth this many points. */
export const QUESTION_POINTS = 1;

export const INVALID: Score = { kind: 'invalid' };
const points = (right: boolean): Score => ({
  kind: 'points',
  earned: right ? QUESTION_POINTS : 0,
  total: QUESTION_POINTS,
});
const unanswered = points(false);

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const isKey = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isKeyBelow = (value: unknown, count: number): boolean => isKey(value) && value < count;
const hasDuplicates = (values: readonly unknown[]) => new Set(values).size !== values.length;
const sameSet = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function keyed(texts: readonly string[]): Choice[] {
  return texts.map((text, key) => ({ key, text }));
}

/** Shuffles, and if that left everything in place, rotates by one so the order is never given away. */
function shuffleNotInPlace(items: Choice[], random: () => number): Choice[] {
  const out = shuffle(items, random);
  if (out.length > 1 && out.every((c, i) => c.key === i)) out.push(out.shift() as Choice);
  return out;
}

function readKeys(raw: unknown): number[] | undefined {
  return Array.isArray(raw) && raw.every(isKey) ? raw.slice() : undefined;
}

export const scorers: Registry = {
  single: {
    prepare(q, seed) {
      return {
        view: { options: shuffle(keyed(q.options.map((o) => o.text)), mulberry32(seed)) },
        rubric: { correct: q.options.findIndex((o) => o.correct), explain: q.options.map((o) => o.explain) },
      };
    },
    score(input, rubric) {
      if (!input) return unanswered;
      if (!isKeyBelow(input.choice, rubric.explain.length)) return INVALID;
      return points(input.choice === rubric.correct);
    },
    isAnswerable: (input) => input !== undefined && isKey(input.choice),
    parse: (raw) => (isRecord(raw) && isKey(raw['choice']) ? { choice: raw['choice'] } : undefined),
  },

  multiple: {
    prepare(q, seed) {
      const correct: number[] = [];
      q.options.forEach((o, i) => {
        if (o.correct) correct.push(i);
      });
      return {
        view: { options: shuffle(keyed(q.options.map((o) => o.text)), mulberry32(seed)) },
        rubric: { correct, explain: q.options.map((o) => o.explain) },
      };
    },
    score(input, rubric) {
      if (!input || input.choices.length === 0) return unanswered;
      const n = rubric.explain.length;
      if (hasDuplicates(input.choices) || !input.choices.every((c) => isKeyBelow(c, n))) return INVALID;
      return points(sameSet(input.choices, rubric.correct));
    },
    isAnswerable: (input) => input !== undefined && input.choices.length > 0,
    parse(raw) {
      const choices = isRecord(raw) ? readKeys(raw['choices']) : undefined;
      return choices ? { choices } : undefined;
    },
  },

  truefalse: {
    prepare: (q) => ({ view: {}, rubric: { answer: q.answer, explain: q.explain } }),
    score(input, rubric) {
      if (!input) return unanswered;
      if (typeof input.value !== 'boolean') return INVALID;
      return points(input.value === rubric.answer);
    },
    isAnswerable: (input) => input !== undefined && typeof input.value === 'boolean',
    parse: (raw) => (isRecord(raw) && typeof raw['value'] === 'boolean' ? { value: raw['value'] } : undefined),
  },

  order: {
    prepare: (q, seed) => ({
      view: { steps: shuffleNotInPlace(keyed(q.steps.map((s) => s.text)), mulberry32(seed)) },
      rubric: { explain: q.steps.map((s) => s.explain) },
    }),
    score(input, rubric) {
      if (!input || input.sequence.length === 0) return unanswered;
      const n = rubric.explain.length;
      const isPermutation =
        input.sequence.length === n && !hasDuplicates(input.sequence) && input.sequence.every((k) => isKeyBelow(k, n));
      if (!isPermutation) return INVALID;
      return points(input.sequence.every((k, i) => k === i));
    },
    isAnswerable: (input) => input !== undefined && input.sequence.length > 0,
    parse(raw) {
      const sequence = isRecord(raw) ? readKeys(raw['sequence']) : undefined;
      return sequence ? { sequence } : undefined;
    },
  },

  match: {
    prepare(q, seed) {
      const left = keyed(q.pairs.map((p) => p.left));
      const right = keyed(q.pairs.map((p) => p.right));
      return {
        view: {
          left: shuffle(left, mulberry32(deriveSeed(seed, 'left'))),
          right: shuffleNotInPlace(right, mulberry32(deriveSeed(seed, 'right'))),
        },
        rubric: { explain: q.pairs.map((p) => p.explain) },
      };
    },
    score(input, rubric) {
      if (!input || input.pairs.every((p) => p === null)) return unanswered;
      const n = rubric.explain.length;
      if (input.pairs.length !== n || !input.pairs.every((p) => p === null || isKeyBelow(p, n))) return INVALID;
      return points(input.pairs.every((p, i) => p === i));
    },
    isAnswerable: (input) => input !== undefined && input.pairs.length > 0 && input.pairs.every((p) => p !== null),
    parse(raw) {
      const pairs = isRecord(raw) ? raw['pairs'] : undefined;
      if (!Array.isArray(pairs) || !pairs.every((p) => p === null || isKey(p))) return undefined;
      return { pairs: pairs.map((p: number | null) => p) };
    },
  },

  spot: {
    prepare(q, seed) {
      const { src, alt, width, height } = q.image;
      return {
        view: {
          image: { src, alt, width, height },
          regions: shuffle(
            q.regions.map(({ id, label, x, y, w, h }) => ({ id, label, x, y, w, h })),
            mulberry32(seed),
          ),
        },
        rubric: {
          ids: q.regions.map((r) => r.id),
          correct: q.regions.filter((r) => r.correct).map((r) => r.id),
          explain: q.regions.map((r) => r.explain),
        },
      };
    },
    score(input, rubric) {
      if (!input || input.regions.length === 0) return unanswered;
      if (hasDuplicates(input.regions) || !input.regions.every((id) => rubric.ids.includes(id))) return INVALID;
      return points(sameSet(input.regions, rubric.correct));
    },
    isAnswerable: (input) => input !== undefined && input.regions.length > 0,
    parse(raw) {
      const regions = isRecord(raw) ? raw['regions'] : undefined;
      return Array.isArray(regions) && regions.every((r) => typeof r === 'string')
        ? { regions: regions.map((r: string) => r) }
        : undefined;
    },
  },
};

/** Shuffles one question for an attempt: each question gets its own seed from the attempt's. */
export function prepareQuestion(question: BankQuestion, attemptSeed: Seed): AnyPrepared {
  const seed = deriveSeed(attemptSeed, question.id);
  const meta = {
    id: question.id,
    module: question.module,
    lesson: `${question.module}/${question.lesson}`,
    difficulty: question.difficulty,
    prompt: question.prompt,
  };
  switch (question.type) {
    case 'single':
      return { ...meta, type: question.type, ...scorers.single.prepare(question, seed) };
    case 'multiple':
      return { ...meta, type: question.type, ...scorers.multiple.prepare(question, seed) };
    case 'truefalse':
      return { ...meta, type: question.type, ...scorers.truefalse.prepare(question, seed) };
    case 'order':
      return { ...meta, type: question.type, ...scorers.order.prepare(question, seed) };
    case 'match':
      return { ...meta, type: question.type, ...scorers.match.prepare(question, seed) };
    case 'spot':
      return { ...meta, type: question.type, ...scorers.spot.prepare(question, seed) };
    default:
      return unreachable(question);
  }
}

function unreachable(value: never): never {
  throw new Error(`Loại câu hỏi không có bộ chấm: ${JSON.stringify(value)}`);
}

/** The learner's stored input for a question, read back with its type's parser. */
export function readInput<K extends QuestionType>(q: AnyPrepared<K>, raw: unknown): UserInput<K> | undefined {
  return raw === undefined ? undefined : scorers[q.type].parse(raw);
}

/** Scores a stored answer (unknown, as read from storage) against a prepared question. */
export function scoreAnswer<K extends QuestionType>(q: AnyPrepared<K>, raw: unknown): Score {
  const scorer = scorers[q.type];
  if (raw === undefined || raw === null) return scorer.score(undefined, q.rubric);
  const input = scorer.parse(raw);
  return input ? scorer.score(input, q.rubric) : INVALID;
}

/** Whether a stored answer counts as answered (shown in the question map and the submit check). */
export function isAnswered<K extends QuestionType>(q: AnyPrepared<K>, raw: unknown): boolean {
  return scorers[q.type].isAnswerable(readInput(q, raw));
}

/** True when the answer earned every point of the question. */
export function isRight(score: Score): boolean {
  return score.kind === 'points' && score.earned === score.total;
}
