// Vitest globalSetup: without the real documents dozens of tests would each fail on ENOENT; stop
// the run once, saying where they were looked for and how to point elsewhere. It exits rather than
// throws: a thrown error reaches the terminal after Vitest's own "No test files found" and a stack.
import { existsSync } from 'node:fs';
import { FIXTURES_ROOT, REAL_FIXTURES, REAL_PDF } from './fixtures';

export default function requireFixtures(): void {
  const missing = [REAL_FIXTURES, REAL_PDF].filter((dir) => !existsSync(dir));
  if (missing.length === 0) return;
  const where = existsSync(FIXTURES_ROOT) ? `${FIXTURES_ROOT} has no ${missing.map((dir) => `${dir.slice(FIXTURES_ROOT.length + 1)}/`).join(' or ')}` : `${FIXTURES_ROOT} does not exist`;
  process.stderr.write(
    `\nReal-document fixtures not found: ${where}.\n` +
      "The tests read Ofsted's own reports from outside the project, by default ../shared/fixtures beside it;\n" +
      'set OFSTED_LENS_FIXTURES to the folder holding real/ and real-pdf/.\n\n',
  );
  process.exit(1);
}
