/** Words of the offline panel, the update prompt and storage use: loaded by every page's script, so kept short. */
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
  storage: {
    usage: (usage: number, quota: number) =>
      `Trang đang dùng ${mb(usage)} bộ nhớ trên thiết bị này; trình duyệt cho phép dùng tối đa khoảng ${mb(quota)}.`,
    offlineReady: 'Toàn bộ bài học đã được lưu để học khi không có mạng.',
    noScript: 'Bật JavaScript để xem dung lượng bộ nhớ trang đang dùng.',
  },
};
