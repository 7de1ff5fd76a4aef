/**
 * Read-aloud in a real browser with a stand-in speechSynthesis (installed before any page
 * script): "speaking" a sentence takes a fixed time and fires start/boundary/end like the real
 * engine, and every utterance is logged so the tests can check what was said and with which
 * voice. One variant has a Vietnamese voice, the other only English ones.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { examSize, startExam } from './quiz-helpers';

const LESSON = '/dich-vu-cong/cong-dich-vu-cong-quoc-gia/';

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

/** Installs the fake engine; runs in the page before its own scripts. */
function fakeSpeech({ langs, ms }: { langs: string[]; ms: number }) {
  const voices = langs.map((lang, i) => ({ name: `Giọng ${lang}`, lang, voiceURI: `fake-${i}`, localService: true, default: i === 0 }));
  const log: unknown[] = [];
  class Utterance {
    voice: { name: string; lang: string } | null = null;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: ((e: object) => void) | null = null;
    onend: ((e: object) => void) | null = null;
    onerror: ((e: object) => void) | null = null;
    onboundary: ((e: object) => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  let current: Utterance | undefined;
  let timers: number[] = [];
  let listed = false;
  const queue: Utterance[] = [];
  const next = () => {
    const u = queue.shift();
    current = u;
    if (!u) return;
    timers = [
      window.setTimeout(() => u.onstart?.({ charIndex: 0 }), 10),
      window.setTimeout(() => u.onboundary?.({ name: 'word', charIndex: Math.min(4, u.text.length) }), ms / 2),
      window.setTimeout(() => {
        current = undefined;
        u.onend?.({});
        next();
      }, ms),
    ];
  };
  Object.assign(synth, {
    get speaking() {
      return current !== undefined;
    },
    pending: false,
    paused: false,
    // Like Chrome: nothing at first, the list comes with "voiceschanged".
    getVoices: () => (listed ? voices : []),
    speak(u: Utterance) {
      log.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
      queue.push(u);
      if (!current) next();
    },
    cancel() {
      queue.length = 0;
      timers.forEach((t) => clearTimeout(t));
      const u = current;
      current = undefined;
      u?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
  });
  window.setTimeout(() => {
    listed = true;
    synth.dispatchEvent(new Event('voiceschanged'));
  }, 50);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__spoken', { value: log });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

/** The text under the current highlight and whether it is fully on screen. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('ra-current') ?? [])][0];
    if (!(range instanceof Range)) return { text: '', inView: false };
    const r = range.getBoundingClientRect();
    return { text: range.toString().replace(/\s+/g, ' ').trim(), inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });

test.describe('with a Vietnamese voice', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(fakeSpeech, { langs: ['en-US', 'vi-VN'], ms: 600 });
  });

  test('reads the lesson sentence by sentence, highlighting each in view; pause and stop by keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const start = page.getByRole('button', { name: 'Nghe đọc bài' });
    await start.click();
    const bar = page.getByRole('region', { name: 'Nghe đọc bài' });
    await expect(bar).toBeVisible();
    const pause = bar.getByRole('button', { name: 'Tạm dừng' });
    await expect(pause).toBeFocused();

    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    await expect.poll(async () => (await spoken(page))[0]?.text).toBe(title);
    const first = (await spoken(page))[0];
    expect(first).toMatchObject({ lang: 'vi-VN', voice: 'Giọng vi-VN', rate: 1 });

    // The highlight follows the voice: later, it is on the sentence being said, not the title.
    await expect.poll(async () => (await spoken(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await expect
      .poll(async () => {
        const [now, said] = [await highlighted(page), await spoken(page)];
        return now.text !== '' && now.text !== title && now.text === said.at(-1)?.text;
      })
      .toBe(true);
    await expect(bar.getByText(/^Câu \d+\/\d+$/)).toBeVisible();

    // Jumping ahead many sentences scrolls the one being read into view.
    const next = bar.getByRole('button', { name: 'Câu sau' });
    for (let i = 0; i < 25; i++) await next.click();
    await expect.poll(async () => (await highlighted(page)).inView).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Pause by keyboard: nothing more is said until resumed.
    await pause.focus();
    await page.keyboard.press('Enter');
    const resume = bar.getByRole('button', { name: 'Tiếp tục' });
    await expect(resume).toBeVisible();
    await expect(bar.getByText('Đã tạm dừng.')).toBeAttached();
    const countPaused = (await spoken(page)).length;
    await page.waitForTimeout(1500);
    expect((await spoken(page)).length).toBe(countPaused);
    await resume.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(countPaused);

    // Stop by keyboard: the bar goes, the highlight goes, focus returns to the start button.
    await bar.getByRole('button', { name: 'Dừng', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(bar).toBeHidden();
    await expect(start).toBeFocused();
    expect((await highlighted(page)).text).toBe('');
    const countStopped = (await spoken(page)).length;
    await page.waitForTimeout(1000);
    expect((await spoken(page)).length).toBe(countStopped);
  });

  test('Escape stops reading, and the speed chosen is used and remembered', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    const bar = page.getByRole('region', { name: 'Nghe đọc bài' });
    await bar.getByLabel('Tốc độ').selectOption({ label: 'Chậm (0,8×)' });
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(0.8);
    await page.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await page.reload();
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(0.8);
  });

  test('reads a practice question: the prompt, then each option with its letter', async ({ page }) => {
    await page.goto(LESSON);
    const question = page.locator('.practice-q').first();
    const listen = question.getByRole('button', { name: 'Nghe câu hỏi' });
    await listen.click();
    await expect(question.getByRole('button', { name: 'Dừng đọc' })).toBeVisible();
    const prompt = ((await question.locator('legend').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const options = (await question.locator('.q-option').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const letters = options.map((text, i) => `Phương án ${String.fromCharCode(65 + i)}: ${text}`);
    await expect.poll(async () => (await spoken(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(options.length + 1);
    const said = (await spoken(page)).map((s) => s.text);
    const optionsSaid = said.filter((s) => s.startsWith('Phương án'));
    expect(said.slice(0, said.length - optionsSaid.length).join(' ')).toBe(prompt);
    expect(optionsSaid).toEqual(letters);
    await expect(question.getByRole('button', { name: 'Nghe câu hỏi' })).toBeVisible({ timeout: 10_000 });
  });

  test('a question read aloud stops the lesson reading', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    const bar = page.getByRole('region', { name: 'Nghe đọc bài' });
    await expect(bar).toBeVisible();
    await page.locator('.practice-q').first().getByRole('button', { name: 'Nghe câu hỏi' }).click();
    await expect(bar).toBeHidden();
  });

  test('the running exam question has "Nghe câu hỏi"', async ({ page }) => {
    await startExam(page);
    const question = page.locator('.exam-question');
    await question.getByRole('button', { name: 'Nghe câu hỏi' }).click();
    const heading = await question.locator('legend').textContent();
    await expect.poll(async () => (await spoken(page))[0]?.text).toBeTruthy();
    expect(heading?.replace(/\s+/g, ' ')).toContain((await spoken(page))[0]?.text.slice(0, 10));
    // Moving on stops reading the old question.
    await page.getByRole('button', { name: 'Câu tiếp' }).click();
    await expect(page.getByRole('heading', { name: `Câu 2/${examSize}` })).toBeFocused();
    const count = (await spoken(page)).length;
    await page.waitForTimeout(1500);
    expect((await spoken(page)).length).toBe(count);
  });

  test('no accessibility violation with the control bar open', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    const bar = page.getByRole('region', { name: 'Nghe đọc bài' });
    await bar.getByRole('button', { name: 'Tạm dừng' }).click();
    await expect(bar.getByRole('button', { name: 'Tiếp tục' })).toBeVisible();
    await expectNoAxeViolations(page, 'read-aloud bar');
  });
});

test.describe('with only English voices', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(fakeSpeech, { langs: ['en-US', 'en-GB'], ms: 300 });
  });

  test('explains how to add a Vietnamese voice and says nothing', async ({ page }) => {
    // axe is slow on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    const help = page.getByRole('heading', { name: 'Máy của bạn chưa có giọng đọc tiếng Việt' });
    await expect(help).toBeFocused();
    await expect(page.getByText(/Chuyển văn bản thành giọng nói/)).toBeVisible();
    await expect(page.getByText(/Tên mục có thể khác tùy máy/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nghe đọc bài' })).toHaveCount(0);

    const question = page.locator('.practice-q').first();
    await question.getByRole('button', { name: 'Nghe câu hỏi' }).click();
    await expect(question.getByRole('heading', { name: 'Máy của bạn chưa có giọng đọc tiếng Việt' })).toBeVisible();
    await expectNoAxeViolations(page, 'no-voice help');
    await page.waitForTimeout(500);
    expect(await spoken(page)).toEqual([]);
  });
});

test('without speech in the browser, the read-aloud buttons stay hidden', async ({ page }) => {
  await page.addInitScript(() => {
    // speechSynthesis is an own property of the window in Chromium; older engines lack it.
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto(LESSON);
  // The quiz island has started (Astro drops "ssr" once it has hydrated).
  await expect(page.locator('astro-island[component-url*="PracticeQuiz"]:not([ssr])')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Nghe đọc bài' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Nghe câu hỏi' })).toHaveCount(0);
});
