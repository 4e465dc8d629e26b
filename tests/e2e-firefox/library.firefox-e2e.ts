// Reading the reports an authority's page lists, in Firefox, which has no offscreen API: with the
// option on, the provider page's listed PDFs (the real 2023 report and a synthetic 2018 one) are
// fetched and read with pdf.js in the background page, stored, and their grades shown beside them.
import { describe, expect, it } from 'vitest';
import { PAGES } from '../e2e/harness/fixture-sites';
import { FILES, listedReportFiles, MISSING } from '../e2e/harness/listed-reports';
import { useFirefox } from './harness/firefox';
import { chipGrades } from './harness/lens-state';

const firefox = useFirefox(listedReportFiles);

const pdfRequests = () => firefox().requests.filter((r) => r.startsWith(FILES));
const CHIPS = 'a.publication-link + ofsted-lens-chip';

describe('reading the reports an authority’s page lists, in Firefox', () => {
  it('fetches nothing until the reader turns the option on, and says how to', async () => {
    const page = await firefox().newPage(PAGES.provider);
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await expect.poll(async () => (await firefox().inShadow(page, 'ofsted-lens-panel', '.note')).map((n) => n.text).join(' '), { timeout: 10_000 }).toContain('turn on');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pdfRequests()).toEqual([]);
    await page.close();
  });

  it('with the option on, reads the listed reports in the background page, says how many, and puts their grades beside them', async () => {
    const options = await firefox().extensionPage('options.html');
    await options.click('input[name="read-listed-reports"]');
    await options.waitForFunction(async () => {
      const ext = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser;
      return (await ext.storage.local.get('readListedReports')).readListedReports === true;
    });
    await options.close();

    const page = await firefox().newPage(PAGES.provider);
    await page.waitForFunction((chips) => document.querySelectorAll(chips).length === 2, { timeout: 30_000 }, CHIPS);
    expect(await chipGrades(firefox(), page, CHIPS)).toEqual(['good', 'good']);
    await expect
      .poll(async () => (await firefox().inShadow(page, 'ofsted-lens-panel', '.note')).map((n) => n.text).join(' '), { timeout: 10_000 })
      .toContain('Read 2 of 4 reports, 2 could not be read.');
    // Each file asked for once: a 404 is not retried.
    expect(pdfRequests().sort()).toEqual([`${FILES}/v1/file/50002412`, ...MISSING, `${FILES}/v1/file/50222964`].sort());
    await page.close();
  });
});
