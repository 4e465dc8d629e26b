// A hostile page tries to freeze the tab through Ofsted Lens's reading of it: a table row of
// 200,000 empty cells (1.8 MB; the same row again inside an HTML comment), cells of spaces and tabs
// by the hundred thousand, a word of 200,000 letters and a run of capitals, on Portsmouth's
// authority page and its 2023 report on reports.ofsted.gov.uk and on a news article about it.
// Quadratic patterns once froze such a tab for 42 s. The page's own timer, ticking every 20 ms from
// its first script, measures its main thread's longest stall, which is held against the same page
// served where Ofsted Lens does not run (the browser's own parsing and layout of 1.8 MB of cells
// take a second or more of it); and Ofsted Lens still reads each page as it should.
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { EMPTY_ROW, HOSTILE, hostileSites, longestStall, PAGES_READ, readClock, stallBound, unread } from './harness/freezing-page';
import { panelSays } from './harness/lens-state';

const browser = useFixtureBrowser(hostileSites);
beforeAll(() => revealClosedShadows(browser().context));

/** The same hostile page where Ofsted Lens does not run: the stall of the browser's own parsing and layout. */
async function unreadStall(url: string): Promise<number> {
  const page = await browser().visit(unread(url));
  const { stall } = await longestStall(page.url(), () => page.evaluate(readClock), false, 150_000);
  await page.close();
  return stall;
}

describe('a page of a megabyte of empty cells and other hostile runs', () => {
  it('is about 1.8 MB of empty cells, and more with the other runs', () => {
    expect(EMPTY_ROW.length).toBeGreaterThan(1_800_000);
    expect(HOSTILE.length).toBeGreaterThan(4_000_000);
  });

  for (const { name, url, says } of PAGES_READ) {
    it(`as ${name}, is read without freezing its tab beyond what the browser itself takes`, async () => {
      const control = await unreadStall(url);
      const page = await browser().context.newPage();
      try {
        // Not to its load event, which a reading frozen at document_idle holds back.
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 150_000 });
        const bound = stallBound(control);
        const { stall, frozen } = await longestStall(url, () => page.evaluate(readClock), true, bound);
        const figures = `${name}: longest stall ${stall} ms${frozen ? ' and more (frozen)' : ''} read by Ofsted Lens, ${control} ms unread`;
        console.info(figures);
        expect(stall, figures).toBeLessThan(bound);
        // Read as it should be, the hostile runs notwithstanding.
        expect(await panelSays(page)).toEqual(says);
        await closedRootsReady(page, 'ofsted-lens-panel');
        expect(await page.locator(inside('ofsted-lens-panel', '.authority')).innerText()).toMatch(/Portsmouth/);
      } finally {
        await page.close();
      }
    }, 330_000);
  }
});
