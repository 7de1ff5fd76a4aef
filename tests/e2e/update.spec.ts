/**
 * Safe updates: a learner who visited version A gets "Có phiên bản mới — Cập nhật" after
 * version B is deployed; accepting shows B's changed lesson in every open tab. The test serves
 * its own copy of dist/ on a private port and "deploys" B into it exactly as a rebuild would:
 * the lesson's HTML changes and so does its revision in the service worker's manifest.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHeading, builtPages } from './helpers';
import { examId } from './quiz-helpers';

const lesson = builtPages().find((p) => /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/kiem-tra/'))!;
const CHANGED = 'Bài học đã được cập nhật';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml', '.txt': 'text/plain',
};

let root: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hocso-update-'));
  cpSync(join(process.cwd(), 'dist'), root, { recursive: true });
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** Writes version B: the lesson's h1 changed and the worker's manifest revision updated. */
function deployB(): void {
  const file = `${lesson}index.html`;
  const before = readFileSync(join(root, file), 'utf8');
  const html = before.replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, `<h1$1>${CHANGED}</h1>`);
  expect(html).not.toBe(before);
  const revision = createHash('md5').update(html).digest('hex');
  const swFile = join(root, 'sw.js');
  const sw = readFileSync(swFile, 'utf8').replace(new RegExp(`"revision":"[0-9a-f]+","url":"${file}"`), `"revision":"${revision}","url":"${file}"`);
  expect(sw, 'the lesson is in the precache manifest').toContain(revision);
  writeFileSync(join(root, file), html);
  writeFileSync(swFile, sw);
}

test('a new deploy is offered between pages and, once accepted, shows the changed lesson in every tab', async ({ context }) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await expect(page.getByRole('status', { name: 'Học khi không có mạng' })).toContainText(/Sẵn sàng học offline/, { timeout: 30_000 });
  const other = await context.newPage();
  await other.goto(`${origin}/gioi-thieu/`);

  deployB();
  await page.goto(`${origin}${lesson}`);
  // The old version keeps serving until the learner accepts the update.
  await expect(page.locator('h1')).toHaveText(builtHeading(lesson));
  const prompt = page.getByRole('region', { name: 'Có phiên bản mới' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await prompt.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.locator('h1')).toHaveText(CHANGED, { timeout: 15_000 });

  // The other tab was moved to the new version too.
  await other.waitForLoadState();
  await other.goto(`${origin}${lesson}`);
  await expect(other.locator('h1')).toHaveText(CHANGED);
});

test('an exam in progress is not interrupted by an update, which waits for the next page', async ({ context }) => {
  test.setTimeout(90_000);
  const exam = await context.newPage();
  await exam.goto(`${origin}/kiem-tra/${examId}/`);
  await expect(exam.getByRole('status', { name: 'Học khi không có mạng' })).toContainText(/Sẵn sàng học offline/, { timeout: 30_000 });
  await exam.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await expect(exam.getByRole('heading', { name: /^Câu 1\// })).toBeVisible();
  let examLoads = 0;
  exam.on('load', () => examLoads++);

  deployB();
  const other = await context.newPage();
  await other.goto(`${origin}/gioi-thieu/`);
  const prompt = other.getByRole('region', { name: 'Có phiên bản mới' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // The exam tab learns about the waiting version too, but does not show the prompt.
  await exam.waitForTimeout(1000);
  await expect(exam.getByRole('region', { name: 'Có phiên bản mới' })).toBeHidden();

  await prompt.getByRole('button', { name: 'Cập nhật' }).click();
  await other.waitForLoadState();
  await exam.waitForTimeout(2000);
  expect(examLoads).toBe(0);
  await expect(exam.getByRole('heading', { name: /^Câu 1\// })).toBeVisible();
  await exam.getByRole('button', { name: 'Câu tiếp' }).click();
  await expect(exam.getByRole('heading', { name: /^Câu 2\// })).toBeVisible();
});
