// The bloating attacks of tests/e2e/attacker-bounded.e2e.test.ts in Firefox, whose background is
// a page that never sleeps: the 2.2 MB page posing as Portsmouth's 2022 report on a sector news
// site is not stored, and a page reloading itself as ?n=1…12 stores no more than three records.
import { describe, expect, it } from 'vitest';
import { BLOATED, BLOATED_HTML, bloatingSites, RELOADING } from '../e2e/harness/bloating-pages';
import { PAGES } from '../e2e/harness/fixture-sites';
import { LIBRARY_DUMP, type LibraryDump } from '../e2e/harness/library-dump';
import { useFirefox } from './harness/firefox';

const firefox = useFirefox(bloatingSites);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The address of every document the library holds, read in one of the extension's own pages. */
async function librarySources(): Promise<string[]> {
  const page = await firefox().extensionPage('options.html');
  const { inspections } = (await page.evaluate(LIBRARY_DUMP)) as LibraryDump;
  await page.close();
  return inspections.map((r) => (r as { source: string }).source).sort();
}

describe('pages on a sector news site that try to bloat the library, in Firefox', () => {
  it('stores the genuine report, and not the 2.2 MB page posing as its 2022 copy', async () => {
    const report = await firefox().newPage(PAGES.report);
    await report.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await expect.poll(librarySources, { timeout: 15_000 }).toEqual([PAGES.report]);
    await report.close();

    expect(Buffer.byteLength(BLOATED_HTML)).toBeGreaterThan(2_200_000);
    const page = await firefox().newPage(BLOATED);
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    for (let waited = 0; waited < 10_000; waited += 1_000) {
      expect(await librarySources()).toEqual([PAGES.report]);
      await sleep(1_000);
    }
    await page.close();
  });

  it('stores no more than three records of a page reloading itself as ?n=1…12 in 31 s', async () => {
    const page = await firefox().newPage(`${RELOADING}?n=1`);
    for (let waited = 0; !page.url().endsWith('?n=12'); waited += 250) {
      if (waited > 40_000) throw new Error(`The page reloaded itself only as far as ${page.url()}.`);
      await sleep(250);
    }
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await sleep(3_000);
    const stored = (await librarySources()).filter((s) => s.startsWith(RELOADING));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(3);
    await page.close();
  }, 90_000);
});
