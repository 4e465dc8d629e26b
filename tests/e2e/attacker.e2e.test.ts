// A hostile page on a site where Ofsted Lens runs by itself (a sector news site) tries each way in
// that a page could: probing for the extension's files, reading its timing marks and its shadow
// roots, driving it with synthetic events, forging messages from a compromised content script
// context, and planting a made-up report (Portsmouth, "2022", inadequate throughout) to feed the
// direction of travel on the genuine 2023 report. Each fails, and the user's notes and library are
// as they were, but for the hostile page's own record, kept as news under its site's name.
import { describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import { closedRootTexts, inside, revealClosedShadows } from './harness/closed-shadow';
import { evaluateInExtensionWorld } from './harness/extension-world';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary as dumpAll, type LibraryDump } from './harness/library-dump';
import { openReport, pageScriptSelects } from './harness/report-page';
import { reportHtml } from './harness/text-to-html';

const HOSTILE = 'https://www.cypnow.co.uk/news/article/portsmouth-childrens-services-inadequate';

/** The real 2023 report's head, moved to March 2022 and graded inadequate throughout. */
function plantedReport(): string {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  const head = text.slice(0, text.indexOf('The experiences and progress of children who need help and protection: outstanding'));
  return head
    .replace('Inspection dates: 15 to 19 May 2023', 'Inspection dates: 7 to 18 March 2022')
    .replace(/\t(Good|Outstanding|Requires improvement to be good)$/gm, '\tInadequate');
}

const browser = useFixtureBrowser(() => ({
  'www.cypnow.co.uk': { [new URL(HOSTILE).pathname]: { contentType: 'text/html; charset=utf-8', body: reportHtml(plantedReport()) } },
}));

const NOTE = sampleNote(); // on the genuine report's page
let before: LibraryDump;
let hostileRecord: unknown;

const worker = () => browser().context.serviceWorkers()[0]!;

/** The library, but for when each document was last read: opening the hostile page again re-reads it. */
async function dumpLibrary(): Promise<LibraryDump> {
  const { notes, inspections } = await dumpAll(worker());
  return { notes, inspections: inspections.map((r) => ({ ...(r as object), storedAt: 'any' })) };
}

async function openHostile() {
  const page = await browser().visit(HOSTILE);
  await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

describe('a hostile page', () => {
  it('is read like any news page: its made-up report is kept as news under its site, not as an inspection', async () => {
    const report = await openReport(browser());
    await report.close();
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup([NOTE])) });
    await popup.locator('.note').first().waitFor({ timeout: 10_000 });
    await popup.close();

    const page = await openHostile();
    await expect.poll(async () => (await dumpLibrary()).inspections.length, { timeout: 15_000 }).toBe(2);
    before = await dumpLibrary();
    hostileRecord = before.inspections.find((r) => (r as { source: string }).source === HOSTILE);
    expect(hostileRecord).toMatchObject({ provenance: 'news', site: 'www.cypnow.co.uk', kind: 'ilacs', authorityKey: 'portsmouth' });
    expect(before.inspections.find((r) => (r as { source: string }).source === PAGES.report)).toMatchObject({ provenance: 'ofsted-site' });
    expect(before.notes).toEqual([NOTE]);
    await page.close();
  });

  it('cannot fetch or import any of the extension’s files', async () => {
    const page = await openHostile();
    // As source text: the test runner would rewrite a dynamic import() written here.
    const outcomes = await page.evaluate<string[][]>(`Promise.all(['overlay.js', 'content-scripts/detect.js', 'manifest.json', 'popup.html', 'reader.html', 'compare.html', 'offscreen.html'].map(async (file) => {
      const url = 'chrome-extension://${browser().extensionId}/' + file;
      const fetched = await fetch(url).then(() => 'loaded', () => 'refused');
      const imported = file.endsWith('.js') ? await import(url).then(() => 'loaded', () => 'refused') : 'refused';
      return [file, fetched, imported];
    }))`);
    for (const [file, fetched, imported] of outcomes) expect([file, fetched, imported]).toEqual([file, 'refused', 'refused']);
    await page.close();
  });

  it('finds no Ofsted Lens timing marks in its performance timeline', async () => {
    const page = await openHostile();
    const names = await page.evaluate(() => performance.getEntries().map((e) => e.name));
    expect(names.filter((n) => /ofsted/i.test(n))).toEqual([]);
    await page.close();
  });

  it('cannot read the panel: every root is closed, and none of its text is in the page', async () => {
    const page = await openHostile();
    // The panel is there and shows the library's context (read through the DevTools protocol, not by the page).
    await expect.poll(async () => (await closedRootTexts(page, 'ofsted-lens-panel')).join(' '), { timeout: 15_000 }).toMatch(/Read from the report, and in Ofsted’s official statistics/);
    const seen = await page.evaluate(() => {
      const ours = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ofsted-lens-'));
      return { count: ours.length, roots: ours.map((el) => el.shadowRoot), text: ours.map((el) => (el as HTMLElement).innerText).join(''), body: document.body.innerText };
    });
    expect(seen.count).toBeGreaterThan(0);
    expect(seen.roots.every((root) => root === null)).toBe(true);
    expect(seen.text).toBe('');
    expect(seen.body).not.toMatch(/Read from the report|Overall effectiveness: Inadequate/);
    await page.close();
  });

  it('cannot save, open or delete anything with synthetic events', async () => {
    const page = await openHostile();
    // The first paragraph longer than 100 characters (a regular expression matches all of its text).
    await pageScriptSelects(page.locator('p', { hasText: /[^]{101}/ }).first());
    await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const el of document.querySelectorAll('*')) {
        if (!el.localName.startsWith('ofsted-lens-')) continue;
        (el as HTMLElement).click();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    });
    expect(await page.evaluate(() => document.querySelector('ofsted-lens-save'))).toBeNull();
    expect(await dumpLibrary()).toEqual(before);
    await page.close();
  });

  it('cannot message the extension from its own scripts', async () => {
    const page = await openHostile();
    const outcome = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        await runtime.sendMessage(id, { type: 'delete-note', id: 'note-0001-aaaa' });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, browser().extensionId);
    expect(['no runtime', 'refused']).toContain(outcome);
    expect(await dumpLibrary()).toEqual(before);
    await page.close();
  });

  it('from a compromised content script context, cannot touch another page’s notes, read them, reach another tab or pass for Ofsted', async () => {
    const page = await openHostile();
    const other = await browser().visit(PAGES.unrelatedNews);
    const otherTab = await worker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id?: number }>> } } };
      return (await chrome.tabs.query({ url: 'https://www.communitycare.co.uk/*' }))[0]!.id!;
    });
    const replies = await evaluateInExtensionWorld<Record<string, unknown>>(page, browser().extensionId, `(async () => {
      const send = (m) => chrome.runtime.sendMessage(m).catch((e) => ({ threw: String(e) }));
      const note = ${JSON.stringify(NOTE)};
      const report = ${JSON.stringify((hostileRecord as { document: unknown }).document)};
      return {
        update: await send({ type: 'update-note', id: note.id, edit: { comment: 'forged' } }),
        remove: await send({ type: 'delete-note', id: note.id }),
        saveForOther: await send({ type: 'save-note', note: { ...note, comment: 'forged' } }),
        overwrite: await send({ type: 'save-note', note: { ...note, url: ${JSON.stringify(HOSTILE)}, comment: 'forged' } }),
        readOther: await send({ type: 'notes-for-url', url: note.url }),
        otherTab: await send({ type: 'show-overlay-on-tab', tabId: ${otherTab} }),
        passForOfsted: await send({ type: 'remember-document', source: 'https://files.ofsted.gov.uk/v1/file/50222964', document: report }),
        contextAsOfsted: await send({ type: 'prior-context', source: ${JSON.stringify(PAGES.report)}, report }),
        readListed: await send({ type: 'read-listed-reports', sources: ['https://files.ofsted.gov.uk/v1/file/1'] }),
        library: await send({ type: 'inspections-for', authorityKey: 'portsmouth' }),
      };
    })()`);
    expect(replies.update).toEqual({ error: expect.any(String) });
    expect(replies.remove).toBeNull();
    expect(replies.saveForOther).toEqual({ refused: expect.stringMatching(/only for itself/) });
    expect(replies.overwrite).toEqual({ error: expect.stringMatching(/only its own notes/) });
    expect(replies.readOther).toEqual({ refused: expect.stringMatching(/only its own notes/) });
    expect(replies.otherTab).toEqual({ refused: expect.any(String) });
    expect(replies.passForOfsted).toEqual({ refused: expect.any(String) });
    expect(replies.contextAsOfsted).toEqual({ refused: expect.any(String) });
    expect(replies.readListed).toEqual({ refused: expect.any(String) });
    // The library a page's panel gets: Ofsted's own documents only, not the news pages the user read.
    expect((replies.library as Array<{ source: string; provenance: string }>).map((r) => [r.source, r.provenance])).toEqual([[PAGES.report, 'ofsted-site']]);
    expect(await other.evaluate(() => document.querySelector('ofsted-lens-panel'))).toBeNull();
    expect(await dumpLibrary()).toEqual(before);
    await other.close();
    await page.close();
  });

  it('gives the genuine report no direction of travel from its made-up report, which is listed as news under its site', async () => {
    const page = await browser().context.newPage();
    revealClosedShadows(page);
    await page.goto(PAGES.report);
    const history = page.locator(inside('ofsted-lens-panel', 'ul[aria-label="Other documents"] > li'));
    await expect.poll(() => history.allTextContents(), { timeout: 15_000 }).toEqual([expect.stringMatching(/reported by www\.cypnow\.co\.uk/)]);
    // Its directions are against Ofsted's statistics for 2018, never the made-up report's grades.
    const trends = await page.locator(inside('ofsted-lens-panel', '.trend')).allInnerTexts();
    expect(trends.length).toBeGreaterThan(0);
    for (const trend of trends) expect(trend).toMatch(/ 2018\b/);
    expect(trends.join(' ')).not.toMatch(/Inadequate|2022/);
    expect(await dumpLibrary()).toEqual(before);
    await page.close();
  });
});
