/**
 * The words of questions wherever they appear: practice in lessons, the controls, and the
 * review after answering. Exam and paper-test words live in quiz-exam.ts and quiz-paper.ts:
 * the bundler splits by module, so separate files keep them off the lesson page, whose
 * JavaScript budget is tight.
 */
export const practiceText = {
  heading: 'Luyện tập',
  intro: 'Trả lời rồi bấm “Kiểm tra” để xem đúng sai và lời giải thích. Làm lại bao nhiêu lần cũng được.',
  question: (n: number, total: number) => `Câu ${n}/${total}`,
  check: 'Kiểm tra',
  retry: 'Làm lại',
  right: 'Đúng rồi!',
  wrong: 'Chưa đúng. Đọc lời giải thích rồi thử lại nhé.',
  none: 'Bài này chưa có câu hỏi luyện tập.',
  needJs: 'Cần bật JavaScript để kiểm tra câu trả lời. Bạn vẫn đọc được câu hỏi.',
} as const;

export const inputText = {
  chooseOne: 'Chọn một đáp án.',
  chooseAll: 'Chọn tất cả các ý đúng.',
  trueLabel: 'Đúng',
  falseLabel: 'Sai',
  orderHint: 'Dùng nút “Lên” và “Xuống” để xếp các bước theo đúng thứ tự, bước đầu tiên ở trên cùng.',
  moveUp: 'Lên',
  moveDown: 'Xuống',
  moveUpLabel: (text: string) => `Lên: ${text}`,
  moveDownLabel: (text: string) => `Xuống: ${text}`,
  moved: (text: string, position: number, total: number) => `“${text}” ở vị trí ${position}/${total}.`,
  matchHint: 'Với mỗi mục bên trái, chọn mục phù hợp trong danh sách.',
  matchPlaceholder: '— Chọn —',
  spotHint: 'Chạm vào (các) chỗ có vấn đề trên hình, hoặc đánh dấu trong danh sách bên dưới.',
  spotList: 'Các chỗ trên hình',
} as const;

export const reviewText = {
  yourAnswer: 'Bạn chọn',
  rightAnswer: 'Đáp án đúng',
  answerIs: (value: string) => `Đáp án: ${value}`,
  youSaid: (value: string) => `Bạn trả lời: ${value}`,
  noAnswer: 'Bạn chưa trả lời câu này.',
  invalid: 'Câu trả lời đã lưu không còn khớp với câu hỏi, nên không được tính điểm.',
  rightOrder: 'Thứ tự đúng',
  yourOrder: 'Thứ tự của bạn',
  rightMark: 'Đúng',
  wrongMark: 'Sai',
  correctRegion: 'Chỗ có vấn đề',
  okRegion: 'Chỗ bình thường',
} as const;

/** A, B, C… for options, steps and regions on paper. */
export const letter = (i: number) => String.fromCharCode(65 + i);
