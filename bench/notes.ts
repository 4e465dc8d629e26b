// Notes at scale: search over 10,000 notes and re-anchoring 200 notes in Node; the popup's first
// render with 10,000 notes in Chromium.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeAnchor, locateAnchor } from '../utils/notes/anchor';
import { notesToBackup } from '../utils/notes/export';
import { EMPTY_QUERY, queryNotes } from '../utils/notes/query-notes';
import type { Note } from '../utils/schema';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../tests/e2e/harness/browser';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import { sampleNote } from '../tests/helpers/notes';
import type { Figure } from './browser';
import { measure } from './measure';
import { targetEvaluator, waitForMarks } from './page-marks';

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

  const starts = Array.from({ length: 200 }, (_, i) => Math.floor((i / 200) * (report.length - 200)));
  const anchors = starts.map((s) => describeAnchor(report, s, s + 80));
  const edited = `A cookie banner and a new heading.\n${report.replace(/children/g, 'children ')}`;
  const reanchor = measure(() => anchors.forEach((a) => locateAnchor(edited, a)), 10, 2);
  const found = anchors.filter((a) => locateAnchor(edited, a) !== null).length;
  return [
    { name: 'search 10,000 notes: median', value: round(search.medianMs), unit: 'ms', target: '< 30 ms' },
    { name: `re-anchor 200 notes on the edited real report (${found} found)`, value: round(reanchor.medianMs), unit: 'ms' },
  ];
}

const CONTROL = resolve(import.meta.dirname, 'control-extension');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type PopupTimes = { fromNavigation: number[]; fromScript: number[] };

/**
 * Opens the extension's real toolbar popup (chrome.action.openPopup) `runs` times over an
 * about:blank tab, so it shows the whole library, and reads its marks: `ofsted-lens:popup-ready`
 * (the first screen's frame drawn) and, when set, `ofsted-lens:popup-start` (its script running).
 * With `checkShown`, fails unless the first screen held that many notes.
 */
async function popupTimes(browser: LaunchedBrowser, runs: number, marks: string[], checkShown?: number): Promise<PopupTimes> {
  const times: PopupTimes = { fromNavigation: [], fromScript: [] };
  await browser.context.newPage(); // the active tab the popup opens over
  const session = await browser.context.browser()!.newBrowserCDPSession();
  for (let i = 0; i < runs; i++) {
    await browser.worker.evaluate('chrome.action.openPopup()');
    const popup = await findTarget(session, `chrome-extension://${browser.extensionId}/`);
    const evaluate = await targetEvaluator(session, popup);
    const seen = await waitForMarks(evaluate, marks);
    if (checkShown) {
      const shown = await evaluate(`performance.getEntriesByName('ofsted-lens:popup-ready')[0].detail.notesShown`);
      if (shown !== checkShown) throw new Error(`The popup's first screen showed ${String(shown)} notes, not ${checkShown}: not the render being measured.`);
    }
    times.fromNavigation.push(seen['ofsted-lens:popup-ready']!);
    if (seen['ofsted-lens:popup-start'] !== undefined) times.fromScript.push(seen['ofsted-lens:popup-ready']! - seen['ofsted-lens:popup-start']);
    await session.send('Target.closeTarget', { targetId: popup });
    // Let the popup that was open finish its work (the whole library loading) before the next.
    await sleep(1500);
  }
  await session.detach();
  return times;
}

async function findTarget(session: CDPSession, urlPrefix: string): Promise<string> {
  for (let tries = 0; tries < 250; tries++) {
    const { targetInfos } = await session.send('Target.getTargets');
    const found = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(urlPrefix));
    if (found) return found.targetId;
    await sleep(20);
  }
  throw new Error(`No page at ${urlPrefix} opened.`);
}

export async function popupFigures(runs = 11): Promise<Figure[]> {
  const server = await startHttpsServer({});
  const browser = await launchWithExtension([], server.port);
  let ours: PopupTimes;
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?scope=all`);
    await page.locator('input[name="import"]').setInputFiles({ name: 'n.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup(library(10_000))) });
    await page.locator('.message', { hasText: 'Imported 10000 notes' }).waitFor({ timeout: 60_000 });
    await page.locator('.count', { hasText: '10000 notes' }).waitFor({ timeout: 60_000 });
    await page.close();
    ours = await popupTimes(browser, runs, ['ofsted-lens:popup-start', 'ofsted-lens:popup-ready'], 20);
  } finally {
    await browser.close();
    await server.close();
  }
  const control = await controlPopupTimes(runs);
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  return [
    { name: `popup first render with 10,000 notes, from navigation (median of ${runs})`, value: median(ours.fromNavigation), unit: 'ms', target: '< 150 ms' },
    { name: '  of which: from the popup script starting', value: median(ours.fromScript), unit: 'ms' },
    { name: '  control: a popup with one line of text, first frame', value: median(control), unit: 'ms' },
  ];
}

/** What the browser alone takes to put a toolbar popup on screen, measured the same way. */
async function controlPopupTimes(runs: number): Promise<number[]> {
  const server = await startHttpsServer({});
  const browser = await launchWithExtension([], server.port, CONTROL);
  try {
    return (await popupTimes(browser, runs, ['ofsted-lens:popup-ready'])).fromNavigation;
  } finally {
    await browser.close();
    await server.close();
  }
}
