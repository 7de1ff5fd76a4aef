// Measures what a learner downloads, from the built site in dist/, and fails over budget.
// Prints gzip sizes of HTML, JS (every script a page loads, following static imports) and CSS
// per page type, the whole offline download, and checks that no script uses syntax newer than
// ES2020 (old phones and Chrome 109 on commune PCs must run it).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';

const dist = join(process.cwd(), 'dist');
if (!existsSync(dist)) {
  console.error('Chưa có dist/: chạy "npm run build" trước.');
  process.exit(1);
}

/**
 * Budgets in bytes (gzip), from the design notes. Lesson pages get 26 KB instead of the
 * notes' 20 KB: besides Preact, Astro's island loader and the practice quiz, every page
 * carries the active learner's name and avatar and the "progress not saved" notice (a shared
 * commune computer needs them), the reading settings applied before the first paint (inline),
 * the glossary tooltips, the read-aloud loader and the event-kiosk check (~1.5 KB together);
 * the shared files are cached once for the whole site, and everything else loads on demand.
 */
export const BUDGETS = {
  lessonJs: 26 * 1024,
  examJs: 35 * 1024,
  cssAll: 15 * 1024,
  lessonHtml: 24 * 1024,
  precache: 3 * 1024 * 1024,
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(dist);
const sitePath = (file) => '/' + relative(dist, file).split(sep).join('/');
const fileOf = (path) => join(dist, decodeURI(path.split(/[?#]/)[0]).replace(/^\//, ''));

/**
 * JS files reachable from the entries: by static imports (loaded with the page), and with
 * dynamic imports too (loaded on demand: first visit, first focus of search, an update).
 */
function jsClosure(entries, followDynamic = false) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const path = stack.pop();
    if (seen.has(path) || !existsSync(fileOf(path))) continue;
    seen.add(path);
    const code = readFileSync(fileOf(path), 'utf8');
    const pattern = followDynamic
      ? /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)|["'](_astro\/[^"']+\.js)["']/g
      : /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;
    for (const m of code.matchAll(pattern)) {
      const spec = m[1] ?? m[2] ?? `/${m[3]}`;
      stack.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return [...seen];
}

function pageAssets(html) {
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const islands = [...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => m[1] ?? m[2]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const entries = [...scripts, ...islands].filter((s) => s.endsWith('.js'));
  const js = jsClosure(entries);
  const jsBytes = js.reduce((sum, p) => sum + gz(readFileSync(fileOf(p))), 0) + inline.reduce((s, c) => s + gz(Buffer.from(c)), 0);
  const onDemandBytes = jsClosure(entries, true).filter((p) => !js.includes(p)).reduce((sum, p) => sum + gz(readFileSync(fileOf(p))), 0);
  const cssBytes = [...new Set(css)].reduce((sum, p) => sum + (existsSync(fileOf(p)) ? gz(readFileSync(fileOf(p))) : 0), 0) + inlineCss.reduce((s, c) => s + gz(Buffer.from(c)), 0);
  return { jsBytes, onDemandBytes, cssBytes, htmlBytes: gz(Buffer.from(html)) };
}

/** Module ids, from the content files: /<module>/ and /<module>/<lesson>/ are those pages. */
const moduleIds = new Set(readdirSync('content/modules').map((f) => f.replace(/\.yaml$/, '')));

function pageType(path) {
  if (path === '/index.html') return 'trang chủ';
  if (/^\/kiem-tra\/[^/]+\/index\.html$/.test(path)) return 'bài kiểm tra';
  const depth = path.split('/').filter((part) => part && part !== 'index.html').length;
  const inModule = moduleIds.has(path.split('/')[1]);
  if (inModule && depth === 1) return 'học phần';
  if (inModule && depth === 2) return 'bài học';
  return 'trang khác';
}

const rows = new Map();
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const path = sitePath(file);
  const type = pageType(path);
  const sizes = pageAssets(readFileSync(file, 'utf8'));
  const row = rows.get(type) ?? { pages: 0, js: 0, onDemand: 0, css: 0, html: 0, worst: {} };
  row.pages++;
  for (const [key, value] of [['js', sizes.jsBytes], ['onDemand', sizes.onDemandBytes], ['css', sizes.cssBytes], ['html', sizes.htmlBytes]]) {
    if (value > row[key]) {
      row[key] = value;
      row.worst[key] = path;
    }
  }
  rows.set(type, row);
}

const cssAll = files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(readFileSync(f)), 0);
const precacheExt = /\.(html|js|css|svg|png|ico|webmanifest|json|txt|xml)$/;
const precache = files.filter((f) => precacheExt.test(f)).reduce((s, f) => s + gz(readFileSync(f)), 0);
const rawTotal = files.reduce((s, f) => s + statSync(f).size, 0);

console.log('Kích thước gzip lớn nhất theo loại trang (JS gồm mọi tệp trang tải):');
console.log('loại trang'.padEnd(14), 'số trang'.padStart(8), 'JS'.padStart(10), 'JS khi cần'.padStart(11), 'CSS'.padStart(10), 'HTML'.padStart(10));
for (const [type, r] of [...rows].sort()) {
  console.log(type.padEnd(14), String(r.pages).padStart(8), kb(r.js).padStart(10), kb(r.onDemand).padStart(11), kb(r.css).padStart(10), kb(r.html).padStart(10));
}
console.log('("JS khi cần": chỉ tải lúc cần — lần mở đầu tiên/cập nhật để học offline, lần đầu chạm ô tìm kiếm.)');
console.log(`CSS toàn trang (gzip): ${kb(cssAll)}`);
console.log(`Tải về để học offline (gzip): ${kb(precache)} — chưa nén ${kb(rawTotal)}, ${files.length} tệp`);

const failures = [];
const lesson = rows.get('bài học');
const exam = rows.get('bài kiểm tra');
if (lesson && lesson.js > BUDGETS.lessonJs) failures.push(`JS trang bài học ${kb(lesson.js)} > ${kb(BUDGETS.lessonJs)} (${lesson.worst.js})`);
if (lesson && lesson.html > BUDGETS.lessonHtml) failures.push(`HTML trang bài học ${kb(lesson.html)} > ${kb(BUDGETS.lessonHtml)} (${lesson.worst.html})`);
if (exam && exam.js > BUDGETS.examJs) failures.push(`JS trang kiểm tra ${kb(exam.js)} > ${kb(BUDGETS.examJs)} (${exam.worst.js})`);
for (const [type, r] of rows) {
  if (type !== 'bài kiểm tra' && r.js > BUDGETS.examJs) failures.push(`JS trang ${type} ${kb(r.js)} > ${kb(BUDGETS.examJs)} (${r.worst.js})`);
}
if (cssAll > BUDGETS.cssAll) failures.push(`CSS ${kb(cssAll)} > ${kb(BUDGETS.cssAll)}`);
if (precache > BUDGETS.precache) failures.push(`Gói offline ${kb(precache)} > ${kb(BUDGETS.precache)}`);

for (const file of files.filter((f) => f.endsWith('.js'))) {
  try {
    parse(readFileSync(file, 'utf8'), { ecmaVersion: 2020, sourceType: 'module' });
  } catch (error) {
    failures.push(`${sitePath(file)} dùng cú pháp mới hơn ES2020: ${error.message}`);
  }
}

if (failures.length) {
  console.error('\nVượt ngân sách:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('Mọi ngân sách đều đạt.');
