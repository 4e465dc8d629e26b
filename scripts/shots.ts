// npm run shots [-- OUT_DIR] [--only NAME,...]: photographs every screen of the built extension
// (.output/chrome-mv3) in Chromium, light and dark, into OUT_DIR (else OFSTED_LENS_SHOTS, else
// shots/), runs axe-core on each and prints its violations; exits 1 when there is any (or a screen did not
// come up), 2 when there is no build to drive. --only takes the screens whose names contain one of the words given.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { axeReport, type AxeViolation } from '../tests/e2e/harness/axe';
import { EXTENSION_DIR } from '../tests/e2e/harness/browser';
import { revealClosedShadows } from '../tests/e2e/harness/closed-shadow';
import { startFixtureBrowser } from '../tests/e2e/harness/fixture-server';
import { pdfSites, saveNotes, SCREENS } from './shots-screens';

const MODES = ['light', 'dark'] as const;
const MAX_HEIGHT = 2400;
type Row = { screen: string; mode: (typeof MODES)[number]; violations: AxeViolation[]; uncheckedContrast: number };

const notOpened = (why: string): AxeViolation => ({ id: 'screen-not-opened', impact: 'n/a', count: 1, help: 'The screen did not come up as expected', targets: [], why });

function table(rows: Row[]): string {
  const lines = rows.flatMap(({ screen, mode, violations, uncheckedContrast }) =>
    (violations.length === 0 ? [{ id: 'none', impact: '', count: '' }] : violations).map((v) => [screen, mode, v.id, v.impact, String(v.count), String(uncheckedContrast)]),
  );
  const head = ['screen', 'mode', 'violation', 'impact', 'count', 'contrast unchecked'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

async function main(): Promise<number> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    process.stderr.write(`shots: no built extension in ${EXTENSION_DIR}. Run \`npm run build\` first; this script builds nothing itself.\n`);
    return 2;
  }
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
  const out = resolve(positionals[0] ?? process.env.OFSTED_LENS_SHOTS ?? resolve(import.meta.dirname, '../shots'));
  const only = values.only?.split(',');
  const screens = SCREENS.filter((screen) => !only || only.some((word) => screen.name.includes(word)));
  mkdirSync(out, { recursive: true });
  const browser = await startFixtureBrowser(pdfSites());
  const rows: Row[] = [];
  try {
    revealClosedShadows(browser.context);
    await saveNotes(browser);
    for (const screen of screens) {
      const page = await browser.context.newPage();
      await page.setViewportSize(screen.viewport);
      const failed = await screen.open(browser, page).then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!);
      for (const mode of MODES) {
        await page.emulateMedia({ colorScheme: mode });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const path = resolve(out, `${screen.name}-${mode}.png`);
        // A long page is cut at MAX_HEIGHT: its top is what is looked at, and a 5,000 px image shrinks past reading.
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path, fullPage: screen.fullPage, clip: screen.fullPage ? { x: 0, y: 0, width: screen.viewport.width, height } : undefined });
        // A screen that did not come up as expected is photographed as it stands, to look at, and fails the run.
        const report = failed ? { violations: [notOpened(failed)], uncheckedContrast: 0 } : await axeReport(page, screen.scope);
        rows.push({ screen: screen.name, mode, ...report });
        process.stderr.write(`shots: ${path}\n`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`${table(rows)}\n`);
  const failing = rows.filter((row) => row.violations.length > 0);
  for (const { screen, mode, violations } of failing) {
    for (const v of violations) process.stdout.write(`\n${screen} (${mode}) ${v.id}: ${v.help}\n  ${v.targets.slice(0, 5).join('\n  ')}\n  ${v.why.replace(/\n/g, '\n  ')}\n`);
  }
  process.stdout.write(`\n${rows.length} shots in ${out}; ${failing.length ? `axe found violations on ${failing.length}` : 'axe found no violation'}.\n`);
  return failing.length ? 1 : 0;
}

process.exitCode = await main();
