// Vitest globalSetup: without the real documents dozens of tests would each fail on ENOENT; stop
// the run once, saying where they were looked for and how to point elsewhere.
import { existsSync } from 'node:fs';
import { FIXTURES_ROOT } from './fixtures';

export default function requireFixtures(): void {
  if (existsSync(FIXTURES_ROOT)) return;
  throw new Error(
    `Real-document fixtures not found at ${FIXTURES_ROOT}. ` +
      'They live outside the project (default ../shared/fixtures beside it); ' +
      'set OFSTED_LENS_FIXTURES to the folder holding real/ and real-pdf/.',
  );
}
