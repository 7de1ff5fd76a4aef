/** Words of the offline panel and the update prompt. */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export const t = {
  panelLabel: 'Học khi không có mạng',
  downloading: (percent: number) => `Đang tải để học offline… ${percent}%`,
  ready: (bytes: number) => `Sẵn sàng học offline (đã lưu ${mb(bytes)} trên máy)`,
  retrying: 'Đang thử tải lại…',
  retry: 'Thử lại',
  errorNetwork: 'Chưa tải được hết để học offline: mạng bị ngắt giữa chừng. Trang vẫn dùng được khi có mạng.',
  errorQuota: 'Chưa tải được để học offline: bộ nhớ máy đã đầy. Hãy xóa bớt ảnh, video hoặc ứng dụng rồi thử lại.',
  errorUnsupported: 'Trình duyệt này không cho lưu trang để học offline. Trang vẫn dùng được khi có mạng.',
  updateAvailable: 'Có phiên bản mới',
  update: 'Cập nhật',
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
  storage: {
    usage: (usage: number, quota: number) =>
      `Trang đang dùng ${mb(usage)} bộ nhớ trên thiết bị này; trình duyệt cho phép dùng tối đa khoảng ${mb(quota)}.`,
    noScript: 'Bật JavaScript để xem dung lượng bộ nhớ trang đang dùng.',
  },
};
