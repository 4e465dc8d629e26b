// The reader in Firefox: Ofsted's own PDF of Portsmouth's 2023 inspection, byte for byte, served
// under files.ofsted.gov.uk and opened through reader.html?src=, read with pdf.js and its worker
// from the Firefox build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { useFirefox } from './harness/firefox';

const REPORT_PDF = 'https://files.ofsted.gov.uk/v1/file/50222964';
const MISSING_PDF = 'https://files.ofsted.gov.uk/v1/file/404';

/** Read at test time from the shared corpus, never copied into the project. */
const portsmouth2023 = () => new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf')));
const firefox = useFirefox(() => ({ 'files.ofsted.gov.uk': { '/v1/file/50222964': { contentType: 'application/pdf', body: portsmouth2023() } } }));

async function openInReader(src: string): Promise<Page> {
  const page = await firefox().extensionPage(`reader.html?src=${encodeURIComponent(src)}`);
  await page.waitForSelector('.report[data-complete="yes"], .status[data-state="error"]', { timeout: 20_000 });
  return page;
}

describe('the reader on Ofsted’s own PDF of the Portsmouth 2023 report, in Firefox', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInReader(REPORT_PDF);
  });
  afterAll(() => page.close());

  it('shows the panel with the report’s grades', async () => {
    await page.waitForSelector('ofsted-lens-panel', { timeout: 10_000 });
    // The reader is the add-on's own page, whose scripts may open a closed root (openOrClosedShadowRoot).
    const said = await page.$eval('ofsted-lens-panel', (el) => {
      const state = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot?.querySelector('[data-kind]');
      return [state?.getAttribute('data-kind'), state?.getAttribute('data-overall')];
    });
    expect(said).toEqual(['ilacs', 'good']);
  });

  it('shows the judgement table with grade chips and every numbered finding', async () => {
    expect(await page.$$eval('table.judgements .chip', (els) => els.map((e) => (e as HTMLElement).innerText))).toEqual(['Good', 'Outstanding', 'Good', 'Requires improvement', 'Good']);
    expect(await page.$$eval('p[data-finding]', (els) => els.length)).toBe(53);
    expect(await page.$eval('#p1', (e) => (e as HTMLElement).innerText)).toContain('children are able to receive the right level of support in the right part of the service');
  });

  it('links each finding to its page of the original PDF', async () => {
    expect(await page.$eval('#p40 a.page-link', (a) => a.getAttribute('href'))).toBe(`${REPORT_PDF}#page=9`);
  });
});

describe('the reader when the fetch fails, in Firefox', () => {
  it('says so, and offers to try again', async () => {
    const page = await openInReader(MISSING_PDF);
    expect(await page.$eval('.status[data-state="error"]', (e) => (e as HTMLElement).innerText)).toContain('404');
    expect(await page.$$eval('button', (bs) => bs.filter((b) => b.textContent?.includes('Try again')).length)).toBe(1);
    await page.close();
  });
});
