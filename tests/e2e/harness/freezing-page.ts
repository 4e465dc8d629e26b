// The pages of the freezing attack (attacker-linear in Chromium and in Firefox): Portsmouth's
// authority page, its 2023 report on reports.ofsted.gov.uk and a news article about it, each with
// a table row of 200,000 empty cells (1.8 MB; the same row again inside an HTML comment), cells of
// spaces and tabs by the hundred thousand, a word of 200,000 letters and a run of capitals; the same
// pages again where Ofsted Lens does not run; and the page's own clock of its longest stall.
import { fixtureSites, PAGES } from './fixture-sites';
import type { Route, Sites } from './https-server';

const CELLS = 200_000;
const emptyRow = (cells: number) => `<table><tr><td>Judgement</td>${'<td></td>'.repeat(cells)}<td>Grade</td></tr></table>`;
export const EMPTY_ROW = emptyRow(CELLS);

/**
 * Every way in at once: each run alone would go through a different pattern of the reading.
 * `shownCells`: the cells of the one row the browser lays out; with fewer than all, the whole row
 * is there too, out of sight. Its copy in the comment and the runs out of sight keep their full size.
 */
export const hostileRuns = (shownCells = CELLS) =>
  [
    emptyRow(shownCells),
    `<!-- ${EMPTY_ROW} -->`,
    // Out of sight (as a hostile page might put them), so the browser lays out no more than the row.
    '<div style="display: none">',
    ...(shownCells < CELLS ? [EMPTY_ROW] : []),
    `<table><tr>${'<td> </td><td>\t</td>'.repeat(CELLS / 4)}</tr></table>`,
    `<pre>${' \t'.repeat(CELLS / 2)}</pre>`,
    `<p>${'safeguarding'.repeat(CELLS / 12)}</p>`,
    `<p>${"A A-A A'A Aa ".repeat(CELLS / 13)}</p>`,
    '</div>',
  ].join('\n');
export const HOSTILE = hostileRuns();

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
function hostile(html: string, runs: string): Route {
  const at = html.includes('</main>') ? html.lastIndexOf('</main>') : html.lastIndexOf('</body>');
  const body = html.slice(0, at) + runs + html.slice(at);
  return { contentType: 'text/html; charset=utf-8', body: body.replace(/<head[^>]*>/, (head) => head + STALL_CLOCK) };
}

/** Where Ofsted Lens never runs: no content script matches this host. */
const UNREAD_HOST = 'www.example.org';
const path = (url: string) => new URL(url).pathname;
export const PAGES_READ = [
  { name: 'Portsmouth’s authority page', url: PAGES.provider, says: { kind: 'provider', authority: 'portsmouth', overall: null } },
  { name: 'Portsmouth’s 2023 report', url: PAGES.report, says: { kind: 'ilacs', authority: 'portsmouth', overall: 'good' } },
  { name: 'a news article on Portsmouth’s 2018 inspection', url: PAGES.news, says: { kind: 'news', authority: 'portsmouth', overall: 'good' } },
] as const;
/** The same hostile page on a host where Ofsted Lens does not run. */
export const unread = (url: string) => `https://${UNREAD_HOST}/${new URL(url).hostname}${path(url)}`;

/** The hostile pages, read and unread, their shown row of `shownCells` empty cells. */
export function hostileSites(shownCells = CELLS): Sites {
  const runs = hostileRuns(shownCells);
  const sites = fixtureSites();
  const served = (url: string) => sites[new URL(url).hostname]![path(url)]!.body as string;
  const hostileSites: Sites = { [UNREAD_HOST]: {} };
  for (const { url } of PAGES_READ) {
    const host = new URL(url).hostname;
    hostileSites[host] = { ...sites[host], ...hostileSites[host], [path(url)]: hostile(served(url), runs) };
    hostileSites[UNREAD_HOST]![path(unread(url))] = hostile(served(url), runs);
  }
  return hostileSites;
}

/** The page's clock, how long it has ticked without a gap over 200 ms, and whether Ofsted Lens's panel is there. */
export type Seen = { longest: number; quietFor: number; panel: boolean };

/** Run in the page (its own world): what its clock says, or null before the clock has started. */
export function readClock(): Seen | null {
  type Clock = { longest: number; last: number; quietSince: number };
  const clock = (window as unknown as { __stall?: Clock }).__stall;
  return clock ? { longest: clock.longest, quietFor: performance.now() - clock.quietSince, panel: document.querySelector('ofsted-lens-panel') !== null } : null;
}

const sleep = (ms: number) => new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms));

/**
 * The page's longest stall in ms, once (`panel`) Ofsted Lens's panel is drawn and the page has
 * ticked for 3 s without a gap over 200 ms: the longest gap of its clock, or the longest it took
 * to answer the test (`ask`, readClock run in the page at `url`). A page that does not answer
 * within `limit` ms is stalled at least that long: `frozen`, then, without waiting for it to end.
 */
export async function longestStall(url: string, ask: () => Promise<Seen | null>, panel: boolean, limit: number): Promise<{ stall: number; frozen: boolean }> {
  let answered = 0;
  let longest = 0;
  // 150 s to be drawn and quiet, from the last time the page was slow to answer.
  for (let since = Date.now(); Date.now() - since < 150_000; await sleep(250)) {
    const asked = Date.now();
    const seen = await Promise.race([ask(), sleep(limit)]);
    if (seen === 'no answer') return { stall: Math.max(answered, limit), frozen: true };
    const took = Date.now() - asked;
    answered = Math.max(answered, took);
    if (took > 1_000) since = Date.now();
    longest = Math.max(longest, seen?.longest ?? 0, answered);
    if (seen && seen.quietFor > 3_000 && seen.panel === panel) return { stall: Math.round(Math.max(seen.longest, answered)), frozen: false };
  }
  throw new Error(`${url}: ${panel ? 'no panel, or no' : 'no'} quiet 3 s in 150 s; longest stall ${Math.round(longest)} ms.`);
}

/**
 * The longest stall the reading may add to the browser's own (`control`, the page unread): it adds
 * to the browser's work on the page (and each change Ofsted Lens makes to it has the browser lay
 * out the row again), and on a loaded machine so does anything else it runs: seconds. A quadratic
 * pattern added 42 s on an idle machine, minutes on a loaded one.
 */
export const stallBound = (control: number) => Math.max(4 * control, control + 20_000);
