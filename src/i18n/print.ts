/**
 * The words of the printouts: the lesson handout (bản in khổ A4) and the event-station poster.
 * The large-print option of the paper exam lives with the rest of that page in quiz-paper.ts.
 */
export const printText = {
  print: 'In trang này',
  noScript: 'Để in, bạn dùng lệnh In của trình duyệt (trên máy tính: bấm Ctrl + P).',
  handout: {
    titleSuffix: 'bản in',
    description: (title: string) => `Bản in khổ A4, chữ lớn, của bài “${title}”, để học trên giấy hoặc phát cho lớp.`,
    screenNote: (title: string) => `Bản in của bài “${title}”: khổ A4, chữ lớn, không có phần luyện tập.`,
    back: 'Về bài học',
    link: 'In bài này (bản in khổ A4)',
    practiceNote: 'Câu hỏi luyện tập: bạn làm trên trang web (quét mã QR ở cuối bản in).',
    simulatorNote: (title: string) => `Mô phỏng “${title}”: bạn thử trên trang web (quét mã QR ở cuối bản in).`,
    qrLabel: (title: string) => `Mã QR mở bài “${title}” trên trang web`,
    qrCaption: 'Quét mã này bằng camera điện thoại để mở bài học và làm câu hỏi luyện tập:',
  },
  poster: {
    hub: 'Dành cho giáo viên',
    title: 'Áp phích trạm học “Ngày hội toàn dân học tập số”',
    description: 'Áp phích in khổ A4 hoặc A3 cho trạm học kỹ năng số trong Ngày hội toàn dân học tập số 10/10.',
    screenNote: 'Áp phích để dán ở trạm học trong ngày hội. In đúng một trang, khổ A4 hoặc A3.',
    sizeLegend: 'Khổ giấy',
    a4: 'A4 (thường)',
    a3: 'A3 (to gấp đôi)',
    sizeHint: 'Chọn khổ giấy ở đây và chọn cùng khổ đó trong hộp thoại In.',
    event: 'Ngày hội toàn dân học tập số · 10/10',
    call: 'Quét mã để tự học kỹ năng số',
    terms: 'Miễn phí · Không cần tài khoản · Học được cả khi không có mạng',
    learnHeading: 'Bạn sẽ học được',
    learn: [
      { icon: 'phone', text: 'Dùng điện thoại thông minh: gọi, nhắn, chụp ảnh, Zalo' },
      { icon: 'alert', text: 'Nhận ra tin giả và chiêu lừa đảo trên mạng' },
      { icon: 'id-card', text: 'Dịch vụ công trực tuyến, VNeID' },
      { icon: 'cart', text: 'Mua bán, trả tiền bằng mã QR an toàn' },
    ],
    qrLabel: 'Mã QR mở trang Học số Bình dân',
    notOfficial:
      'Không phải trang chính thức của Nhà nước: đây là trang tự học, không phải VNeID hay binhdanhocvuso.gov.vn.',
  },
} as const;
