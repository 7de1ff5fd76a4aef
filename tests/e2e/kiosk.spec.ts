/**
 * "Ngày hội" kiosk mode as an event station uses it, in real Chromium on the built site: the
 * organiser turns it on with the shortest real timeout (1 minute, a choice of the setup screen),
 * visitors take turns as guests, and Playwright's clock fast-forwards the idle time. A visitor
 * who walks away is warned, then wiped back to the welcome screen while the device's own
 * learner keeps every byte; "Tôi vẫn đang học" keeps the turn; "Kết thúc" ends it after the
 * visitor could save their result; turning kiosk mode off (after a confirmation) gives the
 * normal site back.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { answer, bankOf, plain } from './quiz-helpers';
import { DEFAULT_LESSON, KIOSK_KEY } from '../../src/kiosk/settings';

const HOME = '/ngay-hoi/';
const LESSON = `/${DEFAULT_LESSON}/`;
const [moduleId, slug] = DEFAULT_LESSON.split('/') as [string, string];
const practice = bankOf(moduleId).filter((q) => q.practice && q.lesson === slug);
const PROGRESS = 'hocso:tien-do';
const PRACTICE = 'hocso:luyen-tap';

/**
 * Every hocso: key of the device's localStorage except the kiosk setting itself, read from a
 * page that runs no script (a guest's tab sees its own shadow through the localStorage global).
 */
async function deviceData(page: Page): Promise<Record<string, unknown>> {
  const reader = await page.context().newPage();
  await reader.goto('/robots.txt');
  const all = await reader.evaluate((skip) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('hocso:') && key !== skip) out[key] = JSON.parse(localStorage.getItem(key)!);
    }
    return out;
  }, KIOSK_KEY);
  await reader.close();
  return all;
}

/** Keys of this tab's sessionStorage that hold a guest's data or mark the tab as a guest's. */
const guestKeys = (page: Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((k) => k === 'hocso:khach' || k.startsWith('hocso:khach:')));

const question = (page: Page, n: number) => page.getByRole('region', { name: `Câu ${n}/${practice.length}` });

async function answerPractice(page: Page, count = practice.length): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Luyện tập' })).toBeVisible();
  for (let i = 0; i < count; i++) {
    const scope = question(page, i + 1);
    await answer(scope, practice[i]!, 'right');
    await scope.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(scope.getByText('Đúng rồi!')).toBeVisible();
  }
}

/** The device's own learner ("Người học 1") finishes the same lesson before the event. */
async function realLearnerLearns(page: Page): Promise<Record<string, unknown>> {
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Đánh dấu đã học', exact: true }).click();
  await answerPractice(page, 1);
  const before = await deviceData(page);
  expect(Object.keys((before[PROGRESS] as { data: Record<string, unknown> }).data)).toEqual(['mac-dinh']);
  expect(Object.keys((before[PRACTICE] as { data: Record<string, unknown> }).data)).toEqual(['mac-dinh']);
  return before;
}

async function turnKioskOn(page: Page): Promise<void> {
  await page.goto(HOME);
  await expect(page.getByText('Chế độ Ngày hội đang tắt trên máy này.')).toBeVisible();
  const timeout = page.getByRole('group', { name: 'Tự kết thúc lượt khi không ai chạm máy trong' });
  await expect(timeout.getByRole('radio', { name: '3 phút (nên dùng)' })).toBeChecked();
  await timeout.getByRole('radio', { name: '1 phút', exact: true }).check();
  await page.getByRole('button', { name: 'Bật chế độ Ngày hội trên máy này' }).click();
  await expect(page.getByRole('heading', { name: 'Chào bạn! Mời bạn thử học số' })).toBeVisible();
}

async function startTurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  await page.waitForURL(`**${LESSON}`);
  await expect(page.getByRole('complementary', { name: 'Chế độ Ngày hội' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /đổi người học/ })).toContainText('Khách');
}

/** Nothing wider than the screen: no sideways scrolling at 320 px. */
async function expectNoSidewaysScroll(page: Page, context: string): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `sideways scroll on ${context}`).toBeLessThanOrEqual(widths.screen);
}

const warning = (page: Page) => page.getByRole('alertdialog', { name: 'Bạn còn đó không?' });
const welcome = (page: Page) => page.getByRole('heading', { name: 'Chào bạn! Mời bạn thử học số' });

// Whole visitor turns with axe on long lesson pages: a generous bound for a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a visitor who walks away is warned, then wiped; the device learner keeps everything', async ({ page }) => {
  const before = await realLearnerLearns(page);
  await turnKioskOn(page);
  await startTurn(page);

  // The visitor starts from nothing, whatever the device's learner did in this lesson.
  await expect(page.getByRole('button', { name: 'Đánh dấu đã học', exact: true })).toBeVisible();
  await answerPractice(page);
  await page.getByRole('button', { name: 'Đánh dấu đã học', exact: true }).click();
  expect(await guestKeys(page)).toContain('hocso:khach:hocso:luyen-tap');
  expect(await deviceData(page)).toEqual(before);

  await page.clock.fastForward('00:50');
  await expect(warning(page)).toBeHidden();
  await page.clock.fastForward('00:11');
  await expect(warning(page)).toBeVisible();
  await expect(warning(page).getByRole('button', { name: 'Tôi vẫn đang học' })).toBeFocused();
  await expect(warning(page)).toContainText('Sau 20 giây, bài của bạn sẽ được xóa');
  await expectNoAxeViolations(page, 'inactivity warning');

  await page.clock.fastForward('00:21');
  await page.waitForURL(`**${HOME}`);
  await expect(welcome(page)).toBeVisible();
  expect(await guestKeys(page)).toEqual([]);
  expect(await deviceData(page)).toEqual(before);

  // The next visitor finds nothing of the last one.
  await startTurn(page);
  await expect(page.getByRole('button', { name: 'Đánh dấu đã học', exact: true })).toBeVisible();
  await expect(question(page, 1).getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();
  await page.getByRole('complementary', { name: 'Chế độ Ngày hội' }).getByRole('link', { name: 'Kết thúc lượt học' }).click();
  await expect(page.getByRole('heading', { name: 'Kết quả của bạn', exact: true })).toBeVisible();
  await expect(page.getByText('Bạn chưa trả lời câu hỏi nhanh nào ở cuối bài.')).toBeVisible();
});

test('"Tôi vẫn đang học" keeps the turn and its answers', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await turnKioskOn(page);
  await expectNoSidewaysScroll(page, 'welcome');
  await startTurn(page);
  await expectNoSidewaysScroll(page, 'lesson with the kiosk bar');
  await answerPractice(page, 1);

  await page.clock.fastForward('01:01');
  await expect(warning(page)).toBeVisible();
  await expect(warning(page).getByRole('button', { name: 'Tôi vẫn đang học' })).toBeInViewport();
  await expectNoSidewaysScroll(page, 'inactivity warning');
  await page.clock.fastForward('00:15');
  await warning(page).getByRole('button', { name: 'Tôi vẫn đang học' }).click();
  await expect(warning(page)).toBeHidden();

  // Past the first warning's end: nothing happens, the count started again.
  await page.clock.fastForward('00:30');
  await expect(warning(page)).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(LESSON);
  await expect(question(page, 1).getByText('Đúng rồi!')).toBeVisible();
  await page.getByRole('link', { name: 'Kết thúc lượt học' }).click();
  await expect(page.getByText(`Bạn đã trả lời 1/${practice.length} câu hỏi nhanh, đúng 1 câu.`)).toBeVisible();
});

test('the finish screen shows the score, saves the result, and "Kết thúc" wipes it', async ({ page }) => {
  const before = await realLearnerLearns(page);
  await turnKioskOn(page);
  await startTurn(page);
  await answerPractice(page);
  await page.getByRole('link', { name: 'Kết thúc lượt học' }).click();
  await page.waitForURL(`**${HOME}`);
  await expect(page.getByText(`Bạn trả lời đúng ${practice.length}/${practice.length} câu hỏi nhanh.`)).toBeVisible();
  await expect(page.getByText('Tuyệt vời, bạn đúng hết!')).toBeVisible();
  await expectNoAxeViolations(page, 'finish screen');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp kết quả' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Học số - sao lưu - Khách Ngày hội - \d{2}-\d{2}-\d{4}\.json$/);
  const file = test.info().outputPath('ket-qua.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { learners: { profile: { name: string; id: string }; practice: Record<string, unknown> }[] };
  expect(saved.learners).toHaveLength(1);
  expect(saved.learners[0]!.profile.name).toBe('Khách Ngày hội');
  expect(Object.keys(saved.learners[0]!.practice).sort()).toEqual(practice.map((q) => q.id).sort());

  await page.getByRole('button', { name: 'Hiện mã QR để chuyển sang điện thoại' }).click();
  await expect(page.getByRole('img', { name: /Khách Ngày hội/ })).toBeVisible();

  await page.getByRole('button', { name: 'Kết thúc', exact: true }).click();
  await expect(welcome(page)).toBeVisible();
  expect(await guestKeys(page)).toEqual([]);
  expect(await deviceData(page)).toEqual(before);
  await startTurn(page);
  await page.getByRole('link', { name: 'Kết thúc lượt học' }).click();
  await expect(page.getByText('Bạn chưa trả lời câu hỏi nhanh nào ở cuối bài.')).toBeVisible();
});

test('a page the browser brings back from memory ("Back") is drawn again, not shown with old answers', async ({ page }) => {
  await turnKioskOn(page);
  await startTurn(page);
  await answerPractice(page, 1);
  // Chromium here rarely keeps such pages in its back-forward cache, so the restore is simulated
  // with the event the browser fires then.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))),
  ]);
  await expect(question(page, 1).getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();
  await expect(page.getByText('Đúng rồi!')).toHaveCount(0);
});

test('while on, the pages that manage the device learners send visitors back to the kiosk page', async ({ page }) => {
  await turnKioskOn(page);
  for (const path of ['/nguoi-hoc/', '/tien-do/']) {
    await page.goto(path);
    await page.waitForURL(`**${HOME}`);
  }
});

test('turning kiosk mode off needs a confirmation, then the site is normal again', async ({ page }) => {
  await turnKioskOn(page);
  await page.getByText('Dành cho người tổ chức: cài đặt, tắt chế độ Ngày hội').click();
  await expect(page.getByText('Chế độ Ngày hội đang bật trên máy này.')).toBeVisible();
  await page.getByRole('button', { name: 'Tắt chế độ Ngày hội' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Tắt chế độ Ngày hội trên máy này?' });
  await expect(confirm.getByRole('button', { name: 'Không, giữ chế độ Ngày hội' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Không, giữ chế độ Ngày hội' }).click();
  await page.reload();
  await expect(welcome(page)).toBeVisible();

  await page.getByText('Dành cho người tổ chức: cài đặt, tắt chế độ Ngày hội').click();
  await page.getByRole('button', { name: 'Tắt chế độ Ngày hội' }).click();
  await page.getByRole('button', { name: 'Có, tắt' }).click();
  await expect(page.getByText('Chế độ Ngày hội đang tắt trên máy này.')).toBeVisible();
  await expect(welcome(page)).toBeHidden();

  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Đánh dấu đã học', exact: true }).click();
  await expect(page.getByRole('button', { name: /Đã học xong bài này/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Chế độ Ngày hội' })).toHaveCount(0);
  await page.clock.fastForward('05:00');
  await expect(warning(page)).toHaveCount(0);
  const data = await deviceData(page);
  expect((data[PROGRESS] as { data: Record<string, Record<string, unknown>> }).data['mac-dinh']).toHaveProperty(DEFAULT_LESSON);
  expect(await guestKeys(page)).toEqual([]);
});

test('where the browser keeps nothing, the setup says plainly why kiosk mode cannot be turned on', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto(HOME);
  await expect(page.getByRole('alert').filter({ hasText: 'Trình duyệt này không cho trang lưu gì trên máy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bật chế độ Ngày hội trên máy này' })).toBeDisabled();
});

test('the setup and welcome screens have no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(HOME);
  await expect(page.getByRole('button', { name: 'Bật chế độ Ngày hội trên máy này' })).toBeVisible();
  await expectNoAxeViolations(page, 'setup');
  await expectNoSidewaysScroll(page, 'setup');
  await page.getByRole('button', { name: 'Bật chế độ Ngày hội trên máy này' }).click();
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bắt đầu', exact: true })).toBeVisible();
  await expect(page.getByText(plain('Đọc một bài ngắn'))).toBeVisible();
  await expectNoAxeViolations(page, 'welcome');
  await page.getByText('Dành cho người tổ chức: cài đặt, tắt chế độ Ngày hội').click();
  await expect(page.getByRole('combobox', { name: 'Bài học cho khách thử' })).toHaveValue(DEFAULT_LESSON);
  await expectNoAxeViolations(page, 'welcome with setup open');
  await expectNoSidewaysScroll(page, 'welcome with setup open');
});
