// Astro integration: after `astro build`, bundles src/pwa/sw.ts into dist/sw.js and injects the
// precache manifest of every page and asset (workbox-build). Fails the build if a page refers
// to a local file the manifest leaves out, so the site is never only half available offline.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';

const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,ico,json,webmanifest,xml,txt}'];
// 404.html is for the host; offline, unknown addresses get the offline page instead.
const PRECACHE_IGNORES = ['sw.js', '404.html', '_headers', '**/*.map'];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Local files that pages and scripts load, as paths relative to dist/. */
function referencedFiles(dist, base) {
  const refs = new Set();
  const add = (from, url) => {
    if (/^(https?:|data:|blob:|mailto:|tel:|#|\/\/)/.test(url)) return;
    const clean = url.split(/[?#]/)[0];
    if (!clean) return;
    const path = clean.startsWith('/') ? clean.slice(base.length) : posix.join(posix.dirname(from), clean);
    refs.add(decodeURI(path.endsWith('/') ? `${path}index.html` : path));
  };
  for (const file of walk(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    if (rel.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"/g)) add(rel, m[1]);
      for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon|manifest|apple-touch-icon)"[^>]*\bhref="([^"]+)"/g)) add(rel, m[1]);
      for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) add(rel, m[1]);
    } else if (rel.endsWith('.js') && rel !== 'sw.js') {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) add(rel, m[1] ?? m[2]);
    }
  }
  return refs;
}

export default function serviceWorker() {
  let base = '/';
  return {
    name: 'hocso-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const swDest = join(dist, 'sw.js');
        await build({
          entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: swDest,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'warning',
        });
        const options = {
          globDirectory: dist,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: PRECACHE_IGNORES,
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          modifyURLPrefix: { '': base },
        };
        const { manifestEntries } = await getManifest(options);
        const { count, size, warnings } = await injectManifest({ ...options, swSrc: swDest, swDest });
        if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
        const inManifest = new Set(manifestEntries.map((e) => (typeof e === 'string' ? e : e.url).slice(base.length)));
        const missing = [...referencedFiles(dist, base)].filter((path) => !inManifest.has(path));
        if (missing.length) throw new Error(`Service worker: trang dùng các tệp không có trong gói offline: ${missing.join(', ')}`);
        logger.info(`gói offline: ${count} tệp, ${(size / 1024).toFixed(0)} KB chưa nén`);
      },
    },
  };
}
