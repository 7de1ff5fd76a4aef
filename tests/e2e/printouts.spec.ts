/**
 * The printouts as Chromium prints them: lesson handouts (A4, large type, a QR code back to the
 * lesson), the event poster (exactly one page, A4 or A3) and the large-print paper exam. Pages
 * are counted in the PDF Chromium makes ("/Type /Page" objects, not "/Type /Pages"); the QR is
 * read back by a real decoder (jsQR) from a screenshot of the printed code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { builtPages, expectNoAxeViolations } from './helpers';
import { examId } from './quiz-helpers';

/** Width × height of the first page in millimetres, from its /MediaBox (in points). */
function pageSizeMm(pdf: Buffer): [number, number] {
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  const mm = (pt: string | undefined) => Math.round((Number(pt) * 25.4) / 72);
  return [mm(box?.[1]), mm(box?.[2])];
}

/** Counts page objects in a PDF ("/Type /Page", not "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The site's public address, as astro.config.mjs sets it: what every QR code must point to. */
const site = /site:\s*'([^']+)'/.exec(readFileSync(join(process.cwd(), 'astro.config.mjs'), 'utf8'))?.[1] ?? '';

const handouts = builtPages().filter((p) => /^\/[^/]+\/[^/]+\/ban-in\/$/.test(p) && !p.startsWith('/kiem-tra/'));
const firstHandout = handouts[0] ?? '';
const lessonOf = (handout: string) => handout.replace(/ban-in\/$/, '');

/** The page as Chromium prints it; `format` is the paper chosen in the print dialog. */
async function printPdf(page: Page, options: { format?: 'A4' | 'A3'; preferCSSPageSize?: boolean } = {}): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', ...options });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}
const printPages = async (page: Page) => pdfPages(await printPdf(page));

/** Reads a QR code from a screenshot of the element: the PNG is decoded in a blank page's canvas. */
async function readQr(page: Page, code: Locator): Promise<string | undefined> {
  const png = await code.screenshot({ scale: 'device' });
  const decoder = await page.context().newPage();
  try {
    const { width, height, pixels } = await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      return { width: canvas.width, height: canvas.height, pixels: Array.from(data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
  } finally {
    await decoder.close();
  }
}

/** Every published lesson in content/, as "/<module>/<lesson>/". */
function publishedLessons(): string[] {
  const root = join(process.cwd(), 'content/lessons');
  return readdirSync(root).flatMap((module) =>
    readdirSync(join(root, module))
      .filter((file) => file.endsWith('.mdx') && !/^draft:\s*true\s*$/m.test(readFileSync(join(root, module, file), 'utf8')))
      .map((file) => `/${module}/${file.replace(/\.mdx$/, '')}/`),
  );
}

test('there is a handout for every published lesson', () => {
  const lessons = publishedLessons();
  expect(lessons.length).toBeGreaterThan(10);
  expect(handouts.map(lessonOf).sort()).toEqual(lessons.sort());
});

test.describe('lesson handout', () => {
  test('has the lesson without its quiz or simulator, and prints on 1–5 A4 pages without the site header', async ({ page }) => {
    await page.goto(firstHandout);
    const lessonTitle = await page.getByRole('heading', { level: 1 }).innerText();
    await expect(page.getByText(`Bản in của bài “${lessonTitle}”`, { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sau bài này' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ghi nhớ' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nguồn tham khảo' })).toBeVisible();
    await expect(page.getByText('Câu hỏi luyện tập: bạn làm trên trang web')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Luyện tập' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /mô phỏng/i })).toHaveCount(0);
    await expect(page.getByRole('link', { name: new RegExp(`Về bài học: ${lessonTitle}`) })).toHaveAttribute('href', lessonOf(firstHandout));
    await expect(page.getByRole('button', { name: 'In trang này' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'In trang này' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const body = await page.locator('.handout__body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(body).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.01);
    const pages = await printPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(5);
  });

  test('every lesson handout fits on at most six A4 pages', async ({ page }) => {
    test.setTimeout(handouts.length * 8_000 + 30_000); // one PDF each, on a busy 2-core machine
    const counts: Record<string, number> = {};
    for (const path of handouts) {
      await page.goto(path);
      counts[path] = await printPages(page);
    }
    const tally = Object.values(counts).reduce<Record<number, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
    console.log(`A4 pages per handout (pages: handouts): ${JSON.stringify(tally)}`);
    expect(Object.entries(counts).filter(([, n]) => n < 1 || n > 6)).toEqual([]);
  });

  test('its QR code opens the lesson at the site address printed under it', async ({ page }) => {
    await page.goto(firstHandout);
    const expected = new URL(lessonOf(firstHandout), site).href;
    expect(expected).toMatch(/^https:\/\//);
    const figure = page.locator('.handout-qr');
    await expect(figure.getByText(expected, { exact: true })).toBeVisible();
    const code = figure.getByRole('img', { name: /^Mã QR mở bài/ });
    expect(await readQr(page, code)).toBe(expected);
  });

  test('the lesson page links to its handout', async ({ page }) => {
    await page.goto(lessonOf(firstHandout));
    const link = page.getByRole('link', { name: 'In bài này (bản in khổ A4)' });
    await expect(link).toHaveAttribute('href', firstHandout);
    await page.emulateMedia({ media: 'print' });
    await expect(link).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads and prints the same, with a hint instead of the print button', async ({ page }) => {
      await page.goto(firstHandout);
      await expect(page.getByRole('heading', { name: 'Ghi nhớ' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'In trang này' })).toBeHidden();
      await expect(page.getByText('bấm Ctrl + P')).toBeVisible();
      await expect(page.locator('.handout-qr svg path')).toHaveCount(1);
      const pages = await printPages(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(5);
    });
  });
});

test.describe('event poster', () => {
  test('prints on exactly one page in A4 and in A3, with a QR code to the site', async ({ page }) => {
    test.setTimeout(180_000); // four PDFs on a busy 2-core machine
    await page.goto('/giao-vien/ap-phich/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Học số Bình dân');
    await expect(page.getByText('Quét mã để tự học kỹ năng số')).toBeVisible();
    await expect(page.getByText('Không phải trang chính thức', { exact: false })).toBeVisible();
    expect(await readQr(page, page.getByRole('img', { name: 'Mã QR mở trang Học số Bình dân' }))).toBe(new URL('/', site).href);

    // A4 paper chosen in the print dialog, then the page's own size (the poster's @page).
    expect(pdfPages(await printPdf(page, { format: 'A4' }))).toBe(1);
    const a4 = await printPdf(page, { preferCSSPageSize: true });
    expect(pdfPages(a4)).toBe(1);
    expect(pageSizeMm(a4)).toEqual([210, 297]);

    await page.getByRole('radio', { name: /A3/ }).check();
    expect(pdfPages(await printPdf(page, { format: 'A3' }))).toBe(1);
    const a3 = await printPdf(page, { preferCSSPageSize: true });
    expect(pdfPages(a3)).toBe(1);
    expect(pageSizeMm(a3)).toEqual([297, 420]);
  });
});

test.describe('large-print paper exam', () => {
  /** Pages of the whole paper, of its questions alone and of its key alone. */
  async function paperPages(page: Page) {
    const all = await printPages(page);
    const hideOnly = async (selector: string, hidden: boolean) =>
      page.locator(selector).evaluate((el, h) => ((el as HTMLElement).hidden = h), hidden);
    await hideOnly('.paper-key', true);
    const questions = await printPages(page);
    await hideOnly('.paper-key', false);
    await hideOnly('.paper-sheet', true);
    const key = await printPages(page);
    await hideOnly('.paper-sheet', false);
    return { all, questions, key };
  }

  test('prints on more pages than the normal paper, its key still on a page of its own', async ({ page }) => {
    test.setTimeout(240_000); // eight PDFs of a 15-question paper on a busy 2-core machine
    await page.goto(`/kiem-tra/${examId}/ban-in/?de=123456`);
    const toggle = page.getByRole('checkbox', { name: 'Chữ lớn' });
    await expect(toggle).not.toBeChecked();
    const normal = await paperPages(page);
    expect(normal.all).toBe(normal.questions + normal.key);

    await toggle.check();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ de: '123456', chu: 'lon' });
    await expect(page.getByRole('heading', { name: /Đề số 123456/ })).toBeVisible();
    const large = await paperPages(page);
    console.log(`Paper exam pages, normal: ${JSON.stringify(normal)}, large print: ${JSON.stringify(large)}`);
    expect(large.all).toBeGreaterThan(normal.all);
    expect(large.all).toBe(large.questions + large.key);
    await expectNoAxeViolations(page, 'large-print paper');

    // Bookmarked: the address alone brings the large print back.
    await page.goto(`/kiem-tra/${examId}/ban-in/?de=123456&chu=lon`);
    await expect(toggle).toBeChecked();
    expect(await printPages(page)).toBe(large.all);
    await toggle.uncheck();
    expect(new URL(page.url()).search).toBe('?de=123456');
    expect(await printPages(page)).toBe(normal.all);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('?chu=lon prints the normal paper', async ({ page }) => {
      await page.goto(`/kiem-tra/${examId}/ban-in/?chu=lon`);
      await expect(page.locator('.paper-q').first()).toBeVisible();
      await expect(page.locator('.paper--large')).toHaveCount(0);
      expect(await printPages(page)).toBeGreaterThan(1);
    });
  });
});
