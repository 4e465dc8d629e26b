// Reading an authority's listed reports, when the reader allows it: a provider page listing two
// report PDFs (the real 2023 report and a synthetic 2018 one), both fetched, read with pdf.js in
// the offscreen document, stored, and linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { FILES, listedReportFiles, MISSING, REPORT_2018, REPORT_2023 } from './harness/listed-reports';
import { setOption } from './harness/options-page';

const browser = useFixtureBrowser(listedReportFiles);

beforeAll(() => revealClosedShadows(browser().context));

const pdfRequests = () => browser().requests.filter((r) => r.startsWith(FILES));

describe('reading the reports an authority’s page lists', () => {
  it('fetches nothing until the reader turns the option on, and says how to', async () => {
    const page = await browser().visit(PAGES.provider);
    const note = page.locator(inside('ofsted-lens-panel', '.note'));
    await note.waitFor({ timeout: 10_000 });
    expect(await note.innerText()).toContain('turn on');
    await page.waitForTimeout(500);
    expect(pdfRequests()).toEqual([]);
    await page.close();
  });

  it('with the option on, reads the listed reports it can, says which it could not, and puts their grades beside them', async () => {
    await setOption(browser(), 'read-listed-reports', 'readListedReports', true);

    const page = await browser().visit(PAGES.provider);
    const chips = page.locator('a.publication-link + ofsted-lens-chip');
    await page.waitForFunction(() => document.querySelectorAll('a.publication-link + ofsted-lens-chip').length === 2, null, { timeout: 30_000 });
    expect(await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-grade')))).toEqual(['good', 'good']);
    await page.locator(inside('ofsted-lens-panel', '.note'), { hasText: 'Read 2 of 4 reports, 2 could not be read.' }).waitFor({ timeout: 10_000 });
    // Each file asked for once: a 404 is not retried.
    expect(pdfRequests().sort()).toEqual([`${FILES}/v1/file/50002412`, ...MISSING, `${FILES}/v1/file/50222964`].sort());
    await page.close();
  });

  it('never fetches a report it has already read, nor soon again one it could not', async () => {
    const before = pdfRequests().length;
    const page = await browser().visit(PAGES.provider);
    await page.locator('a.publication-link + ofsted-lens-chip').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1000);
    expect(pdfRequests().length).toBe(before);
    await page.close();
  });

  it('links the 2023 report’s findings to the 2018 report’s, in the reader', async () => {
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2023)}`);
    const eet = page.locator('#p40 ofsted-lens-marker');
    await eet.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await eet.getAttribute('data-relation')).toBe('persisting');
    expect(await eet.locator(inside('ofsted-lens-marker', 'button')).innerText()).toBe('2018: persisting');
    expect(await eet.locator(inside('ofsted-lens-marker', 'a')).getAttribute('href')).toBe(REPORT_2018);
    expect(await page.locator('#p38 ofsted-lens-marker').getAttribute('data-relation')).toBe('persisting');
    expect(await page.locator('#p6 ofsted-lens-marker').first().getAttribute('data-relation')).toBe('improved');
    // Read from Ofsted's file host, the 2018 report gives each judgement's direction.
    const trend = (key: string) => page.locator(inside('ofsted-lens-panel', `li[data-judgement="${key}"] .trend`));
    await trend('helpAndProtection').waitFor({ timeout: 10_000 });
    expect(await trend('helpAndProtection').getAttribute('data-direction')).toBe('up');
    expect(await trend('helpAndProtection').innerText()).toContain('up from Good in');
    expect(await trend('careLeavers').getAttribute('data-direction')).toBe('down');
    await page.close();
  });
});
