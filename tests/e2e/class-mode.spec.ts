/**
 * The projector class mode as a teacher drives it with a keyboard or a presentation clicker:
 * picking a set on the picker with Tab, arrows and Enter, then walking the presentation with
 * the clicker's keys only. The countdown is moved with Playwright's clock, never real waits.
 * Expected answers are read from the bank files in content/, so the test follows the content.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { bank, examId, plain, type Question } from './quiz-helpers';

type Explained = Omit<Question, 'options'> & { options?: { text: string; correct?: boolean; explain: string }[] };

const moduleId = examId;
const practice = (bank as Explained[]).filter((q) => q.practice);
// A lesson whose practice set opens with a one-answer question, so its key is a single letter.
const lesson = practice.find((q) => q.type === 'single' && practice.find((p) => p.lesson === q.lesson) === q)!.lesson;
const lessonSet = practice.filter((q) => q.lesson === lesson);
const firstQuestion = lessonSet[0]!;
const fixedSize = Math.min(10, bank.filter((q) => !q.practice).length);
const picker = '/lop-hoc/trinh-chieu/';

const heading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Câu \d+ \/ \d+$|^Hết câu hỏi$/ });
const status = (page: Page) => page.locator('.cm').getByRole('status');
const answerLine = (page: Page) => page.locator('.cm-answer');
const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
const timer = (page: Page) => page.getByRole('timer');
const stage = (page: Page) => page.getByRole('region', { name: /^Câu \d+ \/ \d+$|^Hết câu hỏi$/ });

/** Seconds on the countdown, read as the room sees it. */
async function secondsLeft(page: Page): Promise<number> {
  const match = /(\d+) giây/.exec((await timer(page).textContent()) ?? '');
  if (!match?.[1]) throw new Error('no countdown on screen');
  return Number(match[1]);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

/** Moves a focused <select> with arrow keys until it shows `value`. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  for (let i = 0; i < 40 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

test('a teacher picks a lesson set by keyboard and presents it with the clicker keys', async ({ page }) => {
  // Many key presses on a busy 2-core machine: a generous bound, not a timing check.
  test.setTimeout(120_000);
  // The test moves the clock in big jumps; the few real seconds a busy machine adds are
  // allowed for in the bounds below, far smaller than the jumps they are compared with.
  await page.clock.install({ time: new Date('2026-11-22T08:00:00+07:00') });
  await page.goto(picker);
  await expect(page.getByRole('heading', { level: 1, name: 'Trình chiếu câu hỏi trên lớp' })).toBeVisible();

  const setSelect = page.locator(`#bo-${moduleId}`);
  await tabTo(page, setSelect);
  await arrowTo(page, setSelect, `bai-${lesson}`);
  await page.keyboard.press('Tab');
  const countdown = page.locator(`#gio-${moduleId}`);
  await expect(countdown).toBeFocused();
  await arrowTo(page, countdown, '30');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/lop-hoc/trinh-chieu/${moduleId}/\\?bo=bai-${lesson}&gio=30$`));
  const total = lessonSet.length;
  await expect(heading(page)).toHaveText(`Câu 1 / ${total}`);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(plain(firstQuestion.prompt))).toBeVisible();

  // The countdown is large on screen and ticks with the clock.
  const before = await secondsLeft(page);
  expect(before).toBeGreaterThan(25);
  await page.clock.runFor(5_000);
  await expect.poll(() => secondsLeft(page)).toBeLessThanOrEqual(before - 5);
  expect(await secondsLeft(page)).toBeGreaterThan(before - 10);

  // The letter of the right option, as the room sees it before the answer.
  const shown = (await page.locator('.cm-option__text').allTextContents()).map(plain);
  const right = firstQuestion.options!.find((o) => o.correct)!;
  const letter = String.fromCharCode(65 + shown.indexOf(plain(right.text)));
  expect(shown).toHaveLength(firstQuestion.options!.length);

  await page.keyboard.press('ArrowRight');
  await expect(answerLine(page)).toHaveText(`Đáp án: ${letter}`);
  await expect(status(page)).toHaveText(`Đáp án: ${letter}`);
  const rightItem = page.locator('.review-item').filter({ hasText: plain(right.text) });
  await expect(rightItem).toContainText('✓ Đáp án đúng');
  await expect(rightItem).toContainText(spaces(right.explain));
  await expect(page.locator('.review-item__explain')).toHaveCount(firstQuestion.options!.length);
  await expect(page.getByText('✓ Đáp án đúng')).toHaveCount(1);
  // The countdown pauses while the class reads the answer.
  const frozen = await timer(page).textContent();
  await page.clock.runFor(5_000);
  await expect(timer(page)).toHaveText(frozen!);

  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText(`Câu 2 / ${total}`);
  await expect(status(page)).toContainText(`Câu 2 trên ${total}`);
  await expect(page.getByText(plain(lessonSet[1]!.prompt))).toBeVisible();
  // A new question starts its own countdown.
  expect(await secondsLeft(page)).toBeGreaterThan(25);

  await page.keyboard.press('PageUp');
  await expect(heading(page)).toHaveText(`Câu 1 / ${total}`);
  await expect(answerLine(page)).toHaveText(`Đáp án: ${letter}`);
  await page.keyboard.press('PageUp');
  await expect(answerLine(page)).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText(`Câu ${total} / ${total}`);
  await expect(page.getByText(plain(lessonSet[total - 1]!.prompt))).toBeVisible();

  // Blank screen: b blacks it out and holds the countdown, "." brings it back.
  await page.keyboard.press('b');
  const blank = page.getByRole('button', { name: /Màn hình đang tắt/ });
  await expect(blank).toBeVisible();
  await expect(blank).toBeFocused();
  await expect(status(page)).toHaveText('Đã tắt màn hình.');
  const held = await secondsLeft(page);
  await page.clock.runFor(15_000);
  await page.keyboard.press('.');
  await expect(blank).toHaveCount(0);
  await expect(heading(page)).toHaveText(`Câu ${total} / ${total}`);
  expect(await secondsLeft(page)).toBeGreaterThan(held - 5);

  // Time out is shown and announced; the teacher still decides when to show the answer.
  await page.clock.runFor(30_000);
  await expect(timer(page)).toHaveText(/Hết giờ/);
  await expect(status(page)).toHaveText('Hết giờ.');
  await expect(page.locator('.cm-answer, .review-list')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${picker}$`));
});

test('keys typed in a form control are left to that control', async ({ page }) => {
  await page.goto(`${picker}${moduleId}/?bo=de-10&gio=30`);
  await expect(heading(page)).toHaveText(`Câu 1 / ${fixedSize}`);
  const select = page.getByRole('combobox', { name: 'Đếm ngược' });
  await tabTo(page, select);
  for (const key of ['b', '.', 'Enter', ' ', 'PageDown']) await page.keyboard.press(key);
  await expect(page.getByRole('button', { name: /Màn hình đang tắt/ })).toHaveCount(0);
  await expect(heading(page)).toHaveText(`Câu 1 / ${fixedSize}`);
  await expect(page.locator('.cm-answer')).toHaveCount(0);
});

test('a fixed set runs from Home to End and on to the end screen', async ({ page }) => {
  await page.goto(picker);
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^Trình chiếu: `) }).nth(await moduleIndex(page)));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?bo=de-10&gio=0$/);
  await expect(heading(page)).toHaveText(`Câu 1 / ${fixedSize}`);
  await expect(timer(page)).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText(`Câu ${fixedSize} / ${fixedSize}`);
  await page.keyboard.press(' ');
  await expect(page.locator('.cm-answer, .review-item').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Hết câu hỏi');
  await expect(status(page)).toHaveText('Hết câu hỏi');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText(`Câu ${fixedSize} / ${fixedSize}`);
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText(`Câu 1 / ${fixedSize}`);
});

test('the picker and every screen of the presenter pass axe', async ({ page }) => {
  // Up to a dozen axe runs on a busy machine: a generous bound, not a timing check.
  test.setTimeout(240_000);
  await page.goto(picker);
  await expectNoAxeViolations(page, 'picker');
  await page.goto(`${picker}${moduleId}/?bo=de-15&gio=30`);
  const total = Math.min(15, bank.filter((q) => !q.practice).length);
  await expect(heading(page)).toHaveText(`Câu 1 / ${total}`);
  await expectNoAxeViolations(page, 'presenter, question');
  // Every question type of the set, before and after its answer.
  const seen = new Set<string>();
  for (let step = 0; step < total * 2; step++) {
    const key = `${await page.locator('.cm').getAttribute('data-type')}:${step % 2}`;
    if (!seen.has(key)) {
      seen.add(key);
      await expectNoAxeViolations(page, `presenter, step ${step}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toBeVisible();
  }
  await expect(heading(page)).toHaveText('Hết câu hỏi');
  await expectNoAxeViolations(page, 'presenter, end screen');
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: /Màn hình đang tắt/ })).toBeFocused();
  await expectNoAxeViolations(page, 'presenter, blank screen');
});

/** Position of the module's card on the picker, to find its start button. */
async function moduleIndex(page: Page): Promise<number> {
  const ids = await page.locator('select[name="bo"]').evaluateAll((els) => els.map((el) => el.id));
  return ids.indexOf(`bo-${moduleId}`);
}

test('every step has an on-screen button for a mouse or a touch screen', async ({ page }) => {
  await page.goto(`${picker}${moduleId}/?bo=bai-${lesson}`);
  const controls = page.getByRole('navigation', { name: 'Điều khiển trình chiếu' });
  await expect(controls.getByRole('button', { name: '← Lùi lại' })).toHaveAttribute('aria-disabled', 'true');
  await controls.getByRole('button', { name: 'Hiện đáp án →' }).click();
  await expect(page.locator('.cm-answer')).toBeVisible();
  await controls.getByRole('button', { name: 'Câu tiếp →' }).click();
  await expect(heading(page)).toHaveText(`Câu 2 / ${lessonSet.length}`);
  await controls.getByRole('button', { name: '← Lùi lại' }).click();
  await expect(page.locator('.cm-answer')).toBeVisible();

  await controls.getByRole('button', { name: 'Tắt màn hình' }).click();
  await page.getByRole('button', { name: /Màn hình đang tắt/ }).click();
  await expect(controls.getByRole('button', { name: 'Tắt màn hình' })).toBeFocused();

  await controls.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect(page.getByRole('button', { name: 'Thoát toàn màn hình' })).toBeVisible();
  await page.getByRole('button', { name: 'Thoát toàn màn hình' }).click();
  await expect(page.getByRole('button', { name: 'Toàn màn hình' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Đếm ngược' }).selectOption('60');
  await expect(timer(page)).toHaveCount(0);
  await controls.getByRole('button', { name: '← Lùi lại' }).click();
  await expect(timer(page)).toHaveText(/60 giây/);
  await expect(stage(page)).toBeVisible();
});

test('an address naming no set of the module says so and shows the fixed set', async ({ page }) => {
  await page.goto(`${picker}${moduleId}/?bo=bai-khong-co-bai-nay`);
  await expect(page.getByText('Địa chỉ không ghi bộ câu hỏi nào có trong học phần này')).toBeVisible();
  await expect(heading(page)).toHaveText(`Câu 1 / ${fixedSize}`);
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the answers of a whole set fit without sideways scroll', async ({ page }) => {
    await page.goto(`${picker}${moduleId}/?bo=de-15&gio=30`);
    await expect(heading(page)).toBeVisible();
    const total = Math.min(15, bank.filter((q) => !q.practice).length);
    for (let step = 0; step < total * 2; step++) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `step ${step}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
    }
    await expect(heading(page)).toHaveText('Hết câu hỏi');
  });
});
