/**
 * The vocabulary of the quiz engine, shared by the scorers, the exam draw, the stores and the
 * islands. Per question type it separates what the screen may show before an answer
 * (PublicOptions) from the answer and its explanations (Rubric) and from what the learner did
 * (UserInput), so a type can be added in one place and the compiler finds every gap.
 *
 * Options, steps and pairs are identified by their index in the authored (right) order, so
 * a stored answer does not depend on the shuffled order it was shown in.
 */
import type { Question, QuestionType } from '../schemas/question';
import type { Seed } from './random';

export type { Question, QuestionType };

/** One authored question of a type, as the schema delivers it. */
export type QuestionOf<K extends QuestionType> = Extract<Question, { type: K }>;

/** A question with the module it comes from, so lesson tags are unique across the course. */
export type BankQuestion = Question & { module: string };

/** What a question is worth. Invalid means the stored input does not fit the question. */
export type Score = { kind: 'invalid' } | { kind: 'points'; earned: number; total: number };

/** A text the learner picks or moves; key is its index in the authored order. */
export interface Choice {
  key: number;
  text: string;
}

export interface SpotImage {
  /** File name in public/images/quiz/. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface SpotArea {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Per type: what the screen shows, the answer with its explanations, and the learner's input. */
export interface TypeMap {
  single: {
    public: { options: Choice[] };
    /** correct: key of the right option; explain: one per option, by key. */
    rubric: { correct: number; explain: string[] };
    input: { choice: number };
  };
  multiple: {
    public: { options: Choice[] };
    rubric: { correct: number[]; explain: string[] };
    input: { choices: number[] };
  };
  truefalse: {
    public: Record<string, never>;
    rubric: { answer: boolean; explain: string };
    input: { value: boolean };
  };
  order: {
    /** Steps in shuffled order, never already in the right order. */
    public: { steps: Choice[] };
    /** The right order is the keys 0..n-1; explain says why each step is at its place. */
    rubric: { explain: string[] };
    /** Step keys in the order the learner put them. */
    input: { sequence: number[] };
  };
  match: {
    /** Both columns shuffled; left key i matches right key i. */
    public: { left: Choice[]; right: Choice[] };
    rubric: { explain: string[] };
    /** By left key: the right key the learner chose for it, or null while not chosen. */
    input: { pairs: (number | null)[] };
  };
  spot: {
    public: { image: SpotImage; regions: SpotArea[] };
    /** ids: every region id in authored order; explain follows ids. */
    rubric: { ids: string[]; correct: string[]; explain: string[] };
    input: { regions: string[] };
  };
}

export type PublicOptions<K extends QuestionType> = TypeMap[K]['public'];
export type Rubric<K extends QuestionType> = TypeMap[K]['rubric'];
export type UserInput<K extends QuestionType> = TypeMap[K]['input'];

/** A question ready for one attempt: shuffled by the attempt's seed, answer kept apart. */
export interface PreparedQuestion<K extends QuestionType> {
  id: string;
  type: K;
  module: string;
  /** Lesson id "module/slug", the key of the per-lesson breakdown and the review link. */
  lesson: string;
  difficulty: 1 | 2 | 3;
  prompt: string;
  view: PublicOptions<K>;
  rubric: Rubric<K>;
}

/** A prepared question of any type, discriminated by `type`. */
export type AnyPrepared<P extends QuestionType = QuestionType> = { [K in P]: PreparedQuestion<K> }[P];

/** Everything one question type needs; the registry must have one per type. */
export interface Scorer<K extends QuestionType> {
  /** Shuffles what is shown with the question's own seed and sets the answer apart. */
  prepare(question: QuestionOf<K>, seed: Seed): { view: PublicOptions<K>; rubric: Rubric<K> };
  /** No input scores 0 of 1; an input that does not fit the question is invalid. */
  score(input: UserInput<K> | undefined, rubric: Rubric<K>): Score;
  /** Whether the learner has done enough to check or count the answer. */
  isAnswerable(input: UserInput<K> | undefined): boolean;
  /** Reads an input back from storage; undefined when its shape is not this type's. */
  parse(raw: unknown): UserInput<K> | undefined;
}

export type Registry = { [K in QuestionType]: Scorer<K> };
