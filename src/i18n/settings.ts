/**
 * Words of the reading settings: the header link (every page, rendered on the server) and the
 * /cai-dat/ page with its island. The choices' labels are keyed by the store's values, so a
 * value without a label does not compile.
 */
import type { Contrast, LineSpacing, Motion, TextSize } from '../stores/settings';

/** The header link. */
export const nav = {
  text: 'Cỡ chữ',
  label: 'Cỡ chữ và cách hiển thị',
};

export const page = {
  title: 'Cỡ chữ và hiển thị',
  description: 'Chọn cỡ chữ, khoảng cách dòng, độ tương phản và chuyển động cho dễ đọc. Mỗi người học có cài đặt riêng.',
  intro: 'Chọn cách hiển thị dễ đọc nhất với bạn. Trang đổi ngay khi bạn chọn, và mọi trang khác cũng vậy.',
  needJs: 'Trang này cần JavaScript để đổi cài đặt. Bạn vẫn có thể phóng to chữ bằng cài đặt của trình duyệt.',
  readAloudTitle: 'Cách nghe đọc bài',
  readAloudHow:
    'Trong mỗi bài học, bấm nút “Nghe đọc bài” ở đầu bài để máy đọc to cho bạn nghe. Ở mỗi câu hỏi, bấm “Nghe câu hỏi”.',
};

export const form = {
  whose: 'Cài đặt của:',
  guest: 'Khách (chỉ giữ trong thẻ này)',
  changeLearner: 'Đổi người học',
  textSize: 'Cỡ chữ',
  lineSpacing: 'Khoảng cách dòng',
  contrast: 'Độ tương phản',
  motion: 'Chuyển động',
  previewTitle: 'Xem trước',
  preview:
    'Đây là đoạn chữ mẫu. Khi nhận được tin nhắn lạ báo trúng thưởng, bạn đừng bấm vào đường link và đừng đọc mã OTP cho bất kỳ ai.',
  reset: 'Đặt lại như ban đầu',
  resetDone: 'Đã đặt lại cỡ chữ và cách hiển thị như ban đầu.',
  notSaved: 'Máy này không lưu được: cài đặt chỉ giữ đến khi bạn đóng trang.',
};

export const textSizeLabels: Record<TextSize, string> = {
  100: 'Vừa (100%)',
  125: 'Lớn (125%)',
  150: 'Rất lớn (150%)',
  175: 'Cực lớn (175%)',
  200: 'Gấp đôi (200%)',
};

export const lineSpacingLabels: Record<LineSpacing, string> = {
  thuong: 'Thường',
  rong: 'Rộng',
  'rat-rong': 'Rất rộng',
};

export const contrastLabels: Record<Contrast, string> = {
  thuong: 'Thường',
  cao: 'Cao (chữ đen trên nền trắng, viền đậm)',
};

export const motionLabels: Record<Motion, string> = {
  may: 'Theo cài đặt của máy',
  giam: 'Giảm chuyển động',
};
