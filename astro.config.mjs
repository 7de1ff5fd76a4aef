// Astro configuration: static output, MDX lessons, Preact islands.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import serviceWorker from './src/pwa/integration.mjs';

/**
 * Old phones and Chrome 109 on commune PCs need ES2020; Astro builds the browser bundle for
 * "esnext" whatever vite.build.target says, so set the client environment's target here.
 * tests/tools/budget.mjs checks the result.
 */
function clientTargetEs2020() {
  return {
    name: 'client-target-es2020',
    configEnvironment(name) {
      // No module-preload helper either: it costs every page ~1 KB to speed up loads that
      // the service worker answers from the device anyway.
      if (name === 'client') return { build: { target: 'es2020', modulePreload: false } };
    },
  };
}

export default defineConfig({
  site: 'https://hocso.example.vn',
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), serviceWorker()],
  devToolbar: { enabled: false },
  vite: { plugins: [clientTargetEs2020()] },
  // Content-Security-Policy as a <meta> on every page: Astro adds hashes of the scripts and
  // styles it emits; nothing may load from another origin and no inline script runs unhashed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
