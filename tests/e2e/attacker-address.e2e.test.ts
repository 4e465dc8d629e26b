// A hostile page on a sector news site where Ofsted Lens runs by itself, at /sponsored/partner-
// content/, names itself another article (history.replaceState) and writes that article's text
// into itself with its grade made "inadequate": to be given the user's notes on that article and
// to overwrite its library record. And a compromised content script context asks, of the parts of
// Ofsted Lens that should hear only the extension itself, the offscreen document to fetch and read
// an Ofsted PDF and an open reader to save a note. Each is refused; the library is as it was.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { closedRootTexts } from './harness/closed-shadow';
import { evaluateInExtensionWorld } from './harness/extension-world';
import { useFixtureBrowser } from './harness/fixture-browser';
import { FILES, listedReportFiles, REPORT_2023 } from './harness/listed-reports';
import { dumpLibrary, type LibraryDump } from './harness/library-dump';
import { ARTICLE, ARTICLE_PATH, newsSiteWithRenamedPage, NOTE_ON_ARTICLE as NOTE, plantedArticleHtml, SPONSORED } from './harness/renamed-page';

/** Loads as itself; renames itself once Ofsted Lens has read it. */
const SPONSORED_LATER = 'https://www.childrenfirst.news/sponsored/partner-content-2/';

const browser = useFixtureBrowser(async () => ({
  ...(await listedReportFiles()),
  ...newsSiteWithRenamedPage({ [new URL(SPONSORED_LATER).pathname]: { contentType: 'text/html; charset=utf-8', body: plantedArticleHtml() } }),
}));

const worker = () => browser().context.serviceWorkers()[0]!;
const library = () => dumpLibrary(worker());
const recordAt = (dump: LibraryDump, source: string) => dump.inspections.find((r) => (r as { source: string }).source === source) as { document: { grades: { overall: string | null } } } | undefined;

/** Every message the background is sent from now on: its type and the address its sender gave. */
async function watchMessages(): Promise<() => Promise<Array<{ type: unknown; url: unknown }>>> {
  await worker().evaluate(`(() => {
    globalThis.seenByTest = [];
    chrome.runtime.onMessage.addListener((message, sender) => void globalThis.seenByTest.push({ type: message?.type, url: sender.url }));
  })()`);
  return () => worker().evaluate('globalThis.seenByTest');
}

/** The user's note painted on the page, as the CSS highlight registry the page shares shows it. */
const notesPainted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('ofsted-lens-notes') ?? [])].map((range) => range.toString()));

let before: LibraryDump;

describe('a page that names itself another address', () => {
  it('meets a library that holds the genuine article, graded good, with the user’s note on it', async () => {
    const page = await browser().visit(ARTICLE);
    await expect.poll(async () => recordAt(await library(), ARTICLE)?.document.grades.overall, { timeout: 15_000 }).toBe('good');
    await page.close();
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup([NOTE])) });
    await popup.locator('.note').first().waitFor({ timeout: 10_000 });
    await popup.close();
    before = await library();
    expect(before.notes).toEqual([NOTE]);
  });

  it('before Ofsted Lens starts (history.replaceState in its first script) is not read: it gets none of the article’s notes and leaves its record as it was', async () => {
    const asked = await watchMessages();
    const page = await browser().visit(SPONSORED);
    expect(page.url()).toBe(ARTICLE); // what the page claims
    expect(await page.locator('#story h1').innerText()).toBe("Ofsted rates Portsmouth 'inadequate'");
    // Read as the article, the page would have its notes painted within a second or two.
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) > 0, null, { timeout: 6_000 }).catch(() => undefined);
    expect(await notesPainted(page)).toEqual([]);
    expect((await asked()).map((m) => m.type)).toEqual([]);
    expect(await page.locator('ofsted-lens-panel').count()).toBe(0);
    const after = await library();
    expect(recordAt(after, ARTICLE)?.document.grades.overall).toBe('good');
    expect(after).toEqual(before);
    await page.close();
  });

  it('asked about from the popup, says it cannot tell which page it is, and reads nothing', async () => {
    const page = await browser().visit(SPONSORED);
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html`);
    await popup.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(ARTICLE)} });
      await chrome.runtime.sendMessage({ type: 'show-overlay-on-tab', tabId: tab.id });
    })()`);
    await popup.close();
    await expect.poll(async () => (await closedRootTexts(page, 'ofsted-lens-panel')).join(' '), { timeout: 10_000 }).toMatch(/changed its address since it loaded/);
    expect(await notesPainted(page)).toEqual([]);
    expect(await library()).toEqual(before);
    await page.close();
  });

  it('after Ofsted Lens has read it is refused all it asks from then on, from a compromised content script context: the article’s notes, its record, even its own notes', async () => {
    const page = await browser().visit(SPONSORED_LATER);
    // Read at its own address, as news like any page of the site.
    await expect.poll(async () => recordAt(await library(), SPONSORED_LATER)?.document.grades.overall, { timeout: 15_000 }).toBe('inadequate');
    const read = await library();
    const planted = recordAt(read, SPONSORED_LATER)!.document;
    await page.evaluate((path) => history.replaceState(null, '', path), ARTICLE_PATH);
    const replies = await evaluateInExtensionWorld<Record<string, unknown>>(page, browser().extensionId, `(async () => {
      const send = (m) => chrome.runtime.sendMessage(m).catch((e) => ({ threw: String(e) }));
      const note = ${JSON.stringify(NOTE)};
      return {
        articleNotes: await send({ type: 'notes-for-url', url: ${JSON.stringify(ARTICLE)} }),
        ownNotes: await send({ type: 'notes-for-url', url: ${JSON.stringify(SPONSORED_LATER)} }),
        overwrite: await send({ type: 'remember-document', source: ${JSON.stringify(ARTICLE)}, document: ${JSON.stringify(planted)} }),
        context: await send({ type: 'prior-context', source: ${JSON.stringify(SPONSORED_LATER)}, report: ${JSON.stringify(planted)} }),
        save: await send({ type: 'save-note', note: { ...note, comment: 'forged' } }),
        edit: await send({ type: 'update-note', id: note.id, edit: { comment: 'forged' } }),
        remove: await send({ type: 'delete-note', id: note.id }),
        library: await send({ type: 'inspections-for', authorityKey: 'portsmouth' }),
      };
    })()`);
    for (const [asked, reply] of Object.entries(replies)) expect([asked, reply]).toEqual([asked, { refused: expect.stringMatching(/changed its address/) }]);
    expect(await library()).toEqual(read);
    await page.close();
  });
});

describe('a content script asking what only the extension itself may ask', () => {
  it('cannot have the offscreen document fetch and read a report PDF for it', async () => {
    // Open, as it is after reading an authority's listed reports.
    await worker().evaluate(`chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'Opened by the test, as reading listed reports opens it.' })`);
    const page = await browser().visit(ARTICLE);
    const fetched = () => browser().requests.filter((r) => r.startsWith(FILES)).length;
    const fetchedBefore = fetched();
    const reply = await evaluateInExtensionWorld<unknown>(page, browser().extensionId, `chrome.runtime.sendMessage({ target: 'offscreen', type: 'read-pdf', src: ${JSON.stringify(REPORT_2023)} }).then((r) => r ?? 'no answer', (e) => 'no answer: ' + e.message)`);
    expect(reply).toEqual(expect.stringMatching(/^no answer/));
    await page.waitForTimeout(1_000);
    expect(fetched()).toBe(fetchedBefore);
    await page.close();
  });

  it('cannot have an open reader save the reader’s selection as a note', async () => {
    const page = await browser().visit(ARTICLE);
    const reader = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2023)}`);
    await reader.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 20_000 });
    const selected = await reader.evaluate(() => {
      const paragraph = document.getElementById('p40')!;
      getSelection()!.selectAllChildren(paragraph);
      return getSelection()!.toString();
    });
    expect(selected.length).toBeGreaterThan(50);
    await reader.bringToFront();
    // The reader is the focused page, as the background's relay of the context menu requires.
    expect(await reader.evaluate(() => document.hasFocus())).toBe(true);
    const notesBefore = (await library()).notes;
    await evaluateInExtensionWorld(page, browser().extensionId, `chrome.runtime.sendMessage({ type: 'save-selection' }).catch(() => undefined)`);
    await reader.waitForTimeout(1_500);
    expect((await library()).notes).toEqual(notesBefore);
    await reader.close();
    await page.close();
  });
});
