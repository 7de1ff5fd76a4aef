/**
 * Words of the self-study certificate: issuing it after a pass, the certificate page, the
 * verify page and the retake cool-down on the exam intro. Separate exports so the exam page
 * bundles only the few it uses up front.
 */

export const cooldownText = {
  wait: (clock: string) => `Bạn vừa làm bài này. Hãy ôn lại rồi làm lại sau ${clock} nữa (lần sau sẽ có câu hỏi khác).`,
} as const;

export const issueText = {
  heading: 'Nhận giấy chứng nhận tự học',
  intro: 'Bạn đã đạt. Hãy kiểm tra tên sẽ in trên giấy chứng nhận rồi bấm “Nhận giấy chứng nhận”.',
  nameLabel: 'Họ và tên trên giấy chứng nhận',
  nameHint: 'Tên được in như bạn gõ; sau khi nhận, tên không sửa được nữa.',
  nameMissing: 'Hãy nhập họ và tên.',
  nameBad: 'Tên dài quá 40 chữ hoặc có ký tự không in được. Hãy gõ lại.',
  button: 'Nhận giấy chứng nhận',
  issued: 'Đã cấp giấy chứng nhận.',
  kept: 'Bạn đã có giấy chứng nhận của bài này với điểm bằng hoặc cao hơn, nên giữ giấy cũ.',
  open: 'Xem giấy chứng nhận',
  loading: 'Đang chuẩn bị…',
} as const;

export const certificateText = {
  pageTitle: 'Giấy chứng nhận tự học',
  pageDescription: 'Giấy chứng nhận tự học của bạn, để xem, in hoặc lưu PDF, kèm mã QR để ai cũng kiểm tra được.',
  title: 'Giấy chứng nhận tự học',
  site: 'Học số bình dân — trang tự học kỹ năng số cơ bản',
  certifies: 'Chứng nhận',
  passed: 'đã hoàn thành và đạt bài kiểm tra',
  score: (earned: number, total: number, percent: number) => `Kết quả: đúng ${earned}/${total} câu (${percent}%)`,
  date: (d: string) => `Ngày cấp: ${d}`,
  id: 'Số giấy',
  code: 'Mã xác minh',
  disclaimer: 'Giấy chứng nhận tự học — không thay thế xác nhận trên nền tảng VNeID / Bình dân học vụ số',
  official:
    'Muốn được xác nhận chính thức, hãy học và làm bài trên nền tảng Bình dân học vụ số: trang binhdanhocvuso.gov.vn hoặc ứng dụng VNeID.',
  qrLabel: 'Mã QR mở trang xác minh giấy chứng nhận này',
  verifyLink: 'Mở trang xác minh',
  verifyHint: 'Quét mã QR hoặc mở đường dẫn này để kiểm tra giấy chưa bị sửa:',
  print: 'In / Lưu PDF',
  printHint: 'Chọn “Lưu dưới dạng PDF” trong hộp thoại in để lưu thành tệp.',
  back: 'Về trang Tiến độ của tôi',
  notFound: 'Không tìm thấy giấy chứng nhận này cho người học đang dùng máy. Có thể giấy thuộc người học khác, hoặc đã bị xóa.',
  none: 'Bạn chưa có giấy chứng nhận nào. Làm đạt một bài kiểm tra để nhận giấy.',
  needJs: 'Cần bật JavaScript để hiện giấy chứng nhận lưu trên máy này.',
} as const;

export const verifyText = {
  pageTitle: 'Xác minh giấy chứng nhận tự học',
  pageDescription: 'Kiểm tra ngay trên máy, không cần mạng, xem giấy chứng nhận tự học có bị sửa sau khi cấp không.',
  intro:
    'Trang này đọc thông tin giấy chứng nhận nằm trong đường dẫn (sau dấu #), tính lại mã xác minh ngay trên máy của bạn và so với mã in trên giấy. Không có gì được gửi đi.',
  checking: 'Đang kiểm tra…',
  intact: 'Còn nguyên vẹn: thông tin khớp với mã xác minh, không bị sửa sau khi cấp.',
  edited: 'Đã bị sửa: thông tin không khớp với mã xác minh. Đừng tin giấy chứng nhận này.',
  unreadable: 'Đã bị sửa hoặc hỏng: đường dẫn không đọc được thành giấy chứng nhận. Đừng tin giấy chứng nhận này.',
  empty: 'Đường dẫn không có thông tin giấy chứng nhận. Hãy quét mã QR trên giấy chứng nhận.',
  detailsHeading: 'Thông tin trong đường dẫn',
  name: 'Họ và tên',
  exam: 'Bài kiểm tra',
  score: 'Kết quả',
  date: 'Ngày cấp',
  id: 'Số giấy',
  code: 'Mã xác minh',
  limitsHeading: 'Mã xác minh chứng minh được gì',
  limits: [
    'Mã cho thấy thông tin trên giấy không bị sửa sau khi cấp: đổi tên, điểm, ngày hay bất kỳ chữ nào thì mã không còn khớp.',
    'Mã không chứng minh được ai đã làm bài: đây là trang tự học chạy trên máy người học, không có máy chủ và không có khóa bí mật, nên người hiểu cách tính mã cũng tự tạo được giấy có mã khớp.',
    'Giấy chứng nhận tự học không thay thế xác nhận trên nền tảng VNeID / Bình dân học vụ số. Xác nhận chính thức có trên trang binhdanhocvuso.gov.vn và ứng dụng VNeID.',
  ],
} as const;
