import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the built Firefox extension (.output/firefox-mv2) in the system's Firefox,
// driven over WebDriver BiDi. Run after `wxt build -b firefox`; as root (the fixture sites are served on 127.0.0.1:443).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox-e2e.ts'],
    globalSetup: ['tests/helpers/require-fixtures.ts', 'tests/e2e-firefox/harness/require-firefox.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
