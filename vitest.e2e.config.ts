import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium. Run after `wxt build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/helpers/require-fixtures.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
