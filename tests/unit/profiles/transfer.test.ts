/**
 * Moving learners by QR code: random progress → encode → decode gives the same learners (less
 * what a transfer deliberately leaves out), with and without compression; parts collected in
 * any order; codes from another transfer or damaged in scanning are refused; the codes fit the
 * QR size chosen, and a real decoder reads them. Also base32 and the fallback inflater.
 */
import { describe, expect, it, vi } from 'vitest';

// Compression and checksums of many random transfers take a while on a small machine.
vi.setConfig({ testTimeout: 60_000 });
import fc from 'fast-check';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { encode } from 'uqr';
import jsQR from 'jsqr';
import {
  decodeTransfer,
  encodeTransfer,
  MAX_PARTS,
    parsePart,
  TransferCollector,
  transferView,
  type TransferPart,
} from '../../../src/lib/backup/transfer';
import { fromBase32, toBase32 } from '../../../src/lib/backup/base32';
import { inflateRaw } from '../../../src/lib/backup/inflate';
import { inflateZlibFallback } from '../../../src/lib/backup/deflate';
import { bundles } from './arbitraries';
import type { Attempt, LearnerBundle } from '../../../src/lib/backup/types';

const parts = (texts: string[]) => texts.map((t) => parsePart(t)!);
/** The codes of a transfer that must fit. */
async function codes(learners: LearnerBundle[], options: { compress?: boolean; partChars?: number } = {}): Promise<string[]> {
  const result = await encodeTransfer(learners, options);
  if (!result.ok) throw new Error(result.problem);
  return result.parts;
}

describe('encodeTransfer and decodeTransfer', () => {
  it('give back the same learners, less what a transfer leaves out (random data)', async () => {
    await fc.assert(
      fc.asyncProperty(bundles(), async (learners) => {
        const read = await decodeTransfer(parts(await codes(learners)));
        expect(read.ok && read.learners).toEqual(learners.map(transferView));
      }),
      { numRuns: 40 },
    );
  });
  it('give back the same learners without compression too (a sender with no CompressionStream)', async () => {
    await fc.assert(
      fc.asyncProperty(bundles(2), async (learners) => {
        const texts = await codes(learners, { compress: false });
        const read = await decodeTransfer(parts(texts));
        expect(read.ok && read.learners).toEqual(learners.map(transferView));
      }),
      { numRuns: 20 },
    );
  });
  it('number the parts "k/n", each within the chosen size, in QR alphanumeric characters only', async () => {
    await fc.assert(
      fc.asyncProperty(bundles(), async (learners) => {
        const texts = await codes(learners, { partChars: 400 });
        texts.forEach((text, i) => {
          expect(text).toMatch(new RegExp(`^HS1:${i + 1}/${texts.length}:[0-9A-F]{8}:[A-Z2-7]{1,400}$`));
          expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
        });
      }),
      { numRuns: 30 },
    );
  });
  it('read parts in any order', async () => {
    await fc.assert(
      fc.asyncProperty(bundles(), fc.infiniteStream(fc.nat()), async (learners, randoms) => {
        const list = parts(await codes(learners, { partChars: 400 }));
        const shuffled = list.map((p) => [randoms.next().value, p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
        expect((await decodeTransfer(shuffled)).ok).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
  it('refuse a missing part, parts of two transfers, and a part damaged in scanning', async () => {
    const [a, b] = await Promise.all([codes([sample('nh-aaaaaa', 4, 1)], { partChars: 60 }), codes([sample('nh-bbbbbb', 4, 1)], { partChars: 60 })]);
    const pa = parts(a!);
    const pb = parts(b!);
    expect(await decodeTransfer(pa.slice(1))).toEqual({ ok: false, problem: 'incomplete' });
    expect(await decodeTransfer([pa[0]!, { ...pa[1]!, id: pb[0]!.id }, ...pa.slice(2)])).toEqual({ ok: false, problem: 'mixed' });
    const damaged: TransferPart[] = pa.map((p, i) => (i === 1 ? { ...p, data: p.data.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) } : p));
    expect(await decodeTransfer(damaged)).toEqual({ ok: false, problem: 'corrupt' });
  });
  it('refuse to make more codes than anyone would scan', async () => {
    expect(await encodeTransfer([sample('nh-aaaaaa')], { partChars: 20 })).toEqual({ ok: false, problem: 'too-large' });
  });
  it('refuse well-formed codes whose learners break the import rules', async () => {
    const bad = sample('nh-aaaaaa');
    bad.profile.name = '\u202eLan';
    expect(await decodeTransfer(parts(await codes([bad])))).toEqual({ ok: false, problem: 'bad-data' });
  });
});

describe('parsePart', () => {
  it('reads our codes and nothing else', () => {
    expect(parsePart('HS1:2/3:0A1B2C3D:ABC234')).toEqual({ index: 2, total: 3, id: '0A1B2C3D', data: 'ABC234' });
    for (const text of ['https://vi-du-gia.xyz', 'HS1:4/3:0A1B2C3D:ABC', 'HS1:1/99:0A1B2C3D:ABC', 'HS1:1/1:0A1B2C3D:abc', 'HS2:1/1:0A1B2C3D:ABC', '']) {
      expect(parsePart(text), text).toBeUndefined();
    }
    expect(MAX_PARTS).toBeGreaterThan(10);
  });
});

describe('TransferCollector', () => {
  it('gathers parts until complete, says what is missing, and ignores repeats and strangers', async () => {
    const texts = await codes([sample('nh-aaaaaa', 3, 1)], { partChars: 80 });
    const other = await codes([sample('nh-bbbbbb', 3, 1)], { partChars: 80 });
    expect(texts.length).toBeGreaterThan(2);
    const c = new TransferCollector();
    expect(c.add('xin chào')).toBe('not-ours');
    expect(c.add(texts[1]!)).toBe('added');
    expect(c.add(texts[1]!)).toBe('again');
    expect(c.add(other[0]!)).toBe('other-transfer');
    expect(c.missing()).toContain(1);
    texts.forEach((t) => c.add(t));
    expect(c.complete).toBe(true);
    expect((await decodeTransfer(c.collected())).ok).toBe(true);
    c.reset();
    expect(c.total).toBe(0);
  });
});

/** A realistic learner: every lesson of six modules done, 40 exam attempts, 120 practice results. */
function sample(id: string, lessons = 44, attempts = 40, practiced = 120): LearnerBundle {
  const t0 = Date.UTC(2026, 9, 1, 7);
  const progress: LearnerBundle['data']['progress'] = {};
  const modules = ['dien-thoai-thong-minh', 'internet-an-toan', 'tin-gia-lua-dao', 'dich-vu-cong', 'thuong-mai-dien-tu', 'suc-khoe-so'];
  for (let i = 0; i < lessons; i++) {
    progress[`${modules[i % 6]}/bai-hoc-so-${String(i).padStart(2, '0')}-ve-ky-nang`] = {
      visitedAt: new Date(t0 + i * 86_400_000 + 17_345 * i).toISOString(),
      doneAt: new Date(t0 + i * 86_400_000 + 600_000 + 9_871 * i).toISOString(),
    };
  }
  const history: Attempt[] = Array.from({ length: attempts }, (_, i) => ({
    examId: modules[i % 6]!,
    seed: 1_000_003 * (i + 1),
    questionIds: Array.from({ length: 15 }, (_, q) => `${['dt', 'ia', 'ld', 'dv', 'tm', 'sk'][i % 6]}-${String((q * 7 + i) % 60).padStart(3, '0')}`),
    answers: {},
    flags: [],
    current: 0,
    startedAt: t0 + i * 3_600_000 + 1234 * i,
    deadline: t0 + i * 3_600_000 + 1_200_000,
    submittedAt: t0 + i * 3_600_000 + 900_000 + 77 * i,
    grade: { earned: 10 + (i % 6), total: 15, passed: i % 3 !== 0 },
  }));
  const practice: LearnerBundle['data']['practice'] = {};
  for (let q = 0; q < practiced; q++) practice[`${['dt', 'ia', 'ld', 'dv', 'tm', 'sk'][q % 6]}-${String(q).padStart(3, '0')}`] = { right: q % 4 !== 0, at: t0 + q * 777_777 };
  return {
    profile: { id, name: 'Nguyễn Thị Hồng Nhung', icon: 'hoa', color: 'tim', createdAt: new Date(t0).toISOString(), renamedAt: new Date(t0).toISOString() },
    data: { progress, attempts: { open: {}, history }, practice },
  };
}

describe('QR capacity', () => {
  it('fits each part in a QR code of version 17 or less at error correction M', async () => {
    const texts = await codes([sample('nh-aaaaaa')]);
    for (const text of texts) expect(encode(text, { ecc: 'M' }).version).toBeLessThanOrEqual(17);
  });
  it.each([
    ['a whole course: 44 lessons, 40 attempts, 120 practice results', [44, 40, 120], 5],
    ['every lesson done, nothing else', [44, 0, 0], 2],
    ['half the course: 22 lessons, 6 attempts, 60 practice results', [22, 6, 60], 3],
    ['a beginner: 5 lessons, 10 practice results', [5, 0, 10], 1],
  ] as const)('carries %s in at most %i codes', async (_what, [lessons, attempts, practiced], most) => {
    const texts = await codes([sample('nh-aaaaaa', lessons, attempts, practiced)]);
    expect(texts.length).toBeLessThanOrEqual(most);
  });
  it('is read back by a real QR decoder (jsQR) from the drawn code', async () => {
    const [text] = await codes([sample('nh-aaaaaa', 5, 2)]);
    const { data, size } = encode(text!, { ecc: 'M', border: 4 });
    const scale = 4;
    const width = size * scale;
    const pixels = new Uint8ClampedArray(width * width * 4);
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const v = data[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
        pixels.set([v, v, v, 255], (y * width + x) * 4);
      }
    }
    expect(jsQR(pixels, width, width)?.data).toBe(text);
  });
});

describe('base32', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase32(toBase32(bytes))).toEqual(bytes);
      }),
    );
  });
  it('refuses characters outside its alphabet', () => {
    expect(fromBase32('AB1')).toBeUndefined();
    expect(fromBase32('abc')).toBeUndefined();
  });
});

describe('inflateRaw', () => {
  it('decodes what zlib compressed, at every level (stored, fixed and dynamic blocks)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s.repeat(3)))),
        fc.integer({ min: 0, max: 9 }),
        (bytes, level) => {
          expect(inflateRaw(deflateRawSync(bytes, { level }))).toEqual(bytes);
        },
      ),
    );
  });
  it('throws on damaged data rather than inventing bytes', () => {
    expect(() => inflateRaw(new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
    expect(() => inflateRaw(new Uint8Array([]))).toThrow();
  });
});

describe('inflateZlibFallback', () => {
  it('decodes zlib data and checks its Adler-32', async () => {
    const bytes = new TextEncoder().encode('Học số Bình dân '.repeat(50));
    const packed = deflateSync(bytes);
    expect(await inflateZlibFallback(packed)).toEqual(bytes);
    const broken = Uint8Array.from(packed);
    broken[broken.length - 1]! ^= 1;
    await expect(inflateZlibFallback(broken)).rejects.toThrow();
  });
});
