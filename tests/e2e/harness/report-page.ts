// The served real report page as the notes tests use it: opened with the panel up, a passage
// selected as a reader would with the mouse, and the highlights Ofsted Lens drew, read from their
// closed root through the DevTools protocol (the page itself cannot read them).
import type { Locator, Page } from 'playwright-core';
import { inClosedRoots } from './closed-shadow';
import type { FixtureBrowser } from './fixture-browser';
import { PAGES } from './fixture-sites';

/** The host of the notes' highlights (utils/browser/page/note-highlights.ts). */
export const HIGHLIGHTS = 'ofsted-lens-highlights';
const POLL_MS = 100;

export const QUOTE = 'The number of care-experienced young people in education, employment or training is too low.';

export async function openReport(browser: FixtureBrowser): Promise<Page> {
  const page = await browser.visit(PAGES.report);
  await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 10_000 });
  await notesReady(page);
  return page;
}

/**
 * Resolves once the overlay has drawn the page's notes (its layer of highlights is there, empty
 * when there are none): it starts listening for selections in the same step, so a selection made
 * after this is offered "Save".
 */
export const notesReady = (page: Page) => page.locator(HIGHLIGHTS).waitFor({ state: 'attached', timeout: 15_000 });

/** Selects the quote inside its paragraph with the mouse released over it. */
export async function selectQuote(page: Page, quote = QUOTE): Promise<void> {
  await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote))!;
    // The reader's paragraph starts with its number, its text after.
    const node = [...p.childNodes].find((n) => n.textContent?.includes(quote)) as Text;
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

type DrawnNote = { quote: string; boxes: Array<{ x: number; y: number; width: number; height: number }> };

/** Each highlighted note's text and the boxes drawn over it on screen. */
export async function drawnNotes(page: Page): Promise<DrawnNote[]> {
  const layers = await inClosedRoots<DrawnNote[]>(page, HIGHLIGHTS, `function () {
    return [...this.querySelectorAll('[data-quote]')].map((note) => ({
      quote: note.dataset.quote,
      boxes: [...note.children].map((box) => { const r = box.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }),
    }));
  }`);
  return layers.flat();
}

/** Polls `read` until `done` holds of what it gives, for up to `timeout` ms. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Where on screen the first highlight is, its paragraph scrolled to the middle. */
export async function highlightPoint(page: Page): Promise<{ x: number; y: number }> {
  const [first] = await until(() => drawnNotes(page), (notes) => notes.length > 0, 'No note highlighted');
  await page.evaluate((quote) => {
    [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(quote))!.scrollIntoView({ block: 'center' });
  }, first!.quote);
  const [drawn] = await until(() => drawnNotes(page), (notes) => (notes[0]?.boxes[0]?.y ?? -1) > 0, 'The highlight was not drawn on screen');
  const box = drawn!.boxes[0]!;
  return { x: box.x + 10, y: box.y + box.height / 2 };
}

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

/** The text of each highlighted note. */
export const highlighted = async (page: Page) => (await drawnNotes(page)).map((note) => note.quote);

/** Resolves once `count` notes are highlighted. */
export const highlightCount = (page: Page, count: number) => until(() => highlighted(page), (quotes) => quotes.length === count, `Highlights not ${count}`);
