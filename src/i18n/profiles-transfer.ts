/**
 * Words of reading a backup file or a QR transfer: what is wrong with a file, the preview of
 * an import, showing and scanning QR codes. Loaded with the code that does those things, only
 * when the learner starts one of them.
 */
import type { LearnerProblem } from '../lib/backup/validate';
import type { BackupProblem } from '../lib/backup/file';
import type { TransferProblem } from '../lib/backup/transfer';

export const fileProblems: Record<BackupProblem | 'read-failed', string> = {
  empty: 'Tệp trống, không có nội dung gì.',
  'too-large': 'Tệp quá lớn, không phải tệp sao lưu của Học số (tệp sao lưu chỉ vài chục KB).',
  'not-json': 'Đây không phải tệp sao lưu của Học số: không đọc được nội dung.',
  truncated: 'Tệp bị cắt ngang, có thể chưa tải xong hoặc chép thiếu. Hãy tải lại tệp sao lưu từ máy cũ.',
  'not-backup': 'Đây không phải tệp sao lưu của Học số.',
  'newer-version': 'Tệp được tạo bởi phiên bản mới hơn của trang. Hãy mở trang khi có mạng để cập nhật, rồi thử lại.',
  'bad-version': 'Tệp ghi sai số phiên bản nên không đọc được.',
  'no-checksum': 'Tệp thiếu mã kiểm tra nên không biết còn nguyên vẹn hay không.',
  'bad-checksum': 'Tệp đã bị sửa hoặc bị hỏng (mã kiểm tra không khớp).',
  'no-learners': 'Tệp không có người học nào.',
  'too-many-learners': 'Tệp có quá nhiều người học (tối đa 30).',
  'duplicate-learner': 'Tệp có hai người học trùng mã, không phải tệp do trang tạo ra.',
  'too-deep': 'Tệp có cấu trúc lạ, không phải tệp sao lưu của Học số.',
  'read-failed': 'Không đọc được tệp. Hãy thử chọn lại.',
};

const learnerProblemText: Record<LearnerProblem, string> = {
  shape: 'dữ liệu sai dạng',
  id: 'mã người học không hợp lệ',
  name: 'tên không hợp lệ (trống, quá dài hoặc có ký tự lạ)',
  avatar: 'hình đại diện không hợp lệ',
  date: 'ngày giờ không hợp lệ',
  progress: 'tiến độ bài học sai dạng',
  attempts: 'kết quả bài kiểm tra sai dạng',
  practice: 'kết quả luyện tập sai dạng',
  settings: 'cài đặt sai dạng',
  'too-much': 'quá nhiều dữ liệu',
};

export const learnerProblem = (problem: LearnerProblem, n: number) =>
  `Tệp bị hỏng: người học thứ ${n} trong tệp có ${learnerProblemText[problem]}.`;

export const transferProblems: Record<TransferProblem, string> = {
  incomplete: 'Chưa nhận đủ các mã.',
  mixed: 'Các mã không thuộc cùng một lần chuyển. Hãy bắt đầu lại.',
  corrupt: 'Mã bị đọc sai. Hãy bắt đầu lại và quét lại từng mã.',
  'bad-data': 'Dữ liệu trong mã không hợp lệ, không nhập được.',
};

/** The preview before an import. */
export const importText = {
  nothingChanged: 'Chưa có gì trên máy này bị thay đổi.',
  previewHeading: 'Xem trước khi nhập',
  previewFile: (date: string, n: number) => `Tệp sao lưu ngày ${date}, có ${n} người học.`,
  previewTransfer: (n: number) => `Nhận được ${n} người học từ máy kia.`,
  previewRule: 'Nhập chỉ thêm vào: bài đã học vẫn là đã học, không xóa gì trên máy này.',
  targetLabel: (name: string) => `Nhập “${name}” vào`,
  targetNew: 'Người học mới trên máy này',
  targetMerge: (name: string) => `Gộp vào “${name}”`,
  targetSkip: 'Không nhập người này',
  adds: 'Sẽ thêm:',
  addLessonsDone: (n: number) => `${n} bài đã học xong`,
  addLessonsOpened: (n: number) => `${n} bài đã mở`,
  addAttempts: (n: number) => `${n} lần làm bài kiểm tra`,
  addPractice: (n: number) => `${n} kết quả luyện tập`,
  addNothing: 'Không có gì mới: máy này đã có đủ.',
  confirm: 'Nhập vào máy này',
  cancel: 'Hủy',
  cancelled: 'Đã hủy, không có gì thay đổi.',
  imported: (names: string[]) => `Đã nhập xong: ${names.join(', ')}.`,
  tooMany: 'Máy này sẽ có hơn 30 người học, không nhập thêm được. Hãy chọn “Gộp vào” hoặc “Không nhập người này” cho bớt người.',
};

/** Showing and scanning the QR codes of a transfer. */
export const qr = {
  making: 'Đang tạo mã…',
  tooLarge: 'Tiến độ này quá nhiều để chuyển bằng mã QR (hơn 20 mã). Hãy dùng tệp sao lưu.',
  steps: 'Trên máy kia: mở trang Tiến độ của tôi, chọn “Nhận từ máy khác” rồi “Quét bằng máy ảnh”, và hướng máy ảnh vào mã.',
  partOf: (i: number, n: number) => `Mã ${i}/${n}`,
  label: (i: number, n: number, name: string) => `Mã QR ${i}/${n} chứa tiến độ của ${name}`,
  next: 'Mã tiếp theo',
  previous: 'Mã trước',
  hide: 'Ẩn mã QR',
  scanHeading: 'Nhận từ máy khác',
  scanIntro: 'Quét các mã QR đang hiện trên máy kia, theo thứ tự nào cũng được.',
  camera: 'Quét bằng máy ảnh',
  stopCamera: 'Tắt máy ảnh',
  cameraLabel: 'Hình từ máy ảnh',
  photo: 'Chọn ảnh chụp mã QR',
  photoHint: 'Không dùng được máy ảnh? Chụp ảnh mã QR trên máy kia rồi chọn ảnh đó.',
  reading: 'Đang đọc mã…',
  received: (n: number, total: number) => `Đã nhận ${n}/${total} mã.`,
  missing: (parts: number[]) => `Còn thiếu mã số ${parts.join(', ')}.`,
  notOurs: 'Mã QR này không phải mã chuyển tiến độ của Học số.',
  otherTransfer: 'Mã này thuộc một lần chuyển khác. Hãy quét các mã đang hiện trên máy kia, hoặc bắt đầu lại.',
  again: 'Mã này đã nhận rồi. Hãy chuyển sang mã tiếp theo trên máy kia.',
  noCode: 'Không thấy mã QR trong ảnh. Hãy chụp lại cho rõ và đủ cả mã.',
  cameraDenied: 'Không mở được máy ảnh. Hãy cho phép trang dùng máy ảnh, hoặc chụp ảnh mã QR rồi chọn ảnh đó.',
  restart: 'Bắt đầu lại',
  closeScan: 'Đóng phần nhận',
};
