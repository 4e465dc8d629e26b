// The reader: report PDFs generated from the real fixture text, served under files.ofsted.gov.uk,
// opened through reader.html?src= in the built extension in Debian's Chromium.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { realFixture } from '../helpers/fixtures';
import { passwordProtectedPdf, reportPdf } from '../helpers/report-pdf';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';

const FILES = 'files.ofsted.gov.uk';
const REPORT_PDF = `https://${FILES}/v1/file/50222964`;
const DAMAGED_PDF = `https://${FILES}/v1/file/66`;
const OTHER_PDF = `https://${FILES}/v1/file/77`;
const MISSING_PDF = `https://${FILES}/v1/file/404`;
const LOCKED_PDF = `https://${FILES}/v1/file/88`;

const pdf = (body: Uint8Array) => ({ contentType: 'application/pdf', body });
const browser = useFixtureBrowser(async () => ({
  [FILES]: {
    '/v1/file/50222964': pdf(await reportPdf(realFixture('portsmouth-ilacs-2023.txt'), { header: 'Portsmouth City Council: inspection of children’s services' })),
    '/v1/file/66': pdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF')),
    '/v1/file/77': pdf(await reportPdf('Lemon drizzle cake\nBeat the butter and sugar until pale, then fold in the flour.')),
    '/v1/file/88': pdf(await passwordProtectedPdf()),
  },
}));

async function openInReader(src: string): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(src)}`);
  await page.locator('.report, .status[data-state="error"]').first().waitFor({ timeout: 15_000 });
  return page;
}

describe('the reader on the real report, as a PDF on files.ofsted.gov.uk', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInReader(REPORT_PDF);
  });

  it('shows the panel with the report’s grades', async () => {
    const panel = page.locator('ofsted-lens-panel');
    await panel.waitFor({ state: 'attached' });
    expect(await panel.getAttribute('data-kind')).toBe('ilacs');
    expect(await panel.getAttribute('data-overall')).toBe('good');
  });

  it('shows the judgement table with grade chips and every numbered finding, without page furniture', async () => {
    expect(await page.locator('table.judgements .chip').allInnerTexts()).toEqual(['Good', 'Outstanding', 'Good', 'Requires improvement', 'Good']);
    expect(await page.locator('p[data-finding]').count()).toBe(53);
    const text = await page.locator('.report').innerText();
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(text).not.toContain('Portsmouth City Council: inspection of children’s services');
  });

  it('links each finding to its page of the original PDF', async () => {
    const href = await page.locator('#p40 a.page-link').getAttribute('href');
    expect(href).toMatch(new RegExp(`^${REPORT_PDF}#page=\\d+$`));
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

  it('says a failed fetch failed, and offers to try again', async () => {
    const page = await openInReader(MISSING_PDF);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('404');
    expect(await page.locator('button', { hasText: 'Try again' }).count()).toBe(1);
    await page.close();
  });

  it('reads a report dropped on the page after a damaged file failed there (the page’s pdf.js worker outlives the failure)', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/reader.html`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'damaged.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nthis is not really a PDF') });
    await page.locator('.status[data-state="error"]').waitFor({ timeout: 15_000 });
    const report = [...(await reportPdf(realFixture('portsmouth-ilacs-2023.txt')))];
    await page.locator('main').evaluate((main, bytes) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], 'portsmouth.pdf', { type: 'application/pdf' }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, report);
    await page.locator('.report').waitFor({ timeout: 15_000 });
    expect(await page.locator('p[data-finding]').count()).toBe(53);
    await page.close();
  });

  it('refuses a source that is not a files.ofsted.gov.uk report', async () => {
    const page = await openInReader(PAGES.news);
    expect(await page.locator('.status[data-state="error"]').innerText()).toContain('only opens report PDFs from files.ofsted.gov.uk');
    await page.close();
  });
});

describe('ways into the reader', () => {
  it('opens a provider page’s listed report in the reader from "Open in Ofsted Lens"', async () => {
    const page = await browser().context.newPage();
    await page.goto(PAGES.provider);
    const open = page.locator('ofsted-lens-open[data-src="https://files.ofsted.gov.uk/v1/file/50222964"] button');
    await open.waitFor({ timeout: 10_000 });
    const [reader] = await Promise.all([browser().context.waitForEvent('page'), open.click()]);
    await reader.locator('.report').waitFor({ timeout: 15_000 });
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
    await page.locator('ofsted-lens-save button').click();
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1);
    await page.close();

    const again = await openInReader(REPORT_PDF);
    await again.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1, null, { timeout: 10_000 });
    expect(await again.evaluate(() => [...CSS.highlights.get('ofsted-lens-notes')!].map((r) => r.toString()))).toEqual([quote]);

    const popup = await browser().context.newPage();
    await popup.goto(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    const note = popup.locator('.note', { hasText: quote });
    await note.waitFor({ timeout: 10_000 });
    expect(await note.locator('.meta').innerText()).toContain('Portsmouth City Council · para 40 · Care leavers');
    await popup.close();
    await again.close();
  });
});
