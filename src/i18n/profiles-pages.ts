/**
 * Words of the "Ai đang học?" and "Tiến độ của tôi" pages. Only those pages load them (and
 * the storage notice, when it has something to say); every page's few words are in
 * profiles.ts, and those of reading a backup or a QR transfer in profiles-transfer.ts.
 */
export const vnDate = (time: string | number) =>
  new Date(time).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
export const vnDateTime = (time: string | number) =>
  new Date(time).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

/** The storage notice, loaded by the header island only when there is something to tell. */
export const storageNotice = {
  notSavingTitle: 'Tiến độ chưa được lưu.',
  notSaving:
    'Trình duyệt này không cho trang lưu dữ liệu (có thể đang ở chế độ ẩn danh, hoặc bộ nhớ đã đầy). Bạn vẫn học được, nhưng đóng trang là mất tiến độ.',
  notSavingAction: 'Tải tệp sao lưu để giữ tiến độ',
  guest: 'Bạn đang học với tư cách Khách: tiến độ không được lưu trên máy này.',
  guestAction: 'Chọn tên của bạn',
  recoveredTitle: 'Một phần dữ liệu trên máy này bị hỏng nên đã được làm lại từ đầu:',
  recoveredKept: 'Bản bị hỏng vẫn được giữ nguyên trên máy. Những phần khác vẫn còn đủ:',
  recoveredAction: 'Xem và khôi phục ở trang Tiến độ của tôi',
  dismiss: 'Đã hiểu',
  /** What each stored key holds, in the learner's words. */
  stores: {
    'hocso:tien-do': 'tiến độ bài học',
    'hocso:bai-lam': 'kết quả bài kiểm tra',
    'hocso:luyen-tap': 'kết quả luyện tập',
    'hocso:nguoi-hoc-hien-tai': 'danh sách người học',
    'hocso:cai-dat': 'cài đặt đọc',
  } as Record<string, string>,
  otherData: 'dữ liệu khác',
};

export const avatar = {
  icons: {
    hoa: 'Bông hoa',
    sao: 'Ngôi sao',
    la: 'Chiếc lá',
    ca: 'Con cá',
    chim: 'Con chim',
    meo: 'Con mèo',
    'mat-troi': 'Mặt trời',
    nha: 'Ngôi nhà',
  } as Record<string, string>,
  colors: {
    'xanh-la': 'Xanh lá',
    'xanh-duong': 'Xanh dương',
    cam: 'Cam',
    do: 'Đỏ',
    tim: 'Tím',
    nau: 'Nâu',
  } as Record<string, string>,
};

export const nameProblems: Record<string, string> = {
  empty: 'Hãy nhập tên.',
  'too-long': 'Tên dài quá: tối đa 40 chữ cái.',
  invalid: 'Tên có ký tự không dùng được. Hãy gõ lại.',
  duplicate: 'Đã có người học tên này. Hãy thêm một chữ để phân biệt, ví dụ “Lan 2”.',
  'too-many': 'Máy này đã có 30 người học, không thêm được nữa. Hãy xóa bớt người không còn học.',
  unknown: 'Không tìm thấy người học này.',
};

/** "Ai đang học?" page. */
export const picker = {
  title: 'Ai đang học?',
  description: 'Chọn người đang học trên máy này. Mỗi người có tiến độ riêng, không cần mật khẩu.',
  intro: 'Chạm vào tên của bạn để học tiếp. Mỗi người có tiến độ riêng trên máy này, không cần tài khoản hay mật khẩu.',
  needJs: 'Cần bật JavaScript để chọn người học. Không có JavaScript, bạn vẫn đọc được mọi bài học.',
  listLabel: 'Người học trên máy này',
  current: 'đang học',
  chooseHint: 'Chạm để học',
  rename: 'Đổi tên',
  remove: 'Xóa',
  confirmRemove: (name: string) =>
    `Xóa “${name}” cùng toàn bộ tiến độ, kết quả kiểm tra và luyện tập của người này trên máy này? Không lấy lại được.`,
  confirmTip: 'Nếu cần giữ lại, hãy tải tệp sao lưu ở trang Tiến độ của tôi trước.',
  confirmYes: 'Xóa hẳn',
  confirmNo: 'Không xóa',
  removed: (name: string) => `Đã xóa “${name}” và dữ liệu của người này.`,
  add: 'Thêm người học',
  addHeading: 'Thêm người học mới',
  editHeading: (name: string) => `Đổi tên, đổi hình của “${name}”`,
  nameLabel: 'Tên gọi',
  nameHint: 'Tên gọi ở nhà cũng được, ví dụ: Bà Lan, Minh. Tối đa 40 chữ cái.',
  iconLegend: 'Chọn một hình dễ nhớ',
  colorLegend: 'Chọn màu',
  save: 'Lưu',
  cancel: 'Hủy',
  added: (name: string) => `Đã thêm “${name}”.`,
  renamed: (name: string) => `Đã lưu: “${name}”.`,
  guest: 'Khách',
  guestHint: 'Học thử, không lưu tiến độ',
  guestActive: 'Bạn đang là Khách: tiến độ không được lưu. Chạm vào tên của bạn để tiến độ được lưu.',
  nowLearning: (name: string) => `Đang học: ${name}.`,
  continue: 'Học tiếp',
  progressLink: 'Xem tiến độ',
};

/** "Tiến độ của tôi" page. */
export const progressPage = {
  learner: 'Người học',
  change: 'Đổi người học',
  guest: 'Bạn đang học với tư cách Khách. Tiến độ chỉ giữ tạm trong thẻ này và mất khi đóng thẻ.',
  modulesHeading: 'Các học phần',
  doneList: (n: number) => `Xem ${n} bài đã học`,
  doneOn: (iso: string) => `xong ngày ${vnDate(iso)}`,
  noLessonDone: 'Chưa học xong bài nào.',
  examsHeading: 'Bài kiểm tra',
  examsNone: 'Bạn chưa làm bài kiểm tra nào.',
  passedHeading: 'Đã đạt',
  best: (earned: number, total: number) => `Điểm cao nhất: ${earned}/${total}`,
  percent: (p: number) => `${p}%`,
  passed: 'Đạt',
  notPassed: 'Chưa đạt',
  attempts: (n: number) => `${n} lần làm`,
  lastOn: (time: number) => `lần gần nhất ngày ${vnDate(time)}`,
  historyCaption: (title: string) => `Các lần làm bài “${title}”`,
  colDate: 'Ngày làm',
  colScore: 'Điểm',
  colResult: 'Kết quả',
  timedOut: 'hết giờ',
  certificatesHeading: 'Giấy chứng nhận',
  certificatesNone: 'Chưa có giấy chứng nhận.',
  certificatesNote:
    'Giấy chứng nhận của trang là giấy tự học, không thay thế xác nhận chính thức của nền tảng Bình dân học vụ số.',
  deleteHeading: 'Xóa dữ liệu của tôi',
  deleteIntro: (name: string) =>
    `Xóa hẳn “${name}” cùng tiến độ bài học, kết quả kiểm tra, kết quả luyện tập và cài đặt trên máy này. Người học khác không bị ảnh hưởng.`,
  deleteButton: 'Xóa dữ liệu của tôi',
  deleteConfirm: (name: string) => `Chắc chắn xóa hẳn dữ liệu của “${name}”? Không lấy lại được.`,
  deleteYes: 'Xóa hẳn',
  deleteNo: 'Không xóa',
  deleted: (name: string) => `Đã xóa “${name}” và toàn bộ dữ liệu của người này trên máy này.`,
  guestNothingToDelete: 'Khách không lưu gì trên máy, nên không có gì để xóa. Đóng thẻ là tiến độ tạm mất hẳn.',
  damagedHeading: 'Dữ liệu hỏng được giữ lại',
  damagedIntro:
    'Những bản dưới đây bị hỏng nên trang đã làm lại từ đầu phần đó. Trang có thể lấy lại những mục còn đọc được và gộp vào dữ liệu hiện tại (không xóa gì).',
  damagedItem: (label: string, iso: string) => `Bản hỏng của ${label}, giữ lại lúc ${vnDateTime(iso)}`,
  salvage: 'Lấy lại phần còn đọc được',
  discard: 'Xóa bản hỏng',
  salvaged: (n: number) => (n > 0 ? `Đã lấy lại dữ liệu của ${n} người học.` : 'Không còn mục nào đọc được trong bản này.'),
  discarded: 'Đã xóa bản hỏng.',
};

/** The backup section of the progress page, before anything is chosen. */
export const backup = {
  heading: 'Sao lưu và chuyển sang máy khác',
  intro:
    'Tiến độ chỉ nằm trên máy này. Hãy tải một tệp sao lưu để giữ an toàn, hoặc chuyển sang máy khác bằng tệp hay mã QR. Không có gì được gửi lên mạng.',
  exportHeading: 'Tải tệp sao lưu',
  exportMe: (name: string) => `Tải tệp sao lưu của ${name}`,
  exportAll: (n: number) => `Tải tệp sao lưu của cả ${n} người trên máy này`,
  everyone: 'cả nhà',
  exported: (file: string) => `Đã tạo tệp “${file}”. Tệp thường nằm trong thư mục Tải về (Download).`,
  importHeading: 'Nhập tệp sao lưu',
  importIntro: 'Chọn tệp sao lưu đã tải trước đây (tên tệp bắt đầu bằng “Học số - sao lưu”). Trang sẽ cho bạn xem trước, chưa thay đổi gì.',
  importLabel: 'Chọn tệp sao lưu',
  guestNoImport: 'Khách không lưu được gì. Hãy chọn tên của bạn ở trang Ai đang học? rồi nhập.',
  reading: 'Đang đọc tệp…',
  qrHeading: 'Chuyển bằng mã QR',
  qrIntro:
    'Dùng khi hai máy ở cạnh nhau. Mã QR mang tên, tiến độ bài học, kết quả luyện tập và điểm các bài kiểm tra (không mang các câu trả lời đã chọn: muốn chuyển đủ, hãy dùng tệp sao lưu).',
  qrShow: (name: string) => `Hiện mã QR của ${name}`,
  qrReceive: 'Nhận từ máy khác',
};
