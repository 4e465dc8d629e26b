// The freezing attack of tests/e2e/attacker-linear.e2e.test.ts in Firefox: a table row of 200,000
// empty cells (1.8 MB) out of sight and again inside an HTML comment, cells of spaces and tabs, a
// word of 200,000 letters and a run of capitals, and a row of 20,000 empty cells in sight, on Portsmouth's
// authority page, its 2023 report on reports.ofsted.gov.uk and a news article about it. The page's
// own timer measures its main thread's longest stall, held against the same page served where
// Ofsted Lens does not run; and Ofsted Lens still reads each page as it should.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { EMPTY_ROW, HOSTILE, hostileRuns, hostileSites, longestStall, PAGES_READ, readClock, stallBound, unread } from '../e2e/harness/freezing-page';
import { useFirefox } from './harness/firefox';
import { panelSays } from './harness/lens-state';

/**
 * The cells of the row in sight. Firefox's own table layout of one row of 200,000 cells, with no
 * extension at all, holds the page 46 s and its DOMContentLoaded 90 s (Chromium's, a second or
 * two), which would leave nothing of Ofsted Lens's part to see; 20,000 it lays out in well under a
 * second. The whole row is on the page still, out of sight (display: none), where Ofsted Lens reads it.
 */
const SHOWN_CELLS = 20_000;
const firefox = useFirefox(() => hostileSites(SHOWN_CELLS));

/** A new tab at `url`, once its document is parsed: not at its load event, which a reading frozen at document_idle holds back. */
async function opened(url: string): Promise<Page> {
  const page = await firefox().browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 150_000 });
  return page;
}

/** The same hostile page where Ofsted Lens does not run: the stall of Firefox's own parsing and layout. */
async function unreadStall(url: string): Promise<number> {
  const page = await opened(unread(url));
  const { stall } = await longestStall(url, () => page.evaluate(readClock), false, 150_000);
  await page.close();
  return stall;
}

describe('a page of a megabyte of empty cells and other hostile runs, in Firefox', () => {
  it('holds the row of 200,000 empty cells out of sight and in a comment, and the other hostile runs', () => {
    const runs = hostileRuns(SHOWN_CELLS);
    expect(EMPTY_ROW.length).toBeGreaterThan(1_800_000);
    expect(runs.split(EMPTY_ROW)).toHaveLength(3);
    expect(runs.length).toBeGreaterThan(HOSTILE.length);
  });

  for (const { name, url, says } of PAGES_READ) {
    it(`as ${name}, is read without freezing its tab beyond what Firefox itself takes`, async () => {
      const control = await unreadStall(url);
      const page = await opened(url);
      try {
        const bound = stallBound(control);
        const { stall, frozen } = await longestStall(url, () => page.evaluate(readClock), true, bound);
        const figures = `${name}: longest stall ${stall} ms${frozen ? ' and more (frozen)' : ''} read by Ofsted Lens, ${control} ms unread`;
        console.info(figures);
        expect(stall, figures).toBeLessThan(bound);
        // Read as it should be, the hostile runs notwithstanding.
        expect(await panelSays(firefox(), page)).toEqual(says);
        const [authority] = await firefox().inShadow(page, 'ofsted-lens-panel', '.authority');
        expect(authority?.text).toMatch(/Portsmouth/);
      } finally {
        await page.close();
      }
    }, 330_000);
  }
});
