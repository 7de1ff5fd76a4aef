/**
 * The words of the timed exam (intro, questions, submit, results) and of the exam list.
 * Separate from quiz.ts so lesson pages do not download them.
 */
export const examText = {
  questions: (n: number) => `${n} câu hỏi`,
  minutes: (n: number) => `${n} phút`,
  passMark: (p: number) => `Đạt khi đúng từ ${p}% trở lên`,
  introHeading: 'Trước khi bắt đầu',
  rulesHeading: 'Cách làm bài',
  rules: [
    'Mỗi màn hình có một câu hỏi. Bạn có thể chuyển qua lại giữa các câu bằng bản đồ câu hỏi.',
    'Câu nào chưa chắc, bấm “Đánh dấu xem lại” để quay lại sau.',
    'Mỗi câu được 1 điểm khi trả lời đúng hoàn toàn; trả lời đúng một phần không có điểm.',
    'Đồng hồ vẫn chạy khi bạn tải lại trang hay đóng trang. Hết giờ, bài được nộp tự động.',
    'Câu trả lời được lưu ngay trên thiết bị này, không gửi đi đâu.',
  ],
  start: 'Bắt đầu làm bài',
  empty: 'Bài kiểm tra này chưa có câu hỏi.',
  previousHeading: 'Các lần làm trước',
  previousItem: (date: string, earned: number, total: number, passed: boolean) =>
    `${date}: đúng ${earned}/${total} câu — ${passed ? 'Đạt' : 'Chưa đạt'}`,
  timeLeft: 'Thời gian còn lại',
  announce: (minutes: number) => `Còn ${minutes} phút.`,
  progress: 'Số câu đã trả lời',
  answeredCount: (n: number, total: number) => `Đã trả lời ${n}/${total} câu`,
  questionHeading: (n: number, total: number) => `Câu ${n}/${total}`,
  flag: 'Đánh dấu xem lại',
  flagged: 'Đã đánh dấu xem lại',
  previous: 'Câu trước',
  next: 'Câu tiếp',
  submit: 'Nộp bài',
  mapHeading: 'Bản đồ câu hỏi',
  mapItem: (n: number, answered: boolean, flagged: boolean) =>
    `Câu ${n}${answered ? ', đã trả lời' : ', chưa trả lời'}${flagged ? ', đã đánh dấu' : ''}`,
  confirmHeading: 'Nộp bài?',
  confirmAllAnswered: 'Bạn đã trả lời tất cả các câu.',
  confirmUnanswered: (n: number) => `Còn ${n} câu chưa trả lời:`,
  confirmFlagged: (n: number) => `${n} câu đang đánh dấu xem lại:`,
  goTo: (n: number) => `Câu ${n}`,
  confirmSubmit: 'Nộp bài ngay',
  keepGoing: 'Quay lại làm tiếp',
  resultsHeading: 'Kết quả',
  timedOut: 'Đã hết giờ, bài của bạn được nộp tự động.',
  score: (earned: number, total: number, percent: number) => `Bạn đúng ${earned}/${total} câu (${percent}%).`,
  passed: 'Đạt',
  failed: 'Chưa đạt',
  passedText: 'Chúc mừng, bạn đã đạt bài kiểm tra này.',
  failedText: (p: number) => `Cần đúng từ ${p}% để đạt. Hãy ôn lại các bài còn yếu rồi làm lại.`,
  notOfficial:
    'Kết quả này chỉ để bạn tự đánh giá, không phải xác nhận chính thức. Muốn được công nhận, hãy học và làm bài trên nền tảng chính thức binhdanhocvuso.gov.vn.',
  byLessonHeading: 'Kết quả theo bài học',
  lessonColumn: 'Bài học',
  scoreColumn: 'Số câu đúng',
  reviewHeading: 'Xem lại từng câu',
  reviewRight: 'Trả lời đúng',
  reviewWrong: 'Trả lời chưa đúng',
  reviewUnanswered: 'Chưa trả lời',
  revise: (title: string) => `Ôn lại bài: ${title}`,
  again: 'Làm bài mới',
  needJs: 'Cần bật JavaScript để làm bài kiểm tra có tính giờ. Bạn có thể dùng bản in để làm trên giấy.',
  printLink: 'Bản in của bài kiểm tra',
} as const;

export const listText = {
  title: 'Bài kiểm tra',
  description: 'Các bài kiểm tra có tính giờ của từng học phần và bài kiểm tra cuối khóa.',
  intro: 'Học xong một học phần, hãy làm bài kiểm tra của học phần đó. Mỗi lần làm, câu hỏi được chọn khác nhau.',
  meta: (questions: number, minutes: number, pass: number) =>
    `${questions} câu · ${minutes} phút · đạt từ ${pass}%`,
  print: 'Bản in',
} as const;
