// Two inspections side by side: Ofsted's own PDFs of Portsmouth's 2018 and 2023 inspections, byte
// for byte, served under files.ofsted.gov.uk and read into the library by the reader, then
// compare.html in the built extension: the judgement table, what needs to improve, the linked
// findings, the Markdown export, a finding's link into the reader, and the popup's link.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { useFixtureBrowser } from './harness/fixture-browser';
import { dumpLibrary } from './harness/library-dump';

const FILES = 'files.ofsted.gov.uk';
const REPORT_2018 = `https://${FILES}/v1/file/50002412`;
const REPORT_2023 = `https://${FILES}/v1/file/50222964`;

/** Read at test time from the shared corpus, never copied into the project. */
const realPdf = (published: string) => ({
  contentType: 'application/pdf',
  body: new Uint8Array(readFileSync(resolve(REAL_PDF, `inspection/80539_portsmouth_cs-inspection_${published}.pdf`))),
});

const browser = useFixtureBrowser(() => ({
  [FILES]: { '/v1/file/50002412': realPdf('2018-10-15'), '/v1/file/50222964': realPdf('2023-07-03') },
}));

const extensionPage = (path: string) => `chrome-extension://${browser().extensionId}/${path}`;
const readerUrl = (src: string) => extensionPage(`reader.html?src=${encodeURIComponent(src)}`);

/** Opens each report in the reader, which keeps it in the library, and waits until the library holds both. */
beforeAll(async () => {
  for (const src of [REPORT_2018, REPORT_2023]) {
    const reader = await browser().visit(readerUrl(src));
    await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
    await reader.waitForFunction(() => document.querySelector('ofsted-lens-panel') !== null, null, { timeout: 10_000 });
    await reader.close();
  }
  const deadline = Date.now() + 15_000;
  while ((await dumpLibrary(browser().worker)).inspections.length < 2) {
    if (Date.now() > deadline) throw new Error('The reader did not keep both reports in the library within 15 s.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 90_000);

async function openCompare(query: string): Promise<Page> {
  const page = await browser().visit(extensionPage(`compare.html${query}`));
  await page.locator('main.compare').waitFor({ timeout: 10_000 });
  return page;
}

describe('compare.html with the 2023 report as the later', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openCompare(`?later=${encodeURIComponent(REPORT_2023)}`);
    await page.locator('table.judgements').waitFor({ timeout: 10_000 });
  });

  it('takes the 2018 report as the earlier, both choosable by date and kind in words', async () => {
    expect(await page.locator('h1').innerText()).toBe('Portsmouth: 3 September 2018 and 15 May 2023 side by side');
    expect(await page.locator('select[name="earlier"]').inputValue()).toBe(REPORT_2018);
    expect(await page.locator('select[name="later"]').inputValue()).toBe(REPORT_2023);
    expect(await page.locator('select[name="later"] option').allInnerTexts()).toEqual([
      "15 May 2023: Inspection of local authority children's services",
      "3 September 2018: Inspection of local authority children's services",
    ]);
  });

  it('shows each judgement’s grades then and now and its direction in words', async () => {
    const rows = await page.locator('table.judgements tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
    );
    expect(rows).toEqual([
      ['Impact of leaders', 'Good', 'Good', 'Same'],
      ['Help and protection', 'Good', 'Outstanding', 'Up'],
      ['Children in care', 'Good as children in care and care leavers', 'Good', 'Same'],
      ['Care leavers', 'Good as children in care and care leavers', 'Requires improvement', 'Down'],
      ['Overall effectiveness', 'Good', 'Good', 'Same'],
    ]);
    expect(await page.locator('tr[data-judgement="helpAndProtection"]').getAttribute('data-direction')).toBe('up');
  });

  it('lists what needs to improve then and now: 2023’s three new, 2018’s three no longer listed', async () => {
    const rows = page.locator('table.improvements tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).toEqual(['new', 'new', 'new', 'no-longer-listed', 'no-longer-listed', 'no-longer-listed']);
    expect(await rows.nth(1).locator('td.later').innerText()).toContain('The recording of the rationale for decision-making when dispensing with parental consent.');
    expect(await rows.nth(3).locator('td.earlier').innerText()).toBe('The length of time that children are subject to pre-proceedings.');
  });

  it('groups the linked findings, still to improve first, with both paragraphs and links to each in the reader', async () => {
    const groups = await page.locator('section.relation').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-relation')));
    expect(groups[0]).toBe('persisting');
    const stillToImprove = page.locator('section.relation[data-relation="persisting"]');
    const eet = stillToImprove.locator('.matter', { has: page.locator('h4', { hasText: "Care leavers' education, employment and training" }) });
    const p40 = eet.locator('li.finding[data-later="40"]');
    expect(await p40.getAttribute('data-earlier')).toBe('29');
    expect(await p40.innerText()).toContain('This was identified in the 2018 inspection and remains a concern.');
    expect(await p40.innerText()).toContain('employment, education and training rates for care leavers are too low');
    const links = await p40.locator('a').evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).innerText, a.getAttribute('href'), a.getAttribute('target')]));
    expect(links).toEqual([
      ['2018, paragraph 29', `reader.html?src=${encodeURIComponent(REPORT_2018)}#p29`, '_blank'],
      ['2023, paragraph 40', `reader.html?src=${encodeURIComponent(REPORT_2023)}#p40`, '_blank'],
    ]);
  });

  it('exports a Markdown document with the title, judgement table, improvements and linked findings', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button', { hasText: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('ofsted-lens-compare-portsmouth-2018-2023.md');
    const markdown = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    expect(markdown.split('\n')[0]).toBe('# Portsmouth: inspections of 3 September 2018 and 15 May 2023 compared');
    expect(markdown).toContain('| Judgement | 3 September 2018 | 15 May 2023 | Direction |');
    expect(markdown).toContain('| Help and protection | Good | Outstanding | Up |');
    expect(markdown).toContain('### New in 2023\n\n- The quality of services for care-experienced young people');
    expect(markdown).toContain('### No longer listed (listed in 2018)\n\n- The length of time that children are subject to pre-proceedings.');
    expect(markdown).toContain('### Still to improve');
    expect(markdown).toContain('- **2023, paragraph 40:** This was identified in the 2018 inspection and remains a concern.\n  - **2018, paragraph 29:** Managers are aware that employment, education and training rates for care leavers are too low.');
    expect(await page.locator('.export [role="status"]').innerText()).toBe('Downloaded as Markdown.');
  });

  it('opens a finding’s paragraph in the reader, scrolled to it', async () => {
    const link = page.locator('li.finding[data-later="40"] a', { hasText: '2023, paragraph 40' });
    const [reader] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    await reader.locator('#p40').waitFor({ timeout: 20_000 });
    await reader.waitForFunction(() => document.activeElement?.id === 'p40', null, { timeout: 10_000 });
    const top = await reader.locator('#p40').evaluate((p) => p.getBoundingClientRect().top);
    // Just below the reader's contents bar, which stays at the top of the window.
    const barBottom = await reader.locator('.contents').evaluate((bar) => bar.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(top).toBeLessThan(barBottom + 100);
    await reader.close();
  });

  it('sets its text at a readable size, not Chrome’s 75% for extension pages', async () => {
    expect(await page.locator('.sentence').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('16px');
  });
});

describe('compare.html with neither report', () => {
  it('offers the library’s authorities, and compares the chosen one’s latest report with its earlier one', async () => {
    const page = await openCompare('');
    expect(await page.locator('select[name="authority"] option').allInnerTexts()).toEqual(['Choose an authority', 'Portsmouth (2 documents)']);
    await Promise.all([page.waitForURL(/compare\.html\?later=/), page.locator('select[name="authority"]').selectOption('portsmouth')]);
    await page.locator('table.judgements').waitFor({ timeout: 10_000 });
    expect(await page.locator('select[name="later"]').inputValue()).toBe(REPORT_2023);
    expect(await page.locator('select[name="earlier"]').inputValue()).toBe(REPORT_2018);
    await page.close();
  });

  it('says so for a report the library does not hold', async () => {
    const page = await openCompare(`?later=${encodeURIComponent(`https://${FILES}/v1/file/1`)}`);
    expect(await page.locator('.note').innerText()).toContain('Your library does not hold that report');
    await page.close();
  });
});

describe('the popup', () => {
  it('links to the compare page, opened in a new tab', async () => {
    const popup = await browser().visit(extensionPage('popup.html'));
    const link = popup.locator('a', { hasText: 'Compare two inspections' });
    expect([await link.getAttribute('href'), await link.getAttribute('target')]).toEqual(['compare.html', '_blank']);
    const [compare] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    await compare.locator('select[name="authority"]').waitFor({ timeout: 10_000 });
    expect(new URL(compare.url()).pathname).toBe('/compare.html');
    await compare.close();
    await popup.close();
  });
});
