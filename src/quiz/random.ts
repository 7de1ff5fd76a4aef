/**
 * Seeded randomness for the quiz: the same seed must give the same exam, the same option
 * order and the same printed paper, so an attempt can be resumed, reviewed, printed and tested.
 * Math.random is used only to pick a fresh seed.
 */

/** A seed is an unsigned 32-bit integer; it is stored with an attempt and shown on paper tests. */
export type Seed = number;

/** Returns a function giving floats in [0, 1); mulberry32, small and good enough for shuffling. */
export function mulberry32(seed: Seed): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to derive one seed per question from the attempt's seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seed for one part of an attempt (a question, a column), independent of the others. */
export function deriveSeed(seed: Seed, label: string): Seed {
  return hashString(`${seed >>> 0}:${label}`);
}

/** Fisher–Yates shuffle into a new array; the input is left untouched. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** A fresh seed for a new attempt or a new paper test. */
export function newSeed(): Seed {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

/** Reads a seed typed by a person (the ?de= of a paper test); undefined when it is not one. */
export function parseSeed(text: string | null | undefined): Seed | undefined {
  if (!text || !/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 4294967295 ? n : undefined;
}
