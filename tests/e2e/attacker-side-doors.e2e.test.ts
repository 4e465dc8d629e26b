// A hostile page tries the side doors around Ofsted Lens's closed shadow roots, on a page where
// the reader keeps a note (the report page; its own script is run here with page.evaluate, in the
// page's main world): reading, clearing and forging the notes' highlights in CSS.highlights;
// reading what the hosts' attributes say; logging the keys of a comment as it is typed; and hiding
// the note's card with its CSS and putting a decoy where its Delete is, so the reader's own click
// deletes the note. Each fails: the page learns nothing and changes nothing, and a note deleted
// from its card comes back exactly with Undo.
//
// The reader's steps are written so they run against any build (the quote is found in the page's
// own text, the card's controls through the DevTools protocol), so that each test can be run
// against a build from before these defences (OFSTED_LENS_EXTENSION_DIR) and fail there.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { sampleNote } from '../helpers/notes';
import { closedRootTexts, inClosedRoots } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary } from './harness/library-dump';
import { highlighted, QUOTE } from './harness/report-page';
import {
  attributesOfOurHosts, CARD_AS_DRAWN, cardAsDrawn, cardOutOfTheTopLayerAndCovered, clearAndForgeHighlights, COMMENT, COMMENT_RUNS, DECOY,
  decoyInTheTopLayer, decoysUnderAndOver, hideOurElements, installKeyLogger, loggedStreams, magentaPixels, quoteStart, streamsHolding,
  watchHighlightRegistry, type DecoyBox,
} from './harness/side-door-attacks';

const browser = useFixtureBrowser();
const NOTE = sampleNote(); // on the report page, with a comment and tags
const CARD = 'ofsted-lens-note-card';
/** Long enough for Ofsted Lens to have drawn, and for the browser to have reported what it painted (at most every 100 ms). */
const SETTLE_MS = 600;

const storedNotes = async () => (await dumpLibrary(browser().context.serviceWorkers()[0]!)).notes;

/** Puts the library back to the one sample note, through the popup's import. */
async function onlyTheSampleNote(): Promise<void> {
  const worker = browser().context.serviceWorkers()[0]!;
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ofsted-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
  await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup([NOTE])) });
  await popup.locator('.note').first().waitFor({ timeout: 10_000 });
  await popup.close();
  expect(await storedNotes()).toEqual([NOTE]);
}

async function openReportPage(): Promise<Page> {
  const page = await browser().visit(PAGES.report);
  await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

/** The reader clicks the highlighted quote until its note's card opens (the notes load a moment after the page). */
async function openCard(page: Page): Promise<void> {
  for (let tries = 0; ; tries++) {
    const { x, y } = await page.evaluate(quoteStart, QUOTE);
    await page.mouse.click(x, y);
    if (await page.locator(CARD).waitFor({ state: 'attached', timeout: 500 }).then(() => true, () => false)) break;
    if (tries > 20) throw new Error('No note card opened on a click on the highlighted quote.');
  }
  await page.waitForTimeout(SETTLE_MS);
}

type Box = { x: number; y: number; width: number; height: number };

/** Where a button of the card, by its words, is on screen: read through the DevTools protocol. */
async function cardButton(page: Page, words: string): Promise<Box> {
  const [box] = await inClosedRoots<Box | null>(page, CARD, `function () {
    const button = [...this.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(words)});
    if (!button) return null;
    const r = button.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }`);
  if (!box) throw new Error(`The note card has no "${words}" button.`);
  return box;
}

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
/** A decoy's box around a button: wider and taller than it. */
const around = (box: Box): DecoyBox => ({ left: box.x - 20, top: box.y - 10, width: box.width + 40, height: box.height + 20 });

describe('a hostile page where the reader keeps a note', () => {
  beforeAll(onlyTheSampleNote);

  it('finds no note in CSS.highlights, and clearing it or forging one there changes no highlight the reader sees', async () => {
    const page = await openReportPage();
    const seen = await page.evaluate(watchHighlightRegistry);
    expect(seen).toEqual([]);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([QUOTE]);

    await page.evaluate(clearAndForgeHighlights);
    await page.waitForTimeout(SETTLE_MS);
    expect(await highlighted(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('reads nothing from the attributes of the elements Ofsted Lens puts on its pages', async () => {
    const report = await openReportPage();
    await openCard(report); // the note's card, on the reader's click
    const onReport = await report.evaluate(attributesOfOurHosts);
    await report.close();
    const provider = await browser().visit(PAGES.provider); // its report links get "Open in Ofsted Lens" and, for the report read, a grade chip
    await provider.locator('ofsted-lens-chip').first().waitFor({ state: 'attached', timeout: 15_000 });
    const onProvider = await provider.evaluate(attributesOfOurHosts);
    await provider.close();

    const hosts = [...onReport, ...onProvider];
    for (const tag of ['ofsted-lens-panel', 'ofsted-lens-chip', CARD, 'ofsted-lens-open']) expect(hosts.some((h) => h.startsWith(tag))).toBe(true);
    // Each host is an element with no attribute, or, for a control in the top layer, the one attribute every such control has.
    for (const host of hosts) expect(host).toMatch(/^ofsted-lens-[a-z-]+( popover=manual)?$/);
  });

  it('cannot log the comment the reader writes for the note, by key, input, clipboard or selection', async () => {
    const page = await openReportPage();
    await page.evaluate(installKeyLogger);
    await openCard(page);
    const texts = await closedRootTexts(page, CARD);
    const editable = await inClosedRoots<boolean>(page, CARD, 'function () { return !!this.querySelector("textarea"); }');
    if (editable[0]) {
      // A card that takes the comment itself: the reader types it there and saves.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(COMMENT);
      const save = await cardButton(page, 'Save comment');
      await page.mouse.click(centre(save).x, centre(save).y);
    } else {
      // The card's "Edit comment" opens Ofsted Lens's own window, where the reader types it.
      expect(texts.join(' ')).toContain(NOTE.comment);
      const edit = centre(await cardButton(page, 'Edit comment'));
      const [window] = await Promise.all([browser().context.waitForEvent('page'), page.mouse.click(edit.x, edit.y)]);
      const box = window.locator('textarea[name="comment"]');
      await box.waitFor({ timeout: 10_000 });
      await box.press('ControlOrMeta+A');
      await box.pressSequentially(COMMENT);
      await Promise.all([window.waitForEvent('close'), window.locator('button', { hasText: 'Save' }).click()]);
    }
    await expect.poll(async () => ((await storedNotes())[0] as { comment: string }).comment).toBe(COMMENT);

    // The reader, back on the page, opens the card again and selects the comment shown there.
    await openCard(page);
    const [shown] = await inClosedRoots<{ x: number; y: number; width: number; height: number }>(page, CARD, `function () {
      const el = this.querySelector('textarea, .comment');
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }`);
    await page.mouse.click(shown!.x + 4, shown!.y + 6, { clickCount: 3 });
    await page.keyboard.press('ControlOrMeta+C');
    await page.waitForTimeout(SETTLE_MS);

    // No stream holds the comment as typed, nor the note's comment as shown, nor any run of either long enough to mean anything.
    expect(streamsHolding(await page.evaluate(loggedStreams), [...COMMENT_RUNS, NOTE.comment.slice(0, 12)])).toEqual([]);
    await page.close();
  });

  describe('hides the note’s card and puts a decoy where its Delete is', () => {
    beforeEach(onlyTheSampleNote);

    it('cannot hide, move or fade the card with its CSS: the card the reader clicks is the one they see', async () => {
      const page = await openReportPage();
      await page.evaluate(hideOurElements);
      await openCard(page);
      expect(await page.evaluate(cardAsDrawn)).toBe(CARD_AS_DRAWN);
      // A decoy of the page's own, under the card where Delete is, and another over it that lets clicks through.
      const remove = await cardButton(page, 'Delete note');
      await page.evaluate(decoysUnderAndOver, { box: around(remove), colour: DECOY });
      await page.waitForTimeout(SETTLE_MS);
      // What the reader sees at Delete's place is the card (in the top layer, above both decoys), and the click is on it.
      const { x, y } = centre(remove);
      expect(await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y)[0]!.localName, { x, y })).toBe(CARD);
      expect(await decoyPixels(page, remove)).toBe(0);
      await page.mouse.click(x, y);
      // It deleted the note the reader could see, and Undo brings it back exactly as it was.
      await expect.poll(storedNotes).toEqual([]);
      const undo = centre(await cardButton(page, 'Undo'));
      await page.mouse.click(undo.x, undo.y);
      await expect.poll(storedNotes).toEqual([NOTE]);
      // The card closed once the note was back: now the decoy is what shows at Delete's place, as the pixels say.
      await page.locator(CARD).waitFor({ state: 'detached' });
      expect(await decoyPixels(page, remove)).toBeGreaterThan(0);
      await page.close();
    });

    /** The page's script, given where Delete is: a decoy over the card that lets clicks through, drawn where it shows. */
    const covers: Array<[string, (box: DecoyBox) => void]> = [
      ['covers the card in the top layer with a decoy of its own, opened after it', decoyInTheTopLayer],
      ['takes the card out of the top layer and covers it with a decoy', cardOutOfTheTopLayerAndCovered],
    ];

    it.each(covers)('refuses the reader’s click on Delete, and says so, when the page %s', async (_, cover) => {
      const page = await openReportPage();
      await openCard(page);
      const remove = await cardButton(page, 'Delete note');
      await page.evaluate(cover, around(remove));
      await page.waitForTimeout(SETTLE_MS);
      await page.mouse.click(centre(remove).x, centre(remove).y);
      await page.waitForTimeout(SETTLE_MS);
      expect(await storedNotes()).toEqual([NOTE]);
      expect((await closedRootTexts(page, CARD)).join(' ')).toContain('did not act on that click');
      await page.close();
    });
  });
});

/**
 * How many pixels of the decoys' colour the reader sees inside `box`: the page's screenshot there,
 * its pixels read in a blank tab of its own (the hostile page could answer anything).
 */
async function decoyPixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip: box });
  const blank = await browser().context.newPage();
  try {
    return await blank.evaluate(magentaPixels, png.toString('base64'));
  } finally {
    await blank.close();
  }
}
