import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Real PDFs: their own config (vitest.real.config.ts), a slower run of their own.
    exclude: ['tests/e2e/**', 'tests/real-pdf/**', 'node_modules/**'],
    globalSetup: ['tests/helpers/require-fixtures.ts'],
    testTimeout: 20_000,
  },
});
