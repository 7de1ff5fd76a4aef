/// <reference types="vitest/config" />
// Unit tests: pure modules (schemas, quiz engine, stores, helpers) and content rules.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
