// The index builder turns MDX lessons into searchable sections with the render's heading ids,
// and keeps the file within its gzip budget as the course grows.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import Slugger from 'github-slugger';
import { buildSearchIndex, chunk, CHUNK_CHARS, mdxSections, type SourceLesson, type SourceTerm } from '../../../src/lib/search/build-index';
import { INDEX_BUDGET } from '../../../src/lib/search/budget';
import { isSearchIndex } from '../../../src/lib/search/format';
import { readCorpus } from '../../tools/search-corpus';

const gzip = (json: string) => gzipSync(json, { level: 9 }).length;

/** A lesson with sensible defaults; override what the test is about. */
function lesson(overrides: Partial<SourceLesson> = {}): SourceLesson {
  return {
    id: 'mo-dun/bai-hoc',
    module: 'mo-dun',
    title: 'Một bài học mẫu',
    description: 'Mô tả ngắn của bài học mẫu.',
    objectives: ['Bạn sẽ biết một điều.'],
    body: '## Vì sao cần biết\n\nĐây là đoạn mở đầu.\n',
    ...overrides,
  };
}

function term(id: string, word: string, aliases: string[] = []): SourceTerm {
  return { id, term: word, definition: `Định nghĩa của ${word}.`, aliases };
}

/** A paragraph of n distinct sentences. */
const sentences = (n: number, prefix = 'Câu') => Array.from({ length: n }, (_, i) => `${prefix} số ${i + 1} nói về điện thoại và mật khẩu thứ ${i}.`).join(' ');

describe('mdxSections', () => {
  it('splits the body at headings and uses the ids the render gave them', () => {
    const sections = mdxSections('Mở đầu.\n\n## Mật khẩu mạnh\n\nDài và khó đoán.\n\n### Trên iPhone\n\nVào Cài đặt.\n', [
      { depth: 2, slug: 'mat-khau-manh-1', text: 'Mật khẩu mạnh' },
      { depth: 3, slug: 'tren-iphone', text: 'Trên iPhone' },
    ]);
    expect(sections.map((s) => [s.heading, s.anchor, s.sentences])).toEqual([
      ['', '', ['Mở đầu.']],
      ['Mật khẩu mạnh', 'mat-khau-manh-1', ['Dài và khó đoán.']],
      ['Trên iPhone', 'tren-iphone', ['Vào Cài đặt.']],
    ]);
  });

  it('computes ids as the MDX renderer does when no render is given', () => {
    const body = '## Vì sao cần biết\n\nA.\n\n## Bước 1: Gọi ngân hàng!\n\nB.\n\n## Vì sao cần biết\n\nC.\n';
    const slugger = new Slugger();
    expect(mdxSections(body, undefined).slice(1).map((s) => s.anchor)).toEqual(
      ['Vì sao cần biết', 'Bước 1: Gọi ngân hàng!', 'Vì sao cần biết'].map((h) => slugger.slug(h)),
    );
  });

  it('drops drawings and quiz placeholders, keeps glossary words and records their ids', () => {
    const body = [
      '## Cài đặt',
      '',
      'Mở <Term id="kho-ung-dung">kho ứng dụng</Term> rồi tìm.',
      '',
      '<Illustration viewBox="0 0 10 10" alt="x">',
      '  <text>Nút nguồn</text>',
      '</Illustration>',
      '',
      '<PracticeQuiz lesson="bai" />',
    ].join('\n');
    const [, section] = mdxSections(body, undefined);
    expect(section?.sentences).toEqual(['Mở kho ứng dụng rồi tìm.']);
    expect([...(section?.terms ?? [])]).toEqual(['kho-ung-dung']);
  });

  it('keeps callout titles, list items and table cells as text, without markdown marks', () => {
    const body = [
      '<Callout kind="tip" title="Mẹo nhỏ">',
      '- **Nút nguồn**: bật máy.',
      '- Xem [trang chính thức](https://example.vn).',
      '</Callout>',
      '',
      '| Ví | Ngân hàng |',
      '|---|---|',
      '| Nạp tiền | Gửi tiền |',
    ].join('\n');
    const [intro] = mdxSections(body, undefined);
    expect(intro?.sentences).toEqual(['Mẹo nhỏ.', 'Nút nguồn: bật máy.', 'Xem trang chính thức.', 'Ví · Ngân hàng', 'Nạp tiền · Gửi tiền']);
  });

  it('keeps code as written, underscores included', () => {
    const [intro] = mdxSections('Nhắn `V số_điện_thoại nội_dung` tới 5656, _thật_ nhanh.', undefined);
    expect(intro?.sentences).toEqual(['Nhắn V số_điện_thoại nội_dung tới 5656, thật nhanh.']);
  });
});

describe('chunk', () => {
  it('groups sentences into chunks no longer than CHUNK_CHARS, in order', () => {
    const parts = sentences(30).split(/(?<=\.) /);
    const chunks = chunk(parts);
    expect(chunks.join(' ')).toBe(parts.join(' '));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS);
  });

  it('keeps a sentence longer than a chunk whole', () => {
    const long = `${'chữ '.repeat(CHUNK_CHARS)}.`;
    expect(chunk(['Ngắn.', long, 'Ngắn.'])).toEqual(['Ngắn.', long, 'Ngắn.']);
  });
});

describe('buildSearchIndex', () => {
  it('holds modules, lessons with an opening section, the objectives and every heading', () => {
    const index = buildSearchIndex(
      [lesson({ body: 'Mở đầu.\n\n## Một\n\nA.\n\n## Hai\n\nB.\n' })],
      [{ id: 'mo-dun', title: 'Học phần' }],
      [],
    );
    expect(isSearchIndex(index)).toBe(true);
    expect(index.m).toEqual([['mo-dun', 'Học phần']]);
    expect(index.l[0]?.s.map((s) => [s.h, s.a])).toEqual([
      ['', ''],
      ['Sau bài này', 'muc-tieu'],
      ['Một', 'một'],
      ['Hai', 'hai'],
    ]);
  });

  it('sorts the glossary A–Z and lists the lessons that link each term', () => {
    const index = buildSearchIndex(
      [
        lesson({ id: 'm/a', body: '## X\n\nDùng <Term id="otp">mã OTP</Term>.\n' }),
        lesson({ id: 'm/b', body: '## Y\n\nCó <Term id="vneid">VNeID</Term> và <Term id="otp">OTP</Term>.\n' }),
      ],
      [{ id: 'm', title: 'M' }],
      [term('vneid', 'VNeID'), term('otp', 'Mã OTP', ['OTP']), term('dau-tich-xanh', 'Dấu tích xanh')],
    );
    expect(index.g.map((g) => [g.id, g.l])).toEqual([
      ['dau-tich-xanh', []],
      ['otp', [0, 1]],
      ['vneid', [1]],
    ]);
    expect(index.l[1]?.s[2]?.g).toEqual([1, 2]);
  });

  it('keeps within a gzip budget by shortening long sections, never below their first sentence', () => {
    const lessons = Array.from({ length: 12 }, (_, i) =>
      lesson({ id: `m/bai-${i}`, body: `## Phần ${i}\n\n${sentences(80, `Bài ${i}`)}\n` }),
    );
    const full = JSON.stringify(buildSearchIndex(lessons, [{ id: 'm', title: 'M' }], []));
    const budget = Math.floor(gzip(full) / 2);
    const small = buildSearchIndex(lessons, [{ id: 'm', title: 'M' }], [], { gzipSize: gzip, maxGzipBytes: budget });
    expect(gzip(JSON.stringify(small))).toBeLessThanOrEqual(budget);
    for (const l of small.l) expect(l.s[2]?.x[0]).toMatch(/^Bài \d+ số 1 /);
  });
});

describe('the index of the real course', () => {
  const corpus = readCorpus();
  const index = buildSearchIndex(corpus.lessons, corpus.modules, corpus.terms, {
    gzipSize: gzip,
    maxGzipBytes: INDEX_BUDGET.targetGzipBytes,
  });

  it(`fits the budget of ${INDEX_BUDGET.maxGzipBytes / 1024} KB gzip`, () => {
    expect(gzip(JSON.stringify(index))).toBeLessThanOrEqual(INDEX_BUDGET.maxGzipBytes);
  });

  it('has every published lesson and every glossary term', () => {
    expect(index.l.map((l) => l.id)).toEqual(corpus.lessons.map((l) => l.id));
    expect(index.g).toHaveLength(corpus.terms.length);
    for (const l of index.l) expect(l.s.filter((s) => s.h && s.a !== 'muc-tieu').length).toBeGreaterThan(0);
  });
});
