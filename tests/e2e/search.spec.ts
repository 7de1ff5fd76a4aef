/**
 * Search in a real browser, on the built site: the search code and index load only when a
 * search box is used; a learner can type, reach a result and open it with the keyboard alone,
 * landing on the right heading; "no results" offers the glossary and the modules; glossary
 * terms are found; the box works without JavaScript; no axe violations, no CSP refusals.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const INDEX = /\/tim-kiem\/chi-muc-[0-9a-f]+\.json$/;

/** Presses Tab until the element is focused (keyboard only, as a learner would). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}

/** The search box's live region (the page has other status regions). */
const status = (page: Page) => page.getByRole('status', { name: 'Kết quả tìm kiếm' });

function watchCsp(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
  });
  return refused;
}

test.describe('search page', () => {
  test('keyboard only: type with a typo, arrow to the first result, Enter opens the lesson at the heading', async ({ page }) => {
    const refused = watchCsp(page);
    await page.goto('/tim-kiem/');
    const box = page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' });
    await tabTo(page, box);
    await page.keyboard.type('mat khua');
    await expect(status(page)).toContainText('bài học phù hợp với “mat khua”');

    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('list', { name: 'Bài học' }).getByRole('link').first();
    await expect(first).toBeFocused();
    await expect(first).toContainText('Mật khẩu');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('list', { name: 'Bài học' }).getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();

    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/internet-an-toan\/mat-khau-va-khoa-man-hinh\/#.+/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/internet-an-toan\/mat-khau-va-khoa-man-hinh\/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toHaveCount(1);
    await expect(heading).toBeInViewport();
    expect(refused).toEqual([]);
  });

  test('results show the module and a snippet with the words marked in the original text', async ({ page }) => {
    await page.goto('/tim-kiem/?q=lua%20dao');
    const hits = page.getByRole('list', { name: 'Bài học' }).getByRole('listitem');
    await expect(hits.first()).toBeVisible();
    await expect(page.locator('.search-hits mark', { hasText: /lừa đảo/i }).first()).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' })).toHaveValue('lua dao');
  });

  test('glossary terms are found and link to the glossary', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' }).fill('otp');
    const term = page.getByRole('list', { name: 'Trong từ điển' }).getByRole('link', { name: 'Mã OTP' });
    await expect(term).toHaveAttribute('href', '/tu-dien/#otp');
  });

  test('no results: says so, and offers the glossary and every module', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' }).fill('qqqq zzzz');
    await expect(status(page)).toHaveText('Không tìm thấy bài học nào với “qqqq zzzz”.');
    const panel = page.locator('[data-search-results]');
    await expect(panel.getByRole('link', { name: 'Tra từ điển các từ ngữ công nghệ' })).toHaveAttribute('href', '/tu-dien/');
    // Every module of the table of contents below, and the glossary.
    const modules = await page.getByRole('heading', { level: 3 }).getByRole('link').allTextContents();
    expect(modules.length).toBeGreaterThan(0);
    for (const title of modules) await expect(panel.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(panel.getByRole('link')).toHaveCount(1 + modules.length);
  });

  test('has no axe violations, empty, with results and with none', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expectNoAxeViolations(page, 'empty search page');
    const box = page.getByRole('searchbox', { name: 'Bạn muốn tìm gì?' });
    await box.fill('vnied');
    await expect(page.getByRole('list', { name: 'Bài học' })).toBeVisible();
    await expect(status(page)).not.toBeEmpty();
    await expectNoAxeViolations(page, 'search page with results');
    await box.fill('qqqq zzzz');
    await expect(status(page)).toContainText('Không tìm thấy');
    await expectNoAxeViolations(page, 'search page without results');
  });

  test('without JavaScript, the table of contents lists every lesson', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tim-kiem/?q=vneid');
    await expect(page.getByRole('heading', { name: 'Mục lục tất cả bài học' })).toBeVisible();
    await expect(page.getByRole('link', { name: /VNeID là gì/ })).toBeVisible();
    await context.close();
  });
});

test.describe('header search box', () => {
  test('loads the search code and index on first focus, not with the page', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (INDEX.test(path) || /\/_astro\/ui\.[\w-]+\.js$/.test(path)) loaded.push(path);
    });
    await page.goto('/dien-thoai-thong-minh/nut-bam-va-cu-chi/', { waitUntil: 'networkidle' });
    expect(loaded).toEqual([]);
    const index = page.waitForResponse((response) => INDEX.test(new URL(response.url()).pathname));
    await page.getByRole('searchbox', { name: 'Tìm bài học' }).focus();
    expect((await index).ok()).toBe(true);
    expect(loaded.some((path) => INDEX.test(path))).toBe(true);
  });

  test('keyboard only: Tab to the box, type, Tab to a result, Enter opens it', async ({ page }) => {
    const refused = watchCsp(page);
    await page.goto('/');
    await tabTo(page, page.getByRole('searchbox', { name: 'Tìm bài học' }));
    await page.keyboard.type('dich vu cong');
    const results = page.getByRole('list', { name: 'Bài học' });
    await expect(results.getByRole('link').first()).toContainText('Cổng Dịch vụ công quốc gia');
    await expect(status(page)).toContainText('bài học phù hợp');
    await expectNoAxeViolations(page, 'header results open');
    await page.keyboard.press('Tab'); // the "Tìm" button
    await page.keyboard.press('Tab'); // the first result
    await expect(results.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/dich-vu-cong\/cong-dich-vu-cong-quoc-gia\//);
    expect(refused).toEqual([]);
  });

  test('Escape closes the results and returns to the box', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Tìm bài học' });
    await box.fill('vneid');
    const results = page.getByRole('list', { name: 'Bài học' });
    await expect(results).toBeVisible();
    await box.press('ArrowDown');
    await expect(results.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(results).toBeHidden();
  });

  test('Enter in the box sends the query to the search page, with or without JavaScript', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/gioi-thieu/');
      const box = page.getByRole('searchbox', { name: 'Tìm bài học' });
      await box.fill('lừa đảo');
      await box.press('Enter');
      await expect(page).toHaveURL(/\/tim-kiem\/\?q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('lừa đảo');
      if (javaScriptEnabled) await expect(page.getByRole('list', { name: 'Bài học' }).getByRole('link').first()).toBeVisible();
      await context.close();
    }
  });
});
