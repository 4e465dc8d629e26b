// The hostile page of tests/e2e/attacker-side-doors.e2e.test.ts, in Firefox, where the reader keeps
// a note on the report page: it watches, clears and forges CSS.highlights; reads the attributes of
// Ofsted Lens's elements; logs the keys of a comment being written; and hides the note's card with
// its CSS and puts decoys where its Delete is. Each fails here too. Not ported: the page's own
// popover opened over the card, which only Chromium's Intersection Observer v2 can see (Firefox
// has no way for Ofsted Lens to tell what is painted over its card in the top layer).
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGES } from '../e2e/harness/fixture-sites';
import { QUOTE } from '../e2e/harness/report-page';
import {
  attributesOfOurHosts, CARD_AS_DRAWN, cardAsDrawn, cardOutOfTheTopLayerAndCovered, clearAndForgeHighlights, COMMENT, COMMENT_RUNS, DECOY,
  decoysUnderAndOver, hideOurElements, installKeyLogger, loggedStreams, magentaPixels, quoteStart, streamsHolding, watchHighlightRegistry,
  type DecoyBox,
} from '../e2e/harness/side-door-attacks';
import { sampleNote } from '../helpers/notes';
import type { Note } from '../../utils/core/schema/storage';
import { useFirefox, type ShadowElement } from './harness/firefox';
import { highlighted } from './harness/lens-state';

const firefox = useFirefox();
const NOTE = sampleNote();
const CARD = 'ofsted-lens-note-card';
const SETTLE_MS = 600;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the background a message from one of the add-on's own pages (which may ask for any note). */
async function fromExtension<T>(message: unknown): Promise<T> {
  const page = await firefox().extensionPage('options.html');
  try {
    return (await page.evaluate(
      (m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(m),
      message,
    )) as T;
  } finally {
    await page.close();
  }
}

const storedNotes = () => fromExtension<Note[]>({ type: 'notes-for-url', url: NOTE.url });

async function onlyTheSampleNote(): Promise<void> {
  for (const note of await storedNotes()) await fromExtension({ type: 'delete-note', id: note.id });
  await fromExtension({ type: 'save-note', note: NOTE });
  expect(await storedNotes()).toEqual([NOTE]);
}

/** Pages a test opened, closed after it even when it fails: another tab at the same address would confuse inShadow. */
const opened: Page[] = [];

async function openReportPage(): Promise<Page> {
  const page = await firefox().newPage(PAGES.report);
  opened.push(page);
  await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
  return page;
}

/** The reader clicks the highlighted quote (found in the page's own text) until its note's card opens. */
async function openCard(page: Page): Promise<void> {
  for (let tries = 0; ; tries++) {
    const { x, y } = await page.evaluate(quoteStart, QUOTE);
    await page.mouse.click(x, y);
    if (await page.waitForSelector(CARD, { timeout: 500 }).then(() => true, () => false)) break;
    if (tries > 20) throw new Error('No note card opened on a click on the highlighted quote.');
  }
  await wait(SETTLE_MS);
}

async function cardButton(page: Page, words: string): Promise<ShadowElement> {
  const button = (await firefox().inShadow(page, CARD, 'button')).find((b) => b.text.trim() === words);
  if (!button) throw new Error(`The note card has no "${words}" button.`);
  return button;
}

/** The box a decoy takes around a point: wider and taller than any of the card's buttons. */
const around = ({ x, y }: { x: number; y: number }): DecoyBox => ({ left: x - 70, top: y - 20, width: 140, height: 40 });

/** How many pixels of the decoys' colour show within 8 px of `point` (in the window), read in a blank tab of its own. */
async function decoyPixels(page: Page, point: { x: number; y: number }): Promise<number> {
  // Firefox's clip is in the document's coordinates, the point in the window's.
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const clip = { x: scroll.x + point.x - 8, y: scroll.y + point.y - 8, width: 16, height: 16 };
  const png = await page.screenshot({ clip, captureBeyondViewport: false, encoding: 'base64' });
  const blank = await firefox().browser.newPage();
  try {
    return await blank.evaluate(magentaPixels, png as string);
  } finally {
    await blank.close();
  }
}

/**
 * The note's own window, once the background has opened it: found among the pages by asking each
 * where it is, as puppeteer hears nothing of an add-on page's load and still calls it about:blank.
 */
async function noteWindowOpened(): Promise<Page> {
  for (const end = Date.now() + 10_000; Date.now() < end; await wait(200)) {
    for (const page of await firefox().browser.pages()) {
      const at = await Promise.race([page.evaluate(() => location.href).catch(() => ''), wait(500).then(() => '')]);
      if (at.includes('popup.html?note=')) return page;
    }
  }
  throw new Error('No note window opened.');
}

describe('a hostile page where the reader keeps a note, in Firefox', () => {
  beforeEach(onlyTheSampleNote);
  afterEach(async () => {
    for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
  });

  it('finds no note in CSS.highlights, and clearing it or forging one there changes no highlight the reader sees', async () => {
    const page = await openReportPage();
    const seen = await page.evaluate(watchHighlightRegistry);
    expect(seen).toEqual([]);
    await expect.poll(() => highlighted(firefox(), page), { timeout: 10_000 }).toEqual([QUOTE]);
    await page.evaluate(clearAndForgeHighlights);
    await wait(SETTLE_MS);
    expect(await highlighted(firefox(), page)).toEqual([QUOTE]);
    await page.close();
  });

  it('reads nothing from the attributes of the elements Ofsted Lens puts on its pages', async () => {
    const report = await openReportPage();
    await openCard(report);
    const onReport = await report.evaluate(attributesOfOurHosts);
    await report.close();
    const provider = await firefox().newPage(PAGES.provider);
    await provider.waitForSelector('ofsted-lens-chip', { timeout: 15_000 });
    const onProvider = await provider.evaluate(attributesOfOurHosts);
    await provider.close();
    const hosts = [...onReport, ...onProvider];
    for (const tag of ['ofsted-lens-panel', 'ofsted-lens-chip', CARD, 'ofsted-lens-open']) expect(hosts.some((h) => h.startsWith(tag))).toBe(true);
    for (const host of hosts) expect(host).toMatch(/^ofsted-lens-[a-z-]+( popover=manual)?$/);
  });

  it('cannot log the comment the reader writes for the note, by key, input or selection', async () => {
    const page = await openReportPage();
    await page.evaluate(installKeyLogger);
    await openCard(page);
    const selectAll = async (at: Page) => {
      await at.keyboard.down('Control');
      await at.keyboard.press('KeyA');
      await at.keyboard.up('Control');
    };
    if ((await firefox().inShadow(page, CARD, 'textarea')).length > 0) {
      // A card that takes the comment itself (its box has the focus): the reader types it there and saves.
      await selectAll(page);
      await page.keyboard.type(COMMENT);
      const save = await cardButton(page, 'Save comment');
      await page.mouse.click(save.centre.x, save.centre.y);
    } else {
      // The card's "Edit comment" opens Ofsted Lens's own window, where the reader types it.
      const edit = await cardButton(page, 'Edit comment');
      await page.mouse.click(edit.centre.x, edit.centre.y);
      const noteWindow = await noteWindowOpened();
      await noteWindow.waitForSelector('textarea[name="comment"]', { timeout: 10_000 });
      await noteWindow.click('textarea[name="comment"]');
      await selectAll(noteWindow);
      await noteWindow.keyboard.type(COMMENT);
      await noteWindow.click('.edit button');
    }
    await expect.poll(async () => (await storedNotes())[0]?.comment, { timeout: 10_000 }).toBe(COMMENT);

    await page.bringToFront();
    await openCard(page);
    const [shown] = await firefox().inShadow(page, CARD, 'textarea, .comment');
    await page.mouse.click(shown!.centre.x, shown!.centre.y, { count: 3 });
    await wait(SETTLE_MS);
    expect(streamsHolding(await page.evaluate(loggedStreams), [...COMMENT_RUNS, NOTE.comment.slice(0, 12)])).toEqual([]);
    await page.close();
  });

  it('cannot hide, move or fade the card with its CSS: the card the reader clicks is the one they see, and Undo restores the note', async () => {
    const page = await openReportPage();
    await page.evaluate(hideOurElements);
    await openCard(page);
    expect(await page.evaluate(cardAsDrawn)).toBe(CARD_AS_DRAWN);
    const remove = (await cardButton(page, 'Delete note')).centre;
    await page.evaluate(decoysUnderAndOver, { box: around(remove), colour: DECOY });
    await wait(SETTLE_MS);
    expect(await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y)[0]!.localName, remove)).toBe(CARD);
    expect(await decoyPixels(page, remove)).toBe(0);
    await page.mouse.click(remove.x, remove.y);
    await expect.poll(storedNotes).toEqual([]);
    const undo = (await cardButton(page, 'Undo')).centre;
    await page.mouse.click(undo.x, undo.y);
    await expect.poll(storedNotes).toEqual([NOTE]);
    await page.waitForFunction((card) => !document.querySelector(card), { timeout: 10_000 }, CARD);
    expect(await decoyPixels(page, remove)).toBeGreaterThan(0);
    await page.close();
  });

  it('refuses the reader’s click on Delete, and says so, when the page takes the card out of the top layer and covers it with a decoy', async () => {
    const page = await openReportPage();
    await openCard(page);
    const remove = (await cardButton(page, 'Delete note')).centre;
    await page.evaluate(cardOutOfTheTopLayerAndCovered, around(remove));
    await wait(SETTLE_MS);
    await page.mouse.click(remove.x, remove.y);
    await wait(SETTLE_MS);
    expect(await storedNotes()).toEqual([NOTE]);
    expect((await firefox().inShadow(page, CARD, '.refused')).map((p) => p.text).join(' ')).toContain('did not act on that click');
    await page.close();
  });
});
