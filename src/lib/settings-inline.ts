/**
 * Build time only (Base.astro's frontmatter, never the browser): the inline <head> script that
 * applies the reading settings before the first paint, and its CSP hash. The script is
 * applyReadingSettings' own source, minified, called with the stores' constants, so the page
 * and the store can never disagree on keys or values.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { applyReadingSettings } from './settings-apply';
import { READING_APPLY_CONFIG } from '../stores/settings';

export interface InlineScript {
  /** The script's text, to render with <script is:inline set:html>. */
  code: string;
  /** "sha256-…" of the text, for Astro.csp.insertScriptHash. */
  hash: `sha256-${string}`;
}

let cached: InlineScript | undefined;

export function readingSettingsScript(): InlineScript {
  if (cached) return cached;
  const source = `(${applyReadingSettings.toString()})(${JSON.stringify(READING_APPLY_CONFIG)})`;
  const code = transformSync(source, { minify: true, target: 'es2020', loader: 'js' }).code.trim();
  cached = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
  return cached;
}
