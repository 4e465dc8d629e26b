// A hostile page tries to freeze the tab through Ofsted Lens's reading of it: a table row of
// 200,000 empty cells (1.8 MB; the same row again inside an HTML comment), cells of spaces and tabs
// by the hundred thousand, a word of 200,000 letters and a run of capitals, on Portsmouth's
// authority page and its 2023 report on reports.ofsted.gov.uk and on a news article about it.
// Quadratic patterns once froze such a tab for 42 s. The page's own timer, ticking every 20 ms from
// its first script, measures its main thread's longest stall, which is held against the same page
// served where Ofsted Lens does not run (the browser's own parsing and layout of 1.8 MB of cells
// take a second or more of it); and Ofsted Lens still reads each page as it should.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { fixtureSites, PAGES } from './harness/fixture-sites';
import type { Route, Sites } from './harness/https-server';
import { panelSays } from './harness/lens-state';

const CELLS = 200_000;
const EMPTY_ROW = `<table><tr><td>Judgement</td>${'<td></td>'.repeat(CELLS)}<td>Grade</td></tr></table>`;
/** Every way in at once: each run alone would go through a different pattern of the reading. */
const HOSTILE = [
  EMPTY_ROW,
  `<!-- ${EMPTY_ROW} -->`,
  // Out of sight (as a hostile page might put them), so the browser lays out no more than the row.
  '<div style="display: none">',
  `<table><tr>${'<td> </td><td>\t</td>'.repeat(CELLS / 4)}</tr></table>`,
  `<pre>${' \t'.repeat(CELLS / 2)}</pre>`,
  `<p>${'safeguarding'.repeat(CELLS / 12)}</p>`,
  `<p>${"A A-A A'A Aa ".repeat(CELLS / 13)}</p>`,
  '</div>',
].join('\n');

/**
 * First in the page's head: a timer every 20 ms noting the longest gap between its ticks (the
 * longest the page's main thread was held), and when the last gap over 200 ms ended.
 */
const STALL_CLOCK = `<script>
(() => {
  const clock = { longest: 0, last: performance.now(), quietSince: performance.now() };
  window.__stall = clock;
  setInterval(() => {
    const now = performance.now();
    const gap = now - clock.last;
    clock.last = now;
    clock.longest = Math.max(clock.longest, gap);
    if (gap > 200) clock.quietSince = now;
  }, 20);
})();
</script>`;

/** The page with the hostile runs before its closing `</main>` (or `</body>`), and the clock first in its head. */
function hostile(html: string): Route {
  const at = html.includes('</main>') ? html.lastIndexOf('</main>') : html.lastIndexOf('</body>');
  const body = html.slice(0, at) + HOSTILE + html.slice(at);
  return { contentType: 'text/html; charset=utf-8', body: body.replace(/<head[^>]*>/, (head) => head + STALL_CLOCK) };
}

/** Where Ofsted Lens never runs: no content script matches this host. */
const UNREAD_HOST = 'www.example.org';
const path = (url: string) => new URL(url).pathname;
const PAGES_READ = [
  { name: 'Portsmouth’s authority page', url: PAGES.provider, says: { kind: 'provider', authority: 'portsmouth', overall: null } },
  { name: 'Portsmouth’s 2023 report', url: PAGES.report, says: { kind: 'ilacs', authority: 'portsmouth', overall: 'good' } },
  { name: 'a news article on Portsmouth’s 2018 inspection', url: PAGES.news, says: { kind: 'news', authority: 'portsmouth', overall: 'good' } },
] as const;
const unread = (url: string) => `https://${UNREAD_HOST}/${new URL(url).hostname}${path(url)}`;

function hostileSites(): Sites {
  const sites = fixtureSites();
  const served = (url: string) => sites[new URL(url).hostname]![path(url)]!.body as string;
  const hostileSites: Sites = { [UNREAD_HOST]: {} };
  for (const { url } of PAGES_READ) {
    const host = new URL(url).hostname;
    hostileSites[host] = { ...sites[host], ...hostileSites[host], [path(url)]: hostile(served(url)) };
    hostileSites[UNREAD_HOST]![path(unread(url))] = hostile(served(url));
  }
  return hostileSites;
}

const browser = useFixtureBrowser(hostileSites);
beforeAll(() => revealClosedShadows(browser().context));

type Clock = { longest: number; last: number; quietSince: number };
/** The page's clock, how long it has ticked without a gap over 200 ms, and whether Ofsted Lens's panel is there. */
type Seen = { longest: number; quietFor: number; panel: boolean };
const sleep = (ms: number) => new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms));

/**
 * The page's longest stall in ms, once (`panel`) Ofsted Lens's panel is drawn and the page has
 * ticked for 3 s without a gap over 200 ms: the longest gap of its clock, or the longest it took
 * to answer the test. A page that does not answer within `limit` ms is stalled at least that long:
 * `frozen`, then, without waiting for it to end.
 */
async function longestStall(page: Page, panel: boolean, limit: number): Promise<{ stall: number; frozen: boolean }> {
  let answered = 0;
  // 150 s to be drawn and quiet, from the last time the page was slow to answer.
  for (let since = Date.now(); Date.now() - since < 150_000; await sleep(250)) {
    const asked = Date.now();
    const seen = await Promise.race([
      page.evaluate(() => {
        const clock = (window as unknown as { __stall?: Clock }).__stall;
        const seen: Seen | null = clock ? { longest: clock.longest, quietFor: performance.now() - clock.quietSince, panel: document.querySelector('ofsted-lens-panel') !== null } : null;
        return seen;
      }),
      sleep(limit),
    ]);
    if (seen === 'no answer') return { stall: Math.max(answered, limit), frozen: true };
    const took = Date.now() - asked;
    answered = Math.max(answered, took);
    if (took > 1_000) since = Date.now();
    if (seen && seen.quietFor > 3_000 && seen.panel === panel) return { stall: Math.round(Math.max(seen.longest, answered)), frozen: false };
  }
  throw new Error(`${page.url()}: ${panel ? 'no panel, or no' : 'no'} quiet 3 s in 150 s.`);
}

/** The same hostile page where Ofsted Lens does not run: the stall of the browser's own parsing and layout. */
async function unreadStall(url: string): Promise<number> {
  const page = await browser().visit(unread(url));
  const { stall } = await longestStall(page, false, 150_000);
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
        // The reading adds to the browser's own work on the page (and each change Ofsted Lens makes
        // to it has the browser lay out the row again), and on a loaded machine so does anything
        // else it runs: seconds. A quadratic pattern added 42 s on an idle machine, minutes on a loaded one.
        const bound = Math.max(4 * control, control + 20_000);
        const { stall, frozen } = await longestStall(page, true, bound);
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
