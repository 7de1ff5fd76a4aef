/**
 * Site-wide guarantees, checked on every page of the build: no accessibility violations,
 * no request to another origin, no horizontal scroll on a 320 px screen, readable without JS.
 */
import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations } from './helpers';

const pages = builtPages();

test('the build has the page types the site needs', () => {
  for (const path of ['/', '/404.html', '/gioi-thieu/', '/tu-dien/', '/tim-kiem/', '/tien-do/']) {
    expect(pages).toContain(path);
  }
  expect(pages.length).toBeGreaterThan(10);
});

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} has no axe violations, a single h1 and no CSP violation`, async ({ page }) => {
      const refused: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toHaveCount(1);
      await expectNoAxeViolations(page, path);
      expect(refused).toEqual([]);
    });
  }
});

test('no page requests anything from another origin', async ({ page, baseURL }) => {
  test.setTimeout(pages.length * 5_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} → ${url}`);
  });
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages.filter((p) => !p.endsWith('.html'))) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('home, module and lesson pages are readable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const moduleLink = page.locator('.module-card a').first();
    await moduleLink.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Các bài học' })).toBeVisible();
    await page.locator('.card-list a').first().click();
    await expect(page.locator('.lesson-body p').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sau bài này' })).toBeVisible();
  });
});
