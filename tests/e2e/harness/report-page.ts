// The served real report page as the notes tests use it: opened with the panel up, a passage
// selected as a reader would with the mouse, and the highlights Ofsted Lens painted.
import type { Locator, Page } from 'playwright-core';
import type { FixtureBrowser } from './fixture-browser';
import { PAGES } from './fixture-sites';

export const QUOTE = 'The number of care-experienced young people in education, employment or training is too low.';

export async function openReport(browser: FixtureBrowser): Promise<Page> {
  const page = await browser.visit(PAGES.report);
  await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 10_000 });
  await notesReady(page);
  return page;
}

/**
 * Resolves once the overlay has painted the page's notes (an empty highlight when there are none):
 * it starts listening for selections in the same step, so a selection made after this is offered "Save".
 */
export const notesReady = (page: Page) => page.waitForFunction(() => CSS.highlights.has('ofsted-lens-notes'), null, { timeout: 15_000 });

/** Selects the quote inside its paragraph with the mouse released over it. */
export async function selectQuote(page: Page, quote = QUOTE): Promise<void> {
  await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote))!;
    const node = p.firstChild as Text;
    const start = node.data.indexOf(quote);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + quote.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
  const box = await page.locator('p', { hasText: quote }).boundingBox();
  await page.mouse.move(box!.x + 20, box!.y + 5);
  await page.mouse.up();
}

/** Where on screen the first highlight is, scrolled into view. */
export const highlightPoint = (page: Page) =>
  page.evaluate(() => {
    const range = [...CSS.highlights.get('ofsted-lens-notes')!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });

/**
 * What a page's own script can do to offer Ofsted Lens a selection: select all of `paragraph` and fire
 * the mouseup and key release a reader's selection ends with, as untrusted events.
 */
export async function pageScriptSelects(paragraph: Locator): Promise<void> {
  await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true, clientX: 20, clientY: 20 }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
  });
}

export const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('ofsted-lens-notes') ?? [])].map((r) => r.toString()));

export const highlightCount = (page: Page, count: number) =>
  page.waitForFunction((n) => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === n, count, { timeout: 10_000 });
