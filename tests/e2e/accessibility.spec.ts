/**
 * Every page stays accessible in the reading settings learners save on /cai-dat/: default and
 * text at 200 %, both on a 320 px phone (nothing scrolls sideways), and high contrast on a
 * computer screen, with 0 axe violations, one h1 and no CSP refusal. The default round also
 * checks that every control is at least 44 × 44 px and that no page requests anything from
 * another origin (one loop over the pages does all of it: each page load costs more than the
 * checks). The settings are on <html> before the first paint
 * (the inline script alone sets them, no module needed), broken or disabled storage gives the
 * defaults without an error, and the /cai-dat/ page applies choices at once, per learner.
 *
 * Each check loops over the pages with one browser page (a new one per page would cost more
 * than the checks); the list is cut in parts so both workers stay busy.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, expectNoAxeViolations, openHydrated as open, smallTargets } from './helpers';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../../src/stores/settings';
import { LEARNERS_KEY } from '../../src/stores/profiles';
import { form, nav, textSizeLabels } from '../../src/i18n/settings';

// No service worker: these tests look at pages, and its precaching would slow every loop.
test.use({ serviceWorkers: 'block' });

const pages = builtPages();
const PARTS = 2;
const partOf = <T>(list: T[], part: number) => list.filter((_, i) => i % PARTS === part);

/** What a learner saved: the first learner's settings in storage, written from a script-free page. */
async function saveSettings(page: Page, settings: Partial<Settings>): Promise<void> {
  await page.goto('/robots.txt');
  const value = JSON.stringify({ version: SETTINGS_VERSION, data: { 'mac-dinh': { ...DEFAULT_SETTINGS, ...settings } } });
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: SETTINGS_KEY, value });
}

/** Collects what must never happen on a page: a CSP refusal or an uncaught error. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const phone = { width: 320, height: 640 };
const modes = [
  { name: 'default settings on a 320 px phone', settings: {}, viewport: phone, everything: true },
  { name: 'text at 200 % on a 320 px phone', settings: { textSize: 200 }, viewport: phone, everything: false },
  { name: 'high contrast', settings: { contrast: 'cao' }, viewport: undefined, everything: false },
] as const;

for (const mode of modes) {
  test.describe(`every page with ${mode.name}`, () => {
    if (mode.viewport) test.use({ viewport: mode.viewport });
    for (let part = 0; part < PARTS; part++) {
      const list = partOf(pages, part);
      const also = `${mode.viewport ? ', no sideways scroll' : ''}${mode.everything ? ', 44 px targets, nothing from another origin' : ''}`;
      test(`has no axe violations, one h1, no CSP refusal${also} (part ${part + 1}/${PARTS}, ${list.length} pages)`, async ({ page, baseURL }) => {
        // A generous bound for a busy 2-core machine (axe alone can take 10 s a page there), not a speed check.
        test.setTimeout(list.length * 20_000 + 60_000);
        await saveSettings(page, mode.settings);
        const problems = watchProblems(page);
        const wide: string[] = [];
        const small: string[] = [];
        const foreign: string[] = [];
        const origin = new URL(baseURL!).origin;
        if (mode.everything) {
          page.on('request', (request) => {
            const url = request.url();
            if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} → ${url}`);
          });
        }
        for (const path of list) {
          await open(page, path);
          if (mode.everything) small.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
          const html = await page.evaluate(() => ({ ...document.documentElement.dataset }));
          expect(html, path).toMatchObject({ textSize: String({ ...DEFAULT_SETTINGS, ...mode.settings }.textSize), contrast: { ...DEFAULT_SETTINGS, ...mode.settings }.contrast });
          await expect(page.locator('h1'), path).toHaveCount(1);
          // 404.html is served under other addresses; its own layout is the site's.
          if (mode.viewport && !path.endsWith('.html')) {
            const overflow = await sideways(page);
            if (overflow > 0) wide.push(`${path} (+${overflow} px)`);
          }
          await expectNoAxeViolations(page, `${path} (${mode.name})`);
        }
        expect(wide, 'pages that scroll sideways').toEqual([]);
        expect(small, 'controls smaller than 44 × 44 px').toEqual([]);
        expect(foreign, 'requests to another origin').toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe('settings before the first paint', () => {
  test('the inline script alone puts the saved settings on <html>, and the first frame already has large text', async ({ page }) => {
    await saveSettings(page, { textSize: 200, lineSpacing: 'rong', contrast: 'cao', motion: 'giam' });
    // No module may run: what the page shows comes from the inline script in <head>.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.addInitScript(() => {
      const seen: Record<string, unknown> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        seen.atBody = { ...document.documentElement.dataset };
        requestAnimationFrame(() => {
          seen.firstFrameFontSize = getComputedStyle(document.body).fontSize;
        });
      }).observe(document, { childList: true, subtree: true });
    });
    const problems = watchProblems(page);
    await page.goto('/gioi-thieu/');
    await page.waitForFunction(() => (window as unknown as { seen: { firstFrameFontSize?: string } }).seen.firstFrameFontSize);
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, unknown> }).seen);
    expect(seen.atBody).toEqual({ textSize: '200', lineSpacing: 'rong', contrast: 'cao', motion: 'giam' });
    // 1.125rem × 2 = 36 px: the first frame is drawn at the learner's size, not 18 px then 36.
    expect(seen.firstFrameFontSize).toBe('36px');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('a')!).textDecorationLine)).toBe('underline');
    expect(problems.filter((p) => !p.includes('net::'))).toEqual([]);
  });

  test('corrupted settings give the defaults, without an error', async ({ page }) => {
    await page.goto('/robots.txt');
    await page.evaluate(([key]) => localStorage.setItem(key!, '{"version":2,"data":{"mac-dinh":'), [SETTINGS_KEY]);
    const problems = watchProblems(page);
    await open(page, '/');
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ textSize: '100', lineSpacing: 'thuong', contrast: 'thuong', motion: 'may' });
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    expect(problems).toEqual([]);
  });

  test('with storage disabled the pages show the defaults, without an error', async ({ page }) => {
    await page.addInitScript(() => {
      const denied = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { configurable: true, get: denied });
      Object.defineProperty(window, 'sessionStorage', { configurable: true, get: denied });
    });
    const problems = watchProblems(page);
    for (const path of ['/', '/cai-dat/']) {
      await open(page, path);
      expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ textSize: '100', lineSpacing: 'thuong', contrast: 'thuong', motion: 'may' });
    }
    // Choosing still works for this page, in memory.
    await page.getByRole('radio', { name: textSizeLabels[150] }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
    expect(problems).toEqual([]);
  });
});

test.describe('the /cai-dat/ page', () => {
  test('is reached from the header, applies a choice at once and keeps it for the next pages', async ({ page }) => {
    const problems = watchProblems(page);
    await open(page, '/');
    await page.getByRole('navigation').getByRole('link', { name: nav.label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cỡ chữ và hiển thị');
    await expect(page.getByRole('heading', { name: form.previewTitle })).toBeVisible();

    await page.getByRole('radio', { name: textSizeLabels[200] }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('36px');
    await page.getByRole('radio', { name: 'Rất rộng' }).check();
    await page.getByRole('radio', { name: /^Cao/ }).check();
    await page.getByRole('radio', { name: 'Giảm chuyển động' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'cao');

    await open(page, '/tu-dien/');
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ textSize: '200', lineSpacing: 'rat-rong', contrast: 'cao', motion: 'giam' });

    await open(page, '/cai-dat/');
    await expect(page.getByRole('radio', { name: textSizeLabels[200] })).toBeChecked();
    await page.getByRole('button', { name: form.reset }).click();
    await expect(page.getByRole('status').filter({ hasText: form.resetDone })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '100');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'thuong');
    await expect(page.getByRole('radio', { name: textSizeLabels[100] })).toBeChecked();
    expect(problems).toEqual([]);
  });

  test('shows whose settings they are, and choosing another learner applies theirs at once', async ({ page }) => {
    await page.goto('/robots.txt');
    await page.evaluate(
      ([learnersKey, settingsKey, settingsVersion]) => {
        const createdAt = '2026-01-01T00:00:00.000Z';
        localStorage.setItem(
          learnersKey!,
          JSON.stringify({
            version: 2,
            data: {
              active: 'ong-nam',
              profiles: [
                { id: 'ong-nam', name: 'Ông Nam', icon: 'hoa', color: 'xanh-la', createdAt },
                { id: 'ba-lan', name: 'Bà Lan', icon: 'sao', color: 'cam', createdAt },
              ],
            },
          }),
        );
        localStorage.setItem(settingsKey!, JSON.stringify({ version: Number(settingsVersion), data: { 'ong-nam': { textSize: 175 }, 'ba-lan': { contrast: 'cao' } } }));
      },
      [LEARNERS_KEY, SETTINGS_KEY, String(SETTINGS_VERSION)],
    );
    const problems = watchProblems(page);
    await open(page, '/cai-dat/');
    await expect(page.getByText(form.whose).locator('..')).toContainText('Ông Nam');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '175');

    await page.getByRole('link', { name: form.changeLearner, exact: true }).click();
    await expect(page).toHaveURL(/\/nguoi-hoc\/$/);
    // Record, in this tab, each change of <html>'s settings and the page it happened on.
    await page.evaluate(() => {
      new MutationObserver(() => {
        const log = JSON.parse(sessionStorage.getItem('test:settings-log') ?? '[]');
        log.push({ page: location.pathname, ...document.documentElement.dataset });
        sessionStorage.setItem('test:settings-log', JSON.stringify(log));
      }).observe(document.documentElement, { attributes: true });
    });
    await page.getByRole('button', { name: /Bà Lan/ }).first().click();
    await expect(page).toHaveURL(/\/cai-dat\/$/);
    await expect(page.getByText(form.whose).locator('..')).toContainText('Bà Lan');
    await expect(page.getByRole('radio', { name: /^Cao/ })).toBeChecked();
    // On /nguoi-hoc/ itself, before going back: Bà Lan's high contrast and normal size.
    const log = await page.evaluate(() => JSON.parse(sessionStorage.getItem('test:settings-log') ?? '[]'));
    expect(log).toContainEqual(expect.objectContaining({ page: '/nguoi-hoc/', contrast: 'cao', textSize: '100' }));
    expect(problems).toEqual([]);
  });
});
