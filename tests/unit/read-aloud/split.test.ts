/**
 * Sentence splitting for read-aloud, on sentences taken from the lessons: amounts, dates,
 * times, addresses and abbreviations stay whole; short fragments are read with their
 * neighbour; long sentences are cut at a comma; nothing is lost or reordered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS, sentencesOf, speakable, splitSentences } from '../../../src/lib/read-aloud/split';

/** Letters and digits of a text, in order: what must survive any splitting. */
const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

describe('splitSentences', () => {
  it('cuts after full stops, question and exclamation marks', () => {
    expect(sentencesOf('Nhiều thủ tục không có trong VNeID. Cổng Dịch vụ công quốc gia gom các thủ tục đó về một nơi! Bạn đã thử chưa?')).toEqual([
      'Nhiều thủ tục không có trong VNeID.',
      'Cổng Dịch vụ công quốc gia gom các thủ tục đó về một nơi!',
      'Bạn đã thử chưa?',
    ]);
  });

  it('keeps amounts, decimals, dates and scores whole', () => {
    expect(sentencesOf('Có người đã mất 1.000.000 đồng vì chiêu này. Phí là 3.5 phần trăm, hạn chót 1/7/2024. Bạn được 10/10 điểm.')).toEqual([
      'Có người đã mất 1.000.000 đồng vì chiêu này.',
      'Phí là 3.5 phần trăm, hạn chót 1/7/2024.',
      'Bạn được 10/10 điểm.',
    ]);
  });

  it('keeps web addresses and times whole, even when a sentence ends with one', () => {
    expect(sentencesOf('Địa chỉ thật là dichvucong.gov.vn. Bộ phận một cửa mở lúc 8:30 sáng thứ Hai.')).toEqual([
      'Địa chỉ thật là dichvucong.gov.vn.',
      'Bộ phận một cửa mở lúc 8:30 sáng thứ Hai.',
    ]);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(sentencesOf('Bà đến bệnh viện ở TP. Hồ Chí Minh để gặp Th.S. Nguyễn Văn A theo lịch hẹn.')).toHaveLength(1);
    expect(sentencesOf('Bác sĩ BS. Lê Thị B khám cho bạn. Sau đó bạn nhận đơn thuốc.')).toEqual([
      'Bác sĩ BS. Lê Thị B khám cho bạn.',
      'Sau đó bạn nhận đơn thuốc.',
    ]);
  });

  it('ends a sentence after "v.v." only when a capital letter follows', () => {
    expect(sentencesOf('Mang theo căn cước, thẻ bảo hiểm y tế, v.v. khi đi khám bệnh.')).toHaveLength(1);
    expect(sentencesOf('Mang theo căn cước, thẻ bảo hiểm y tế, v.v. Nhớ sạc đầy pin điện thoại.')).toEqual([
      'Mang theo căn cước, thẻ bảo hiểm y tế, v.v.',
      'Nhớ sạc đầy pin điện thoại.',
    ]);
  });

  it('cuts at semicolons and at line breaks, and reads each line of a list on its own', () => {
    expect(sentencesOf('Mở ứng dụng ngân hàng của bạn; kiểm tra số tiền trên màn hình.\nChụp màn hình để giữ lại\nGhi nhớ')).toEqual([
      'Mở ứng dụng ngân hàng của bạn;',
      'kiểm tra số tiền trên màn hình.',
      'Chụp màn hình để giữ lại',
      'Ghi nhớ',
    ]);
  });

  it('keeps a list number with its step', () => {
    expect(sentencesOf('1. Chạm nút Đăng nhập ở phía trên trang.\n2. Chọn cách đăng nhập bằng VNeID.')).toEqual([
      '1. Chạm nút Đăng nhập ở phía trên trang.',
      '2. Chọn cách đăng nhập bằng VNeID.',
    ]);
  });

  it('reads a short lead-in together with what follows it', () => {
    expect(sentencesOf('Ví dụ: tin nhắn báo bạn trúng thưởng một chiếc xe máy.')).toEqual(['Ví dụ: tin nhắn báo bạn trúng thưởng một chiếc xe máy.']);
    expect(sentencesOf('Đúng vậy. Không đọc mã này cho bất kỳ ai, kể cả người xưng là cán bộ.')).toEqual([
      'Đúng vậy. Không đọc mã này cho bất kỳ ai, kể cả người xưng là cán bộ.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(sentencesOf('Họ nói: “Bạn đã trúng thưởng.” Đừng tin lời đó (đây là lừa đảo.) Hãy gọi người thân.')).toEqual([
      'Họ nói: “Bạn đã trúng thưởng.”',
      'Đừng tin lời đó (đây là lừa đảo.)',
      'Hãy gọi người thân.',
    ]);
  });

  it('cuts a very long sentence at a comma', () => {
    const long =
      'Nếu có người gọi điện xưng là công an, cán bộ ngân hàng hay nhân viên bưu điện, nói rằng tài khoản của bạn có vấn đề, yêu cầu bạn cài ứng dụng lạ, đọc mã OTP hoặc chuyển tiền vào tài khoản an toàn, hãy dập máy ngay và gọi cho người thân.';
    const pieces = sentencesOf(long, 120);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(120);
    expect(pieces[0]?.endsWith(',')).toBe(true);
    expect(words(pieces.join(' '))).toBe(words(long));
  });

  it('returns offsets into the text, without surrounding spaces', () => {
    const text = '  Xin chào bạn nhé.   Hôm nay học bài mới.  ';
    for (const p of splitSentences(text)) {
      expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
    }
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('… !!')).toEqual([]);
  });

  it('never loses, reorders or over-lengthens text, and never splits an amount', () => {
    const word = fc.constantFrom('bạn', 'tiền', 'mã', 'OTP', 'gọi', 'ngân hàng', 'dichvucong.gov.vn', '8:30', 'TP.', '10/10');
    const amount = fc.integer({ min: 1, max: 999 }).map((n) => `${n}.000.000 đồng`);
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 40 }), amount, fc.constantFrom('.', '!', '?', ';', ':', '…', ''));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n'), (parts, sep) => {
        const text = parts.map(([ws, money, end]) => `${[...ws, money].join(' ')}${end}`).join(sep);
        const pieces = sentencesOf(text);
        expect(words(pieces.join(''))).toBe(words(text));
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_CHARS);
        for (const [, money] of parts) expect(pieces.some((p) => p.includes(money))).toBe(true);
      }),
    );
  });
});

describe('speakable', () => {
  it('removes bold marks, reads arrows as a pause and collapses spaces', () => {
    expect(speakable('Cài đặt → Trợ năng   →  **Giọng nói**')).toBe('Cài đặt, Trợ năng, Giọng nói');
  });
});
