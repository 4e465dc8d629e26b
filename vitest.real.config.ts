import { defineConfig } from 'vitest/config';

// Ofsted's own PDFs (../shared/fixtures/real-pdf, or OFSTED_LENS_FIXTURES), read through pdf.js
// as the extension reads them: about half a minute, so a run of its own.
export default defineConfig({
  test: {
    include: ['tests/real-pdf/**/*.test.ts'],
    globalSetup: ['tests/helpers/require-fixtures.ts'],
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
