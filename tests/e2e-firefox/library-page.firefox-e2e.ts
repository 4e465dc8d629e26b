// The library page in Firefox: Ofsted's own PDFs of Portsmouth's 2018 and 2023 inspections, byte
// for byte, served under files.ofsted.gov.uk and read into the library by the reader; library.html
// then lists both, finds a word across them, and a hit opens the reader at its paragraph.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { FILES, pdfRoute, realPortsmouth2023Pdf, REPORT_2018, REPORT_2023 } from '../e2e/harness/listed-reports';
import { LIBRARY_DUMP, type LibraryDump } from '../e2e/harness/library-dump';
import { useFirefox } from './harness/firefox';

const firefox = useFirefox(() => ({
  [FILES]: {
    [new URL(REPORT_2018).pathname]: pdfRoute(new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf')))),
    [new URL(REPORT_2023).pathname]: pdfRoute(realPortsmouth2023Pdf()),
  },
}));

const pause = () => new Promise((done) => setTimeout(done, 200));

/** Each report opened in the reader, which keeps it once read; resolves when the library holds both. */
beforeAll(async () => {
  for (const src of [REPORT_2018, REPORT_2023]) {
    const reader = await firefox().extensionPage(`reader.html?src=${encodeURIComponent(src)}`);
    await reader.waitForSelector('.report[data-complete="yes"]', { timeout: 30_000 });
    await reader.waitForSelector('ofsted-lens-panel', { timeout: 10_000 });
    await reader.close();
  }
  const control = await firefox().extensionPage('options.html');
  const deadline = Date.now() + 30_000;
  while (((await control.evaluate(LIBRARY_DUMP)) as LibraryDump).inspections.length < 2) {
    if (Date.now() > deadline) throw new Error('The reader did not keep both reports in the library within 30 s.');
    await pause();
  }
  await control.close();
}, 120_000);

type ReaderSeen = { text: string; top: number; barBottom: number } | null;

/**
 * The reader a click opened, at `paragraph`, once that paragraph has focus. Puppeteer is told of no
 * tab the add-on's own pages open (harness/firefox.ts), so the add-on's options page looks at it
 * through browser.extension.getViews, which gives the add-on's own pages in tabs.
 */
async function readerAt(paragraph: string): Promise<NonNullable<ReaderSeen>> {
  const control = await firefox().extensionPage('options.html');
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      const seen = (await control.evaluate((id) => {
        const views = (globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }).browser.extension.getViews({ type: 'tab' });
        const reader = views.find((v) => v.location.pathname === '/reader.html');
        const p = reader?.document.getElementById(id);
        if (!reader || !p || reader.document.activeElement?.id !== id) return null;
        return { text: p.innerText, top: p.getBoundingClientRect().top, barBottom: reader.document.querySelector('.contents')!.getBoundingClientRect().bottom };
      }, paragraph)) as ReaderSeen;
      if (seen) return seen;
      if (Date.now() > deadline) throw new Error(`No reader opened at #${paragraph} within 30 s.`);
      await pause();
    }
  } finally {
    await control.close();
  }
}

const innerText = (page: Page, css: string) => page.$$eval(css, (els) => els.map((e) => (e as HTMLElement).innerText));

describe('library.html with two of Portsmouth’s reports, in Firefox', () => {
  let page: Page;
  beforeAll(async () => {
    page = await firefox().extensionPage('library.html');
    await page.waitForSelector('li.entry', { timeout: 10_000 });
    // Listed from the summaries first; the grades follow once every document is read.
    await page.waitForFunction(() => document.querySelector('.list-controls .count .muted') === null, { timeout: 10_000 });
  });

  it('lists both reports read in, with their dates in words, grades and where they came from', async () => {
    const entries = await innerText(page, 'li.entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("Inspection of local authority children's services, starting 15 May 2023");
    expect(entries[0]).toContain('Care leavers: Requires improvement');
    expect(entries[0]).toContain("From Ofsted's report PDF on files.ofsted.gov.uk");
    expect(entries[1]).toContain('starting 3 September 2018');
  });

  it('finds a word in both reports, and a hit opens the reader at its paragraph, scrolled to it', async () => {
    await page.type('input[name="q"]', 'missing');
    await page.click('form.search button[type="submit"]:not([disabled])');
    await page.waitForSelector('.results .summary', { timeout: 10_000 });
    expect((await innerText(page, '.results .summary'))[0]).toMatch(/^\d+ paragraphs? in 2 documents$/);
    const href = (await page.$eval('li.hit .hit-head a', (a) => a.getAttribute('href')))!;
    expect(href.startsWith('reader.html?src=')).toBe(true);
    const paragraph = /#(p\d+)$/.exec(href)![1]!;
    const marked = (await page.$eval('li.hit mark', (m) => (m as HTMLElement).innerText)).replace(/\s+/g, ' ');

    await page.click('li.hit .hit-head a');
    const reader = await readerAt(paragraph);
    expect(reader.text.replace(/\s+/g, ' ')).toContain(marked.slice(0, 40));
    // Just below the reader's contents bar, which stays at the top of the window.
    expect(reader.top).toBeGreaterThanOrEqual(reader.barBottom);
    expect(reader.top).toBeLessThan(reader.barBottom + 100);
  });
});
