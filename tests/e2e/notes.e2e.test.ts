// Notes as a reader keeps them: select a passage on the served report page, save it, reload,
// see it highlighted again; comment on it from the highlight.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './harness/browser';
import { fixtureSites, HOSTS, PAGES } from './harness/fixture-sites';
import { startHttpsServer } from './harness/https-server';

const QUOTE = 'The number of care-experienced young people in education, employment or training is too low.';

let server: Awaited<ReturnType<typeof startHttpsServer>>;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startHttpsServer(fixtureSites());
  browser = await launchWithExtension(HOSTS, server.port);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openReport(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(PAGES.report);
  await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(300);
  return page;
}

/** Selects the quote inside paragraph 40 as a reader would with the mouse, then releases. */
async function selectQuote(page: Page): Promise<void> {
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
  }, QUOTE);
  const box = await page.locator('p', { hasText: QUOTE }).boundingBox();
  await page.mouse.move(box!.x + 20, box!.y + 5);
  await page.mouse.up();
}

/** Where on screen the first highlight is, scrolled into view. */
const highlightPoint = (page: Page) =>
  page.evaluate(() => {
    const range = [...CSS.highlights.get('ofsted-lens-notes')!][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('ofsted-lens-notes') ?? [])].map((r) => r.toString()));

describe('saving a note from the report page', () => {
  it('offers "Save note" beside a selection, saves it, and highlights it again after a reload', async () => {
    const page = await openReport();
    await selectQuote(page);
    await page.locator('ofsted-lens-save button').click();
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1);
    await page.reload();
    await page.locator('ofsted-lens-panel').waitFor({ state: 'attached' });
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1, null, { timeout: 10_000 });
    expect(await highlighted(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('shows the note’s card when the highlight is clicked, and keeps an edited comment', async () => {
    const page = await openReport();
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1, null, { timeout: 10_000 });
    const box = await highlightPoint(page);
    await page.mouse.click(box.x, box.y);
    const card = page.locator('ofsted-lens-note-card');
    await card.locator('textarea').fill('Persisting since 2018: raise at scrutiny.');
    await card.locator('button', { hasText: 'Save comment' }).click();
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('ofsted-lens-notes')?.size ?? 0) === 1, null, { timeout: 10_000 });
    const again = await highlightPoint(page);
    await page.mouse.click(again.x, again.y);
    expect(await page.locator('ofsted-lens-note-card textarea').inputValue()).toBe('Persisting since 2018: raise at scrutiny.');
    await page.close();
  });
});
