// npm run shots [-- OUT_DIR]: photographs every screen of the built extension (.output/chrome-mv3)
// in Chromium, light and dark, into OUT_DIR (else OFSTED_LENS_SHOTS, else shots/), runs axe-core on
// each and prints its violations; exits 1 when there is any, 2 when there is no build to drive.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations, type AxeViolation } from '../tests/e2e/harness/axe';
import { EXTENSION_DIR } from '../tests/e2e/harness/browser';
import { revealClosedShadows } from '../tests/e2e/harness/closed-shadow';
import { startFixtureBrowser } from '../tests/e2e/harness/fixture-server';
import { pdfSites, saveNotes, SCREENS } from './shots-screens';

const MODES = ['light', 'dark'] as const;
type Row = { screen: string; mode: (typeof MODES)[number]; violations: AxeViolation[] };

function table(rows: Row[]): string {
  const lines = rows.flatMap(({ screen, mode, violations }) =>
    violations.length === 0 ? [[screen, mode, 'none', '', '']] : violations.map((v) => [screen, mode, v.id, v.impact, String(v.count)]),
  );
  const head = ['screen', 'mode', 'violation', 'impact', 'count'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

async function main(): Promise<number> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    process.stderr.write(`shots: no built extension in ${EXTENSION_DIR}. Run \`npm run build\` first; this script builds nothing itself.\n`);
    return 2;
  }
  const out = resolve(process.argv[2] ?? process.env.OFSTED_LENS_SHOTS ?? resolve(import.meta.dirname, '../shots'));
  mkdirSync(out, { recursive: true });
  const browser = await startFixtureBrowser(pdfSites());
  const rows: Row[] = [];
  try {
    revealClosedShadows(browser.context);
    await saveNotes(browser);
    for (const screen of SCREENS) {
      const page = await browser.context.newPage();
      await page.setViewportSize(screen.viewport);
      await screen.open(browser, page);
      for (const mode of MODES) {
        await page.emulateMedia({ colorScheme: mode });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const path = resolve(out, `${screen.name}-${mode}.png`);
        await page.screenshot({ path, fullPage: screen.fullPage });
        rows.push({ screen: screen.name, mode, violations: await axeViolations(page, screen.scope) });
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
    for (const v of violations) process.stdout.write(`\n${screen} (${mode}) ${v.id}: ${v.help}\n  ${v.targets.slice(0, 5).join('\n  ')}\n`);
  }
  process.stdout.write(`\n${rows.length} shots in ${out}; ${failing.length ? `axe found violations on ${failing.length}` : 'axe found no violation'}.\n`);
  return failing.length ? 1 : 0;
}

process.exitCode = await main();
