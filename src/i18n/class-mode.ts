/**
 * The words of the projector class mode: the picker page (built, no JavaScript) and the
 * presenter island. Two exports so the island's bundle carries only what it shows.
 */

/** Keys a teacher can press, listed on the picker and in the presenter's help. */
export const keyHelp: readonly (readonly [string, string])[] = [
  ['→, Page Down, Dấu cách, Enter', 'bước tiếp: hiện đáp án, rồi sang câu sau'],
  ['←, Page Up', 'lùi lại một bước'],
  ['Home, End', 'về câu đầu, đến câu cuối'],
  ['B hoặc dấu chấm', 'tắt màn hình (màn đen), bấm lại để bật'],
  ['F5', 'toàn màn hình'],
  ['Esc', 'thoát toàn màn hình, rồi về trang chọn câu hỏi'],
];

export const pickerText = {
  title: 'Trình chiếu câu hỏi trên lớp',
  description: 'Chiếu câu hỏi lên máy chiếu hay tivi, từng câu chữ lớn, hiện đáp án và lời giải thích khi giáo viên bấm.',
  breadcrumbClass: 'Lớp học',
  intro:
    'Chọn một bộ câu hỏi để chiếu lên máy chiếu hoặc tivi. Mỗi lần chiếu một câu, chữ lớn để cả lớp đọc được. Học viên trả lời miệng hoặc ghi ra giấy; bạn bấm để hiện đáp án và lời giải thích.',
  setLabel: 'Bộ câu hỏi',
  lessonGroup: 'Câu hỏi luyện tập của một bài',
  lessonOption: (order: number, title: string, count: number) => `Bài ${order}: ${title} (${count} câu)`,
  examGroup: 'Bộ câu hỏi cố định của học phần',
  examOption: (count: number) => `${count} câu, lấy từ ngân hàng đề kiểm tra`,
  countdownLabel: 'Đếm ngược mỗi câu',
  start: 'Trình chiếu',
  startFor: (module: string) => `Trình chiếu: ${module}`,
  keysHeading: 'Điều khiển bằng bàn phím hoặc bút trình chiếu',
  keysNote: 'Các nút trên màn hình làm được mọi việc này bằng chuột hay chạm. Trang không lưu gì.',
  presenterTitle: (module: string) => `Trình chiếu: ${module}`,
  presenterDescription: (module: string) => `Chiếu câu hỏi của học phần “${module}” lên máy chiếu, từng câu, có đáp án.`,
  back: 'Chọn bộ câu hỏi khác',
  needJs: 'Cần bật JavaScript để trình chiếu. Bạn có thể dùng bản in của bài kiểm tra thay thế.',
} as const;

export const showText = {
  loading: 'Đang mở bộ câu hỏi…',
  region: 'Màn hình trình chiếu',
  count: (n: number, total: number) => `Câu ${n} / ${total}`,
  countSpoken: (n: number, total: number) => `Câu ${n} trên ${total}`,
  setLesson: (title: string) => `Luyện tập: ${title}`,
  setExam: (count: number) => `Bộ ${count} câu cố định`,
  unknownSet: 'Địa chỉ không ghi bộ câu hỏi nào có trong học phần này, nên đang chiếu bộ 10 câu cố định.',
  emptySet: 'Bộ câu hỏi này chưa có câu nào. Hãy chọn bộ khác.',
  hintSingle: 'Chọn một đáp án.',
  hintMultiple: 'Chọn tất cả các ý đúng.',
  hintTrueFalse: 'Câu này đúng hay sai?',
  hintOrder: 'Xếp các bước theo đúng thứ tự.',
  hintMatch: 'Nối mỗi số với một chữ cái.',
  hintSpot: 'Chỉ ra (các) chỗ có vấn đề trên hình.',
  trueWord: 'Đúng',
  falseWord: 'Sai',
  timer: 'Thời gian còn lại',
  seconds: (s: number) => `${s} giây`,
  timeUp: 'Hết giờ',
  announceStart: (s: number) => `Đếm ngược ${s} giây.`,
  announceLeft: (s: number) => `Còn ${s} giây.`,
  announceTimeUp: 'Hết giờ.',
  countdownLabel: 'Đếm ngược',
  countdownOff: 'Không đếm',
  controls: 'Điều khiển trình chiếu',
  prev: 'Lùi lại',
  reveal: 'Hiện đáp án',
  next: 'Câu tiếp',
  finish: 'Kết thúc',
  blank: 'Tắt màn hình',
  blankOn: 'Màn hình đang tắt. Bấm vào đây, phím B hoặc phím mũi tên để bật lại.',
  blankAnnounce: 'Đã tắt màn hình.',
  unblankAnnounce: 'Đã bật lại màn hình.',
  fullscreen: 'Toàn màn hình',
  exitFullscreen: 'Thoát toàn màn hình',
  picker: 'Chọn bộ khác',
  endHeading: 'Hết câu hỏi',
  endText: (total: number) => `Cả lớp đã xem ${total} câu. Bạn có thể chiếu lại từ đầu hoặc chọn bộ câu hỏi khác.`,
  restart: 'Chiếu lại từ đầu',
  keysHeading: 'Phím tắt',
} as const;
