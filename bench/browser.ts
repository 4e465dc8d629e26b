// Figures measured in Debian's Chromium with the built extension: the detection content script's
// size, and the time from document idle to the panel painted on the real report page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { fixtureSites, HOSTS, PAGES } from '../tests/e2e/harness/fixture-sites';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import { pageEvaluator, waitForMarks } from './page-marks';

export type Figure = { name: string; value: number; unit: string; target?: string };

// Sizes are the product's; times come from the build with `--mode bench`, the only one that makes the timing marks.
const OUTPUT = resolve(import.meta.dirname, '../.output/chrome-mv3');
export const BENCH_BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3-bench');

export function bundleFigures(): Figure[] {
  const size = (file: string) => {
    const bytes = readFileSync(resolve(OUTPUT, file));
    return { raw: bytes.length / 1024, gz: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  const detect = size('content-scripts/detect.js');
  const overlay = size('overlay.js');
  // Ofsted's official tables, minified as the build does: in the overlay, the reader and the popup's
  // look-up (whose chunks change shape from build to build), never in the content script.
  const tables = transformSync(readFileSync(resolve(import.meta.dirname, '../utils/core/authorities/outcomes.ts'), 'utf8'), { loader: 'ts', minify: true, format: 'esm' }).code;
  const official = { raw: tables.length / 1024, gz: gzipSync(tables, { level: 9 }).length / 1024 };
  const kb = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: 'content script on every matched page: raw', value: kb(detect.raw), unit: 'KB' },
    { name: 'content script on every matched page: gzipped', value: kb(detect.gz), unit: 'KB', target: '< 25 KB' },
    { name: 'overlay, injected on recognised pages only: gzipped', value: kb(overlay.gz), unit: 'KB' },
    { name: 'official outcome tables, added to the overlay, the reader and the popup’s look-up (not the content script): raw', value: kb(official.raw), unit: 'KB' },
    { name: 'official outcome tables, added to the overlay, the reader and the popup’s look-up (not the content script): gzipped', value: kb(official.gz), unit: 'KB' },
  ];
}

const CONTROL = resolve(import.meta.dirname, 'control-extension');

/** Each named mark's time after `ofsted-lens:idle` (the content script starting) on the real report page, over fresh tabs. */
async function paintTimes(extensionDir: string, runs: number, names: string[]): Promise<Record<string, number[]>> {
  const server = await startHttpsServer(fixtureSites());
  const browser = await launchWithExtension(HOSTS, server.port, extensionDir);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      const evaluate = await pageEvaluator(browser.context, page);
      await page.goto(PAGES.report);
      const marks = await waitForMarks(evaluate, ['idle', ...names].map((n) => `ofsted-lens:${n}`));
      for (const n of names) times[n]!.push(marks[`ofsted-lens:${n}`]! - marks['ofsted-lens:idle']!);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

/** `build`: the extension measured (the bench build by default; another, to compare two builds in one run). */
export async function paintFigures(runs = 21, build = BENCH_BUILD): Promise<Figure[]> {
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  const ours = await paintTimes(build, runs, ['main', 'mounted', 'painted']);
  // The same page and browser with a content script that reads nothing and paints a fixed panel:
  // what the browser's own first frame after idle costs, whoever paints.
  const control = await paintTimes(CONTROL, runs, ['painted']);
  return [
    { name: `document idle → panel painted, real report page (median of ${runs})`, value: median(ours.painted!), unit: 'ms', target: '< 50 ms' },
    { name: '  of which: the script evaluated (idle → its main runs)', value: median(ours.main!), unit: 'ms' },
    { name: '  of which: evaluated, decided, read and drawn (idle → panel in the page)', value: median(ours.mounted!), unit: 'ms' },
    { name: '  control: a fixed panel painted, nothing read', value: median(control.painted!), unit: 'ms' },
  ];
}
