// Notes in Firefox: select a passage on the served report page with the mouse, save it from the
// "Save note" control (in its closed shadow root, clicked with the mouse), reload, see it
// highlighted again; the popup's library lists it.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../e2e/harness/fixture-sites';
import { QUOTE } from '../e2e/harness/report-page';
import { useFirefox } from './harness/firefox';
import { highlighted } from './harness/lens-state';

const firefox = useFirefox();

/** The highlighted notes' text, read inside the layer of highlights' closed root. */
const highlights = (page: Page) => highlighted(firefox(), page);
const highlightCount = (page: Page, count: number) => expect.poll(async () => (await highlights(page)).length, { timeout: 15_000 }).toBe(count);

/**
 * Selects the quote with the mouse, as a reader would: pressed at its first character's left edge,
 * dragged to its last character's right edge, released there.
 */
async function selectQuote(page: Page): Promise<void> {
  const { from, to } = await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote))!;
    p.scrollIntoView({ block: 'center' });
    const node = p.firstChild as Text;
    const start = node.data.indexOf(quote);
    const charBox = (at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const first = charBox(start);
    const last = charBox(start + quote.length - 1);
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, QUOTE);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

describe('saving a note from the report page, in Firefox', () => {
  it('offers "Save note" beside a selection, saves it, and highlights it again after a reload', async () => {
    const page = await firefox().newPage(PAGES.report);
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await page.waitForSelector('ofsted-lens-highlights', { timeout: 15_000 }); // the overlay has drawn the page's notes and listens for selections
    await selectQuote(page);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(QUOTE);
    await page.waitForSelector('ofsted-lens-save', { timeout: 10_000 });
    await firefox().clickInShadow(page, 'ofsted-lens-save', 'button');
    await highlightCount(page, 1);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await highlightCount(page, 1);
    expect(await highlights(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('lists the saved note in the popup’s library, with its authority, paragraph and judgement', async () => {
    const popup = await firefox().extensionPage('popup.html?scope=all');
    await popup.waitForSelector('.note .quote', { timeout: 10_000 });
    expect(await popup.$$eval('.note .quote', (els) => els.map((e) => (e as HTMLElement).innerText))).toEqual([QUOTE]);
    expect(await popup.$eval('.note .report', (e) => (e as HTMLElement).innerText)).toContain("Portsmouth: Inspection of local authority children's services");
    expect(await popup.$eval('.note .meta', (e) => (e as HTMLElement).innerText)).toContain('Paragraph 40 · Care leavers');
    await popup.close();
  });
});
