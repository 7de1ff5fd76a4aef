/**
 * The backup file: what is written, that reading it back gives exactly the same learners, and
 * that every kind of damaged, foreign or hand-edited file is refused with its own reason. Also
 * the canonical JSON and the SHA-256 the checksum is built on.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { backupFileName, checksumOf, createBackupText, MAX_BACKUP_BYTES, readBackupText } from '../../../src/lib/backup/file';
import { canonicalJson, withinDepth } from '../../../src/lib/backup/canonical';
import { sha256Bytes, sha256Hex, toHex } from '../../../src/lib/backup/sha256';
import { bundles } from './arbitraries';
import type { LearnerBundle } from '../../../src/lib/backup/types';

const lan: LearnerBundle = {
  profile: { id: 'nh-lan001', name: 'Bà Lan', icon: 'hoa', color: 'cam', createdAt: '2026-11-01T00:00:00.000Z' },
  data: {
    progress: { 'dich-vu-cong/cai-dat-vneid': { visitedAt: '2026-11-02T00:00:00.000Z', doneAt: '2026-11-02T00:10:00.000Z' } },
    attempts: {
      open: {},
      history: [{ examId: 'dich-vu-cong', seed: 5, questionIds: ['dv-001'], answers: { 'dv-001': { choice: 0 } }, flags: [], current: 0, startedAt: 1, deadline: 2, submittedAt: 2, grade: { earned: 1, total: 1, passed: true } }],
    },
    practice: { 'dv-002': { right: true, at: 3 } },
    settings: { textSize: 'lon', voice: null, rate: 1, contrast: 'thuong' },
  },
};

const NOW = new Date('2026-11-22T08:00:00.000Z');

/** A file whose fields are changed after writing, then checksummed again (as a careful forger would). */
async function resealed(change: (file: Record<string, unknown>) => void, learners = [lan]): Promise<string> {
  const file = JSON.parse(await createBackupText(learners, NOW));
  change(file);
  file.checksum = await checksumOf(file);
  return JSON.stringify(file);
}

describe('createBackupText and readBackupText', () => {
  it('write a versioned file that names the app, the date and a checksum', async () => {
    const file = JSON.parse(await createBackupText([lan], NOW));
    expect(file.learners).toEqual([{ profile: lan.profile, ...lan.data }]);
    expect(file).toMatchObject({ app: 'hoc-so-binh-dan', kind: 'sao-luu-tien-do', version: 1, exportedAt: NOW.toISOString() });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(file.note).toContain('Học số Bình dân');
  });
  it('read back exactly the learners that were written (any learners, any names)', async () => {
    await fc.assert(
      fc.asyncProperty(bundles(), async (learners) => {
        const read = await readBackupText(await createBackupText(learners, NOW));
        expect(read.ok && read.file.learners).toEqual(learners);
      }),
      { numRuns: 60 },
    );
  });
  it('accept the file however it was re-indented, and with a byte-order mark', async () => {
    const text = await createBackupText([lan], NOW);
    expect((await readBackupText(`\ufeff${JSON.stringify(JSON.parse(text))}`)).ok).toBe(true);
  });
});

describe('readBackupText refuses', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['blank lines', '\n  \n', 'empty'],
    ['text that is not JSON', 'Xin chào', 'not-json'],
    ['a file cut off', '{"app":"hoc-so-binh-dan","kind":"sao-luu-tien-do","learners":[{"pro', 'truncated'],
    ['a JSON array', '[]', 'not-backup'],
    ['another app’s JSON', '{"name":"ghi-chu","items":[]}', 'not-backup'],
    ['a number', '42', 'not-backup'],
  ])('%s', async (_what, text, problem) => {
    expect(await readBackupText(text)).toEqual({ ok: false, problem });
  });
  it('a file larger than any backup', async () => {
    expect(await readBackupText(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
  });
  it('a newer version, and a version that is not a number', async () => {
    expect(await readBackupText(await resealed((f) => (f.version = 2)))).toEqual({ ok: false, problem: 'newer-version' });
    expect(await readBackupText(await resealed((f) => (f.version = '1')))).toEqual({ ok: false, problem: 'bad-version' });
    expect(await readBackupText(await resealed((f) => (f.version = 0)))).toEqual({ ok: false, problem: 'bad-version' });
  });
  it('a missing or wrong checksum: any change to the data is caught', async () => {
    const file = JSON.parse(await createBackupText([lan], NOW));
    expect(await readBackupText(JSON.stringify({ ...file, checksum: undefined }))).toEqual({ ok: false, problem: 'no-checksum' });
    file.learners[0].progress['dich-vu-cong/cai-dat-vneid'].doneAt = '2026-11-03T00:00:00.000Z';
    expect(await readBackupText(JSON.stringify(file))).toEqual({ ok: false, problem: 'bad-checksum' });
  });
  it.each([
    ['wrong types in progress', (f: Record<string, any>) => (f.learners[0].progress['dich-vu-cong/cai-dat-vneid'].doneAt = 12345), 'date'],
    ['an impossible date', (f: Record<string, any>) => (f.learners[0].progress['dich-vu-cong/cai-dat-vneid'].doneAt = 'hôm qua'), 'date'],
    ['a script as a lesson id', (f: Record<string, any>) => (f.learners[0].progress['<script>'] = {}), 'progress'],
    ['a name with hidden control characters', (f: Record<string, any>) => (f.learners[0].profile.name = '<script>alert(1)</script>\u202e'), 'name'],
    ['an empty name', (f: Record<string, any>) => (f.learners[0].profile.name = ''), 'name'],
    ['a very long name', (f: Record<string, any>) => (f.learners[0].profile.name = 'a'.repeat(500)), 'name'],
    ['an id that is not one', (f: Record<string, any>) => (f.learners[0].profile.id = 'Bà Lan'), 'id'],
    ['the guest as a learner', (f: Record<string, any>) => (f.learners[0].profile.id = 'khach'), 'id'],
    ['an unknown avatar', (f: Record<string, any>) => (f.learners[0].profile.icon = 'rong'), 'avatar'],
    ['a score above the total', (f: Record<string, any>) => (f.learners[0].attempts.history[0].grade.earned = 9), 'attempts'],
    ['an unsubmitted attempt in the history', (f: Record<string, any>) => delete f.learners[0].attempts.history[0].submittedAt, 'attempts'],
    ['practice of the wrong type', (f: Record<string, any>) => (f.learners[0].practice['dv-002'].right = 'đúng'), 'practice'],
    ['unexpected fields', (f: Record<string, any>) => (f.learners[0].extra = 1), 'shape'],
    ['settings that are not an object', (f: Record<string, any>) => (f.learners[0].settings = 'to'), 'settings'],
  ])('a learner with %s, naming the learner', async (_what, change, problem) => {
    expect(await readBackupText(await resealed(change as (f: Record<string, unknown>) => void))).toEqual({ ok: false, problem, learner: 1 });
  });
  it('no learners, too many, or the same learner twice', async () => {
    expect(await readBackupText(await resealed((f) => (f.learners = [])))).toEqual({ ok: false, problem: 'no-learners' });
    expect(await readBackupText(await resealed((f) => (f.learners = 'Lan')))).toEqual({ ok: false, problem: 'no-learners' });
    const many = Array.from({ length: 31 }, (_, i) => ({ ...lan, profile: { ...lan.profile, id: `nh-${i}`, name: `N${i}` } }));
    expect(await readBackupText(await resealed(() => undefined, many))).toEqual({ ok: false, problem: 'too-many-learners' });
    expect(await readBackupText(await resealed(() => undefined, [lan, lan]))).toEqual({ ok: false, problem: 'duplicate-learner' });
  });
  it('absurd nesting, before anything recurses into it', async () => {
    const deep = `{"app":"hoc-so-binh-dan","kind":"sao-luu-tien-do","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await readBackupText(deep)).toEqual({ ok: false, problem: 'too-deep' });
  });
});

describe('backupFileName', () => {
  it('is Vietnamese, dated, and safe for every file system', () => {
    expect(backupFileName('Bà Lan', new Date(2026, 10, 22))).toBe('Học số - sao lưu - Bà Lan - 22-11-2026.json');
    expect(backupFileName('<img src=x onerror=alert(1)>', new Date(2026, 0, 2))).toBe('Học số - sao lưu - img src=x onerror=alert(1) - 02-01-2026.json');
    expect(backupFileName('///', new Date(2026, 0, 2))).toBe('Học số - sao lưu - người học - 02-01-2026.json');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });
  it('gives one text for any order of the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('withinDepth', () => {
  it('measures nesting without recursion', () => {
    expect(withinDepth({ a: [[1]] }, 3)).toBe(true);
    expect(withinDepth({ a: [[[1]]] }, 3)).toBe(false);
    expect(withinDepth(JSON.parse('['.repeat(100000) + ']'.repeat(100000)), 12)).toBe(false);
  });
});

describe('sha256', () => {
  it('matches a known vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('the pure fallback (for plain-http LAN addresses) agrees with node:crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(toHex(sha256Bytes(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });
});
