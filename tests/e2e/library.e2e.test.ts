// Reading an authority's listed reports, when the reader allows it: a provider page listing two
// report PDFs (the real 2023 report and a synthetic 2018 one), both fetched, read with pdf.js in
// the offscreen document, stored, and linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { chipGrades } from './harness/lens-state';
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
    await page.waitForFunction(() => document.querySelectorAll('a.publication-link + ofsted-lens-chip').length === 2, null, { timeout: 30_000 });
    await closedRootsReady(page, 'ofsted-lens-chip');
    expect(await chipGrades(page, 'a.publication-link + ofsted-lens-chip')).toEqual(['good', 'good']);
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
    const marker = (paragraph: string, css = 'button') => page.locator(`${paragraph} ofsted-lens-marker`).locator(inside('ofsted-lens-marker', css));
    await marker('#p40').waitFor({ timeout: 15_000 });
    expect(await marker('#p40').innerText()).toBe('2018: still a concern');
    // In the reader, the earlier report opens in the reader too, at the paragraph the link rests on.
    expect(await marker('#p40', 'a').getAttribute('href')).toMatch(new RegExp(`^reader\\.html\\?src=${encodeURIComponent(REPORT_2018)}#p\\d+$`));
    expect(await marker('#p38').innerText()).toBe('2018: still a concern');
    expect(await marker('#p25').innerText()).toBe('2018: improved');
    // Read from Ofsted's file host, the 2018 report gives each judgement's direction.
    const trend = (key: string) => page.locator(inside('ofsted-lens-panel', `li[data-judgement="${key}"] .trend`));
    await trend('helpAndProtection').waitFor({ timeout: 10_000 });
    expect(await trend('helpAndProtection').getAttribute('data-direction')).toBe('up');
    expect(await trend('helpAndProtection').innerText()).toContain('up from Good in');
    expect(await trend('careLeavers').getAttribute('data-direction')).toBe('down');
    await page.close();
  });

  it('on the 2023 report’s page, opens the 2018 report in the reader at a marker’s paragraph, and the side-by-side page, through the background', async () => {
    const page = await browser().visit(PAGES.report);
    const eet = page.locator('p', { hasText: 'The number of care-experienced young people in education, employment or training is too low' }).locator('ofsted-lens-marker');
    const inMarker = (css: string) => eet.locator(inside('ofsted-lens-marker', css));
    const toggle = inMarker('button[aria-expanded]');
    await toggle.waitFor({ timeout: 15_000 });
    await toggle.click();
    // A web page cannot open the extension's pages: a button, not a link, asks the background.
    expect(await inMarker('a').count()).toBe(0);
    const open = inMarker('button.open');
    const number = /Open paragraph (\d+) of the 2018 report/.exec(await open.innerText())![1];
    const [reader] = await Promise.all([browser().context.waitForEvent('page'), open.click()]);
    await reader.waitForURL(/reader\.html/);
    expect(reader.url()).toBe(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2018)}#p${number}`);
    await reader.close();

    const compare = page.locator(inside('ofsted-lens-panel', '.compare button'));
    expect(await compare.innerText()).toBe('Compare with 2018');
    const [side] = await Promise.all([browser().context.waitForEvent('page'), compare.click()]);
    // The tab as the browser has it: the side-by-side page's address, whether or not this build has that page.
    type Tabs = { tabs: { query(filter: object): Promise<Array<{ url?: string; pendingUrl?: string }>> } };
    const tabs = () => browser().worker.evaluate(() => (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({}).then((all) => all.map((tab) => tab.pendingUrl ?? tab.url)));
    await expect.poll(tabs).toContain(`chrome-extension://${browser().extensionId}/compare.html?later=${encodeURIComponent(PAGES.report)}&earlier=${encodeURIComponent(REPORT_2018)}`);
    await side.close();
    await page.close();
  });
});
