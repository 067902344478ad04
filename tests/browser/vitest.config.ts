// Browser suites: Chromium through playwright-core against a fresh `vite build`, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 60000,
    reporters: ['verbose'],
  },
});
