/// <reference types="vitest/config" />
// Unit tests: pure modules (schemas, quiz engine, stores, helpers) and content rules.
import { getViteConfig } from 'astro/config';
import { join } from 'node:path';

export default getViteConfig({
  test: {
    root: join(import.meta.dirname, '..'),
    // A sanity bound for property tests on a busy 2-core machine, not a speed check.
    testTimeout: 30_000,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
