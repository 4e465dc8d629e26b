// Cleaning the library on the options page: a library filled as a reader fills it (Ofsted's PDF of
// Portsmouth's 2023 report read in the reader, two news pages on a sector news site, a note on
// each of the report and one news page), listed with where each record came from, then a site's
// records deleted and put back, one record deleted, and all deleted; notes stay unless asked.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { portsmouth2023 } from '../helpers/portsmouth-reads';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import { useFixtureBrowser } from './harness/fixture-browser';
import { fixtureSites, PAGES } from './harness/fixture-sites';
import { dumpLibrary, type LibraryDump } from './harness/library-dump';
import { FILES, pdfRoute, realPortsmouth2023Pdf, REPORT_2023 } from './harness/listed-reports';
import { newsHtml } from './harness/text-to-html';

const NEWS = PAGES.news;
// The same story again at another address on the same site, as a page reloading itself under new addresses stores it.
const NEWS_AGAIN = 'https://www.childrenfirst.news/news/portsmouth-rated-good-again';
const NEWS_SITE = 'www.childrenfirst.news';

const browser = useFixtureBrowser(() => ({
  [FILES]: { [new URL(REPORT_2023).pathname]: pdfRoute(realPortsmouth2023Pdf()) },
  [NEWS_SITE]: {
    ...fixtureSites()[NEWS_SITE],
    [new URL(NEWS_AGAIN).pathname]: { contentType: 'text/html; charset=utf-8', body: newsHtml(realFixture('portsmouth-news-2018.txt')) },
  },
}));

const REPORT_NOTE = sampleNote({ id: 'note-on-the-report-0001', url: REPORT_2023 });
const NEWS_NOTE = sampleNote({ id: 'note-on-the-news-0002', url: NEWS, comment: 'What the press made of it' });

const library = () => dumpLibrary(browser().context.serviceWorkers()[0]!);
const sources = (dump: LibraryDump) => dump.inspections.map((r) => (r as { source: string }).source).sort();
const noteIds = (dump: LibraryDump) => dump.notes.map((n) => (n as { id: string }).id).sort();

async function untilLibraryHolds(count: number): Promise<void> {
  await expect.poll(async () => (await library()).inspections.length, { timeout: 20_000 }).toBe(count);
}

async function openOptions(): Promise<Page> {
  const page = await browser().visit(`chrome-extension://${browser().extensionId}/options.html`);
  await page.locator('.library .record, .library .empty').first().waitFor({ timeout: 10_000 });
  return page;
}

const site = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const undoOffer = (page: Page) => page.locator('.undo');

describe('cleaning the library on the options page', () => {
  let options: Page;
  let filled: LibraryDump;

  it('lists each record the reader’s reading kept, by site, with where it came from in words', async () => {
    const reader = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2023)}`);
    await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
    await untilLibraryHolds(1);
    await reader.close();
    for (const url of [NEWS, NEWS_AGAIN]) {
      const news = await browser().visit(url);
      await news.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
      await news.close();
    }
    await untilLibraryHolds(3);
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup([REPORT_NOTE, NEWS_NOTE])) });
    await popup.locator('.note').nth(1).waitFor({ timeout: 10_000 });
    await popup.close();
    filled = await library();
    expect(sources(filled)).toEqual([NEWS_AGAIN, NEWS, REPORT_2023].sort());

    options = await openOptions();
    expect(await options.locator('.library .count').first().innerText()).toBe('3 records from 2 sites; 2 notes on their pages.');
    const report = site(options, 'files.ofsted.gov.uk').locator('.record');
    expect(await report.count()).toBe(1);
    // The authority by the register's name, as every view names it.
    expect(await report.locator('.record-title').innerText()).toBe('Portsmouth');
    expect(await report.locator('.record-what').innerText()).toBe("Inspection of local authority children's services, starting 15 May 2023");
    expect(await report.locator('.record-from').innerText()).toMatch(/^From Ofsted's report PDF on files\.ofsted\.gov\.uk · read \d{1,2} \w+ \d{4} · 1 note$/);
    const news = site(options, NEWS_SITE).locator('.record');
    expect(await news.count()).toBe(2);
    expect(await news.locator('.record-title').allInnerTexts()).toEqual(["Ofsted rates Portsmouth 'good'", "Ofsted rates Portsmouth 'good'"]);
    expect(await news.first().locator('.record-from').innerText()).toMatch(/^Reported by www\.childrenfirst\.news · read /);
    expect((await news.locator('.record-address').allInnerTexts()).sort()).toEqual([NEWS_AGAIN, NEWS].sort());
  });

  it('deletes a site’s records, keeping the notes made on their pages, and puts them back exactly with Undo', async () => {
    await options.getByRole('button', { name: `Delete all 2 records from ${NEWS_SITE}` }).click();
    await expect.poll(() => undoOffer(options).innerText()).toMatch(`Deleted 2 records from ${NEWS_SITE}. The note made on their pages is kept.`);
    expect(await site(options, NEWS_SITE).count()).toBe(0);
    const after = await library();
    expect(sources(after)).toEqual([REPORT_2023]);
    expect(noteIds(after)).toEqual(noteIds(filled));

    await undoOffer(options).getByRole('button', { name: 'Undo' }).click();
    await options.locator('.message', { hasText: 'Put back 2 records.' }).waitFor();
    expect(await library()).toEqual(filled);
    expect(await site(options, NEWS_SITE).locator('.record').count()).toBe(2);
    expect(await undoOffer(options).count()).toBe(0);
  });

  it('deletes one record, keeping the note made on its page', async () => {
    await site(options, 'files.ofsted.gov.uk').getByRole('button', { name: 'Delete “Portsmouth”' }).click();
    await expect.poll(() => undoOffer(options).innerText()).toMatch('Deleted “Portsmouth”. The note made on its page is kept.');
    // The Delete pressed went with its record: the keyboard is on Undo (moved there once the offer is drawn).
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    expect(await site(options, 'files.ofsted.gov.uk').count()).toBe(0);
    const after = await library();
    expect(sources(after)).toEqual([NEWS_AGAIN, NEWS].sort());
    expect(noteIds(after)).toEqual(noteIds(filled));
  });

  it('deletes all records, and the notes on their pages only when asked, and puts both back with Undo', async () => {
    await options.getByRole('checkbox', { name: 'Also delete the notes made on these pages' }).check();
    await options.getByRole('button', { name: 'Delete all 2 records', exact: true }).click();
    await expect.poll(() => undoOffer(options).first().innerText()).toMatch('Deleted all 2 records and the note made on their pages.');
    await options.locator('.library .empty', { hasText: 'Your library is empty.' }).waitFor();
    const emptied = await library();
    expect(emptied.inspections).toEqual([]);
    // The report's note stays: its record went in a deletion that was not asked to take notes.
    expect(noteIds(emptied)).toEqual([REPORT_NOTE.id]);

    // Each deletion keeps its own Undo until dismissed: the newest first.
    expect(await undoOffer(options).count()).toBe(2);
    await undoOffer(options).first().getByRole('button', { name: 'Undo' }).click();
    await options.locator('.message', { hasText: 'Put back 2 records and 1 note.' }).waitFor();
    expect(noteIds(await library())).toEqual(noteIds(filled));
    expect(sources(await library())).toEqual([NEWS_AGAIN, NEWS].sort());
    await undoOffer(options).getByRole('button', { name: 'Dismiss' }).click();
    expect(await undoOffer(options).count()).toBe(0);
    await options.close();
  });
});

/** A library of `count` reports (the real 2023 report's document each time), spread over eight sites and 150 authorities. */
function fillLargeLibrary(count: number): Promise<void> {
  return browser().context.serviceWorkers()[0]!.evaluate(
    ([document, count]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ofsted-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('inspections', 'readwrite');
          const store = tx.objectStore('inspections');
          store.clear();
          const sites = ['files.ofsted.gov.uk', 'files.api.ofsted.gov.uk', 'reports.ofsted.gov.uk', 'www.cypnow.co.uk', 'www.communitycare.co.uk', 'www.lgcplus.com', 'www.localgov.co.uk', 'www.childrenfirst.news'];
          for (let i = 0; i < count; i++) {
            const site = sites[i % sites.length]!;
            const news = i % sites.length >= 3;
            const source = `https://${site}/v1/file/${100000 + i}`;
            const start = new Date(Date.UTC(2014, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
            const authorityKey = `authority-${i % 150}`;
            store.put({
              identity: news ? source : `report:${authorityKey}:ilacs:${start}`, source, sources: [source], provenance: news ? 'news' : site.startsWith('files') ? 'ofsted-pdf' : 'ofsted-site', site,
              kind: 'ilacs', authorityKey, start, storedAt: 1_750_000_000_000 + i, document: { ...document, authority: `Authority ${i % 150}`, authorityKey },
            });
          }
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [portsmouth2023(), count] as const,
  );
}

/** Milliseconds the page takes to read every record whole: the documents the list never reads. */
function readEveryRecordWhole(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ofsted-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const started = performance.now();
          const all = open.result.transaction('inspections').objectStore('inspections').getAll();
          all.onsuccess = () => (open.result.close(), resolve(performance.now() - started));
        };
      }),
  );
}

describe('a large library on the options page', () => {
  it('lists 2,000 records, the first of each site’s, sooner than their documents alone could be read', async () => {
    await fillLargeLibrary(2000);
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/options.html`);
    // Once before timing anything, so neither timing meets the database still settling its 2,000 writes.
    await readEveryRecordWhole(page);
    await page.reload();
    // Milliseconds from the page's start to its first records on screen.
    const listed = await page.waitForFunction(() => document.querySelectorAll('.library .record').length > 0 && performance.now(), null, { timeout: 10_000 });
    const firstView = (await listed.jsonValue()) as number;
    const wholeRecords = await readEveryRecordWhole(page);
    console.log(`2,000 records: first view ${Math.round(firstView)} ms from the page's start; reading every record whole alone takes ${Math.round(wholeRecords)} ms`);
    expect(await page.locator('.library > .count').innerText()).toBe('2,000 records from 8 sites.');
    expect(await page.locator('.site').count()).toBe(8);
    expect(await page.locator('.record').count()).toBe(8 * 10);
    expect(await site(page, 'www.cypnow.co.uk').getByRole('button', { name: 'Show 10 more of 240' }).count()).toBe(1);
    // Both timed in the same browser on the same machine, whatever else it is doing.
    expect(firstView).toBeLessThan(wholeRecords);

    // All 2,000 deleted and put back, each document with it.
    let started = Date.now();
    await page.getByRole('button', { name: 'Delete all 2,000 records', exact: true }).click();
    await page.locator('.undo', { hasText: 'Deleted all 2,000 records.' }).waitFor({ timeout: 30_000 });
    const deleted = Date.now() - started;
    expect((await library()).inspections).toEqual([]);
    started = Date.now();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.message', { hasText: 'Put back 2,000 records.' }).waitFor({ timeout: 30_000 });
    console.log(`2,000 records: deleted in ${deleted} ms, put back in ${Date.now() - started} ms (each until the list said so)`);
    expect((await library()).inspections).toHaveLength(2000);
    await page.close();
  // Filling, listing, deleting and putting back 2,000 records takes about 40 s on a quiet 2-core machine.
  }, 120_000);
});
