/**
 * Self-study certificates in a real browser on the built site: pass a module exam, issue the
 * certificate under a name typed with HTML in it, find it on the progress page, print it to
 * one A4 landscape page, open its verify link and see "intact", then see "edited" once one
 * character of the link changes. Also the retake cool-down on the exam intro.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { answer, current, examSize, startExam } from './quiz-helpers';
import { decodeFragment, encodeFragment } from '../../src/lib/certificate/fragment';

const NAME = '<b>Ba</b> Nguyễn';

async function passExam(page: Page): Promise<void> {
  await startExam(page);
  for (let n = 1; n <= examSize; n++) {
    const { scope, q } = await current(page, n);
    await answer(scope, q, 'right');
    if (n < examSize) await page.getByRole('button', { name: 'Câu tiếp' }).click();
  }
  await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
  await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
  await expect(page.getByText('✓ Đạt')).toBeVisible();
}

/** Counts page objects in a PDF ("/Type /Page", not "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('a passed exam gives a certificate that prints on one A4 page and verifies offline-style from its QR link', async ({ page }) => {
  await passExam(page);

  const name = page.getByLabel('Họ và tên trên giấy chứng nhận');
  await expect(name).toHaveValue('Người học 1');
  await name.fill(NAME);
  await page.getByRole('button', { name: 'Nhận giấy chứng nhận' }).click();
  await expect(page.getByText('Đã cấp giấy chứng nhận.')).toBeVisible();
  await expectNoAxeViolations(page, 'exam results with certificate');

  await page.goto('/tien-do/');
  const section = page.getByRole('region', { name: 'Giấy chứng nhận' });
  await expect(section.getByText('Chưa có giấy chứng nhận.')).toHaveCount(0);
  await section.getByRole('link', { name: /^Kiểm tra học phần/ }).click();

  await expect(page).toHaveURL(/\/chung-nhan\/\?id=GCN-/);
  const sheet = page.locator('article.cert');
  await expect(sheet.getByText(NAME, { exact: true })).toBeVisible();
  await expect(sheet.locator('b')).toHaveCount(0);
  await expect(sheet.getByText('Giấy chứng nhận tự học — không thay thế xác nhận trên nền tảng VNeID / Bình dân học vụ số')).toBeVisible();
  await expect(sheet).toContainText('binhdanhocvuso.gov.vn');
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();
  await expectNoAxeViolations(page, 'certificate page');

  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(1);

  const verify = await page.getByRole('link', { name: 'Mã QR mở trang xác minh giấy chứng nhận này' }).getAttribute('href');
  expect(verify).toMatch(/\/xac-minh\/#gcn1\./);
  const link = new URL(verify!);
  expect(link.origin).toBe(new URL(page.url()).origin);

  await page.goto(verify!);
  const verdict = page.getByRole('status').filter({ hasText: /nguyên vẹn|bị sửa/ });
  await expect(verdict).toContainText('Còn nguyên vẹn');
  await expect(page.getByText(NAME, { exact: true })).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
  await expectNoAxeViolations(page, 'verify page, intact');

  // One character of the link changed, as a forger would.
  const i = link.hash.length - 7;
  const changed = link.hash.slice(0, i) + (link.hash[i] === 'A' ? 'B' : 'A') + link.hash.slice(i + 1);
  await page.goto(`${link.origin}${link.pathname}${changed}`);
  await expect(verdict).toContainText('Đã bị sửa');
  await expectNoAxeViolations(page, 'verify page, edited');

  // A readable edit: the score raised, the code left as it was.
  const original = decodeFragment(link.hash)!;
  await page.goto(`${link.origin}${link.pathname}#${encodeFragment({ ...original, name: 'Ba Nguyễn' })}`);
  await expect(verdict).toContainText('Đã bị sửa: thông tin không khớp');
  await page.goto(verify!);
  await expect(verdict).toContainText('Còn nguyên vẹn');
});

test('after an attempt the exam waits out its cool-down before a retake', async ({ page }) => {
  await passExam(page);
  await page.getByRole('button', { name: 'Làm bài mới' }).click();
  await expect(page.getByText(/Hãy ôn lại rồi làm lại sau (10:00|9:5\d) nữa/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeDisabled();
});

test('a guest must type a name before the certificate is issued', async ({ page }) => {
  await page.goto('/nguoi-hoc/');
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/nguoi-hoc/')),
    page.getByRole('button', { name: /^Khách/ }).first().click(),
  ]);
  await passExam(page);
  await expect(page.getByLabel('Họ và tên trên giấy chứng nhận')).toHaveValue('');
  await page.getByLabel('Họ và tên trên giấy chứng nhận').fill('Khách Thử');
  await page.getByRole('button', { name: 'Nhận giấy chứng nhận' }).click();
  await expect(page.getByText('Đã cấp giấy chứng nhận.')).toBeVisible();
});
