/** Words used by the progress islands; a separate module so pages do not ship every UI string. */
export const t = {
  lessonsDone: (done: number, total: number) => `Đã học ${done}/${total} bài`,
  markDone: 'Đánh dấu đã học',
  done: 'Đã học xong bài này',
  continueHeading: 'Học tiếp',
  continueStart: 'Bắt đầu từ bài đầu tiên',
};
