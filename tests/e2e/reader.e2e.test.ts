// The reader: Ofsted's own PDF of Portsmouth's 2023 inspection, byte for byte, served under
// files.ofsted.gov.uk and opened through reader.html?src= in the built extension in Debian's
// Chromium; generated PDFs for what a reader can meet (damaged, not a report, a password).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { passwordProtectedPdf, reportPdf } from '../helpers/report-pdf';
import { stopServiceWorker } from './harness/browser';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { panelSays } from './harness/lens-state';
import { highlightCount, highlighted } from './harness/report-page';
import { useFixtureBrowser } from './harness/fixture-browser';
import { fixtureSites, PAGES } from './harness/fixture-sites';
import { setOption } from './harness/options-page';

const FILES = 'files.ofsted.gov.uk';
const REPORT_PDF = `https://${FILES}/v1/file/50222964`;
const DAMAGED_PDF = `https://${FILES}/v1/file/66`;
const OTHER_PDF = `https://${FILES}/v1/file/77`;
const MISSING_PDF = `https://${FILES}/v1/file/404`;
const LOCKED_PDF = `https://${FILES}/v1/file/88`;
const NOT_FOUND_PAGE = `https://${FILES}/v1/file/50001234`;
// A page of Ofsted's site that asks Chrome to prerender a report link (speculation rules).
const PRERENDERING_PAGE = 'https://reports.ofsted.gov.uk/prerendering-a-report';

/** Read at test time from the shared corpus, never copied into the project. */
const portsmouth2023 = () => new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf')));

const pdf = (body: Uint8Array) => ({ contentType: 'application/pdf', body });
const browser = useFixtureBrowser(async () => ({
  [FILES]: {
    '/v1/file/50222964': pdf(portsmouth2023()),
    '/v1/file/66': pdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF')),
    '/v1/file/77': pdf(await reportPdf('Lemon drizzle cake\nBeat the butter and sugar until pale, then fold in the flour.')),
    '/v1/file/88': pdf(await passwordProtectedPdf()),
    // Synthetic: a web page where the PDF should be, as Ofsted serves for some old report links.
    '/v1/file/50001234': {
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html lang="en"><head><title>Report not found</title></head><body><h1>Report not found</h1></body></html>',
    },
  },
  'reports.ofsted.gov.uk': {
    ...fixtureSites()['reports.ofsted.gov.uk'],
    [new URL(PRERENDERING_PAGE).pathname]: {
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><title>Reports</title><script type="speculationrules">{"prerender":[{"source":"list","urls":["${REPORT_PDF}"]}]}</script></head><body><a href="${REPORT_PDF}">Children’s services inspection</a></body></html>`,
    },
  },
}));
beforeAll(() => revealClosedShadows(browser().context));

const readerUrl = (src: string) => `chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(src)}`;

async function openInReader(src: string): Promise<Page> {
  const page = await browser().visit(readerUrl(src));
  await page.locator('.report[data-complete="yes"], .status[data-state="error"], .status[data-state="not-recognised"]').first().waitFor({ timeout: 15_000 });
  return page;
}

// What the report states (its judgement table, and 53 numbered paragraphs), read from the PDF itself.
describe('the reader on Ofsted’s own PDF of the Portsmouth 2023 report, on files.ofsted.gov.uk', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInReader(REPORT_PDF);
  });

  it('shows the panel with the report’s grades', async () => {
    expect(await panelSays(page)).toMatchObject({ kind: 'ilacs', overall: 'good' });
  });

  it('shows the judgement table with grade chips and every numbered finding, without page furniture', async () => {
    // Leaders Good, help and protection Outstanding, children in care Good, care leavers Requires improvement, overall Good.
    expect(await page.locator('table.judgements .chip').allInnerTexts()).toEqual(['Good', 'Outstanding', 'Good', 'Requires improvement', 'Good']);
    expect(await page.locator('p[data-finding]').count()).toBe(53);
    const text = await page.locator('.report').innerText();
    // Each page's footer ("Inspection of Portsmouth local authority children’s services", the dates, the page number) is gone,
    expect(text).not.toContain('Inspection of Portsmouth local authority children’s services');
    // and paragraph 1, which runs from page 2 onto page 3, is one paragraph.
    // (the page-2 footer '15 to 19 May 2023.' stays out of it).
    expect(await page.locator('#p1').innerText()).toContain('children are able to receive the right level of support in the right part of the service');
  });

  it('links each finding to its page of the original PDF', async () => {
    expect(await page.locator('#p1 a.page-link').getAttribute('href')).toBe(`${REPORT_PDF}#page=2`);
    expect(await page.locator('#p40 a.page-link').getAttribute('href')).toBe(`${REPORT_PDF}#page=9`);
  });

  it('links to the original PDF', async () => {
    const original = page.locator('a', { hasText: 'Open the original PDF' });
    expect(await original.getAttribute('href')).toBe(REPORT_PDF);
  });
});

describe('the reader with what a reader can meet', () => {
  it('says when a PDF is not an Ofsted children’s services report, and shows no grades', async () => {
    const page = await openInReader(OTHER_PDF);
    expect(await page.locator('.status[data-state="not-recognised"]').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await page.locator('ofsted-lens-panel').count()).toBe(0);
    await page.close();
  });

  it('says a damaged PDF cannot be read', async () => {
    const page = await openInReader(DAMAGED_PDF);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('damaged');
    await page.close();
  });

  it('says a password-protected PDF cannot be read', async () => {
    const page = await openInReader(LOCKED_PDF);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('password-protected');
    await page.close();
  });

  it('says a failed fetch failed, and offers to try again and the original link', async () => {
    const page = await openInReader(MISSING_PDF);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('404');
    expect(await page.locator('button', { hasText: 'Try again' }).count()).toBe(1);
    expect(await page.locator('a', { hasText: 'Open the original PDF' }).getAttribute('href')).toBe(MISSING_PDF);
    await page.close();
  });

  it('says plainly when Ofsted answers with a "Report not found" web page instead of the PDF, and links to it', async () => {
    const page = await openInReader(NOT_FOUND_PAGE);
    const status = page.locator('.status[data-state="error"]');
    expect(await status.innerText()).toContain('Ofsted’s site did not return this report: it answered with a web page');
    expect(await page.locator('button', { hasText: 'Try again' }).count()).toBe(0);
    expect(await status.locator('a', { hasText: 'Open the original PDF' }).getAttribute('href')).toBe(NOT_FOUND_PAGE);
    await page.close();
  });

  it('reads a report dropped on the page after a damaged file failed there (the page’s pdf.js worker outlives the failure)', async () => {
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'damaged.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nthis is not really a PDF') });
    await page.locator('.status[data-state="error"]').waitFor({ timeout: 15_000 });
    const report = [...portsmouth2023()];
    await page.locator('main').evaluate((main, bytes) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], 'portsmouth.pdf', { type: 'application/pdf' }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, report);
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('p[data-finding]').count()).toBe(53);
    await page.close();
  });

  it('refuses a source that is not a files.ofsted.gov.uk report, and does not link to it', async () => {
    const page = await openInReader(PAGES.news);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('only opens report PDFs from files.ofsted.gov.uk');
    expect(await page.locator('a', { hasText: 'Open the original PDF' }).count()).toBe(0);
    await page.close();
  });
});

describe('ways into the reader', () => {
  it('opens a provider page’s listed report in the reader from "Open in Ofsted Lens"', async () => {
    const page = await browser().visit(PAGES.provider);
    const open = page.locator(inside('a[href="https://files.ofsted.gov.uk/v1/file/50222964"] ~ ofsted-lens-open', 'button'));
    await open.waitFor({ timeout: 10_000 });
    const [reader] = await Promise.all([browser().context.waitForEvent('page'), open.click()]);
    await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });
    expect(reader.url()).toBe(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_PDF)}`);
    expect(await reader.locator('p[data-finding]').count()).toBe(53);
    await reader.close();
    await page.close();
  });
});

describe('notes in the reader', () => {
  it('saves a selected passage as a note with its paragraph, and highlights it again when the report is reopened', async () => {
    const quote = 'The number of care-experienced young people in education, employment or training is too low.';
    const page = await openInReader(REPORT_PDF);
    await page.locator('#p40').scrollIntoViewIfNeeded();
    await page.evaluate((q) => {
      const node = [...document.getElementById('p40')!.childNodes].find((n) => n.textContent?.includes(q)) as Text;
      const start = node.data.indexOf(q);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + q.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, quote);
    const box = await page.locator('#p40').boundingBox();
    await page.mouse.move(box!.x + 20, box!.y + 5);
    await page.mouse.up();
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, 1);
    await page.close();

    const again = await openInReader(REPORT_PDF);
    await highlightCount(again, 1);
    expect(await highlighted(again)).toEqual([quote]);

    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    const note = popup.locator('.note', { hasText: quote });
    await note.waitFor({ timeout: 10_000 });
    // Its report and inspection year, its paragraph and judgement, and where and when it was saved.
    expect(await note.locator('.report').innerText()).toBe("Portsmouth: Inspection of local authority children's services (2023)");
    expect(await note.locator('.meta').first().innerText()).toContain('Paragraph 40 · Care leavers');
    expect(await note.locator('[data-saved]').innerText()).toMatch(/^Saved in the reader on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await popup.close();
    await again.close();
  });
});

describe('opening report PDFs in the reader (an option, off by default)', () => {
  const openReportsInReader = (on: boolean) => setOption(browser(), 'open-reports-in-reader', 'openReportsInReader', on);

  /** Goes to a report's address; when Ofsted Lens points the tab at the reader instead, Playwright calls the first navigation aborted. */
  async function goToReport(page: Page, url: string): Promise<void> {
    await page.goto(url).catch(() => undefined);
  }

  /** Polled, not page.waitForURL, which fails on the aborted navigation it may catch on the way. */
  async function landsOn(page: Page, url: string): Promise<void> {
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(url);
  }

  /** Goes to the report's address and, a second later, is still on the PDF. */
  async function opensAsThePdf(): Promise<void> {
    const page = await browser().context.newPage();
    await goToReport(page, REPORT_PDF);
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(REPORT_PDF);
    await page.close();
  }

  it('with the option off, a report’s address opens as the PDF', opensAsThePdf);

  it('with it on, a report’s address opens in the reader', async () => {
    await openReportsInReader(true);
    const page = await browser().context.newPage();
    await goToReport(page, REPORT_PDF);
    await landsOn(page, readerUrl(REPORT_PDF));
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('p[data-finding]').count()).toBe(53);
    await page.close();
  });

  it('with it on, a report link clicked on the authority’s page opens in the reader, even with the service worker asleep', async () => {
    const page = await browser().visit(PAGES.provider);
    await stopServiceWorker(browser());
    const [tab] = await Promise.all([browser().context.waitForEvent('page'), page.locator(`a.publication-link[href="${REPORT_PDF}"]`).click()]);
    await landsOn(tab, readerUrl(REPORT_PDF));
    await tab.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });
    await tab.close();
    await page.close();
  });

  it('Back from the reader leaves it (to the PDF, if the browser showed it first, or the page before)', async () => {
    const page = await browser().visit(PAGES.provider);
    await goToReport(page, REPORT_PDF);
    await landsOn(page, readerUrl(REPORT_PDF));
    await page.goBack().catch(() => undefined);
    await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(readerUrl(REPORT_PDF));
    await page.waitForTimeout(1_000); // and it stays out: the PDF is not sent back to the reader
    expect([REPORT_PDF, PAGES.provider]).toContain(page.url());
    await page.close();
  });

  it('a report link a page asks the browser to prerender does not send that page’s tab to the reader', async () => {
    const page = await browser().context.newPage();
    const before = browser().requests.filter((r) => r === `${FILES}/v1/file/50222964`).length;
    await page.goto(PRERENDERING_PAGE);
    await expect.poll(() => browser().requests.filter((r) => r === `${FILES}/v1/file/50222964`).length, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(PRERENDERING_PAGE);
    await page.close();
  });

  it('"Open the original PDF" and the page links show the PDF itself, never the reader again', async () => {
    const page = await browser().context.newPage();
    await goToReport(page, REPORT_PDF);
    await landsOn(page, readerUrl(REPORT_PDF));
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 15_000 });

    const [pdfTab] = await Promise.all([browser().context.waitForEvent('page'), page.locator('#p40 a.page-link').click()]);
    await landsOn(pdfTab, `${REPORT_PDF}#page=9`);
    await pdfTab.waitForTimeout(1_000); // and stays there: the PDF is not sent back to the reader
    expect(pdfTab.url()).toBe(`${REPORT_PDF}#page=9`);
    await pdfTab.close();

    await Promise.all([page.waitForURL(REPORT_PDF), page.locator('a', { hasText: 'Open the original PDF' }).click()]);
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(REPORT_PDF);
    await page.close();
  });

  it('switched off again, a report’s address opens as the PDF', async () => {
    await openReportsInReader(false);
    await opensAsThePdf();
  });
});
