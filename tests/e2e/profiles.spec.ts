/**
 * Learner profiles, backup and transfer, as people on a shared device use them, in real
 * Chromium on the built site: two learners keep separate progress across reloads and tabs;
 * a guest writes nothing; export → wipe → import restores exactly; every malformed backup file
 * is refused with its own Vietnamese message and changes nothing; a QR transfer moves a learner
 * to another browser (through photos of the codes, read by the JS decoder); storage that throws
 * or holds a damaged value is survived and explained; a name that looks like HTML stays text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPages, builtHeading, expectNoAxeViolations } from './helpers';
import { fileProblems, learnerProblem, importText } from '../../src/i18n/profiles-transfer';

const LEARNERS = 'hocso:nguoi-hoc-hien-tai';
const STORES = ['hocso:tien-do', 'hocso:bai-lam', 'hocso:luyen-tap', 'hocso:cai-dat'];
const XSS = '<img src=x onerror=alert(1)>';

/** Lesson pages of the build: /<module>/<lesson>/. */
const lessons = builtPages().filter((p) => /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/kiem-tra/'));
const [lessonA, lessonB] = lessons as [string, string];
const lessonId = (path: string) => path.slice(1, -1);

/**
 * Every hocso: key of localStorage, parsed where it is JSON. Read from a page of the same site
 * that runs no script (a guest's tab sees its own shadow copy through the localStorage global).
 */
async function stored(page: Page): Promise<Record<string, unknown>> {
  const reader = await page.context().newPage();
  await reader.goto('/robots.txt');
  const all = await reader.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('hocso:')) continue;
      const raw = localStorage.getItem(key)!;
      try {
        out[key] = JSON.parse(raw);
      } catch {
        out[key] = raw;
      }
    }
    return out;
  });
  await reader.close();
  return all;
}

const dataOf = (all: Record<string, unknown>, key: string) => (all[key] as { data?: Record<string, unknown> } | undefined)?.data ?? {};
const profilesOf = (all: Record<string, unknown>) =>
  ((dataOf(all, LEARNERS) as { profiles?: { id: string }[] }).profiles ?? []).slice().sort((a, b) => a.id.localeCompare(b.id));

/** The header link, once hydrated, names the active learner. */
const headerLearner = (page: Page) => page.getByRole('banner').getByRole('link', { name: /đổi người học/ });

const tiles = (page: Page) => page.getByRole('list', { name: 'Người học trên máy này' });

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** On "Ai đang học?": taps a learner's tile (which then leaves the page). */
async function choose(page: Page, name: string) {
  if (!page.url().endsWith('/nguoi-hoc/')) await page.goto('/nguoi-hoc/');
  const tile = tiles(page).getByRole('button', { name: new RegExp(`^${escape(name)} (Chạm để học|đang học)`) });
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/nguoi-hoc/')), tile.click()]);
  await expect(headerLearner(page)).toContainText(name);
}

async function addLearner(page: Page, name: string) {
  await page.goto('/nguoi-hoc/');
  await page.getByRole('button', { name: 'Thêm người học' }).click();
  await page.getByLabel('Tên gọi').fill(name);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm “${name}”` })).toBeVisible();
}

async function renameLearner(page: Page, from: string, to: string) {
  await page.goto('/nguoi-hoc/');
  await page.getByRole('button', { name: `Đổi tên ${from}` }).click();
  await page.getByLabel('Tên gọi').fill(to);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã lưu: “${to}”` })).toBeVisible();
}

async function markDone(page: Page, lesson: string) {
  await page.goto(lesson);
  await page.getByRole('button', { name: 'Đánh dấu đã học' }).click();
  await expect(page.getByRole('button', { name: /Đã học xong bài này/ })).toHaveAttribute('aria-pressed', 'true');
}

async function isDone(page: Page, lesson: string): Promise<boolean> {
  await page.goto(lesson);
  const button = page.getByRole('button', { name: /^(Đánh dấu đã học|✓ Đã học xong bài này)$/ });
  await expect(button).toBeVisible();
  return (await button.getAttribute('aria-pressed')) === 'true';
}

/** Gives the active learner exam results, practice results and settings, as using the site leaves them. */
async function addExamHistory(page: Page) {
  await page.evaluate(() => {
    const learners = JSON.parse(localStorage.getItem('hocso:nguoi-hoc-hien-tai') ?? '{"data":{"active":"mac-dinh"}}');
    const id: string = learners.data.active;
    const stored = JSON.parse(localStorage.getItem('hocso:bai-lam') ?? '{"version":1,"data":{}}');
    const t = Date.UTC(2026, 10, 20, 8);
    const attempt = (examId: string, start: number, earned: number, passed: boolean) => ({
      examId, seed: start % 1000, questionIds: ['q-001', 'q-002'], answers: { 'q-001': { choice: 1 } }, flags: [], current: 0,
      startedAt: start, deadline: start + 1_200_000, submittedAt: start + 600_000, grade: { earned, total: 10, passed },
    });
    stored.data[id] = { open: {}, history: [attempt('dich-vu-cong', t, 6, false), attempt('dich-vu-cong', t + 86_400_000, 9, true)] };
    localStorage.setItem('hocso:bai-lam', JSON.stringify(stored));
    const practice = JSON.parse(localStorage.getItem('hocso:luyen-tap') ?? '{"version":1,"data":{}}');
    practice.data[id] = { 'q-003': { right: true, at: t + 5000 }, 'q-004': { right: false, at: t + 6000 } };
    localStorage.setItem('hocso:luyen-tap', JSON.stringify(practice));
    const settings = JSON.parse(localStorage.getItem('hocso:cai-dat') ?? '{"version":2,"data":{}}');
    settings.data[id] = { textSize: 125, lineSpacing: 'rong', contrast: 'cao', motion: 'may', voice: null, rate: 0.8 };
    localStorage.setItem('hocso:cai-dat', JSON.stringify(settings));
  });
}

test.beforeAll(() => {
  expect(lessons.length).toBeGreaterThan(2);
});

test('two learners on one browser keep separate progress, and a reload keeps both', async ({ page }) => {
  await renameLearner(page, 'Người học 1', 'Lan');
  await addLearner(page, 'Minh');
  await choose(page, 'Lan');
  await markDone(page, lessonA);
  await choose(page, 'Minh');
  await markDone(page, lessonB);
  expect(await isDone(page, lessonA)).toBe(false);

  await page.reload();
  await expect(headerLearner(page)).toContainText('Minh');
  expect(await isDone(page, lessonB)).toBe(true);
  await choose(page, 'Lan');
  expect(await isDone(page, lessonA)).toBe(true);
  expect(await isDone(page, lessonB)).toBe(false);

  await page.goto('/tien-do/');
  await expect(page.getByText('Người học: Lan', { exact: true })).toBeVisible();
  await page.getByText(/^Xem 1 bài đã học$/).first().click();
  await expect(page.getByRole('link', { name: builtHeading(lessonA) })).toBeVisible();
});

test('a profile switch reaches the other open tabs', async ({ context }) => {
  const first = await context.newPage();
  await addLearner(first, 'Minh');
  const second = await context.newPage();
  await second.goto('/');
  await expect(headerLearner(second)).toContainText('Người học 1');
  await choose(first, 'Minh');
  await expect(headerLearner(second)).toContainText('Minh');
});

test('the guest learns without anything written to localStorage', async ({ page }) => {
  await markDone(page, lessonA);
  const before = await stored(page);
  await page.goto('/nguoi-hoc/');
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/nguoi-hoc/')), tiles(page).getByRole('button', { name: /^Khách/ }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang học với tư cách Khách' })).toBeVisible();
  expect(await isDone(page, lessonA)).toBe(false);
  await markDone(page, lessonB);
  await page.goto(lessonB);
  await expect(page.getByRole('button', { name: /Đã học xong bài này/ })).toBeVisible();
  expect(await stored(page)).toEqual(before);

  await choose(page, 'Người học 1');
  expect(await isDone(page, lessonA)).toBe(true);
  expect(await isDone(page, lessonB)).toBe(false);
});

test('export → wipe → import restores every learner exactly', async ({ page }) => {
  await renameLearner(page, 'Người học 1', 'Lan');
  await markDone(page, lessonA);
  await addExamHistory(page);
  await addLearner(page, 'Minh');
  await choose(page, 'Minh');
  await markDone(page, lessonB);
  const before = await stored(page);

  await page.goto('/tien-do/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp sao lưu của cả 2 người trên máy này' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Học số - sao lưu - cả nhà - \d{2}-\d{2}-\d{4}\.json$/);
  const file = test.info().outputPath('sao-luu.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ app: 'hoc-so-binh-dan', version: 1, checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('Người học: Người học 1', { exact: true })).toBeVisible();
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(file);
  const preview = page.getByRole('region', { name: importText.previewHeading });
  await expect(preview).toContainText('có 2 người học');
  await expect(preview).toContainText('1 bài đã học xong');
  await expect(preview).toContainText('2 lần làm bài kiểm tra');
  await expect(preview).toContainText('2 kết quả luyện tập');
  await expectNoAxeViolations(page, 'import preview');
  await preview.getByRole('button', { name: 'Nhập vào máy này' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập xong: Lan, Minh.' })).toBeVisible();

  const after = await stored(page);
  expect(profilesOf(after)).toEqual(profilesOf(before));
  for (const key of STORES) expect(dataOf(after, key), key).toEqual(dataOf(before, key));

  await choose(page, 'Lan');
  await page.goto('/tien-do/');
  const exams = page.getByRole('region', { name: 'Bài kiểm tra' });
  await expect(exams.getByText('Đạt', { exact: true }).first()).toBeVisible();
  await expect(exams.getByRole('cell', { name: 'Chưa đạt', exact: true })).toBeVisible();
  await expect(exams).toContainText('Điểm cao nhất: 9/10 (90%)');
  await expect(exams).toContainText('2 lần làm');
  await expect(exams.getByRole('table')).toContainText('9/10');
  await expect(page.getByRole('region', { name: 'Giấy chứng nhận' })).toContainText('Chưa có giấy chứng nhận.');
});

test.describe('malformed backup files', () => {
  const dir = join(process.cwd(), 'tests/e2e/fixtures/backups');
  const nothing = importText.nothingChanged;
  const expected: Record<string, string> = {
    'rong.json': fileProblems.empty,
    'chi-co-khoang-trang.json': fileProblems.empty,
    'khong-phai-json.txt': fileProblems['not-json'],
    'anh-png.json': fileProblems['not-json'],
    'cat-ngang.json': fileProblems.truncated,
    'mang-json.json': fileProblems['not-backup'],
    'ung-dung-khac.json': fileProblems['not-backup'],
    'phien-ban-moi.json': fileProblems['newer-version'],
    'phien-ban-la-chu.json': fileProblems['bad-version'],
    'thieu-ma-kiem-tra.json': fileProblems['no-checksum'],
    'sai-ma-kiem-tra.json': fileProblems['bad-checksum'],
    'sai-kieu-ngay.json': learnerProblem('date', 1),
    'ngay-khong-co-that.json': learnerProblem('date', 1),
    'nguoi-hoc-la-chu.json': fileProblems['no-learners'],
    'diem-vuot-tong.json': learnerProblem('attempts', 1),
    'luyen-tap-sai-kieu.json': learnerProblem('practice', 1),
    'ten-rong.json': learnerProblem('name', 1),
    'ten-qua-dai.json': learnerProblem('name', 1),
    'ma-doc-trong-ten.json': learnerProblem('name', 1),
    'ma-nguoi-hoc-sai.json': learnerProblem('id', 1),
    'nguoi-hoc-la-khach.json': learnerProblem('id', 1),
    'trung-nguoi-hoc.json': fileProblems['duplicate-learner'],
    'qua-nhieu-nguoi-hoc.json': fileProblems['too-many-learners'],
    'long-qua-sau.json': fileProblems['too-deep'],
  };

  test('the fixtures folder holds exactly the files listed here', () => {
    const files = readdirSync(dir).filter((f) => !f.endsWith('.mjs')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length + 1).toBeGreaterThanOrEqual(20);
  });

  test('each is refused with its own Vietnamese message, and nothing on the device changes', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await markDone(page, lessonA);
    await addExamHistory(page);
    await page.goto('/tien-do/');
    const before = await stored(page);
    const input = page.getByLabel('Chọn tệp sao lưu');
    const cases: [string, Parameters<typeof input.setInputFiles>[0], string][] = Object.entries(expected).map(([name, message]) => [name, join(dir, name), message]);
    cases.push(['qua-lon.json (3 MB, made here)', { name: 'qua-lon.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 0x20) }, fileProblems['too-large']]);
    for (const [name, file, message] of cases) {
      await input.setInputFiles(file);
      const alert = page.getByRole('alert').filter({ hasText: nothing });
      await expect(alert, name).toHaveText(`${message} ${nothing}`);
      await expect(page.getByRole('region', { name: importText.previewHeading }), name).toHaveCount(0);
      expect(await stored(page), name).toEqual(before);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test('a learner moves to another browser by QR codes, read from photos of them', async ({ page, browser }) => {
  await renameLearner(page, 'Người học 1', 'Lan');
  await markDone(page, lessonA);
  await markDone(page, lessonB);
  await addExamHistory(page);
  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Hiện mã QR của Lan' }).click();
  const code = page.getByRole('img', { name: /^Mã QR 1\/\d+ chứa tiến độ của Lan$/ });
  await expect(code).toBeVisible();
  const total = Number(/\/(\d+)/.exec((await code.getAttribute('aria-label'))!)![1]);
  const photos: Buffer[] = [];
  for (let i = 1; i <= total; i++) {
    const shown = page.getByRole('img', { name: `Mã QR ${i}/${total} chứa tiến độ của Lan` });
    await expect(page.getByText(`Mã ${i}/${total}`, { exact: true })).toBeVisible();
    photos.push(await shown.screenshot());
    if (i < total) await page.getByRole('button', { name: 'Mã tiếp theo' }).click();
  }
  await expectNoAxeViolations(page, 'QR code shown');
  const sender = await stored(page);

  const other: BrowserContext = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto('/tien-do/');
  await phone.getByRole('button', { name: 'Nhận từ máy khác' }).click();
  const photoInput = phone.getByLabel('Chọn ảnh chụp mã QR');
  for (const [i, buffer] of [...photos.entries()].reverse()) {
    await photoInput.setInputFiles({ name: `ma-${i + 1}.png`, mimeType: 'image/png', buffer });
    if (i > 0) await expect(phone.getByText(`Đã nhận ${total - i}/${total} mã.`)).toBeVisible();
  }
  const preview = phone.getByRole('region', { name: importText.previewHeading });
  await expect(preview).toContainText('Nhận được 1 người học từ máy kia.');
  await expect(preview).toContainText('2 bài đã học xong');
  await preview.getByRole('button', { name: 'Nhập vào máy này' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Đã nhập xong: Lan.' })).toBeVisible();

  const received = await stored(phone);
  expect(profilesOf(received).map((p) => (p as { name?: string }).name)).toEqual(['Lan']);
  expect(dataOf(received, 'hocso:tien-do')).toEqual(dataOf(sender, 'hocso:tien-do'));
  const history = (dataOf(received, 'hocso:bai-lam')['mac-dinh'] as { history: { grade: unknown; answers: unknown }[] }).history;
  expect(history.map((a) => a.grade)).toEqual([
    { earned: 6, total: 10, passed: false },
    { earned: 9, total: 10, passed: true },
  ]);
  expect(await isDone(phone, lessonA)).toBe(true);
  await other.close();
});

test('when localStorage throws on every write, the notice says so and the site still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'Tiến độ chưa được lưu.' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Tải tệp sao lưu để giữ tiến độ' })).toBeVisible();
  await markDone(page, lessonA);
  await expect(page.getByRole('alert').filter({ hasText: 'Tiến độ chưa được lưu.' })).toBeVisible();
  await page.getByRole('button', { name: /Đã học xong bài này/ }).click();
  await expect(page.getByRole('button', { name: 'Đánh dấu đã học' })).toBeVisible();
  await addLearner(page, 'Minh');
  await expect(tiles(page).getByRole('button', { name: /^Minh/ })).toBeVisible();
  await page.goto('/tien-do/');
  await expect(page.getByRole('button', { name: /^Tải tệp sao lưu của/ }).first()).toBeEnabled();
});

test('a damaged stored value is set aside, explained, and what is readable can be taken back', async ({ page }) => {
  // Written from a page without scripts, so no island of the page can save over it first.
  await page.goto('/robots.txt');
  await page.evaluate(
    ([good]) =>
      localStorage.setItem(
        'hocso:tien-do',
        JSON.stringify({ version: 1, data: { 'mac-dinh': { [good!]: { doneAt: '2026-11-02T07:10:00.000Z' }, 'x/y': { doneAt: 'hôm qua' } } } }),
      ),
    [lessonId(lessonA)],
  );
  await page.goto(lessonA);
  const notice = page.getByRole('status').filter({ hasText: 'bị hỏng' });
  // The notice is an island that starts when the browser is idle: late on a busy machine.
  await expect(notice).toContainText('tiến độ bài học', { timeout: 15_000 });
  await expect(notice).toContainText('Bản bị hỏng vẫn được giữ nguyên trên máy.');
  await expect(notice).toContainText('kết quả bài kiểm tra');
  await expect(page.getByRole('button', { name: 'Đánh dấu đã học' })).toBeVisible();
  expect(Object.keys(await stored(page)).some((k) => k.startsWith('hocso:tien-do:hong:'))).toBe(true);
  await notice.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(notice).toHaveCount(0);

  await page.goto('/tien-do/#du-lieu-hong');
  const damaged = page.getByRole('region', { name: 'Dữ liệu hỏng được giữ lại' });
  await expect(damaged).toContainText('Bản hỏng của tiến độ bài học');
  await damaged.getByRole('button', { name: 'Lấy lại phần còn đọc được' }).click();
  await expect(damaged.getByRole('status')).toHaveText('Đã lấy lại dữ liệu của 1 người học.');
  expect(await isDone(page, lessonA)).toBe(true);
  expect(Object.keys(await stored(page)).some((k) => k.includes(':hong:'))).toBe(false);
});

test('a name that looks like HTML shows as plain text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await addLearner(page, XSS);
  await expect(tiles(page).getByRole('button', { name: new RegExp(`^${escape(XSS)}`) })).toBeVisible();
  await choose(page, XSS);
  await expect(headerLearner(page)).toContainText(XSS);
  await page.goto('/tien-do/');
  await expect(page.getByText(`Người học: ${XSS}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Tải tệp sao lưu của ${XSS}` })).toBeVisible();
  await page.goto('/nguoi-hoc/');
  await page.getByRole('button', { name: `Xóa ${XSS}` }).click();
  await expect(page.getByRole('alert')).toContainText(`Xóa “${XSS}”`);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('"Xóa dữ liệu của tôi" removes one learner from every store and leaves the others', async ({ page }) => {
  await renameLearner(page, 'Người học 1', 'Lan');
  await markDone(page, lessonA);
  await addExamHistory(page);
  await addLearner(page, 'Minh');
  await choose(page, 'Minh');
  await markDone(page, lessonB);
  await addExamHistory(page);
  const minhId = (profilesOf(await stored(page)) as { id: string; name: string }[]).find((p) => p.name === 'Minh')!.id;

  await page.goto('/tien-do/');
  await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
  await expect(page.getByRole('button', { name: 'Không xóa' })).toBeFocused();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa “Minh”' })).toBeVisible();

  const after = await stored(page);
  expect(JSON.stringify(after)).not.toContain(minhId);
  for (const key of STORES) expect(Object.keys(dataOf(after, key)), key).toEqual(['mac-dinh']);
  await expect(headerLearner(page)).toContainText('Lan');
  expect(await isDone(page, lessonA)).toBe(true);
});

test.describe('no accessibility violations', () => {
  test('on "Ai đang học?" with its forms and confirmations open', async ({ page }) => {
    await addLearner(page, 'Minh');
    await expectNoAxeViolations(page, 'picker');
    await page.getByRole('button', { name: 'Thêm người học' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Hãy nhập tên.')).toBeVisible();
    await expectNoAxeViolations(page, 'picker, add form with a problem');
    await page.getByRole('button', { name: 'Xóa Minh' }).click();
    await expectNoAxeViolations(page, 'picker, delete confirmation');
  });

  test('on "Tiến độ của tôi" with progress, exam results and the QR receiver', async ({ page }) => {
    await markDone(page, lessonA);
    await addExamHistory(page);
    await page.goto('/tien-do/');
    await expect(page.getByRole('region', { name: 'Bài kiểm tra' }).getByRole('table')).toBeVisible();
    await page.getByText(/^Xem 1 bài đã học$/).click();
    await expectNoAxeViolations(page, 'progress');
    await page.getByRole('button', { name: 'Nhận từ máy khác' }).click();
    await expect(page.getByLabel('Chọn ảnh chụp mã QR')).toBeVisible();
    await page.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
    await expectNoAxeViolations(page, 'progress, receiver and delete confirmation');
  });
});
