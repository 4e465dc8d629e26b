// Notes at scale: search over 10,000 notes and re-anchoring 200 notes in Node; the popup's first
// render with 10,000 notes in Chromium.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeAnchor, locateAnchor } from '../utils/core/notes/anchor';
import { notesToBackup } from '../utils/core/notes/export';
import { EMPTY_QUERY, queryNotes } from '../utils/core/notes/query-notes';
import type { Note } from '../utils/core/schema/storage';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../tests/e2e/harness/browser';
import { BENCH_BUILD } from './browser';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import { sampleNote } from '../tests/helpers/notes';
import type { Figure } from './browser';
import { measure } from './measure';
import { sleep, targetEvaluator, waitForMarks, waitUntil } from './page-marks';

const report = readFileSync(resolve(import.meta.dirname, '../../shared/fixtures/real/portsmouth-ilacs-2023.txt'), 'utf8');
const round = (n: number) => Math.round(n * 100) / 100;

function library(size: number): Note[] {
  const sentences = report.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
  return Array.from({ length: size }, (_, i) => {
    const quote = sentences[i % sentences.length]!;
    return sampleNote({ id: `bench-note-${String(i).padStart(6, '0')}`, quote, comment: i % 7 === 0 ? 'scrutiny' : '', tags: i % 5 === 0 ? ['workforce'] : [], createdAt: i, updatedAt: i });
  });
}

export function notesCoreFigures(): Figure[] {
  const notes = library(10_000);
  const search = measure(() => queryNotes(notes, { ...EMPTY_QUERY, text: 'foster carers' }), 200, 20);
  // The first search over notes just loaded folds each note's text, which later keystrokes reuse.
  const loads = Array.from({ length: 21 }, () => notes.map((n) => ({ ...n })));
  const first = measure(() => queryNotes(loads.pop()!, { ...EMPTY_QUERY, text: 'foster carers' }), 21, 0);

  const starts = Array.from({ length: 200 }, (_, i) => Math.floor((i / 200) * (report.length - 200)));
  const anchors = starts.map((s) => describeAnchor(report, s, s + 80));
  const edited = `A cookie banner and a new heading.\n${report.replace(/children/g, 'children ')}`;
  const reanchor = measure(() => anchors.forEach((a) => locateAnchor(edited, a)), 10, 2);
  const found = anchors.filter((a) => locateAnchor(edited, a) !== null).length;
  return [
    { name: 'search 10,000 notes: median', value: round(search.medianMs), unit: 'ms', target: '< 30 ms' },
    { name: 'search 10,000 notes: the first search after they load, median', value: round(first.medianMs), unit: 'ms' },
    { name: `re-anchor 200 notes on the edited real report (${found} found)`, value: round(reanchor.medianMs), unit: 'ms' },
  ];
}

const CONTROL = resolve(import.meta.dirname, 'control-extension');

type PopupTimes = { fromNavigation: number[]; fromScript: number[] };
/** What our popup must show for a run to count: its first screen's notes, then the whole library. */
type PopupCheck = { firstScreen: number; wholeLibrary: string };

/**
 * Opens the extension's real toolbar popup (chrome.action.openPopup) `runs` times over an
 * about:blank tab, so it shows the whole library, and reads its marks: `ofsted-lens:popup-ready`
 * (the first screen's frame drawn) and, when set, `ofsted-lens:popup-start` (its own code running,
 * its modules evaluated).
 */
async function popupTimes(browser: LaunchedBrowser, path: string, runs: number, marks: string[], check?: PopupCheck): Promise<PopupTimes> {
  const times: PopupTimes = { fromNavigation: [], fromScript: [] };
  await browser.context.newPage(); // the active tab the popup opens over
  const session = await browser.context.browser()!.newBrowserCDPSession();
  const url = `chrome-extension://${browser.extensionId}${path}`;
  for (let i = 0; i < runs; i++) {
    await browser.worker.evaluate('chrome.action.openPopup()');
    const popup = await targetAt(session, url, 'open');
    const evaluate = await targetEvaluator(session, popup);
    const seen = await waitForMarks(evaluate, marks);
    if (check) {
      const shown = await evaluate(`performance.getEntriesByName('ofsted-lens:popup-ready')[0].detail.notesShown`);
      if (shown !== check.firstScreen) throw new Error(`The popup's first screen showed ${String(shown)} notes, not ${check.firstScreen}: not the render being measured.`);
      // After the measured window: the popup then reads the whole library.
      await waitUntil(evaluate, `document.querySelector('.count')?.textContent === ${JSON.stringify(check.wholeLibrary)}`, 30_000);
    }
    times.fromNavigation.push(seen['ofsted-lens:popup-ready']!);
    if (seen['ofsted-lens:popup-start'] !== undefined) times.fromScript.push(seen['ofsted-lens:popup-ready']! - seen['ofsted-lens:popup-start']);
    await session.send('Target.closeTarget', { targetId: popup });
    await targetAt(session, url, 'closed'); // so the next run cannot find this popup
  }
  await session.detach();
  return times;
}

/** The id of the page target at `url` once it is open, or once none is. */
async function targetAt(session: CDPSession, url: string, state: 'open' | 'closed'): Promise<string> {
  for (let tries = 0; tries < 250; tries++) {
    const { targetInfos } = await session.send('Target.getTargets');
    const found = targetInfos.find((t) => t.type === 'page' && t.url === url);
    if (state === 'open' && found) return found.targetId;
    if (state === 'closed' && !found) return '';
    await sleep(20);
  }
  throw new Error(`The page at ${url} was not ${state} within 5 s.`);
}

/** `build`: the extension measured (the bench build by default; another, to compare two builds in one run). */
export async function popupFigures(runs = 21, build = BENCH_BUILD): Promise<Figure[]> {
  const server = await startHttpsServer({});
  const browser = await launchWithExtension([], server.port, build);
  let ours: PopupTimes;
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?scope=all`);
    await page.locator('input[name="import"]').setInputFiles({ name: 'n.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup(library(10_000))) });
    await page.locator('.message', { hasText: 'Backup imported: 10000 added' }).waitFor({ timeout: 60_000 });
    await page.locator('.count', { hasText: '10000 notes' }).waitFor({ timeout: 60_000 });
    await page.close();
    ours = await popupTimes(browser, '/popup.html', runs, ['ofsted-lens:popup-start', 'ofsted-lens:popup-ready'], { firstScreen: 20, wholeLibrary: '10000 notes' });
  } finally {
    await browser.close();
    await server.close();
  }
  const control = await controlPopupTimes(runs);
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  return [
    { name: `popup first render with 10,000 notes, from navigation (median of ${runs})`, value: median(ours.fromNavigation), unit: 'ms', target: '< 150 ms' },
    { name: '  of which: from its own code running (its modules evaluated)', value: median(ours.fromScript), unit: 'ms' },
    { name: '  control: a popup with one line of text, first frame', value: median(control), unit: 'ms' },
  ];
}

/** What the browser alone takes to put a toolbar popup on screen, measured the same way. */
async function controlPopupTimes(runs: number): Promise<number[]> {
  const server = await startHttpsServer({});
  const browser = await launchWithExtension([], server.port, CONTROL);
  try {
    return (await popupTimes(browser, '/blank.html', runs, ['ofsted-lens:popup-ready'])).fromNavigation;
  } finally {
    await browser.close();
    await server.close();
  }
}
