/**
 * The words of the printable paper test and its answer key.
 */
export { letter } from './quiz';

export const paperText = {
  titleSuffix: 'bản in',
  description: (title: string) => `Đề in trên giấy của ${title}, có đáp án ở trang riêng.`,
  code: (seed: number) => `Đề số ${seed}`,
  name: 'Họ và tên:',
  date: 'Ngày làm bài:',
  rules: (minutes: number, questions: number, pass: number) =>
    `Thời gian ${minutes} phút, ${questions} câu. Đạt khi đúng từ ${pass}% số câu trở lên.`,
  another: 'Đề khác',
  print: 'In đề',
  hint: 'Mỗi đề có một số. Gõ lại địa chỉ có số đề để in lại đúng đề đó.',
  largePrint: 'Chữ lớn',
  single: 'Khoanh tròn một chữ cái.',
  multiple: 'Khoanh tròn tất cả các chữ cái đúng.',
  truefalse: 'Khoanh tròn Đúng hoặc Sai.',
  order: 'Ghi số thứ tự 1, 2, 3… vào ô trước mỗi bước.',
  match: 'Nối mỗi số với một chữ cái.',
  matchBlank: (n: number) => `${n} – …`,
  spot: 'Khoanh tròn (các) chữ cái chỉ chỗ có vấn đề trên hình.',
  keyHeading: 'Đáp án',
  keyFor: (seed: number) => `Đáp án đề số ${seed}`,
  trueWord: 'Đúng',
  falseWord: 'Sai',
} as const;
