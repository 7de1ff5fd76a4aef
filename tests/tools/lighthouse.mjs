// Lighthouse (mobile) on the home page and a lesson page of the built site: median of 3 runs
// per category, printed. Not part of `npm test`: the score wobbles on a slow CPU.
// Usage: npm run build && npm run lighthouse
import { spawn, execSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const RUNS = 3;
const port = 4322;
const base = `http://127.0.0.1:${port}`;

function firstLessonPath() {
  const dist = join(process.cwd(), 'dist');
  for (const module of readdirSync(dist, { withFileTypes: true })) {
    if (!module.isDirectory() || module.name.startsWith('_') || ['kiem-tra', 'gioi-thieu', 'tien-do', 'tu-dien', 'tim-kiem', 'offline'].includes(module.name)) continue;
    for (const lesson of readdirSync(join(dist, module.name), { withFileTypes: true })) {
      if (lesson.isDirectory() && existsSync(join(dist, module.name, lesson.name, 'index.html'))) return `/${module.name}/${lesson.name}/`;
    }
  }
  throw new Error('Không tìm thấy trang bài học trong dist/');
}

const chromePath = process.env.CHROME_PATH ?? (() => {
  try { return execSync('command -v chromium', { encoding: 'utf8' }).trim(); } catch { return undefined; }
})();

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
for (let i = 0; i < 50; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const path of ['/', firstLessonPath()]) {
    const scores = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
      for (const key of Object.keys(scores)) scores[key].push(Math.round((result.lhr.categories[key]?.score ?? 0) * 100));
    }
    console.log(`${path}: ` + Object.entries(scores).map(([k, v]) => `${k} ${median(v)} (${v.join('/')})`).join(' · '));
  }
} finally {
  chrome.kill();
  server.kill();
}
