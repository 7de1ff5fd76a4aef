/**
 * Offline: after one visit the service worker has stored the whole site, so with the network
 * off every page opens (also ones never visited), "/x" and "/x/" both work, and an unknown
 * address shows the offline page. A file that cannot be downloaded is reported, not hidden.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, builtHeading } from './helpers';
import { ATTEMPTS_KEY, answer, bank, current, examId, startExam } from './quiz-helpers';

const READY = /Sẵn sàng học offline/;

async function visitAndWaitUntilReady(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Học khi không có mạng' })).toContainText(READY, { timeout: 30_000 });
}

test('after one visit every page opens without network', async ({ page, context }) => {
  test.setTimeout(120_000);
  await visitAndWaitUntilReady(page);
  await context.setOffline(true);
  const pages = builtPages().filter((p) => p !== '/404.html');
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveText(builtHeading(path));
  }
});

test('the first visit does not reload the page when the worker takes control', async ({ page }) => {
  let loads = 0;
  page.on('load', () => loads++);
  await visitAndWaitUntilReady(page);
  await page.waitForTimeout(1500);
  expect(loads).toBe(1);
});

test('offline, a practice quiz and an exam work and keep their progress for when the network is back', async ({ page, context }) => {
  test.setTimeout(90_000);
  await visitAndWaitUntilReady(page);
  await context.setOffline(true);

  const practice = bank.filter((q) => q.practice);
  const q = practice[0]!;
  const inLesson = practice.filter((p) => p.lesson === q.lesson);
  await page.goto(`/${examId}/${q.lesson}/`);
  const first = page.getByRole('region', { name: `Câu 1/${inLesson.length}` });
  await answer(first, q, 'right');
  await first.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(first.getByText('Đúng rồi!')).toBeVisible();

  await startExam(page);
  const { scope, q: examQuestion } = await current(page, 1);
  await answer(scope, examQuestion, 'right');
  await page.reload();
  await expect(page.locator('section.exam-question')).toHaveAttribute('data-question-id', examQuestion.id);

  await context.setOffline(false);
  await page.goto('/');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ATTEMPTS_KEY);
  const open = Object.values(saved.data as Record<string, { open: Record<string, { answers: Record<string, unknown> }> }>)[0]!.open[examId]!;
  expect(Object.keys(open.answers)).toEqual([examQuestion.id]);
});

test('offline, search finds lessons typed without diacritics and opens them', async ({ page, context }) => {
  await visitAndWaitUntilReady(page);
  await context.setOffline(true);
  await page.goto('/tim-kiem/');
  await page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' }).fill('lua dao');
  await expect(page.getByRole('status', { name: 'Kết quả tìm kiếm' })).toContainText('“lua dao”');
  const first = page.getByRole('list', { name: 'Bài học' }).getByRole('link').first();
  await first.click();
  await expect(page.locator('h1')).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe('/tim-kiem/');
});

test('an address without the trailing slash opens the same page offline', async ({ page, context }) => {
  await visitAndWaitUntilReady(page);
  await context.setOffline(true);
  await page.goto('/gioi-thieu');
  await expect(page.getByRole('heading', { level: 1, name: 'Giới thiệu' })).toBeVisible();
});

test('an unknown address offline shows the offline page, not the 404 page', async ({ page, context }) => {
  await visitAndWaitUntilReady(page);
  await context.setOffline(true);
  await page.goto('/khong-co-trang-nay/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn đang không có mạng' })).toBeVisible();
});

test('the panel reports the stored size once ready', async ({ page }) => {
  await visitAndWaitUntilReady(page);
  await expect(page.getByRole('status', { name: 'Học khi không có mạng' })).toContainText(/đã lưu [\d,.]+ MB/);
});

test.describe('when a file of the site cannot be downloaded', () => {
  test('the learner is told and offered a retry instead of a half-offline site', async ({ page, context }) => {
    await context.route('**/gioi-thieu/index.html', (route) => route.fulfill({ status: 500, body: 'lỗi' }));
    await page.goto('/');
    const panel = page.getByRole('status', { name: 'Học khi không có mạng' });
    await expect(panel).toContainText(/Chưa tải được/, { timeout: 30_000 });
    await expect(panel).not.toContainText(READY);
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  });
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('pages cannot open offline, which is what the worker is for', async ({ page, context }) => {
    await page.goto('/');
    await context.setOffline(true);
    await expect(page.goto('/gioi-thieu/')).rejects.toThrow();
  });
});
