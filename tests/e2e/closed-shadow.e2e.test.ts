// The recognised report page, seen and driven from its own main world (page.evaluate, as the
// page's scripts would): the panel's root is closed and none of its text is in the page; and a
// click, mouseup or key the page's script fires saves, edits, deletes or collapses nothing, even
// fired at the very control, handed to the page here through the test harness as no page could
// get it. The reader's own input, by the real mouse, still does each.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closedRootTexts, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { highlightCount, highlighted, highlightPoint, openReport, pageScriptSelects, QUOTE, selectQuote } from './harness/report-page';

const browser = useFixtureBrowser();
const SOURCE = 'Ofsted official statistics, as at 31 March 2025';
/** Long enough for Ofsted Lens to have acted on an event, had it taken it (a save answers in well under this). */
const ACT_MS = 1000;

type StoredNote = { quote: string; comment: string };

/** The report page's notes as the background holds them, asked from an extension page. */
async function storedNotes(): Promise<StoredNote[]> {
  const page = await browser().visit(`chrome-extension://${browser().extensionId}/options.html`);
  const notes = await page.evaluate(async (url) => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<StoredNote[]> } } }).chrome;
    return runtime.sendMessage({ type: 'notes-for-url', url });
  }, PAGES.report);
  await page.close();
  return notes.map(({ quote, comment }) => ({ quote, comment }));
}

/** The page's own script clicks `control`, by click() and by a dispatched MouseEvent. */
async function pageClicks(control: Locator): Promise<void> {
  await control.evaluate((el) => {
    (el as HTMLElement).click();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
  });
}

describe('the recognised report page, seen from its own scripts', () => {
  it('gets null for the panel’s shadow root and finds none of the panel’s text in the page', async () => {
    const page = await browser().visit(PAGES.report);
    // The panel is up with the authority's official context: read through the DevTools protocol, which hands nothing to the page.
    await expect.poll(async () => (await closedRootTexts(page, 'ofsted-lens-panel')).join(' '), { timeout: 15_000 }).toContain(SOURCE);
    const seen = await page.evaluate(() => {
      const panel = document.querySelector('ofsted-lens-panel') as HTMLElement;
      return { shadowRoot: panel.shadowRoot, panel: panel.innerText + panel.textContent, body: document.body.innerText, all: document.documentElement.innerText };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.panel).toBe('');
    for (const text of [seen.body, seen.all]) {
      expect(text).not.toContain(SOURCE);
      expect(text).not.toContain('Ofsted Lens');
      expect(text).not.toMatch(/History: \d+ graded inspections/);
    }
    await page.close();
  });
});

describe('the recognised report page, driven by its own scripts', () => {
  let page: Page;

  it('offers no "Save note" for its own mouseup or key, and its clicks on "Save note" save nothing', async () => {
    page = await openReport(browser());
    await pageScriptSelects(page.locator('p', { hasText: QUOTE }).first());
    await page.waitForTimeout(ACT_MS);
    expect(await page.locator('ofsted-lens-save').count()).toBe(0);

    revealClosedShadows(page); // from here the page's script is handed the controls
    await selectQuote(page); // the reader's own mouseup
    const save = page.locator(inside('ofsted-lens-save', 'button'));
    await save.waitFor();
    await page.evaluate(() => (document.querySelector('ofsted-lens-save') as HTMLElement).click());
    await pageClicks(save);
    await page.waitForTimeout(ACT_MS);
    expect(await save.count()).toBe(1);
    expect(await highlighted(page)).toEqual([]);
    expect(await storedNotes()).toEqual([]);

    await save.click(); // the reader's
    await highlightCount(page, 1);
    expect(await storedNotes()).toEqual([{ quote: QUOTE, comment: '' }]);
  });

  it('opens no card for its own click on a highlight, and its clicks on the card open or delete nothing', async () => {
    const point = await highlightPoint(page);
    await page.evaluate(({ x, y }) => {
      document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    }, point);
    await page.waitForTimeout(ACT_MS);
    expect(await page.locator('ofsted-lens-note-card').count()).toBe(0);

    await page.mouse.click(point.x, point.y); // the reader's
    const inCard = (text: string) => page.locator(inside('ofsted-lens-note-card', 'button'), { hasText: text });
    await inCard('Delete note').waitFor();
    const tabs = browser().context.pages().length;
    await pageClicks(inCard('Edit comment'));
    await pageClicks(inCard('Delete note'));
    await page.waitForTimeout(ACT_MS);
    expect(browser().context.pages()).toHaveLength(tabs); // no note window opened
    expect(await page.locator('ofsted-lens-note-card').count()).toBe(1);
    expect(await highlighted(page)).toEqual([QUOTE]);
    expect(await storedNotes()).toEqual([{ quote: QUOTE, comment: '' }]);

    await inCard('Delete note').click(); // the reader's
    await highlightCount(page, 0);
    await expect.poll(storedNotes).toEqual([]);
  });

  it('cannot collapse the panel with its own clicks on the bar', async () => {
    const bar = page.locator(inside('ofsted-lens-panel', 'button.bar'));
    await pageClicks(bar);
    await page.waitForTimeout(ACT_MS);
    expect(await bar.getAttribute('aria-expanded')).toBe('true');
    await bar.click(); // the reader's
    expect(await bar.getAttribute('aria-expanded')).toBe('false');
    await bar.click();
    await page.close();
  });
});
