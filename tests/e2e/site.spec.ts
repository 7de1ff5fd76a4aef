/**
 * The build has the pages the site needs, and they read without JavaScript. The checks run on
 * every page (axe in three reading settings, one h1, CSP, 320 px width, touch targets, nothing
 * from another origin) are one loop in accessibility.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './helpers';

const pages = builtPages();

test('the build has the page types the site needs', () => {
  for (const path of ['/', '/404.html', '/gioi-thieu/', '/tu-dien/', '/tim-kiem/', '/tien-do/']) {
    expect(pages).toContain(path);
  }
  expect(pages.length).toBeGreaterThan(10);
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
