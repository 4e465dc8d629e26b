// In Firefox: a content script that a hostile page on a sector news site may have compromised asks
// an open reader to save what is selected in it ({ type: 'save-selection' }, the message the
// background relays from the context menu or the shortcut). The reader hears the extension itself
// only: nothing is saved. Asked by the background, the same reader with the same selection saves it,
// so the message did reach a reader that would have saved.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../e2e/harness/fixture-sites';
import { LIBRARY_DUMP, type LibraryDump } from '../e2e/harness/library-dump';
import { listedReportFiles, REPORT_2023 } from '../e2e/harness/listed-reports';
import { useFirefox } from './harness/firefox';

const firefox = useFirefox(listedReportFiles);
const HOSTILE = PAGES.news; // a matched news site, where Ofsted Lens's content script runs by itself
const SAVE_SELECTION = { type: 'save-selection' };

type Note = { quote: string; url: string };
const notes = async (control: Page) => ((await control.evaluate(LIBRARY_DUMP)) as LibraryDump).notes as Note[];

/** Runs in the hostile page's tab, as the extension's content script there: what a compromised one could send. */
function sendFromContentScript(message: unknown) {
  return (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(message).then(
    (reply) => reply ?? 'no answer',
    (error: unknown) => `no answer: ${String(error)}`,
  );
}

describe('a content script asking an open reader to save its selection, in Firefox', () => {
  it('has nothing saved, where the background’s asking saves it', async () => {
    const page = await firefox().newPage(HOSTILE);
    const reader = await firefox().extensionPage(`reader.html?src=${encodeURIComponent(REPORT_2023)}`);
    await reader.waitForSelector('ofsted-lens-panel', { timeout: 20_000 });
    await reader.waitForSelector('#p40', { timeout: 10_000 });
    // Its notes drawn (their layer is there, empty when there are none): it hears "save the selection" from then on.
    await reader.waitForSelector('ofsted-lens-highlights', { timeout: 20_000 });
    // The control page opens behind the reader, which stays the focused page, as the relay requires.
    const control = await firefox().extensionPage('options.html', reader);
    const selected = await reader.evaluate(() => {
      getSelection()!.selectAllChildren(document.getElementById('p40')!);
      return getSelection()!.toString();
    });
    expect(selected.length).toBeGreaterThan(50);
    expect(await reader.evaluate(() => document.hasFocus())).toBe(true);
    const before = await notes(control);

    const sent = await control.evaluate(`(async () => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(HOSTILE)});
      if (!tab) throw new Error('No tab at ' + ${JSON.stringify(HOSTILE)});
      const [injected] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: ${sendFromContentScript.toString()}, args: [${JSON.stringify(SAVE_SELECTION)}] });
      if (injected?.error) throw new Error(String(injected.error));
      return injected?.result;
    })()`);
    expect(String(sent)).toMatch(/^no answer/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await notes(control)).toEqual(before);

    // The extension itself (its background page) asking, as the context menu has it do.
    expect(await reader.evaluate(() => [document.hasFocus(), getSelection()!.toString().length > 50])).toEqual([true, true]);
    await control.evaluate(`browser.runtime.getBackgroundPage().then((background) => { void background.browser.runtime.sendMessage(${JSON.stringify(SAVE_SELECTION)}).catch(() => undefined); })`);
    await expect.poll(async () => (await notes(control)).length, { timeout: 10_000 }).toBe(before.length + 1);
    const saved = (await notes(control)).find((note) => !before.some((b) => JSON.stringify(b) === JSON.stringify(note)))!;
    expect(saved.quote.replace(/\s+/g, ' ')).toContain(selected.replace(/\s+/g, ' ').trim().slice(0, 50));

    await control.close();
    await reader.close();
    await page.close();
  }, 90_000);
});
