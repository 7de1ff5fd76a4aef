/**
 * Words of the read-aloud feature, loaded with its code on the first press. The one label the
 * quiz button needs before that ("Nghe câu hỏi") is in read-aloud-button.ts: a bundler puts a
 * whole module into a chunk, and lesson pages cannot carry all of these words.
 */

/** Spoken and shown while reading; loaded on demand. */
export const readAloudText = {
  listenLesson: 'Nghe đọc bài',
  barLabel: 'Nghe đọc bài',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục',
  stop: 'Dừng',
  previous: 'Câu trước',
  next: 'Câu sau',
  speed: 'Tốc độ',
  /** 0.8 → "0,8×". */
  rate: (rate: number) => `${String(rate).replace('.', ',')}×`,
  rateName: (rate: number) =>
    rate < 1 ? `Chậm (${readAloudText.rate(rate)})` : rate > 1 ? `Nhanh (${readAloudText.rate(rate)})` : `Bình thường (1×)`,
  position: (n: number, total: number) => `Câu ${n}/${total}`,
  announce: {
    loading: 'Đang chuẩn bị giọng đọc…',
    playing: 'Đang đọc.',
    paused: 'Đã tạm dừng.',
    idle: 'Đã dừng đọc.',
    ended: 'Đã đọc hết bài.',
    error: 'Máy không đọc được đoạn này. Bạn hãy thử lại.',
  },
  stopQuestion: 'Dừng đọc',
  /** Spoken before a picture's description. */
  picture: 'Hình minh họa',
  /** "Phương án A: …" */
  option: (letter: string) => `Phương án ${letter}`,
  item: (n: number) => `Mục ${n}`,
  trueLabel: 'Đúng',
  falseLabel: 'Sai',
  unsupported: 'Trình duyệt này không có chức năng đọc to. Bạn hãy thử Chrome, Edge hoặc Safari bản mới.',
  noVoice: {
    heading: 'Máy của bạn chưa có giọng đọc tiếng Việt',
    why: 'Trang chỉ đọc bằng giọng tiếng Việt, để bạn nghe đúng dấu. Bạn có thể cài thêm giọng miễn phí:',
    android:
      'Điện thoại Android: mở Cài đặt, tìm “Chuyển văn bản thành giọng nói”, chọn công cụ của Google, rồi cài giọng tiếng Việt.',
    windows: 'Máy tính Windows: Cài đặt → Thời gian và ngôn ngữ → Giọng nói → Thêm giọng nói → Tiếng Việt.',
    iphone: 'iPhone, iPad: Cài đặt → Trợ năng → Nội dung được đọc → Giọng nói → Tiếng Việt.',
    note: 'Tên mục có thể khác tùy máy. Cài xong, bạn tải lại trang này.',
    close: 'Đóng',
  },
  settings: {
    heading: 'Giọng đọc',
    intro: 'Chọn giọng và tốc độ khi nghe đọc bài và câu hỏi.',
    voice: 'Giọng tiếng Việt',
    defaultVoice: 'Giọng tiếng Việt của máy (tự chọn)',
    onDevice: 'có sẵn trong máy',
    online: 'cần mạng',
    speed: 'Tốc độ đọc',
    tryIt: 'Nghe thử',
    sample: 'Xin chào. Đây là giọng đọc bạn đã chọn để nghe bài học.',
    loading: 'Đang tìm giọng đọc trên máy…',
  },
};
