/**
 * Practice results are remembered per learner, and broken stored data never wipes the rest.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
  vi.resetModules();
});

describe('recordPractice', () => {
  it('remembers the last result of each practice question for the active learner', async () => {
    const { $practice, recordPractice } = await import('../../../src/stores/practice');
    recordPractice('dt-001', false, 1);
    recordPractice('dt-001', true, 2);
    recordPractice('dt-002', false, 3);
    expect($practice.get()).toEqual({ 'dt-001': { right: true, at: 2 }, 'dt-002': { right: false, at: 3 } });
  });
});

describe('parsePractice', () => {
  it('drops broken results and keeps the rest', async () => {
    const { parsePractice } = await import('../../../src/stores/practice');
    expect(parsePractice({ a: { 'dt-001': { right: true, at: 1 }, 'dt-002': { right: 'yes', at: 1 } } })).toEqual({
      a: { 'dt-001': { right: true, at: 1 } },
    });
    expect(parsePractice(null)).toBeUndefined();
  });
});
