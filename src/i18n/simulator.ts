/**
 * Words of the simulators' interface (the screens themselves are content, in
 * content/simulators/). Kept apart from vi.ts so they load only with a simulator.
 */
export const simText = {
  tag: 'Mô phỏng',
  heading: (title: string) => `Mô phỏng: ${title}`,
  safe: 'Đây là màn hình bắt chước, không phải ứng dụng thật: không có dữ liệu thật, không có tiền thật. Cứ thử, bấm sai cũng không sao.',
  start: 'Bắt đầu mô phỏng',
  needJs: 'Cần bật JavaScript để dùng mô phỏng. Bạn vẫn đọc được bài học.',
  phone: (app: string) => `Màn hình điện thoại mô phỏng: ${app}`,
  step: (n: number, total: number) => `Bước ${n}/${total}`,
  task: 'Việc cần làm',
  hintButton: 'Gợi ý',
  showMe: 'Chỉ cho tôi',
  restart: 'Làm lại từ đầu',
  hereTag: 'Chạm vào đây',
  right: 'Đúng rồi!',
  hintLabel: 'Gợi ý',
  wrongTap: 'Chưa đúng chỗ.',
  wrongInput: 'Kiểm tra lại ô đã nhập.',
  paused: 'Bạn đang tìm? Đây là gợi ý.',
  doneHeading: 'Hoàn thành mô phỏng',
  result: (unaided: number, total: number) => `Bạn tự làm được ${unaided}/${total} bước mà không cần gợi ý.`,
  best: (unaided: number, total: number) => `Lần tốt nhất của bạn: ${unaided}/${total} bước.`,
  again: 'Làm lại',
  saved: 'Kết quả đã lưu vào tiến độ của bạn trên thiết bị này.',
} as const;
