// Figures measured in Debian's Chromium with the built extension: the detection content script's
// size, and the time from document idle to the panel painted on the real report page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { fixtureSites, HOSTS, PAGES } from '../tests/e2e/harness/fixture-sites';
import { startHttpsServer } from '../tests/e2e/harness/https-server';

export type Figure = { name: string; value: number; unit: string; target?: string };

const OUTPUT = resolve(import.meta.dirname, '../.output/chrome-mv3');

export function bundleFigures(): Figure[] {
  const size = (file: string) => {
    const bytes = readFileSync(resolve(OUTPUT, file));
    return { raw: bytes.length / 1024, gz: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  const detect = size('content-scripts/detect.js');
  const overlay = size('overlay.js');
  const kb = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: 'content script on every matched page: raw', value: kb(detect.raw), unit: 'KB' },
    { name: 'content script on every matched page: gzipped', value: kb(detect.gz), unit: 'KB', target: '< 25 KB' },
    { name: 'overlay, injected on recognised pages only: gzipped', value: kb(overlay.gz), unit: 'KB' },
  ];
}

export async function paintFigures(runs = 15): Promise<Figure[]> {
  const server = await startHttpsServer(fixtureSites());
  const browser = await launchWithExtension(HOSTS, server.port);
  const { context } = browser;
  const times: number[] = [];
  const loads: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(PAGES.report);
      await page.waitForFunction(() => performance.getEntriesByName('ofsted-lens:painted').length > 0, null, { timeout: 10_000 });
      // A string, not a function: tsx's name helpers do not exist in the page.
      times.push(await page.evaluate<number>(
        "performance.getEntriesByName('ofsted-lens:painted')[0].startTime - performance.getEntriesByName('ofsted-lens:idle')[0].startTime",
      ));
      loads.push(await page.evaluate<number>(
        "performance.getEntriesByName('ofsted-lens:overlay-start')[0].startTime - performance.getEntriesByName('ofsted-lens:verdict')[0].startTime",
      ));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  return [
    { name: `document idle → panel painted, real report page (median of ${runs})`, value: median(times), unit: 'ms', target: '< 50 ms' },
    { name: '  of which: loading the overlay bundle', value: median(loads), unit: 'ms' },
  ];
}
