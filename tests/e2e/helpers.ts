/**
 * Shared helpers for e2e tests: the list of built pages (read from dist/, never hand-kept)
 * and an axe-core check that reports violations readably.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const dist = join(process.cwd(), 'dist');

/** Every HTML page of the build as a site path ("/", "/dich-vu-cong/", "/404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  return pages
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      if (rel === 'index.html') return '/';
      return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    })
    .sort();
}

/** The text of a built page's <h1>, read from its HTML file in dist/. */
export function builtHeading(path: string): string {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`${path} has no <h1>`);
  return match[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
}

/** Runs axe (WCAG 2.x A and AA rules) and fails listing each violation and its targets. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
  // Only violations are collected: the same rules run, without building the other result lists.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Loads a page and waits until the islands that hydrate on load or when idle have rendered. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page
    .waitForFunction(() => [...document.querySelectorAll('astro-island[client="load"], astro-island[client="idle"]')].every((i) => !i.hasAttribute('ssr')), null, { timeout: 5_000 })
    .catch(() => undefined);
}

/**
 * Controls smaller than 44 × 44 CSS px on the page as shown: buttons, fields, selects, fold-out
 * titles, button-like and navigation links, and radios/checkboxes by their label (what a finger
 * taps). Links inside sentences are exempt, as WCAG allows. Old hands on cheap phones miss
 * small targets.
 */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  // 1 px of slack for sub-pixel rounding of rem sizes.
  return page.evaluate((limit) => {
    const selector = [
      'button',
      'select',
      'textarea',
      'summary',
      'input:not([type=hidden]):not([type=radio]):not([type=checkbox])',
      'a.btn',
      '[role=button]',
      'nav a',
      'label:has(> input[type=radio]), label:has(> input[type=checkbox])',
    ].join(',');
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      if (box.width < limit || box.height < limit) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  }, min - 1);
}
