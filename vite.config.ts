// Vite serves and builds the browser game; Vitest runs the Node suites (browser suites have their own config).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**', 'dist/**'],
    // Some suites start the command-line tools as child processes, which takes a second or two each.
    testTimeout: 30000,
  },
});
