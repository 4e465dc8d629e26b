// Notes survive what the browser does to them: a write the database refuses (storage full) is
// reported on the page with the text kept to copy, and saving again works once it can; a save
// sent while Chrome has stopped the service worker is kept; two tabs saving at once both keep theirs.
import { beforeAll, describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { sampleNote } from '../helpers/notes';
import { stopServiceWorker } from './harness/browser';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { highlightCount, highlighted, openReport, QUOTE, selectQuote } from './harness/report-page';

const browser = useFixtureBrowser();
beforeAll(() => revealClosedShadows(browser().context));
const OTHER_QUOTE = 'Leaders are aware of this and have begun';

type PatchedScope = { __realPut?: IDBObjectStore['put'] };

describe('a note the database cannot store', () => {
  it('says the storage is full, keeps the quote to copy, and stores it on "Try again"', async () => {
    const worker = browser().context.serviceWorkers()[0]!;
    await worker.evaluate(() => {
      const scope = self as unknown as PatchedScope;
      scope.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await openReport(browser());
    try {
      await selectQuote(page);
      await page.locator(inside('ofsted-lens-save', 'button')).click();
      const alert = page.locator(inside('ofsted-lens-alert', '[role="alert"]'));
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.innerText()).toContain("The browser's storage for Ofsted Lens is full.");
      expect(await alert.locator('textarea').inputValue()).toBe(QUOTE);
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await worker.evaluate(() => {
        IDBObjectStore.prototype.put = (self as unknown as PatchedScope).__realPut!;
      });
    }
    await page.locator(inside('ofsted-lens-alert', 'button'), { hasText: 'Try again' }).click();
    await highlightCount(page, 1);
    await page.reload();
    await highlightCount(page, 1);
    expect(await highlighted(page)).toEqual([QUOTE]);
    await page.close();
  });
});

describe('a note saved while the service worker is stopped', () => {
  it('starts the worker again and keeps the note', async () => {
    const page = await openReport(browser());
    await highlightCount(page, 1);
    await browser().context.serviceWorkers()[0]!.evaluate(() => {
      (self as unknown as { __beforeStop?: boolean }).__beforeStop = true;
    });
    await stopServiceWorker(browser());
    await selectQuote(page, OTHER_QUOTE);
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, 2);
    // A fresh worker answered: the one stopped had the flag.
    expect(await browser().context.serviceWorkers()[0]!.evaluate(() => (self as unknown as { __beforeStop?: boolean }).__beforeStop)).toBeUndefined();
    await page.reload();
    await highlightCount(page, 2);
    expect((await highlighted(page)).sort()).toEqual([QUOTE, OTHER_QUOTE].sort());
    await page.close();
  });
});

describe('two tabs saving at the same moment', () => {
  it('keeps both notes', async () => {
    const quotes = ['Children benefit from an improved early help offer', 'A new model of foster care has been introduced'];
    const tabs = await Promise.all(quotes.map(() => openReport(browser())));
    for (const [i, tab] of tabs.entries()) await selectQuote(tab, quotes[i]);
    await Promise.all(tabs.map((tab) => tab.locator(inside('ofsted-lens-save', 'button')).click()));
    await Promise.all(tabs.map((tab) => highlightCount(tab, 3)));
    await tabs[0]!.reload();
    await highlightCount(tabs[0]!, 4);
    expect(await highlighted(tabs[0]!)).toEqual(expect.arrayContaining([...quotes, QUOTE, OTHER_QUOTE]));
    await Promise.all(tabs.map((tab) => tab.close()));
  });
});

describe('an edit the popup cannot store', () => {
  it('says why and keeps the edit open with the reader’s text', async () => {
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    const note = popup.locator('.note').first();
    await note.waitFor({ timeout: 10_000 });
    await popup.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await note.locator('button', { hasText: 'Edit' }).click();
    await note.locator('textarea[name="comment"]').fill('A long comment the reader must not lose.');
    await note.locator('button', { hasText: 'Save' }).click();
    await popup.locator('.message', { hasText: 'could not be saved' }).waitFor();
    expect(await popup.locator('.message').first().innerText()).toContain("The browser's storage for Ofsted Lens is full. Your text is still in the box.");
    expect(await note.locator('textarea[name="comment"]').inputValue()).toBe('A long comment the reader must not lose.');
    await popup.close();
  });
});


describe('a popup opened while the library is busy', () => {
  it('opens at once with its page actions, says it is reading the notes, then shows them', async () => {
    // Another extension page holds a write transaction on the notes, as a big import does, until
    // the test lets go (or a minute has passed).
    const busy = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    const backup = notesToBackup([sampleNote({ id: 'busy-library-note-1' }), sampleNote({ id: 'busy-library-note-2' })]);
    await busy.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await busy.locator('.note').first().waitFor({ timeout: 10_000 });
    const holding = busy.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ofsted-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const notes = open.result.transaction('notes', 'readwrite').objectStore('notes');
            const until = Date.now() + 60_000;
            const keepBusy = () => {
              if (!(window as unknown as { __letGo?: boolean }).__letGo && Date.now() < until) notes.count().onsuccess = keepBusy;
            };
            keepBusy();
            notes.transaction.oncomplete = () => resolve();
          };
        }),
    );
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('.empty', { hasText: 'Reading your notes…' }).waitFor({ timeout: 10_000 });
    expect(await popup.locator('button', { hasText: 'Show Ofsted Lens on this page' }).count()).toBe(1);
    await busy.evaluate(() => {
      (window as unknown as { __letGo?: boolean }).__letGo = true;
    });
    await holding;
    await popup.locator('.note').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('.empty').count()).toBe(0);
    await popup.close();
    await busy.close();
  });
});
