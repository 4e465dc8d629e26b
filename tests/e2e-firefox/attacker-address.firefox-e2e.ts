// In Firefox: a hostile page at /sponsored/partner-content/ on a sector news site names itself
// another article (history.replaceState, in its first script) and writes that article's text into
// itself with its grade made "inadequate". It is not read: it gets none of the user's notes on the
// article, and the article's library record stays as it was.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DUMP } from '../e2e/harness/library-dump';
import { ARTICLE, newsSiteWithRenamedPage, NOTE_ON_ARTICLE as NOTE, SPONSORED } from '../e2e/harness/renamed-page';
import { useFirefox } from './harness/firefox';

const firefox = useFirefox(() => newsSiteWithRenamedPage());

type Library = { notes: unknown[]; inspections: Array<{ source: string; document: { grades: { overall: string | null } } }> };

/** The library, read from the extension's IndexedDB in one of its own pages. */
const library = (control: Page) => control.evaluate(LIBRARY_DUMP) as Promise<Library>;

const overallAt = (dump: Library, source: string) => dump.inspections.find((r) => r.source === source)?.document.grades.overall;

describe('a page that names itself another article before Ofsted Lens starts, in Firefox', () => {
  it('is not read: it gets none of the article’s notes and leaves its record as it was', async () => {
    const control = await firefox().extensionPage('options.html');
    const genuine = await firefox().newPage(ARTICLE);
    await expect.poll(async () => overallAt(await library(control), ARTICLE), { timeout: 15_000 }).toBe('good');
    await genuine.close();
    // The user's note on the article, saved as the popup's import saves it: through the background.
    expect(await control.evaluate(`browser.runtime.sendMessage({ type: 'save-note', note: ${JSON.stringify(NOTE)} })`)).toEqual({ saved: NOTE });
    const before = await library(control);

    const page = await firefox().newPage(SPONSORED);
    expect(page.url()).toBe(ARTICLE); // what the page claims
    // Read as the article, the page would have the note painted on it within a second or two.
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) > 0, { timeout: 6_000 }).catch(() => undefined);
    expect(await page.evaluate(() => [...(CSS.highlights.get('ofsted-lens-notes') ?? [])].map((range) => range.toString()))).toEqual([]);
    expect(await page.$('ofsted-lens-panel')).toBeNull();
    const after = await library(control);
    expect(overallAt(after, ARTICLE)).toBe('good');
    expect(after).toEqual(before);
    await page.close();
    await control.close();
  });
});
