// Search benchmark: `npm run bench:search`. Exists so that the search budget (index ≤ 60 KB
// gzip, one query ≤ 10 ms) and the ranking quality are printed as numbers, next to MiniSearch
// on the same corpus and the same queries (tests/search-queries.json), with the ratios.
// The site's TypeScript modules are bundled with esbuild on the fly, so the benchmark runs the
// very code the site ships. Content is read from content/ (no build needed).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';

const root = process.cwd();
const RUNS = 20;

async function loadModules() {
  const out = join(tmpdir(), `bench-search-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: `
        export { readCorpus } from './tests/tools/search-corpus.ts';
        export { buildSearchIndex } from './src/lib/search/build-index.ts';
        export { SearchEngine } from './src/lib/search/engine.ts';
        export { fold } from './src/lib/search/normalize.ts';
        export { INDEX_BUDGET } from './src/lib/search/budget.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    // yaml's CommonJS files call require(): give the bundle one.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(out, { force: true });
  }
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

function time(fn, runs = 5) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { result, ms: median(times) };
}

/** Runs every query RUNS times after a warm-up; ranks are of the expected lesson (-1: absent). */
function measure(queries, searchLessons) {
  for (const q of queries) searchLessons(q.q);
  const samples = [];
  const ranks = [];
  for (const q of queries) {
    let ids = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      ids = searchLessons(q.q);
      samples.push(performance.now() - t0);
    }
    ranks.push(ids.indexOf(q.lesson));
  }
  const share = (k) => ranks.filter((r) => r >= 0 && r < k).length / ranks.length;
  return { median: median(samples), p95: p95(samples), top1: share(1), top3: share(3), recall5: share(5), ranks };
}

const { readCorpus, buildSearchIndex, SearchEngine, fold, INDEX_BUDGET } = await loadModules();
const corpus = readCorpus(root);
const queries = JSON.parse(readFileSync(join(root, 'tests/search-queries.json'), 'utf8')).queries;

// --- ours: fuse.js + inverted indexes over the site's index file
const built = time(() => buildSearchIndex(corpus.lessons, corpus.modules, corpus.terms, { gzipSize: gzip, maxGzipBytes: INDEX_BUDGET.targetGzipBytes }));
const json = JSON.stringify(built.result);
const loaded = time(() => new SearchEngine(JSON.parse(json)));
const engine = loaded.result;
const ours = measure(queries, (q) => engine.search(q).lessons.map((h) => h.lesson.id));

// --- MiniSearch: one document per chunk, the same folding, its own fuzzy and prefix search
const docs = [];
built.result.l.forEach((lesson) => {
  const terms = new Set(lesson.s.flatMap((s) => s.g ?? []));
  const termText = [...terms].map((i) => [built.result.g[i].t, ...built.result.g[i].a].join(' ')).join(' ');
  lesson.s.forEach((section, si) => {
    const texts = section.x.length ? section.x : [''];
    texts.forEach((text, ci) => {
      docs.push({ id: `${lesson.id}#${si}.${ci}`, lesson: lesson.id, title: lesson.t, description: si === 0 && ci === 0 ? lesson.d : '', heading: section.h, text, terms: si === 0 && ci === 0 ? termText : '' });
    });
  });
});
const miniOptions = {
  fields: ['title', 'description', 'heading', 'text', 'terms'],
  storeFields: ['lesson'],
  processTerm: (term) => fold(term) || null,
  searchOptions: { boost: { title: 3, heading: 2, terms: 2, description: 1.5 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
};
const mini = time(() => {
  const m = new MiniSearch(miniOptions);
  m.addAll(docs);
  return m;
});
const miniJson = JSON.stringify(mini.result);
const miniLoaded = time(() => MiniSearch.loadJSON(miniJson, miniOptions));
const miniEngine = miniLoaded.result;
const theirs = measure(queries, (q) => {
  const seen = [];
  for (const r of miniEngine.search(q)) if (!seen.includes(r.lesson)) seen.push(r.lesson);
  return seen.slice(0, 10);
});
// MiniSearch's file would also need the original text for snippets: its index plus the texts.
const miniWithText = JSON.stringify({ index: mini.result, text: docs.map((d) => [d.lesson, d.heading, d.text]) });

const pct = (x) => `${(x * 100).toFixed(1)} %`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
const rows = [
  ['index file, raw', kb(Buffer.byteLength(json)), `${kb(Buffer.byteLength(miniJson))} (+ text: ${kb(Buffer.byteLength(miniWithText))})`, ratio(Buffer.byteLength(json), Buffer.byteLength(miniWithText))],
  ['index file, gzip', kb(gzip(json)), `${kb(gzip(miniJson))} (+ text: ${kb(gzip(miniWithText))})`, ratio(gzip(json), gzip(miniWithText))],
  ['index build (content → file, fitted to budget)', ms(built.ms), '–', ''],
  ['index load in the page (parse + prepare)', ms(loaded.ms), `${ms(miniLoaded.ms)} (loadJSON; addAll: ${ms(mini.ms)})`, ratio(loaded.ms, miniLoaded.ms)],
  ['query, median', ms(ours.median), ms(theirs.median), ratio(ours.median, theirs.median)],
  ['query, p95', ms(ours.p95), ms(theirs.p95), ratio(ours.p95, theirs.p95)],
  ['right lesson first', pct(ours.top1), pct(theirs.top1), ratio(ours.top1, theirs.top1)],
  ['right lesson in top 3', pct(ours.top3), pct(theirs.top3), ratio(ours.top3, theirs.top3)],
  ['recall@5', pct(ours.recall5), pct(theirs.recall5), ratio(ours.recall5, theirs.recall5)],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['', 'fuse.js (site)', 'MiniSearch 7', 'site / MiniSearch'], ...rows].map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`Search benchmark: ${corpus.lessons.length} lessons, ${built.result.l.reduce((n, l) => n + l.s.reduce((m, s) => m + s.x.length, 0), 0)} chunks, ${corpus.terms.length} glossary terms, ${queries.length} queries × ${RUNS} runs (Node ${process.version})`);
console.log(line(['', 'fuse.js (site)', 'MiniSearch 7', 'site / MiniSearch']));
for (const r of rows) console.log(line(r));
console.log(
  'MiniSearch: one document per chunk (title, description, heading, text, glossary names), the same folding,\n' +
    'fuzzy 0.2, prefix search, boosts title 3 / heading 2 / terms 2 / description 1.5. Its file would also need the\n' +
    'text for snippets, so size ratios compare with its index plus that text.',
);

const missed = queries.map((q, i) => ({ q, rank: ours.ranks[i] })).filter((x) => x.rank !== 0);
if (missed.length) {
  console.log('\nQueries whose lesson is not first (site engine):');
  for (const { q, rank } of missed) console.log(`  ${rank < 0 ? 'absent' : `#${rank + 1}`}  "${q.q}" → ${q.lesson}`);
}
const overBudget = gzip(json) > INDEX_BUDGET.maxGzipBytes || ours.median > INDEX_BUDGET.queryMs;
console.log(`\nBudgets: index ≤ ${kb(INDEX_BUDGET.maxGzipBytes)} gzip, median query ≤ ${INDEX_BUDGET.queryMs} ms: ${overBudget ? 'OVER' : 'ok'}`);
