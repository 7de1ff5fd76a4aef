/**
 * Every UI string of the site, in Vietnamese. Lessons and questions live in content/;
 * this module holds only the words of the interface, so another language can follow.
 */
export const t = {
  siteName: 'Học số Bình dân',
  siteTagline: 'Tự học kỹ năng số cơ bản, miễn phí, học được cả khi không có mạng',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  /** Shown in a glossary tooltip opened by a tap: a second tap opens the glossary. */
  termTapAgain: '(Chạm lần nữa để mở Từ điển.)',
  /** Name of the box around a table in a lesson, which scrolls sideways on a small screen. */
  tableRegion: 'Bảng (vuốt ngang nếu không thấy hết)',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    search: 'Tìm kiếm',
    progress: 'Tiến độ của tôi',
    exams: 'Kiểm tra',
    glossary: 'Từ điển',
    about: 'Giới thiệu',
  },
  footer: {
    notOfficial:
      'Đây là trang tự học, không phải nền tảng VNeID hay binhdanhocvuso.gov.vn. Giấy chứng nhận ở đây không thay thế xác nhận chính thức.',
    privacy: 'Tiến độ học chỉ lưu trên thiết bị này, không gửi đi đâu.',
    about: 'Giới thiệu và quyền riêng tư',
    teachers: 'Dành cho giáo viên',
  },
  breadcrumb: 'Đường dẫn',
  illustration: 'Hình minh họa',
  callout: {
    warning: 'Cảnh báo',
    tip: 'Mẹo',
    android: 'Trên điện thoại Android',
    iphone: 'Trên iPhone',
  },
  home: {
    modulesHeading: 'Sáu học phần',
    howHeading: 'Học thế nào?',
    how: [
      'Chọn một học phần, đọc từng bài theo thứ tự. Mỗi bài chỉ mất 5–10 phút.',
      'Cuối mỗi bài có vài câu hỏi luyện tập để tự kiểm tra, làm lại bao nhiêu lần cũng được.',
      'Học xong một học phần, làm bài kiểm tra có tính giờ giống bài kiểm tra trên nền tảng chính thức.',
      'Sau lần mở đầu tiên, trang học được cả khi tắt mạng.',
    ],
    examsHeading: 'Bài kiểm tra',
  },
  module: {
    lessonsHeading: 'Các bài học',
    minutes: (n: number) => `${n} phút`,
    lessonCount: (n: number) => `${n} bài`,
    progressLabel: 'Tiến độ học phần',
    examLink: 'Làm bài kiểm tra học phần',
  },
  lesson: {
    objectivesHeading: 'Sau bài này',
    sourcesHeading: 'Nguồn tham khảo',
    checked: 'kiểm tra ngày',
    reviewed: 'Nội dung được rà soát ngày',
    previous: 'Bài trước',
    next: 'Bài tiếp theo',
    backToModule: 'Về học phần',
    area: 'Nhóm kỹ năng',
    minutes: (n: number) => `Khoảng ${n} phút đọc`,
  },
  install: {
    heading: 'Cài trang vào điện thoại',
    why: 'Cài vào màn hình chính để mở nhanh như một ứng dụng, kể cả khi không có mạng. Không tốn thêm dung lượng đáng kể.',
    button: 'Cài vào màn hình chính',
    done: 'Đã cài xong. Bạn có thể mở trang từ biểu tượng “Học số” trên màn hình chính.',
    iphoneTitle: 'Trên iPhone, iPad',
    iphoneSteps: [
      'Mở trang này bằng trình duyệt Safari.',
      'Chạm vào nút Chia sẻ (hình vuông có mũi tên chỉ lên) ở cạnh dưới màn hình.',
      'Kéo xuống, chạm “Thêm vào MH chính”.',
      'Chạm “Thêm” ở góc trên bên phải.',
    ],
    androidTitle: 'Trên điện thoại Android và máy tính',
    androidSteps: [
      'Mở trang này bằng Chrome (hoặc Edge trên máy tính).',
      'Chạm vào nút ba chấm ⋮ ở góc trên bên phải.',
      'Chọn “Thêm vào màn hình chính” hoặc “Cài đặt ứng dụng”.',
      'Nếu mở trang trong Zalo hay Facebook, hãy chọn “Mở bằng trình duyệt” trước.',
    ],
  },
  search: {
    tocHeading: 'Mục lục tất cả bài học',
    seeAlso: 'Xem thêm',
  },
  glossary: {
    intro: 'Giải thích ngắn các từ ngữ công nghệ trong bài học. Trong bài, từ có gạch chân chấm sẽ dẫn tới đây.',
    letters: 'Chữ cái đầu',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Trang bạn tìm không có hoặc đã đổi địa chỉ. Bạn có thể về trang chủ hoặc tìm bài học.',
    home: 'Về trang chủ',
  },
  date: (d: Date) =>
    d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
} as const;
