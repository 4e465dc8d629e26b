// Script-bearing text in a report, through every place Ofsted Lens shows it in the browser: the
// panel on the page, a saved note in the popup and its Markdown export, and the reader.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { realFixture } from '../helpers/fixtures';
import { reportPdf } from '../helpers/report-pdf';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { fixtureSites } from './harness/fixture-sites';
import { highlightCount, notesReady, selectQuote } from './harness/report-page';
import { reportHtml } from './harness/text-to-html';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const AUTHORITY = `Portsmouth ${IMG} City Council`;
const QUOTE = `${SCRIPT} The number of care-experienced young people in education, employment or training is too low.`;
const text = realFixture('portsmouth-ilacs-2023.txt')
  .replace('Inspection of Portsmouth City Council', `Inspection of ${AUTHORITY}`)
  .replace('The number of care-experienced young people in education', `${SCRIPT} The number of care-experienced young people in education`);

const REPORT = 'https://reports.ofsted.gov.uk/reports/hostile-portsmouth';
const PDF = 'https://files.ofsted.gov.uk/v1/file/666';
const browser = useFixtureBrowser(async () => ({
  'reports.ofsted.gov.uk': { ...fixtureSites()['reports.ofsted.gov.uk'], '/reports/hostile-portsmouth': { contentType: 'text/html; charset=utf-8', body: reportHtml(text) } },
  'files.ofsted.gov.uk': { '/v1/file/666': { contentType: 'application/pdf', body: await reportPdf(text) } },
}));
beforeAll(() => revealClosedShadows(browser().context));

const inPanel = (page: Page) => (css: string) => page.locator(inside('ofsted-lens-panel', css));
const inLightDom = (page: Page, where: string) => (css: string) => page.locator(where).locator(css);

/** Nothing of the text became an element (`within` a part of the page), nothing ran, and the page saw no error. */
async function expectNothingRan(page: Page, within: (css: string) => Locator): Promise<void> {
  expect(await within('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

describe('script-bearing text in a report', () => {
  it('shows in the panel on the report page as text', async () => {
    const page = await browser().visit(REPORT);
    const authority = page.locator(inside('ofsted-lens-panel', '.authority'));
    await authority.waitFor({ timeout: 10_000 });
    expect(await authority.innerText()).toBe(AUTHORITY);
    await expectNothingRan(page, inPanel(page));
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  });

  it('saved as a note, shows in the popup and exports to Markdown as text', async () => {
    const page = await browser().visit(REPORT);
    await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 10_000 });
    await notesReady(page);
    await selectQuote(page, QUOTE);
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, 1);
    await page.close();

    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    const note = popup.locator('.note').first();
    await note.waitFor({ timeout: 10_000 });
    expect(await note.locator('.quote').innerText()).toBe(QUOTE);
    expect(await note.locator('.meta').innerText()).toContain(AUTHORITY);
    await expectNothingRan(popup, inLightDom(popup, '.library'));
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button', { hasText: 'Markdown' }).click()]);
    const markdown = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    expect(markdown).toContain('> \\<script>window.__pwned=2\\</script> The number of care-experienced young people');
    expect(markdown).toContain('Portsmouth \\<img src=x onerror="window.__pwned=1"> City Council');
    await popup.close();
  });

  it('shows in the reader as text', async () => {
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(PDF)}`);
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('.report').innerText()).toContain(SCRIPT);
    expect(await page.locator(inside('ofsted-lens-panel', '.authority')).innerText()).toBe(AUTHORITY);
    await expectNothingRan(page, inLightDom(page, '.report'));
    await expectNothingRan(page, inPanel(page));
    await page.close();
  });
});
