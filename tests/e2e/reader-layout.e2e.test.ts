// The reader's layout of Ofsted's own PDFs (Portsmouth 2023 ILACS, Leicester 2015 SIF, Portsmouth's
// 2025 focused-visit letter), served byte for byte under files.ofsted.gov.uk and opened in the
// built extension at 1280 × 900: the judgement table drawn whole from the parsed grades, the head,
// the contents bar's jumps, the grades on screen before the rest of a long report is read, sizes
// Chrome's 75% cannot shrink, and the panel beside the text, never over it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';

const FILES = 'files.ofsted.gov.uk';
const PORTSMOUTH_2023 = `https://${FILES}/v1/file/50222964`;
const LEICESTER_2015 = `https://${FILES}/v1/file/80482`;
const FOCUSED_VISIT = `https://${FILES}/v1/file/50271111`;

/** Read at test time from the shared corpus, never copied into the project. */
const real = (file: string) => ({ contentType: 'application/pdf', body: new Uint8Array(readFileSync(resolve(REAL_PDF, file))) });
const browser = useFixtureBrowser(() => ({
  [FILES]: {
    '/v1/file/50222964': real('inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf'),
    '/v1/file/80482': real('inspection/80482_leicester_cs-inspection_2015-03-20.pdf'),
    '/v1/file/50271111': real('focused-visit/80539_portsmouth_focused-visit_2025-03-27.pdf'),
  },
}));
beforeAll(() => revealClosedShadows(browser().context));

/** Opens the reader at 1280 × 900, noting whether the judgement table was on screen while the report was still being read. */
async function openInReader(src: string): Promise<Page> {
  const page = await browser().context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const report = document.querySelector('.report');
      if (!report?.querySelector('table.judgements')) return;
      document.documentElement.dataset.tableFirstShown = (report as HTMLElement).dataset.complete;
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(src)}`);
  await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 30_000 });
  return page;
}

const headings = (page: Page) => page.locator('.report-text h2').allInnerTexts();

describe('the reader on the Portsmouth 2023 ILACS report', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInReader(PORTSMOUTH_2023);
  });

  it('draws the judgement table whole: every label under its one name, its grade beside it', async () => {
    const rows = await page.locator('table.judgements tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('.chip')!.textContent]));
    expect(rows).toEqual([
      ['Impact of leaders', 'Good'],
      ['Help and protection', 'Outstanding'],
      ['Children in care', 'Good'],
      ['Care leavers', 'Requires improvement'],
      ['Overall effectiveness', 'Good'],
    ]);
  });

  it('leaves no piece of a label as a heading of its own', async () => {
    const all = await headings(page);
    for (const piece of ['children in care', 'leavers', 'practice with children and families', 'children who need help and protection']) expect(all).not.toContain(piece);
  });

  it('names the authority as every view does over the report’s title, with the dates in words and the lead inspector in the head', async () => {
    expect(await page.locator('.doc-head h1').innerText()).toBe('Portsmouth');
    expect(await page.locator('.doc-head .subtitle').innerText()).toBe('Inspection of Portsmouth City Council local authority children’s services');
    const facts = await page.locator('.doc-head .facts').innerText();
    expect(facts).toContain('15 to 19 May 2023');
    expect(facts).toContain('Christine Kennet');
  });

  it('jumps from the contents bar to a judgement’s section, below the bar', async () => {
    expect(await page.locator('.contents a').allInnerTexts()).toEqual(['What needs to improve', 'Help and protection', 'Children in care', 'Care leavers', 'Impact of leaders']);
    await page.locator('.contents a', { hasText: 'Care leavers' }).click();
    const section = page.locator('h2[data-judgement="careLeavers"]');
    await expect.poll(() => section.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
    const [top, barBottom] = [await section.evaluate((h) => h.getBoundingClientRect().top), await page.locator('.contents').evaluate((bar) => bar.getBoundingClientRect().bottom)];
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(await section.innerText()).toMatch(/^The experiences and progress of care leavers\s+Requires improvement$/);
  });

  it('sets body text at 16 px, which Chrome’s 75% for extension pages does not shrink', async () => {
    expect(await page.locator('.report-text p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('16px');
  });

  it('keeps the text out of the panel’s column', async () => {
    const textRight = await page.locator('.report-text p, .report-text h2, table.judgements').evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    const panelLeft = await page.locator(inside('ofsted-lens-panel', '.panel')).evaluate((panel) => panel.getBoundingClientRect().left);
    expect(textRight).toBeLessThan(panelLeft);
  });
});

describe('the reader on the 49-page Leicester 2015 SIF report', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInReader(LEICESTER_2015);
  });

  it('shows the judgement table while the rest of the report is still being read', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.tableFirstShown)).toBe('no');
  });

  it('draws every judgement of the table, the LSCB’s too, and no line of the contents page', async () => {
    expect(await page.locator('table.judgements th').allInnerTexts()).toEqual([
      'Impact of leaders',
      'Help and protection',
      'Care leavers',
      'Children looked after',
      'Adoption performance',
      'Safeguarding children board',
      'Overall effectiveness',
    ]);
    const text = await page.locator('.report').innerText();
    expect(text).not.toMatch(/Summary of findings\s+3\b/);
    expect(text).not.toMatch(/The LSCB\s+47\b/);
    expect(await headings(page)).not.toContain('Requires improvement permanence');
  });

  it('shows the authority by the register’s name, the title, the dates in words and the overall judgement as the head', async () => {
    expect(await page.locator('.doc-head h1').innerText()).toBe('Leicester');
    expect(await page.locator('.doc-head .subtitle').innerText()).toMatch(/^Inspection of services for children in need of help and protection/);
    expect(await page.locator('.doc-head .facts').innerText()).toContain('14 January to 4 February 2015');
    expect(await page.locator('.doc-head .overall-sentence').innerText()).toBe('The overall judgement is that children’s services are inadequate');
  });

  it('jumps from the contents bar to the LSCB’s section', async () => {
    expect(await page.locator('.contents a').allInnerTexts()).toContain('What the safeguarding children board needs to improve');
    await page.locator('.contents').getByRole('link', { name: 'Safeguarding children board', exact: true }).click();
    const section = page.locator('h2[data-judgement="lscb"]').last();
    await expect.poll(() => section.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
  });
});

describe('the reader on a focused-visit letter', () => {
  it('shows the letter’s date and addressee as a letter’s, not Ofsted’s address as a table or the addressee as headings', async () => {
    const page = await openInReader(FOCUSED_VISIT);
    expect(await page.locator('.doc-head h1').innerText()).toBe('Portsmouth');
    expect(await page.locator('.doc-head .subtitle').innerText()).toBe('Focused visit to Portsmouth City Council local authority children’s services');
    const letter = await page.locator('.doc-head .letter').innerText();
    expect(letter).toContain('27 March 2025');
    expect(letter).toContain('Sarah Daly');
    const text = await page.locator('.report').innerText();
    expect(text).not.toContain('Piccadilly Gate');
    expect(await page.locator('table').count()).toBe(0);
    expect(await headings(page)).not.toContain('Guildhall Square');
  });
});
