/** Lesson progress: visits, done marks, per-learner separation and "Học tiếp". */
import { describe, expect, it } from 'vitest';
import { useFreshStores } from './support/fresh-stores';

useFreshStores();

const load = () => Promise.all([import('../../src/stores/progress'), import('../../src/stores/profiles')]);

describe('markLessonDone', () => {
  it('marks a lesson done for the active learner only', async () => {
    const [progress, profiles] = await load();
    progress.markLessonDone('m/a', new Date('2026-11-20T08:00:00Z'));
    expect(progress.$progress.get()['m/a']?.doneAt).toBe('2026-11-20T08:00:00.000Z');
    profiles.$activeProfileId.save('ba-lan');
    expect(progress.$progress.get()['m/a']).toBeUndefined();
  });
});

describe('markLessonVisited', () => {
  it('keeps the first visit time', async () => {
    const [progress] = await load();
    progress.markLessonVisited('m/a', new Date('2026-11-20T08:00:00Z'));
    progress.markLessonVisited('m/a', new Date('2026-11-21T08:00:00Z'));
    expect(progress.$progress.get()['m/a']?.visitedAt).toBe('2026-11-20T08:00:00.000Z');
  });
});

describe('markLessonNotDone', () => {
  it('removes the done mark but keeps the visit', async () => {
    const [progress] = await load();
    progress.markLessonDone('m/a');
    progress.markLessonNotDone('m/a');
    expect(progress.$progress.get()['m/a']?.doneAt).toBeUndefined();
    expect(progress.$progress.get()['m/a']?.visitedAt).toBeDefined();
  });
});

describe('parseProgress', () => {
  it('rejects a date that is not a date', async () => {
    const [progress] = await load();
    expect(progress.parseProgress({ p: { 'm/a': { doneAt: 'hôm qua' } } })).toBeUndefined();
    expect(progress.parseProgress({ p: { 'm/a': { doneAt: '2026-11-20T08:00:00.000Z' } } })).toBeDefined();
  });
});

describe('nextLesson', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('is undefined before any lesson is opened', async () => {
    const [progress] = await load();
    expect(progress.nextLesson({}, ids)).toBeUndefined();
  });
  it('continues with the lesson being read when it is not done', async () => {
    const [progress] = await load();
    expect(progress.nextLesson({ b: { visitedAt: '2026-11-20T08:00:00Z' } }, ids)).toBe('b');
  });
  it('moves past the last finished lesson', async () => {
    const [progress] = await load();
    expect(progress.nextLesson({ a: { doneAt: '2026-11-20T08:00:00Z' }, b: { doneAt: '2026-11-20T09:00:00Z' } }, ids)).toBe('c');
  });
  it('goes back to an earlier unfinished lesson once the end is reached', async () => {
    const [progress] = await load();
    expect(progress.nextLesson({ d: { doneAt: '2026-11-20T09:00:00Z' } }, ids)).toBe('a');
  });
});
