/**
 * Class results without a server, in a real browser on the built site: a learner finishes a
 * module exam and shows the result QR; on another device the teacher creates a class and
 * receives that QR as a photo, more learners' codes as QR images rendered here and as pasted
 * text; a rescan adds nothing, a tampered code is refused, the CSV file downloads with its BOM
 * and rows, and the class is still there after a reload.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, openHydrated } from './helpers';
import { answer, bank, current, examId, examSize, plain, startExam } from './quiz-helpers';
import { encodeResult, makeResult, type ClassResult } from '../../src/lib/class-results/format';
import { qrSvg } from '../../src/lib/qr-svg';

const CLASS = 'Lớp sáng thứ Bảy — thôn 3';
const LEARNER = 'Nguyễn Văn A';
/** A learner whose name a spreadsheet would run as a formula. */
const FORMULA_NAME = '=1+1 Bà Tư';
const WRONG_COUNT = 2;

/** Takes the module exam answering the first WRONG_COUNT questions wrongly; returns their ids. */
async function finishExam(page: Page): Promise<string[]> {
  await startExam(page);
  const wrong: string[] = [];
  for (let n = 1; n <= examSize; n++) {
    const { scope, q } = await current(page, n);
    await answer(scope, q, n <= WRONG_COUNT ? 'wrong' : 'right');
    if (n <= WRONG_COUNT) wrong.push(q.id);
    if (n < examSize) await page.getByRole('button', { name: 'Câu tiếp' }).click();
  }
  await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
  await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
  await expect(page.getByText('✓ Đạt')).toBeVisible();
  return wrong;
}

/** A QR code rendered as a PNG, as another learner's phone would show it. */
async function qrPng(browser: Browser, text: string): Promise<Buffer> {
  const context = await browser.newContext();
  const painter = await context.newPage();
  await painter.setContent(`<body style="margin:0;background:#fff"><div style="width:360px">${qrSvg(text, { label: 'QR' })}</div></body>`);
  const png = await painter.locator('svg').screenshot();
  await context.close();
  return png;
}

/** A result as another learner's device makes it, from the exam's own questions. */
function otherResult(name: string, asked: string[], wrong: string[], minutesAgo: number): ClassResult {
  const earned = asked.length - wrong.length;
  const result = makeResult({
    examId,
    name,
    earned,
    total: asked.length,
    passed: earned * 100 >= 80 * asked.length,
    asked,
    wrong,
    submittedAt: Date.now() - minutesAgo * 60_000,
    seconds: 9 * 60 + 30,
  });
  if (!result) throw new Error(`name refused: ${name}`);
  return result;
}

test('results travel from learners to the teacher by QR photo and pasted text, once each, and leave as a CSV file', async ({ page, browser }) => {
  // A whole exam and two devices: a generous bound for a busy 2-core machine, not a speed check.
  test.setTimeout(180_000);
  // The learner's device: finish the exam, show the result QR under a typed name.
  const wrong = await finishExam(page);
  await page.getByRole('button', { name: 'Hiện mã QR kết quả cho giáo viên' }).click();
  await page.getByLabel('Họ và tên để giáo viên ghi vào lớp').fill(LEARNER);
  await page.getByRole('button', { name: 'Tạo mã QR' }).click();
  const code = page.getByRole('img', { name: `Mã QR kết quả bài kiểm tra của ${LEARNER}` });
  await expect(code).toBeVisible();
  await expect(page.getByText(`${LEARNER} — ${examSize - WRONG_COUNT}/${examSize}`)).toBeVisible();
  const text = (await code.getAttribute('data-result-text'))!;
  expect(text).toMatch(/^HSKQ1:[0-9A-Z$%*+\-./: ]+$/);
  expect(text.length).toBeLessThan(700);
  await expect(page.getByLabel('Nội dung mã (nếu giáo viên cần gõ hoặc dán)')).toHaveValue(text);
  await expectNoAxeViolations(page, 'exam results with the result QR');
  const learnerPhoto = await code.screenshot();

  // The teacher's device.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  // Typing before the page's island is ready would be lost to its first render.
  await openHydrated(teacher, '/lop-hoc/');
  await expect(teacher.getByText('Chưa có lớp nào. Hãy tạo lớp đầu tiên.')).toBeVisible();
  await teacher.getByLabel('Tên lớp mới').fill(CLASS);
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click();
  await expect(teacher.getByLabel('Lớp đang xem')).toHaveValue(/^lop-/);
  await expect(teacher.getByLabel('Lớp đang xem').locator('option:checked')).toHaveText(CLASS);

  const status = teacher.getByRole('status').filter({ hasText: /Đã thêm|đã có trong lớp|Đang đọc/ });
  const alert = (message: string) => teacher.getByRole('alert').filter({ hasText: message });
  const rows = teacher.getByRole('region', { name: 'Bảng điểm', exact: true }).locator('tbody tr');
  const photo = teacher.getByLabel('Chọn ảnh chụp mã QR');

  // 1. The learner's QR, photographed from their screen.
  await photo.setInputFiles({ name: 'ma-1.png', mimeType: 'image/png', buffer: learnerPhoto });
  await expect(status).toHaveText(`Đã thêm: ${LEARNER} — ${examSize - WRONG_COUNT}/${examSize}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(LEARNER);
  await expect(rows.first()).toContainText('✓ Đạt');

  // 2. The same photo again: nothing added.
  await photo.setInputFiles({ name: 'ma-1-lai.png', mimeType: 'image/png', buffer: learnerPhoto });
  await expect(status).toHaveText(`Kết quả này của ${LEARNER} đã có trong lớp, không thêm lại.`);
  await expect(rows).toHaveCount(1);

  // 3. Another learner's code, rendered here as a QR image: a fail that shares a wrong question.
  const examQuestions = bank.filter((q) => !q.practice).map((q) => q.id);
  const hardest = wrong[0]!;
  const asked = [hardest, ...examQuestions.filter((id) => id !== hardest).slice(0, examSize - 1)];
  const other = otherResult(FORMULA_NAME, asked, asked.filter((id) => id !== wrong[1]).slice(0, 10), 30);
  await photo.setInputFiles({ name: 'ma-2.png', mimeType: 'image/png', buffer: await qrPng(browser, encodeResult(other)) });
  await expect(status).toHaveText(`Đã thêm: ${FORMULA_NAME} — ${examSize - 10}/${examSize}`);
  await expect(rows).toHaveCount(2);

  // 4. A tampered code, as an image and as text: refused, nothing added.
  const fields = text.split('/');
  fields[fields.length - 1] = fields[fields.length - 1]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
  const tampered = fields.join('/');
  await photo.setInputFiles({ name: 'sua.png', mimeType: 'image/png', buffer: await qrPng(browser, tampered) });
  await expect(alert('Mã xác minh không khớp: kết quả đã bị sửa hoặc chép sai. Không thêm vào lớp.')).toBeVisible();
  const raised = encodeResult({ ...other, earned: other.earned + 1 });
  await teacher.getByLabel('Dán nội dung mã').fill(raised);
  await teacher.getByRole('button', { name: 'Thêm vào lớp' }).click();
  await expect(alert('Điểm trong mã không khớp với các câu trả lời: mã đã bị sửa.')).toBeVisible();
  await teacher.getByLabel('Dán nội dung mã').fill('https://vi-du-gia.xyz/nhan-qua');
  await teacher.getByRole('button', { name: 'Thêm vào lớp' }).click();
  await expect(alert('Đây không phải mã kết quả của trang Học số.')).toBeVisible();
  await expect(rows).toHaveCount(2);

  // 5. The first learner's earlier attempt, pasted as text (a scanner that types): a separate row.
  const earlier = otherResult(LEARNER, asked, asked.slice(0, 6), 24 * 60);
  await teacher.getByLabel('Dán nội dung mã').fill(encodeResult(earlier).toLowerCase());
  await teacher.getByRole('button', { name: 'Thêm vào lớp' }).click();
  await expect(status).toHaveText(`Đã thêm: ${LEARNER} — ${examSize - 6}/${examSize}`);
  await expect(rows).toHaveCount(3);
  const learnerRows = rows.filter({ hasText: LEARNER });
  await expect(learnerRows).toHaveCount(2);
  await expect(learnerRows.last()).toContainText('2 lần · mới nhất · cao nhất');
  await expect(learnerRows.first()).not.toContainText('mới nhất');

  // The class figures: the question both learners got wrong comes first, with its prompt.
  const hardestList = teacher.getByRole('heading', { name: 'Câu khó nhất' }).locator('xpath=following-sibling::ol[1]');
  await expect(hardestList.locator('li').first()).toContainText(plain(bank.find((q) => q.id === hardest)!.prompt));
  await expect(hardestList.locator('li').first()).toContainText('2/2 học viên làm sai');
  await expect(teacher.getByRole('region', { name: 'Điểm trung bình từng bài học' }).locator('tbody tr').first()).toBeVisible();
  await expect(teacher.getByRole('heading', { name: 'Bài khó nhất' })).toBeVisible();
  await expectNoAxeViolations(teacher, 'class page with results');
  // A wide table scrolls in its own box: the page never scrolls sideways on a 320 px phone.
  await teacher.setViewportSize({ width: 320, height: 640 });
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await teacher.setViewportSize({ width: 1280, height: 720 });

  // The CSV file.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Tải tệp CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lop-sang-thu-bay-thon-3-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Họ và tên,Bài kiểm tra,Điểm,Tổng điểm,Phần trăm,Kết quả,Thời gian làm (phút:giây),Ngày giờ nộp,Câu sai,Mã xác minh');
  expect(lines.filter((l) => l.startsWith(`${LEARNER},`))).toHaveLength(2);
  expect(lines.some((l) => l.startsWith(`'${FORMULA_NAME},`) && l.includes(',Chưa đạt,'))).toBe(true);
  expect(lines.some((l) => l.startsWith(`${LEARNER},`) && l.includes(`,${examSize - WRONG_COUNT},${examSize},`) && l.includes(',Đạt,'))).toBe(true);
  expect(lines.at(-1)).toBe('');
  expect(lines).toHaveLength(5);

  // Removing a row, then a reload: the class and its remaining results are still there.
  await rows.filter({ hasText: FORMULA_NAME }).getByRole('button', { name: /^Xóa/ }).click();
  await expect(rows).toHaveCount(2);
  await teacher.reload();
  await expect(teacher.getByLabel('Lớp đang xem').locator('option:checked')).toHaveText(CLASS);
  await expect(rows).toHaveCount(2);
  await teacherContext.close();
});

test('the teacher creates, renames and deletes a class, and a duplicate name is refused', async ({ page }) => {
  await openHydrated(page, '/lop-hoc/');
  await page.getByLabel('Tên lớp mới').fill('Lớp chiều');
  await page.getByRole('button', { name: 'Tạo lớp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo lớp: Lớp chiều.' })).toBeVisible();
  await page.getByLabel('Tên lớp mới').fill('lớp chiều');
  await page.getByRole('button', { name: 'Tạo lớp' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Đã có lớp tên này.' })).toBeVisible();
  await page.getByRole('button', { name: 'Đổi tên lớp' }).click();
  await page.getByLabel('Tên mới của lớp').fill('Lớp chiều thứ Năm');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(page.getByLabel('Lớp đang xem').locator('option:checked')).toHaveText('Lớp chiều thứ Năm');
  await page.getByRole('button', { name: 'Xóa lớp' }).click();
  await expect(page.getByText('Xóa lớp “Lớp chiều thứ Năm” cùng 0 kết quả? Không lấy lại được.')).toBeVisible();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByText('Chưa có lớp nào. Hãy tạo lớp đầu tiên.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Chưa có lớp nào. Hãy tạo lớp đầu tiên.')).toBeVisible();
  await expectNoAxeViolations(page, 'class page, no class');
});
