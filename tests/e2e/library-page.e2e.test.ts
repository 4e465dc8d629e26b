// The library page in the built extension: Ofsted's own PDFs of Portsmouth's 2018 and 2023
// inspections, byte for byte, served under files.ofsted.gov.uk and read into the library by the
// reader; then library.html lists both, finds a word across them, and a hit opens the reader at
// its paragraph. LIBRARY_SCREENS=<folder> also saves the page, light and dark, at 1280x900.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { useFixtureBrowser } from './harness/fixture-browser';
import { FILES, pdfRoute, realPortsmouth2023Pdf, REPORT_2018, REPORT_2023 } from './harness/listed-reports';
import { readIntoLibrary } from './harness/read-into-library';

const browser = useFixtureBrowser(() => ({
  [FILES]: {
    [new URL(REPORT_2018).pathname]: pdfRoute(new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf')))),
    [new URL(REPORT_2023).pathname]: pdfRoute(realPortsmouth2023Pdf()),
  },
}));

const extensionPage = (path: string) => `chrome-extension://${browser().extensionId}/${path}`;

beforeAll(() => readIntoLibrary(browser(), [REPORT_2018, REPORT_2023]), 90_000);

async function search(page: Page, words: string): Promise<void> {
  await page.locator('input[name="q"]').fill(words);
  await page.locator('form.search button[type="submit"]:not([disabled])').click();
  await page.locator('.results .summary').waitFor({ timeout: 10_000 });
}

describe('library.html with two of Portsmouth’s reports', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().visit(extensionPage('library.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('li.entry').first().waitFor({ timeout: 10_000 });
    // Listed from the summaries first; the grades follow once every document is read.
    await page.locator('.list-controls .count .muted').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('lists both reports with their dates in words, grades and where they came from', async () => {
    const entries = await page.locator('li.entry').allInnerTexts();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("Inspection of local authority children's services, starting 15 May 2023");
    expect(entries[0]).toContain('Care leavers: Requires improvement');
    expect(entries[0]).toContain("From Ofsted's report PDF on files.ofsted.gov.uk");
    expect(entries[1]).toContain('starting 3 September 2018');
  });

  it('finds a word in both reports, stemmed, with each hit’s report, judgement, grade and year and its sentence marked', async () => {
    await search(page, 'missing');
    expect(await page.locator('.results .summary').innerText()).toMatch(/^\d+ paragraphs? in 2 documents$/);
    const first = page.locator('li.hit').first();
    expect(await first.locator('.hit-where').innerText()).toMatch(/^Paragraph \d+ · [A-Z][a-z ]+ · (Outstanding|Good|Requires improvement|Inadequate) · 20(18|23)$/);
    expect((await first.locator('mark').innerText()).toLowerCase()).toMatch(/missing/);
    expect((await page.locator('[data-counts="By year"] li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual(['2023 1', '2018 1']);
  });

  it('opens the reader at a hit’s paragraph, scrolled to it', async () => {
    const link = page.locator('li.hit').first().locator('.hit-head a');
    const href = (await link.getAttribute('href'))!;
    const paragraph = /#(p\d+)$/.exec(href)![1]!;
    expect(href.startsWith('reader.html?src=')).toBe(true);
    const marked = await page.locator('li.hit').first().locator('mark').innerText();
    const [reader] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    await reader.locator(`#${paragraph}`).waitFor({ timeout: 20_000 });
    await reader.waitForFunction((id) => document.activeElement?.id === id, paragraph, { timeout: 10_000 });
    expect((await reader.locator(`#${paragraph}`).innerText()).replace(/\s+/g, ' ')).toContain(marked.replace(/\s+/g, ' ').slice(0, 40));
    // Just below the reader's contents bar, which stays at the top of the window.
    const top = await reader.locator(`#${paragraph}`).evaluate((p) => p.getBoundingClientRect().top);
    const barBottom = await reader.locator('.contents').evaluate((bar) => bar.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    expect(top).toBeLessThan(barBottom + 100);
    await reader.close();
  });

  it('counts a theme’s paragraphs raised as a concern and as a strength', async () => {
    await page.locator('input[name="q"]').fill('');
    await page.locator('select[name="theme"]').selectOption('care-leavers-accommodation');
    await page.locator('form.search button[type="submit"]').click();
    await expect.poll(() => page.locator('.polarity-summary').innerText()).toMatch(/^Care leavers' accommodation: raised as a concern in \d document(s)?, as a strength in \d$/);
    const screens = process.env.LIBRARY_SCREENS;
    if (screens) {
      mkdirSync(screens, { recursive: true });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: resolve(screens, `search-${scheme}.png`) });
        await page.locator('#documents').evaluate((h) => h.scrollIntoView());
        await page.screenshot({ path: resolve(screens, `documents-${scheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
