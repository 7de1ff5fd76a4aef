/**
 * Teachers' pages: the hub links every guide in content/guides, a guide shows its 45-minute
 * plan with running times, and printing a guide on A4 gives a few pages without the site's
 * header and navigation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

interface GuideFile {
  id: string;
  title: string;
  plan: { minutes: number; title: string }[];
}

const guidesDir = join(process.cwd(), 'content/guides');
const guides: GuideFile[] = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(join(guidesDir, f), 'utf8')) as Omit<GuideFile, 'id'>) }));

/** Page objects in a PDF: "/Type /Page" but not the "/Type /Pages" tree node. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;

test('the hub links every guide, and the site footer links the hub', async ({ page }) => {
  expect(guides.length).toBeGreaterThanOrEqual(3);
  await page.goto('/giao-vien/');
  for (const guide of guides) {
    await expect(page.getByRole('link', { name: guide.title, exact: true })).toHaveAttribute('href', `/giao-vien/${guide.id}/`);
  }
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Dành cho giáo viên' }).click();
  await expect(page).toHaveURL(/\/giao-vien\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the hub links lesson handouts, paper exams and the class tools', async ({ page }) => {
  await page.goto('/giao-vien/');
  for (const path of ['/lop-hoc/trinh-chieu/', '/lop-hoc/', '/ngay-hoi/', '/giao-vien/ap-phich/', '/kiem-tra/cuoi-khoa/ban-in/', '/dien-thoai-thong-minh/nut-bam-va-cu-chi/ban-in/']) {
    await expect(page.getByRole('main').locator(`a[href="${path}"]`)).toHaveCount(1);
  }
});

test('a guide shows its plan as a table with running times from 0 to 45 minutes', async ({ page }) => {
  const guide = guides.find((g) => g.id === 'dien-thoai-thong-minh')!;
  await page.goto(`/giao-vien/${guide.id}/`);
  await expect(page.getByRole('heading', { level: 1, name: guide.title })).toBeVisible();
  const table = page.getByRole('table', { name: /Các phần của buổi học/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(guide.plan.length + 1);
  let from = 0;
  for (const [i, part] of guide.plan.entries()) {
    const row = rows.nth(i + 1);
    await expect(row.getByRole('rowheader')).toContainText(`${from}–${from + part.minutes} phút`);
    await expect(row.getByRole('cell')).toContainText(part.title);
    from += part.minutes;
  }
  expect(from).toBe(45);
  await expect(rows.last().getByRole('rowheader')).toContainText('–45 phút');
});

test('the print button opens the browser print dialog', async ({ page }) => {
  await page.goto('/giao-vien/dien-thoai-thong-minh/');
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.getByRole('button', { name: 'In hướng dẫn' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a guide is readable and tells how to print instead of showing a dead button', async ({ page }) => {
    await page.goto('/giao-vien/internet-an-toan/');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'In hướng dẫn' })).toBeHidden();
    await expect(page.getByText(/Ctrl \+ P/)).toBeVisible();
  });
});

for (const guide of guides) {
  test(`printing the ${guide.id} guide on A4 gives 2–6 pages without the site header`, async ({ page }) => {
    await page.goto(`/giao-vien/${guide.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In hướng dẫn' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('table')).toBeVisible();
    const pages = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });
}
