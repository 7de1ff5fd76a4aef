/**
 * The site with a keyboard only, as a learner who cannot use a mouse or touch screen (or a
 * screen-reader user) goes through it: skip link, a lesson, its practice quiz, a whole module
 * exam, and the certificate. No click, check or fill: every control is reached with Tab (so
 * an unreachable control or a keyboard trap fails the test) and used with the keys a person
 * would press. Also the glossary tooltips by keyboard, touch and at 320 px.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { bank, byId, examId, examSize, plain, type Question } from './quiz-helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  const element = target.first();
  await expect(element).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await element.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const isChecked = (el: Locator) => el.evaluate((node) => (node as HTMLInputElement).checked);

/** Chooses a radio of a group: Tab into the group, Space, then arrows until it is checked. */
async function chooseRadio(page: Page, scope: Locator, name: string): Promise<void> {
  const radios = scope.getByRole('radio');
  const target = scope.getByRole('radio', { name, exact: true });
  // With nothing chosen yet, Tab enters the group on its first radio.
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  const count = await radios.count();
  for (let i = 0; i < count && !(await isChecked(target)); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

/** Answers a question rightly with the keyboard, whatever its type. */
async function answerByKeyboard(page: Page, scope: Locator, q: Question): Promise<void> {
  switch (q.type) {
    case 'single':
      return chooseRadio(page, scope, plain(q.options!.find((o) => o.correct)!.text));
    case 'truefalse':
      return chooseRadio(page, scope, q.answer ? 'Đúng' : 'Sai');
    case 'multiple':
    case 'spot': {
      const names = q.type === 'multiple' ? q.options!.filter((o) => o.correct).map((o) => o.text) : q.regions!.filter((r) => r.correct).map((r) => r.label);
      for (const name of names) {
        const box = scope.getByRole('checkbox', { name: plain(name), exact: true });
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      return;
    }
    case 'order': {
      const steps = q.steps!.map((s) => plain(s.text));
      for (let i = 0; i < steps.length; i++) {
        const shown = async () => (await scope.locator('.q-order__text').allTextContents()).map((t) => plain(t));
        if ((await shown()).indexOf(steps[i]!) <= i) continue;
        await tabTo(page, scope.getByRole('button', { name: `Lên: ${steps[i]}`, exact: true }));
        // Focus follows the step as it moves, so Enter again moves it again; one place per
        // press, waiting for each move so a fast second press cannot overshoot.
        for (let at = (await shown()).indexOf(steps[i]!); at > i; at--) {
          await page.keyboard.press('Enter');
          await expect.poll(async () => (await shown()).indexOf(steps[i]!)).toBe(at - 1);
        }
      }
      await expect.poll(async () => (await scope.locator('.q-order__text').allTextContents()).map((t) => plain(t))).toEqual(steps);
      return;
    }
    case 'match': {
      for (const pair of q.pairs!) {
        const select = scope.getByLabel(plain(pair.left), { exact: true });
        await tabTo(page, select);
        const want = plain(pair.right);
        const options = await select.locator('option').count();
        // A closed select changes its value with the arrow keys, without opening a popup.
        for (let i = 0; i < options; i++) {
          const label = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
          if (plain(label) === want) break;
          await page.keyboard.press('ArrowDown');
        }
        await expect(select.locator('option:checked')).toHaveText(want);
      }
    }
  }
}

test('a lesson, its practice quiz, a whole exam and the certificate, with the keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  const practice = bank.filter((q) => q.practice);
  const lesson = practice[0]!.lesson;
  const questions = practice.filter((q) => q.lesson === lesson);

  // The lesson: the skip link is the first stop and lands in the main content.
  await page.goto(`/${examId}/${lesson}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Its practice quiz: every question answered and checked by keyboard.
  for (let n = 1; n <= questions.length; n++) {
    const region = page.getByRole('region', { name: `Câu ${n}/${questions.length}` });
    await answerByKeyboard(page, region, questions[n - 1]!);
    await tabTo(page, region.getByRole('button', { name: 'Kiểm tra' }));
    await page.keyboard.press('Enter');
    await expect(region.getByText('Đúng rồi!')).toBeFocused();
  }
  const done = page.getByRole('button', { name: 'Đánh dấu đã học' });
  await tabTo(page, done, { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '✓ Đã học xong bài này' })).toHaveAttribute('aria-pressed', 'true');

  // The module exam, start to finish.
  await page.goto(`/kiem-tra/${examId}/`);
  await tabTo(page, page.getByRole('button', { name: 'Bắt đầu làm bài' }));
  await page.keyboard.press('Enter');
  for (let n = 1; n <= examSize; n++) {
    const heading = page.getByRole('heading', { name: `Câu ${n}/${examSize}` });
    // A new question takes the focus, so a screen reader reads it and Tab starts from it.
    await expect(heading).toBeFocused();
    const scope = page.locator('section.exam-question');
    const q = byId.get((await scope.getAttribute('data-question-id')) ?? '')!;
    await answerByKeyboard(page, scope, q);
    if (n < examSize) {
      await tabTo(page, page.getByRole('button', { name: 'Câu tiếp' }));
      await page.keyboard.press('Enter');
    }
  }
  await tabTo(page, page.getByRole('button', { name: 'Nộp bài', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nộp bài?' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Nộp bài ngay' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kết quả', exact: true })).toBeFocused();
  await expect(page.getByText(`Bạn đúng ${examSize}/${examSize} câu (100%).`)).toBeVisible();

  // The certificate: confirm the name, issue it, open and print it.
  const name = page.getByLabel('Họ và tên trên giấy chứng nhận');
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Trần Thị Bảy');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Nhận giấy chứng nhận' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã cấp giấy chứng nhận.')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Xem giấy chứng nhận' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chung-nhan\/\?id=GCN-/);
  await expect(page.locator('article.cert').getByText('Trần Thị Bảy', { exact: true })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'In / Lưu PDF' }));
});

test.describe('glossary tooltips in a lesson', () => {
  // The first lesson page that links a glossary word.
  const lessonWithTerm = async (page: Page) => {
    await page.goto(`/${examId}/`);
    const first = page.locator('main a[href*="/' + examId + '/"]').first();
    await page.goto((await first.getAttribute('href'))!);
    const link = page.locator('.term__link').first();
    await expect(link).toBeAttached();
    return link;
  };

  test('a word shows its definition on keyboard focus, is described for screen readers, and Escape hides it', async ({ page }) => {
    const link = await lessonWithTerm(page);
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(tip).toHaveAttribute('role', 'tooltip');
    await expect(tip).toBeHidden();
    const definition = (await tip.textContent())!.trim();
    expect(definition.length).toBeGreaterThan(10);
    await expect(link).toHaveAccessibleDescription(definition);

    await tabTo(page, link);
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(tip).toBeVisible();
  });

  test.describe('on a 320 px touch screen', () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

    test('the first tap opens the definition inside the screen, a second tap opens the glossary', async ({ page }) => {
      const link = await lessonWithTerm(page);
      const href = (await link.getAttribute('href'))!;
      const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
      const lessonUrl = page.url();
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await expect(tip).toBeVisible();
      const popup = tip.locator('xpath=..');
      await expect(popup).toContainText('Chạm lần nữa để mở Từ điển');
      expect(page.url()).toBe(lessonUrl);
      const box = (await popup.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // A tap elsewhere closes it; tapping the word twice follows the link.
      await page.locator('h1').tap();
      await expect(tip).toBeHidden();
      await link.tap();
      await link.tap();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });
  });
});
