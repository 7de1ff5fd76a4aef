/**
 * Words of the result QR on an exam's results screen, which a teacher scans into a class on
 * the /lop-hoc/ page (whose words are in class-results.ts). The exam page bundles this file.
 */

export const resultQrText = {
  show: 'Hiện mã QR kết quả cho giáo viên',
  heading: 'Gửi kết quả cho giáo viên',
  intro: 'Nếu bạn học theo lớp, hãy đưa màn hình này cho giáo viên quét. Mã chỉ nằm trên máy bạn, không gửi đi đâu.',
  nameLabel: 'Họ và tên để giáo viên ghi vào lớp',
  nameHint: 'Giáo viên sẽ thấy tên này trong danh sách lớp.',
  nameMissing: 'Hãy nhập họ và tên.',
  nameBad: 'Tên dài quá 40 chữ hoặc có ký tự không in được. Hãy gõ lại.',
  makeCode: 'Tạo mã QR',
  making: 'Đang tạo mã…',
  label: (name: string) => `Mã QR kết quả bài kiểm tra của ${name}`,
  caption: (name: string, earned: number, total: number) => `${name} — ${earned}/${total}`,
  hide: 'Ẩn mã QR',
  textLabel: 'Nội dung mã (nếu giáo viên cần gõ hoặc dán)',
  failed: 'Không tạo được mã. Hãy tải lại trang rồi thử lại.',
} as const;
