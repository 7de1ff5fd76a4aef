/**
 * The quiz as a learner uses it, in a real browser on the built site: the practice quiz of a
 * lesson, a module exam passed and failed, resuming after a reload, and the automatic submit
 * when time runs out. The answers come from the bank files in content/, so the tests follow
 * the content as writers change it.
 *
 * Time-out is tested by moving the saved attempt's deadline in localStorage (what a learner's
 * device would hold after a long break): production code has no test-only switch.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { ATTEMPTS_KEY, answer, bank, current, examId, examSize, startExam } from './quiz-helpers';

async function answerAll(page: Page, mode: 'right' | 'wrong'): Promise<void> {
  for (let n = 1; n <= examSize; n++) {
    const { scope, q } = await current(page, n);
    await answer(scope, q, mode);
    if (n < examSize) await page.getByRole('button', { name: 'Câu tiếp' }).click();
  }
}

const clockSeconds = async (page: Page) => {
  const [m, s] = (await page.locator('.exam-timer__clock').innerText()).split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

/** Moves the deadline of the attempt in progress, as if the learner had been away. */
async function setDeadline(page: Page, msFromNow: number): Promise<void> {
  await page.evaluate(
    ({ key, exam, ms }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
      for (const learner of Object.values(stored.data) as { open: Record<string, { deadline: number }> }[]) {
        const attempt = learner.open[exam];
        if (attempt) attempt.deadline = Date.now() + ms;
      }
      localStorage.setItem(key, JSON.stringify(stored));
    },
    { key: ATTEMPTS_KEY, exam: examId, ms: msFromNow },
  );
}

test.describe('practice quiz in a lesson', () => {
  const practice = bank.filter((q) => q.practice);
  const clickable = (q: { type: string }) => ['single', 'multiple', 'truefalse'].includes(q.type);
  // A lesson whose practice quiz has a question that can be answered wrongly by one click.
  const lesson = practice.find((q) => clickable(q) && practice.filter((p) => p.lesson === q.lesson).indexOf(q) > 0)!.lesson;
  const questions = practice.filter((q) => q.lesson === lesson);

  test('checks an answer, explains every option and lets the learner retry', async ({ page }) => {
    await page.goto(`/${examId}/${lesson}/`);
    await expect(page.getByRole('heading', { name: 'Luyện tập' })).toBeVisible();
    const first = page.getByRole('region', { name: `Câu 1/${questions.length}` });
    const check = first.getByRole('button', { name: 'Kiểm tra' });
    await expect(check).toBeDisabled();
    await answer(first, questions[0]!, 'right');
    await check.click();
    await expect(first.getByText('Đúng rồi!')).toBeFocused();
    await expect(first.getByText('Đáp án đúng').first()).toBeVisible();
    await expectNoAxeViolations(page, 'practice feedback');
    await first.getByRole('button', { name: 'Làm lại' }).click();
    await expect(first.getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();

    const wrongable = questions.findIndex((q, i) => i > 0 && clickable(q));
    expect(wrongable).toBeGreaterThan(0);
    const other = page.getByRole('region', { name: `Câu ${wrongable + 1}/${questions.length}` });
    await answer(other, questions[wrongable]!, 'wrong');
    await other.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(other.getByText(/Chưa đúng/)).toBeVisible();
  });
});

test.describe('module exam', () => {
  test('answered all right: passes, with no accessibility violation on any screen', async ({ page }) => {
    await page.goto(`/kiem-tra/${examId}/`);
    await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeEnabled();
    await expectNoAxeViolations(page, 'exam intro');
    await startExam(page);
    await expectNoAxeViolations(page, 'exam question');
    await answerAll(page, 'right');
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Nộp bài?' })).toBeFocused();
    await expect(page.getByText('Bạn đã trả lời tất cả các câu.')).toBeVisible();
    await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
    await expect(page.getByRole('heading', { name: 'Kết quả', exact: true })).toBeFocused();
    await expect(page.getByText('✓ Đạt')).toBeVisible();
    await expect(page.getByText(`Bạn đúng ${examSize}/${examSize} câu (100%).`)).toBeVisible();
    await expectNoAxeViolations(page, 'exam results');
  });

  test('answered all wrong: fails, lists unanswered questions and reviews every question', async ({ page }) => {
    await startExam(page);
    await answerAll(page, 'wrong');
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Nộp bài?' })).toBeVisible();
    const unanswered = await page.locator('.exam-jump button').count();
    if (unanswered > 0) await expect(page.getByText(`Còn ${unanswered} câu chưa trả lời:`)).toBeVisible();
    await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
    await expect(page.getByText('✗ Chưa đạt')).toBeVisible();
    await expect(page.getByText(`Bạn đúng 0/${examSize} câu (0%).`)).toBeVisible();
    const review = page.locator('.exam-review__item');
    await expect(review).toHaveCount(examSize);
    for (const item of await review.all()) {
      await expect(item.getByRole('heading', { level: 4 })).toContainText('✗');
      await expect(item.getByRole('link', { name: /^Ôn lại bài: / })).toBeVisible();
    }
    await expect(page.getByRole('table')).toBeVisible();

    await page.getByRole('button', { name: 'Làm bài mới' }).click();
    await expect(page.getByRole('heading', { name: 'Các lần làm trước' })).toBeVisible();
  });

  test('a reload comes back to the same question with the same answers, and the clock keeps running', async ({ page }) => {
    await startExam(page);
    const first = await current(page, 1);
    await answer(first.scope, first.q, 'right');
    await page.getByRole('button', { name: 'Câu tiếp' }).click();
    const second = await current(page, 2);
    await answer(second.scope, second.q, 'right');
    await page.getByRole('button', { name: 'Đánh dấu xem lại' }).click();
    await page.waitForTimeout(2100);
    const before = await clockSeconds(page);
    expect(before).toBeLessThan(20 * 60);

    await page.reload();
    await expect(page.getByRole('heading', { name: `Câu 2/${examSize}` })).toBeVisible();
    await expect(page.locator('section.exam-question')).toHaveAttribute('data-question-id', second.q.id);
    await expect(page.getByText(`Đã trả lời 2/${examSize} câu`)).toBeVisible();
    const bar = page.getByRole('progressbar', { name: 'Số câu đã trả lời' });
    await expect(bar).toHaveJSProperty('value', 2);
    await expect(bar).toHaveJSProperty('max', examSize);
    await expect(page.getByRole('button', { name: 'Đánh dấu xem lại' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Câu 2, đã trả lời, đã đánh dấu' })).toBeVisible();
    expect(await clockSeconds(page)).toBeLessThanOrEqual(before);
    await page.getByRole('button', { name: 'Câu trước' }).click();
    await expect(page.locator('section.exam-question')).toHaveAttribute('data-question-id', first.q.id);
  });

  test('warns at one minute left and submits by itself when time runs out', async ({ page }) => {
    await startExam(page);
    const { scope, q } = await current(page, 1);
    await answer(scope, q, 'right');
    await setDeadline(page, 61_500);
    await page.reload();
    await expect(page.locator('[aria-live="polite"]', { hasText: 'Còn 1 phút.' })).toBeAttached({ timeout: 10_000 });

    await setDeadline(page, 1_500);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Kết quả', exact: true })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('Đã hết giờ, bài của bạn được nộp tự động.')).toBeVisible();
    await expect(page.getByText(`Bạn đúng 1/${examSize} câu`, { exact: false })).toBeVisible();
  });
});

test.describe('paper test', () => {
  test('prints the same paper for the same number, and another one on request', async ({ page }) => {
    await page.goto(`/kiem-tra/${examId}/ban-in/?de=123456`);
    await expect(page.getByRole('heading', { name: /Đề số 123456/ })).toBeVisible();
    const paper = await page.locator('.paper-questions').innerText();
    await page.reload();
    await expect(page.getByRole('heading', { name: /Đề số 123456/ })).toBeVisible();
    expect(await page.locator('.paper-questions').innerText()).toBe(paper);
    await expect(page.getByRole('heading', { name: 'Đáp án đề số 123456' })).toBeAttached();
    expect(await page.locator('.paper-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.getByRole('button', { name: 'Đề khác' }).click();
    await expect(page.getByRole('heading', { name: /Đề số 123456/ })).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('de')).toMatch(/^\d{6}$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows paper number 1 with its answer key', async ({ page }) => {
      await page.goto(`/kiem-tra/${examId}/ban-in/`);
      await expect(page.getByRole('heading', { name: /Đề số 1$/ })).toBeVisible();
      await expect(page.locator('.paper-q')).toHaveCount(examSize);
      await expect(page.locator('.paper-key li')).toHaveCount(examSize);
    });
  });
});
