/**
 * Draws an exam from question banks. An exam must be fair to every lesson it covers (a module
 * exam asks about every lesson; the final exam asks about every module, spread over its
 * lessons), mix easy and hard questions, never show practice questions (learners have seen
 * their answers) and, on a retake, prefer questions the previous attempt did not ask.
 * The same seed always draws the same exam, so an attempt can be rebuilt from its seed.
 */
import { mulberry32, shuffle, type Seed } from './random';

/** The fields the draw needs; BankQuestion has them. */
export interface Drawable {
  id: string;
  module: string;
  lesson: string;
  difficulty: 1 | 2 | 3;
  practice: boolean;
}

export interface DrawOptions {
  /** Number of questions wanted; fewer are drawn when the bank is smaller. */
  count: number;
  seed: Seed;
  /** Ids asked by the previous attempt: used only when nothing fresh is left. */
  avoid?: readonly string[];
}

/** Share of each difficulty the draw aims for: about 40% easy, 40% medium, 20% hard. */
export const DIFFICULTY_MIX: Readonly<Record<1 | 2 | 3, number>> = { 1: 0.4, 2: 0.4, 3: 0.2 };
const DIFFICULTIES = [1, 2, 3] as const;

/**
 * Splits `total` over groups as evenly as their capacities allow; which groups get one more
 * is decided by the random order, so it changes with the seed.
 */
export function spread(total: number, capacities: readonly number[], random: () => number): number[] {
  const quotas = capacities.map(() => 0);
  const order = shuffle(
    capacities.map((_, i) => i),
    random,
  );
  let left = total;
  let gave = true;
  while (left > 0 && gave) {
    gave = false;
    for (const i of order) {
      if (left === 0) break;
      if ((quotas[i] ?? 0) < (capacities[i] ?? 0)) {
        quotas[i] = (quotas[i] ?? 0) + 1;
        left--;
        gave = true;
      }
    }
  }
  return quotas;
}

/** Groups items by a key, keeping the first-seen order of the keys. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return Array.from(groups.values());
}

/** Draws `count` exam questions from the bank(s); see the module comment for the rules. */
export function drawExam<Q extends Drawable>(bank: readonly Q[], options: DrawOptions): Q[] {
  const random = mulberry32(options.seed);
  const avoid = new Set(options.avoid ?? []);
  const seen = new Set<string>();
  const pool = bank.filter((q) => {
    if (q.practice || seen.has(q.id)) return false;
    seen.add(q.id);
    return true;
  });

  const modules = groupBy(pool, (q) => q.module).map((questions) =>
    groupBy(questions, (q) => q.lesson),
  );
  const moduleQuotas = spread(
    Math.max(0, Math.floor(options.count)),
    modules.map((lessons) => lessons.reduce((n, l) => n + l.length, 0)),
    random,
  );
  const lessonQuotas: { questions: Q[]; quota: number }[] = [];
  modules.forEach((lessons, m) => {
    const quotas = spread(
      moduleQuotas[m] ?? 0,
      lessons.map((l) => l.length),
      random,
    );
    lessons.forEach((questions, l) => {
      const quota = quotas[l] ?? 0;
      if (quota > 0) lessonQuotas.push({ questions, quota });
    });
  });

  const counts: Record<1 | 2 | 3, number> = { 1: 0, 2: 0, 3: 0 };
  const picked: Q[] = [];
  for (const { questions, quota } of shuffle(lessonQuotas, random)) {
    const remaining = shuffle(questions, random);
    for (let n = 0; n < quota; n++) {
      const fresh = remaining.filter((q) => !avoid.has(q.id));
      const candidates = fresh.length > 0 ? fresh : remaining;
      const difficulty = neediestDifficulty(counts, picked.length + 1, candidates);
      const choice = candidates.find((q) => q.difficulty === difficulty) ?? candidates[0];
      if (!choice) break;
      remaining.splice(remaining.indexOf(choice), 1);
      counts[choice.difficulty]++;
      picked.push(choice);
    }
  }
  return shuffle(picked, random);
}

/** The difficulty furthest below its share of the mix, among those still available. */
function neediestDifficulty(
  counts: Record<1 | 2 | 3, number>,
  size: number,
  candidates: readonly Drawable[],
): 1 | 2 | 3 | undefined {
  let best: 1 | 2 | 3 | undefined;
  let bestNeed = -Infinity;
  for (const d of DIFFICULTIES) {
    if (!candidates.some((q) => q.difficulty === d)) continue;
    const need = DIFFICULTY_MIX[d] * size - counts[d];
    if (need > bestNeed) {
      best = d;
      bestNeed = need;
    }
  }
  return best;
}
