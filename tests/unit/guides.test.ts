/**
 * Teaching guides: the schema accepts a well-formed 45-minute plan and rejects each kind of
 * mistake a guide author makes; every file in content/guides parses and points at real lessons
 * of its module (the same guideProblems() check the build runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { guideProblems, guideSchema, planTimes, SESSION_MINUTES } from '../../src/schemas/guide';

const content = join(import.meta.dirname, '../../content');
const readYaml = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'));

/** A plan of `parts` parts whose minutes add up to `total`, the last part taking the rest. */
const plan = (parts = 5, total = SESSION_MINUTES) =>
  Array.from({ length: parts }, (_, i) => ({
    minutes: i < parts - 1 ? Math.floor(total / parts) : total - Math.floor(total / parts) * (parts - 1),
    title: `Phần ${i + 1}`,
    activity: `Giáo viên làm mẫu phần ${i + 1}, học viên làm theo trên máy của mình.`,
  }));

const guide = (over: Record<string, unknown> = {}) => ({
  module: 'dien-thoai-thong-minh',
  title: 'Hướng dẫn dạy học phần 1: Làm quen với điện thoại',
  audience: 'Người mới dùng điện thoại thông minh.',
  objectives: ['Học viên biết bật và tắt máy.', 'Học viên biết làm chữ to hơn.', 'Học viên biết lưu số vào danh bạ.'],
  lessons: ['nut-bam-va-cu-chi', 'goi-dien-danh-ba-tin-nhan'],
  materials: ['Điện thoại của học viên', 'Máy chiếu', 'Bản in bài học'],
  preparation: ['Mở trước các trang khi còn mạng.', 'In bản in cho cả lớp.'],
  plan: plan(),
  discussion: ['Bạn dùng điện thoại làm gì?', 'Việc gì còn thấy khó?', 'Ai giúp bạn khi gặp khó?'],
  difficulties: [
    { problem: 'Chạm quá mạnh.', help: 'Chạm nhẹ rồi nhấc tay.' },
    { problem: 'Lỡ bật TalkBack.', help: 'Giữ hai nút âm lượng.' },
    { problem: 'Quên mã mở khóa.', help: 'Nhờ người nhà đã cài máy.' },
  ],
  reviewed: '2026-11-22',
  ...over,
});

const issuePaths = (value: unknown) => (guideSchema.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));

describe('guideSchema', () => {
  it('accepts a complete guide, turns the date into a Date and leaves safety optional', () => {
    const data = guideSchema.parse(guide());
    expect(data.reviewed).toBeInstanceOf(Date);
    expect(data.safety).toBeUndefined();
  });

  it.each([44, 46, 90])('rejects a plan whose minutes add up to %i instead of 45, naming the plan', (total) => {
    expect(issuePaths(guide({ plan: plan(5, total) }))).toContain('plan');
  });

  it('rejects a plan part that uses a lesson not listed in the guide', () => {
    const parts = plan();
    parts[2] = { ...parts[2]!, lesson: 'bai-khong-co' } as (typeof parts)[number];
    expect(issuePaths(guide({ plan: parts }))).toContain('plan.2.lesson');
  });

  it('accepts a plan part that uses a listed lesson', () => {
    const parts = plan();
    parts[1] = { ...parts[1]!, lesson: 'goi-dien-danh-ba-tin-nhan' } as (typeof parts)[number];
    expect(guideSchema.safeParse(guide({ plan: parts })).success).toBe(true);
  });

  it('rejects an objective that does not start with "Học viên biết"', () => {
    const objectives = ['Học viên biết bật máy.', 'Biết làm chữ to hơn trên máy.', 'Học viên biết gọi điện.'];
    expect(issuePaths(guide({ objectives }))).toContain('objectives.1');
  });

  it('accepts an objective written with decomposed Vietnamese diacritics', () => {
    const objectives = ['Học viên biết bật máy.'.normalize('NFD'), 'Học viên biết làm chữ to.', 'Học viên biết gọi điện.'];
    expect(guideSchema.safeParse(guide({ objectives })).success).toBe(true);
  });

  it('rejects fewer than 4 or more than 8 plan parts', () => {
    expect(issuePaths(guide({ plan: plan(3) }))).toContain('plan');
    expect(issuePaths(guide({ plan: plan(9) }))).toContain('plan');
  });

  it('rejects a lesson listed twice and more than 9 lessons', () => {
    expect(issuePaths(guide({ lessons: ['nut-bam-va-cu-chi', 'nut-bam-va-cu-chi'] }))).toContain('lessons');
    expect(issuePaths(guide({ lessons: Array.from({ length: 10 }, (_, i) => `bai-${i}`) }))).toContain('lessons');
  });

  it('rejects markdown in a text field and text longer than 600 characters', () => {
    expect(issuePaths(guide({ audience: 'Người **mới** dùng điện thoại thông minh.' }))).toContain('audience');
    expect(issuePaths(guide({ audience: 'Người mới dùng điện thoại. '.repeat(30) }))).toContain('audience');
  });

  it('rejects a difficulty without its help', () => {
    const difficulties = [{ problem: 'Chạm quá mạnh.' }, ...guide().difficulties.slice(1)];
    expect(issuePaths(guide({ difficulties }))).toContain('difficulties.0.help');
  });

  it('rejects an empty safety list but accepts up to 4 reminders', () => {
    expect(issuePaths(guide({ safety: [] }))).toContain('safety');
    expect(guideSchema.safeParse(guide({ safety: ['Không xin mã OTP của học viên.'] })).success).toBe(true);
  });
});

describe('guideProblems', () => {
  const lessons = new Map([['dien-thoai-thong-minh', ['nut-bam-va-cu-chi', 'goi-dien-danh-ba-tin-nhan']]]);

  it('finds nothing wrong with a guide that matches its file and module', () => {
    expect(guideProblems('dien-thoai-thong-minh', guideSchema.parse(guide()), lessons)).toEqual([]);
  });
  it('names the module field when the file name differs', () => {
    expect(guideProblems('internet-an-toan', guideSchema.parse(guide()), lessons).map((p) => p.field)).toEqual(['module']);
  });
  it('names the module field when the module does not exist', () => {
    const data = guideSchema.parse(guide({ module: 'nau-an' }));
    expect(guideProblems('nau-an', data, lessons)).toEqual([{ field: 'module', message: expect.stringContaining('nau-an') }]);
  });
  it('names each listed lesson that is not a lesson of the module', () => {
    const data = guideSchema.parse(guide({ lessons: ['nut-bam-va-cu-chi', 'mat-khau-va-khoa-man-hinh'] }));
    expect(guideProblems('dien-thoai-thong-minh', data, lessons).map((p) => p.field)).toEqual(['lessons.1']);
  });
});

describe('planTimes', () => {
  it('gives running times from 0 to the end of the last part', () => {
    expect(planTimes([{ minutes: 5 }, { minutes: 10 }, { minutes: 30 }])).toEqual([
      { from: 0, to: 5 },
      { from: 5, to: 15 },
      { from: 15, to: 45 },
    ]);
  });
});

/** Published lesson slugs per module, read from content/lessons like the build does. */
const lessonsByModule = new Map(
  readdirSync(join(content, 'modules'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .map((id) => {
      const dir = join(content, 'lessons', id);
      const slugs = readdirSync(dir)
        .filter((f) => f.endsWith('.mdx') && !/^draft:\s*true\s*$/m.test(readFileSync(join(dir, f), 'utf8').split('\n---')[0] ?? ''))
        .map((f) => f.replace(/\.mdx$/, ''));
      return [id, slugs] as const;
    }),
);

const guideFiles = readdirSync(join(content, 'guides')).filter((f) => f.endsWith('.yaml'));

describe('content/guides', () => {
  it('has a guide for the first three modules', () => {
    for (const id of ['dien-thoai-thong-minh', 'internet-an-toan', 'tin-gia-lua-dao']) expect(guideFiles).toContain(`${id}.yaml`);
  });

  it.each(guideFiles.map((f) => [f]))('%s parses and uses only lessons of its module', (file) => {
    const result = guideSchema.safeParse(readYaml(join(content, 'guides', file)));
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    expect(guideProblems(file.replace(/\.yaml$/, ''), result.data!, lessonsByModule)).toEqual([]);
  });
});
