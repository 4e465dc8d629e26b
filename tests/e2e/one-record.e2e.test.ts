// One inspection, one record: Ofsted's own PDF of Portsmouth's 2023 inspection, byte for byte,
// served on both of Ofsted's file hosts (Ofsted's provider pages link files.api.ofsted.gov.uk,
// other links files.ofsted.gov.uk), opened in the reader from each, read from the authority's page,
// and chosen and dropped as a file in the reader. The library keeps one record of it, and the
// panel never shows it twice, never as "later", and never gives a direction of travel against itself.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary } from './harness/library-dump';
import { FILES, pdfRoute, realPortsmouth2023Pdf, REPORT_2018, synthetic2018Pdf } from './harness/listed-reports';
import { setOption } from './harness/options-page';

const FILES_API = 'files.api.ofsted.gov.uk';
const ON_FILES = `https://${FILES}/v1/file/50222964`;
const ON_FILES_API = `https://${FILES_API}/v1/file/50222964`;

const browser = useFixtureBrowser(async () => ({
  [FILES]: { '/v1/file/50222964': pdfRoute(realPortsmouth2023Pdf()), '/v1/file/50002412': pdfRoute(await synthetic2018Pdf()) },
  [FILES_API]: { '/v1/file/50222964': pdfRoute(realPortsmouth2023Pdf()) },
}));
beforeAll(() => revealClosedShadows(browser().context));

const readerUrl = (src?: string) => `chrome-extension://${browser().extensionId}/reader.html${src ? `?src=${encodeURIComponent(src)}` : ''}`;
const inPanel = (css: string) => inside('ofsted-lens-panel', css);

type Stored = { identity: string; source: string; sources: string[]; provenance: string; authorityKey: string; start: string; document: { grades: Record<string, string> } };
const portsmouthRecords = async () => ((await dumpLibrary(browser().worker)).inspections as Stored[]).filter((r) => r.authorityKey === 'portsmouth');

/** What the panel shows of Portsmouth's inspections once the library's context is in. */
async function panelHistory(page: Page) {
  await page.locator(inPanel('.lens-context table.picture')).waitFor({ timeout: 20_000 });
  return {
    pictureYears: await page.locator(inPanel('.lens-context table.picture thead th[scope="col"]')).evaluateAll((ths) => ths.map((th) => th.textContent).filter((t) => t !== 'Judgement')),
    gradedRows: await page.locator(inPanel('.lens-context ul[aria-label="Graded inspections, newest first"] > li')).evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector('.row-head span')?.textContent} (${li.getAttribute('data-from')})`)),
    others: await page.locator(inPanel('ul[aria-label="Other inspections"] > li')).allInnerTexts(),
  };
}

/** The panel of the 2023 report, once its other inspections are in: 2018 once, as earlier; 2023 once, as this report. */
async function expectThe2023ReportOnce(page: Page): Promise<void> {
  const help = page.locator(inPanel('li[data-judgement="helpAndProtection"] .trend'));
  await help.waitFor({ timeout: 20_000 });
  // Outstanding now, Good in 2018: never "= as Outstanding", against itself.
  expect(await help.getAttribute('data-direction')).toBe('up');
  expect(await help.innerText()).toContain('up from Good in 2018');
  const history = await panelHistory(page);
  expect(history.others).toHaveLength(1);
  expect(history.others[0]).toMatch(/^3 September 2018 earlier: /);
  expect(history.others.join('\n')).not.toContain('later');
  expect(history.pictureYears).toEqual(['2018', '2023']);
  expect(history.gradedRows).toEqual(['15 May 2023 (this report) (both)', '3 September 2018 (both)']);
}

async function openInReader(src: string): Promise<Page> {
  const page = await browser().visit(readerUrl(src));
  await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
  return page;
}

describe('the Portsmouth 2023 report read from every address it has', () => {
  it('opened from files.api.ofsted.gov.uk in the reader, is one record with that address', async () => {
    const page = await openInReader(ON_FILES_API);
    expect(await panelHistory(page)).toMatchObject({ pictureYears: ['2018', '2023'], gradedRows: ['15 May 2023 (this report) (both)', '3 September 2018 (official)'] });
    await expect.poll(portsmouthRecords, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ identity: 'report:portsmouth:ilacs:2023-05-15', source: ON_FILES_API, sources: [ON_FILES_API], provenance: 'ofsted-pdf' }),
    ]);
    await page.close();
  });

  it('is not fetched again from files.ofsted.gov.uk when the authority’s page lists it there, and its grade is shown beside it', async () => {
    await setOption(browser(), 'read-listed-reports', 'readListedReports', true);
    const page = await browser().visit(PAGES.provider);
    await page.locator(inPanel('.note'), { hasText: /^Read 1 of 3 reports/ }).waitFor({ timeout: 30_000 });
    expect(browser().requests).not.toContain(`${FILES}/v1/file/50222964`);
    expect(browser().requests).toContain(`${FILES}/v1/file/50002412`);
    await closedRootsReady(page, 'ofsted-lens-chip');
    // Each chip's grade is read inside its closed root; its host, beside the report's link, says nothing of it.
    const grades = await page.locator(inside('a.publication-link + ofsted-lens-chip', '.chip')).evaluateAll((chips) =>
      chips.map((chip) => [((chip.getRootNode() as ShadowRoot).host.previousElementSibling!).getAttribute('href'), /\bchip-([a-z-]+)/.exec(chip.className)?.[1]]));
    expect(grades).toEqual(expect.arrayContaining([[ON_FILES, 'good'], [REPORT_2018, 'good']]));
    await page.close();
  });

  it('opened from files.ofsted.gov.uk in the reader, shows the inspection once, and not as later', async () => {
    const page = await openInReader(ON_FILES);
    await expectThe2023ReportOnce(page);
    await page.close();
  });

  it('opened again from files.api.ofsted.gov.uk, shows it once still', async () => {
    const page = await openInReader(ON_FILES_API);
    await expectThe2023ReportOnce(page);
    await page.close();
  });

  it('chosen as a file in the reader, shows it once, and only notes the file beside Ofsted’s copy', async () => {
    const page = await browser().visit(readerUrl());
    await page.locator('input[type="file"]').setInputFiles({ name: 'portsmouth-2023.pdf', mimeType: 'application/pdf', buffer: Buffer.from(realPortsmouth2023Pdf()) });
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
    await expectThe2023ReportOnce(page);
    await page.close();
  });

  it('dropped on the reader, shows it once', async () => {
    const page = await browser().visit(readerUrl());
    await page.locator('main').evaluate((main, bytes) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], 'dropped copy.pdf', { type: 'application/pdf' }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, [...realPortsmouth2023Pdf()]);
    await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
    await expectThe2023ReportOnce(page);
    await page.close();
  });

  it('leaves the library one record of it, Ofsted’s copy, with every address it was read from', async () => {
    const reader = readerUrl();
    await expect.poll(async () => (await portsmouthRecords()).map((r) => r.identity).sort(), { timeout: 10_000 }).toEqual([
      'report:portsmouth:ilacs:2018-09-03',
      'report:portsmouth:ilacs:2023-05-15',
    ]);
    const [record] = (await portsmouthRecords()).filter((r) => r.start === '2023-05-15');
    // The newest of Ofsted's reads: the reader's second from files.api.ofsted.gov.uk; the files chosen later never replace it.
    expect(record).toMatchObject({ source: ON_FILES_API, provenance: 'ofsted-pdf' });
    expect(record!.document.grades).toMatchObject({ overall: 'good', helpAndProtection: 'outstanding' });
    // Chosen and dropped, the same bytes are one file, noted by their SHA-256, never by the file's name.
    const fingerprint = createHash('sha256').update(realPortsmouth2023Pdf()).digest('hex');
    expect([...record!.sources].sort()).toEqual([ON_FILES_API, ON_FILES, `${reader}#file=sha256-${fingerprint}`].sort());
  });
});
