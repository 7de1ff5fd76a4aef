/**
 * Seeded randomness: the same seed must always give the same exam and the same paper.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, hashString, mulberry32, parseSeed, shuffle } from '../../../src/quiz/random';
import { seed } from './generators';

describe('mulberry32', () => {
  it('repeats the same numbers for the same seed, all in [0, 1)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = mulberry32(s);
        const b = mulberry32(s);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });
});

describe('hashString', () => {
  it('gives an unsigned 32-bit number that depends on the text', () => {
    expect(hashString('dt-001')).toBe(hashString('dt-001'));
    expect(hashString('dt-001')).not.toBe(hashString('dt-002'));
    expect(hashString('x')).toBeGreaterThanOrEqual(0);
  });
});

describe('deriveSeed', () => {
  it('gives each question of an attempt its own seed', () => {
    expect(deriveSeed(1, 'dt-001')).not.toBe(deriveSeed(1, 'dt-002'));
    expect(deriveSeed(1, 'dt-001')).not.toBe(deriveSeed(2, 'dt-001'));
  });
});

describe('shuffle', () => {
  it('returns a new arrangement of the same items and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seed, (items, s) => {
        const copy = items.slice();
        const out = shuffle(items, mulberry32(s));
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('parseSeed', () => {
  it('reads the number of a paper test from the address', () => {
    expect(parseSeed('123456')).toBe(123456);
    expect(parseSeed('0')).toBe(0);
  });
  it('refuses anything that is not a 32-bit unsigned number', () => {
    for (const text of [null, undefined, '', '-1', '12a', '1e5', '4294967296', '99999999999']) expect(parseSeed(text)).toBeUndefined();
  });
});
