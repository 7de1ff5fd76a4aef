/** The content schemas accept well-formed content and reject each kind of mistake authors make. */
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { questionSchema, questionBankSchema } from '../../src/schemas/question';
import { examSchema } from '../../src/schemas/exam';
import { moduleSchema } from '../../src/schemas/module';

const lesson = (over: Record<string, unknown> = {}) => ({
  title: 'Mật khẩu mạnh và khóa màn hình',
  description: 'Cách đặt mật khẩu khó đoán và khóa màn hình điện thoại.',
  module: 'internet-an-toan',
  order: 1,
  minutes: 7,
  objectives: ['Bạn sẽ biết đặt mật khẩu mạnh.', 'Bạn sẽ biết bật khóa màn hình.'],
  area: 'an-toan',
  sources: [{ title: 'Nghị định 13/2023/NĐ-CP', url: 'https://chinhphu.vn', checked: '2026-11-20' }],
  reviewed: '2026-11-20',
  ...over,
});

const option = (text: string, correct = false) => ({ text, correct, explain: `Giải thích cho ${text}.` });
const single = (over: Record<string, unknown> = {}) => ({
  id: 'at-001',
  type: 'single',
  lesson: 'mat-khau',
  difficulty: 1,
  prompt: 'Mật khẩu nào khó đoán nhất?',
  options: [option('123456'), option('Ngay-mua-lua-2024!', true)],
  ...over,
});

describe('lessonSchema', () => {
  it('accepts a complete lesson and turns dates into Date objects', () => {
    const data = lessonSchema.parse(lesson());
    expect(data.reviewed).toBeInstanceOf(Date);
    expect(data.draft).toBe(false);
  });
  it('rejects an objective that does not start with "Bạn sẽ biết"', () => {
    expect(lessonSchema.safeParse(lesson({ objectives: ['Biết đặt mật khẩu.', 'Bạn sẽ biết khóa máy.'] })).success).toBe(false);
  });
  it('rejects a lesson without sources', () => {
    expect(lessonSchema.safeParse(lesson({ sources: [] })).success).toBe(false);
  });
  it('rejects a source address that is not https', () => {
    const result = lessonSchema.safeParse(lesson({ sources: [{ title: 'Trang', url: 'http://example.vn', checked: '2026-11-20' }] }));
    expect(result.success).toBe(false);
  });
  it('names the failing field in its error', () => {
    const result = lessonSchema.safeParse(lesson({ minutes: 40 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['minutes']);
  });
  it('rejects an unknown skills area', () => {
    expect(lessonSchema.safeParse(lesson({ area: 'nau-an' })).success).toBe(false);
  });
});

describe('questionSchema', () => {
  it('accepts a single-choice question and defaults practice to false', () => {
    expect(questionSchema.parse(single()).practice).toBe(false);
  });
  it('rejects a single-choice question with two right answers', () => {
    expect(questionSchema.safeParse(single({ options: [option('a', true), option('b', true)] })).success).toBe(false);
  });
  it('rejects an option without an explanation', () => {
    expect(questionSchema.safeParse(single({ options: [{ text: 'a', correct: true }, option('b')] })).success).toBe(false);
  });
  it('rejects an id that does not follow the prefix-number form', () => {
    expect(questionSchema.safeParse(single({ id: 'cau-1' })).success).toBe(false);
  });
  it('rejects an unknown type', () => {
    expect(questionSchema.safeParse(single({ type: 'essay' })).success).toBe(false);
  });
  it('requires a spot question to mark at least one region', () => {
    const spot = {
      id: 'ld-001', type: 'spot', lesson: 'sms', difficulty: 2, prompt: 'Chạm vào chỗ đáng ngờ trong tin nhắn.',
      image: { src: 'ld-sms.svg', alt: 'Tin nhắn giả danh ngân hàng', width: 300, height: 500 },
      regions: [
        { id: 'a', label: 'Tên người gửi', x: 0, y: 0, w: 10, h: 10, explain: 'Tên có thể bị giả mạo.' },
        { id: 'b', label: 'Đường link', x: 0, y: 20, w: 10, h: 10, explain: 'Đường link lạ.' },
      ],
    };
    expect(questionSchema.safeParse(spot).success).toBe(false);
    spot.regions[1] = { ...spot.regions[1]!, correct: true } as (typeof spot.regions)[number];
    expect(questionSchema.safeParse(spot).success).toBe(true);
  });
  it('reports the path of a bad field inside a bank', () => {
    const result = questionBankSchema.safeParse({ module: 'internet-an-toan', questions: [single(), single({ difficulty: 5 })] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(0, 3)).toEqual(['questions', 1, 'difficulty']);
  });
});

describe('examSchema', () => {
  it('fills the module-exam defaults: 15 questions, 20 minutes, 80%', () => {
    expect(examSchema.parse({ title: 'Kiểm tra học phần 1', modules: ['dien-thoai-thong-minh'], order: 1 })).toMatchObject({ questions: 15, minutes: 20, passPercent: 80 });
  });
});

describe('moduleSchema', () => {
  it('rejects an icon that is not drawn', () => {
    expect(moduleSchema.safeParse({ title: 'Học phần', description: 'Một mô tả đủ dài cho học phần.', order: 1, icon: 'rocket' }).success).toBe(false);
  });
});
