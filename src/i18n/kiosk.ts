/**
 * Words of "Ngày hội" kiosk mode: the page (/ngay-hoi/: setup, welcome, finish) and, apart, the
 * bar and the warning every page shows while it is on (loaded only in kiosk mode).
 */

/** The bar and the inactivity warning (src/kiosk/runtime.ts). */
export const kioskBar = {
  label: 'Chế độ Ngày hội',
  text: 'Chế độ Ngày hội',
  end: 'Kết thúc lượt học',
  warnHeading: 'Bạn còn đó không?',
  warnText: (seconds: number) =>
    `Không thấy ai chạm vào máy. Sau ${seconds} giây, bài của bạn sẽ được xóa để người sau dùng máy.`,
  countdown: (seconds: number) => `Còn ${seconds} giây`,
  stillHere: 'Tôi vẫn đang học',
  notHere: 'Trong chế độ Ngày hội, trang này không mở được. Đang chuyển về trang Ngày hội…',
};

/** The /ngay-hoi/ page. */
export const kioskPage = {
  title: 'Ngày hội toàn dân học tập số',
  description:
    'Chế độ Ngày hội cho máy dùng chung: mỗi người đến thử một bài học ngắn và vài câu hỏi, máy tự xóa bài khi họ rời đi.',
  intro: 'Trang dành cho máy dùng chung ở điểm trải nghiệm Ngày hội toàn dân học tập số: mỗi người đến thử một bài ngắn, người sau không thấy bài của người trước.',
  needJs: 'Cần bật JavaScript để dùng chế độ Ngày hội. Bạn vẫn đọc được mọi bài học.',
};

export const kioskWelcome = {
  heading: 'Chào bạn! Mời bạn thử học số',
  lead: 'Chỉ khoảng 5 phút, bạn sẽ:',
  steps: (lesson: string) => [
    `Đọc một bài ngắn: “${lesson}”.`,
    'Trả lời vài câu hỏi nhanh ở cuối bài.',
    'Xem kết quả, và lưu lại nếu bạn muốn.',
  ],
  privacy: 'Không cần tài khoản. Khi bạn rời đi, máy không giữ lại gì của bạn, trừ khi bạn tự lưu kết quả.',
  start: 'Bắt đầu',
  noLesson: 'Chưa có bài học nào để thử. Người tổ chức hãy chọn bài ở phần cài đặt.',
};

export const kioskFinish = {
  heading: 'Kết quả của bạn',
  lesson: (title: string) => `Bài bạn vừa học: “${title}”.`,
  score: (right: number, total: number) => `Bạn trả lời đúng ${right}/${total} câu hỏi nhanh.`,
  partial: (answered: number, total: number, right: number) =>
    `Bạn đã trả lời ${answered}/${total} câu hỏi nhanh, đúng ${right} câu.`,
  none: 'Bạn chưa trả lời câu hỏi nhanh nào ở cuối bài.',
  allRight: 'Tuyệt vời, bạn đúng hết!',
  thanks: 'Cảm ơn bạn đã thử học!',
  backToLesson: 'Quay lại bài học',
  saveHeading: 'Lưu kết quả của bạn',
  saveIntro:
    'Muốn học tiếp ở nhà? Chuyển kết quả sang điện thoại của bạn. Nếu không lưu, kết quả sẽ bị xóa khi bạn bấm Kết thúc.',
  qrSteps:
    'Trên điện thoại của bạn: mở trang Học số, vào “Tiến độ của tôi”, bấm “Nhận từ máy khác”, rồi quét mã QR hiện ở đây.',
  qrShow: 'Hiện mã QR để chuyển sang điện thoại',
  download: 'Tải tệp kết quả',
  downloadNote: 'Tệp được lưu vào thư mục Tải về (Download) của máy này: nếu bạn chép tệp đi, nhớ xóa tệp trên máy này.',
  downloaded: (file: string) => `Đã tạo tệp “${file}” trong thư mục Tải về của máy này.`,
  saveFailed: 'Chưa tạo được tệp. Bạn hãy thử lại, hoặc dùng mã QR.',
  guestName: 'Khách Ngày hội',
  endHeading: 'Xong rồi?',
  endIntro: 'Bấm Kết thúc để xóa bài của bạn trên máy này và nhường máy cho người sau.',
  end: 'Kết thúc',
};

export const kioskSetup = {
  heading: 'Cài đặt cho người tổ chức',
  summary: 'Dành cho người tổ chức: cài đặt, tắt chế độ Ngày hội',
  intro:
    'Bật chế độ Ngày hội trên máy dùng chung (máy tính, máy tính bảng) đặt ở điểm trải nghiệm. Cài đặt chỉ áp dụng cho máy này.',
  how: [
    'Mỗi người đến bấm “Bắt đầu” và học với tư cách Khách: dữ liệu của những người học trên máy này không bị đụng tới.',
    'Nếu không ai chạm máy trong thời gian bạn chọn, trang hỏi “Bạn còn đó không?”. Sau 20 giây không ai trả lời, trang xóa bài của khách và quay về màn hình chào.',
    'Trên mọi trang có thanh “Kết thúc lượt học”. Trang “Ai đang học?” và “Tiến độ của tôi” không mở được khi đang bật.',
  ],
  honest:
    'Lưu ý: chế độ này giúp khách không lỡ tay tắt nó hay đụng vào dữ liệu của người khác, nhưng không phải khóa bảo mật. Không có mật khẩu: ai bấm xác nhận cũng tắt được.',
  statusOn: 'Chế độ Ngày hội đang bật trên máy này.',
  statusOff: 'Chế độ Ngày hội đang tắt trên máy này.',
  timeoutLegend: 'Tự kết thúc lượt khi không ai chạm máy trong',
  minutes: (n: number) => `${n} phút`,
  defaultMark: ' (nên dùng)',
  lessonLabel: 'Bài học cho khách thử',
  lessonOption: (title: string, minutes: number) => `${title} (${minutes} phút)`,
  turnOn: 'Bật chế độ Ngày hội trên máy này',
  turnOff: 'Tắt chế độ Ngày hội',
  confirmOff:
    'Tắt chế độ Ngày hội trên máy này? Sau khi tắt, trang dùng như bình thường và bài học được lưu lại trên máy.',
  confirmYes: 'Có, tắt',
  confirmNo: 'Không, giữ chế độ Ngày hội',
  saved: 'Đã lưu cài đặt.',
  turnedOn: 'Đã bật chế độ Ngày hội. Màn hình chào đã sẵn sàng cho khách.',
  turnedOff: 'Đã tắt chế độ Ngày hội.',
  noStorage:
    'Trình duyệt này không cho trang lưu gì trên máy (có thể đang ở chế độ ẩn danh, hoặc đã tắt lưu trữ). Chế độ Ngày hội cần lưu cài đặt nên chưa bật được: hãy mở trang trong một cửa sổ thường.',
};
