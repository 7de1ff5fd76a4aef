/**
 * End-to-end tests in real Chromium against the built site (npm run build first), served by
 * `astro preview`. Uses Debian's chromium where installed (or $CHROMIUM_PATH); elsewhere the
 * browser Playwright bundles.
 */
import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';
import { join } from 'node:path';

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = chromiumPath();
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: join(import.meta.dirname, 'e2e'),
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    serviceWorkers: 'allow',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Run from the project root (the default would be this folder).
    cwd: join(import.meta.dirname, '..'),
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
