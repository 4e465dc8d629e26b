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

const browser = useFixtureBrowser();
const NOTE = sampleNote(); // on the report page, with a comment and tags
const CARD = 'ofsted-lens-note-card';
const COMMENT = 'Confidential: raise with the DCS before the March scrutiny.';
/** Long enough for Ofsted Lens to have drawn, and for the browser to have reported what it painted (at most every 100 ms). */
const SETTLE_MS = 600;
/** The decoys' colour, magenta, found nowhere else on the page or in Ofsted Lens's card. */
const DECOY = 'rgb(255, 0, 255)';

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

/** Where the quote starts on screen, found in the page's own text, its paragraph scrolled to the middle. */
const quotePoint = (page: Page) =>
  page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote))!;
    p.scrollIntoView({ block: 'center' });
    const node = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(quote));
    range.setEnd(node, node.data.indexOf(quote) + 4);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + 3, y: rect.top + rect.height / 2 };
  }, QUOTE);

/** The reader clicks the highlighted quote until its note's card opens (the notes load a moment after the page). */
async function openCard(page: Page): Promise<void> {
  for (let tries = 0; ; tries++) {
    const { x, y } = await quotePoint(page);
    await page.mouse.click(x, y);
    if (await page.locator(CARD).waitFor({ state: 'attached', timeout: 500 }).then(() => true, () => false)) break;
    if (tries > 20) throw new Error('No note card opened on a click on the highlighted quote.');
  }
  await page.waitForTimeout(SETTLE_MS);
}

/** Where a button of the card, by its words, is on screen: read through the DevTools protocol. */
async function cardButton(page: Page, words: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const [box] = await inClosedRoots<{ x: number; y: number; width: number; height: number } | null>(page, CARD, `function () {
    const button = [...this.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(words)});
    if (!button) return null;
    const r = button.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }`);
  if (!box) throw new Error(`The note card has no "${words}" button.`);
  return box;
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

describe('a hostile page where the reader keeps a note', () => {
  beforeAll(onlyTheSampleNote);

  it('finds no note in CSS.highlights, and clearing it or forging one there changes no highlight the reader sees', async () => {
    const page = await openReportPage();
    // The page's script watches the registry, which it shares with every script in the page, for five seconds.
    const seen = await page.evaluate(async () => {
      const quotes = new Set<string>();
      for (const end = Date.now() + 5000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
        for (const [name, highlight] of CSS.highlights) for (const range of highlight) quotes.add(`${name}: ${(range as Range).toString()}`);
      }
      return [...quotes];
    });
    expect(seen).toEqual([]);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([QUOTE]);

    await page.evaluate(() => {
      CSS.highlights.clear();
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      CSS.highlights.set('ofsted-lens-notes', new Highlight(range));
      window.scrollBy(0, 1); // and the page moves, so Ofsted Lens draws again
    });
    await page.waitForTimeout(SETTLE_MS);
    expect(await highlighted(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('reads nothing from the attributes of the elements Ofsted Lens puts on its pages', async () => {
    const attributesOfOurs = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('ofsted-lens-'))
          .map((el) => [el.localName, ...el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`)].join(' ')),
      );
    const report = await openReportPage();
    await openCard(report); // the note's card, on the reader's click
    const onReport = await attributesOfOurs(report);
    await report.close();
    const provider = await browser().visit(PAGES.provider); // its report links get "Open in Ofsted Lens" and, for the report read, a grade chip
    await provider.locator('ofsted-lens-chip').first().waitFor({ state: 'attached', timeout: 15_000 });
    const onProvider = await attributesOfOurs(provider);
    await provider.close();

    const hosts = [...onReport, ...onProvider];
    for (const tag of ['ofsted-lens-panel', 'ofsted-lens-chip', CARD, 'ofsted-lens-open']) expect(hosts.some((h) => h.startsWith(tag))).toBe(true);
    // Each host is an element with no attribute, or, for a control in the top layer, the one attribute every such control has.
    for (const host of hosts) expect(host).toMatch(/^ofsted-lens-[a-z-]+( popover=manual)?$/);
  });

  it('cannot log the comment the reader writes for the note, by key, input, clipboard or selection', async () => {
    const page = await openReportPage();
    // A key logger: every keyboard, input, composition and clipboard event, caught as it starts out
    // from the window (before any target can stop it) and as it bubbles back, and the selection whenever it changes.
    await page.evaluate(() => {
      // One stream per listener, as a logger would keep it: the text each has seen, in order.
      const streams: Record<string, string> = {};
      (window as unknown as { __logged: Record<string, string> }).__logged = streams;
      const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'focusin', 'focusout'];
      for (const type of types) {
        for (const capture of [true, false]) {
          for (const [name, target] of [['window', window], ['document', document]] as const) {
            const stream = `${type} on ${name}${capture ? ', capturing' : ''}`;
            target.addEventListener(type, (event) => {
              const e = event as KeyboardEvent & InputEvent & ClipboardEvent;
              const text = e.key ?? e.data ?? e.clipboardData?.getData('text') ?? '';
              streams[stream] = (streams[stream] ?? '') + (text.length === 1 ? text : '');
            }, capture);
          }
        }
      }
      document.addEventListener('selectionchange', () => (streams.selection = `${streams.selection ?? ''}${getSelection()?.toString() ?? ''}`));
    });
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

    const logged = await page.evaluate(() => (window as unknown as { __logged: Record<string, string> }).__logged);
    // No stream holds the comment as typed, nor the note's comment as shown, nor any run of either long enough to mean anything.
    const secrets = [COMMENT.slice(0, 12), 'DCS before', NOTE.comment.slice(0, 12)];
    expect(Object.entries(logged).filter(([, text]) => secrets.some((secret) => text.includes(secret))).map(([stream]) => stream)).toEqual([]);
    await page.close();
  });

  describe('hides the note’s card and puts a decoy where its Delete is', () => {
    beforeEach(onlyTheSampleNote);

    it('cannot hide, move or fade the card with its CSS: the card the reader clicks is the one they see', async () => {
      const page = await openReportPage();
      // The page's own style sheet, against every element Ofsted Lens puts on a page, inline styles included.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = `ofsted-lens-note-card, ofsted-lens-panel, ofsted-lens-chip, ofsted-lens-save, ofsted-lens-alert {
          opacity: 0 !important; visibility: hidden !important; display: none !important; pointer-events: none !important;
          transform: translateX(-5000px) !important; filter: opacity(0) !important; clip-path: inset(50%) !important; z-index: -1 !important; }`;
        document.head.append(style);
        new MutationObserver(() => {
          for (const el of document.querySelectorAll<HTMLElement>('ofsted-lens-note-card')) el.style.setProperty('opacity', '0', 'important');
        }).observe(document.documentElement, { childList: true });
      });
      await openCard(page);
      const drawn = await page.evaluate(() => {
        const card = document.querySelector('ofsted-lens-note-card')!;
        const s = getComputedStyle(card);
        return [s.opacity, s.visibility, s.display === 'none' ? 'none' : 'shown', s.pointerEvents, s.transform, s.filter, s.clipPath, s.zIndex].join(' ');
      });
      expect(drawn).toBe('1 visible shown auto none none none 2147483647');
      // A decoy of the page's own, under the card where Delete is, and another over it that lets clicks through.
      const remove = await cardButton(page, 'Delete note');
      await page.evaluate(({ box, DECOY }) => {
        for (const [z, through] of [[1, false], [2147483647, true]] as const) {
          const decoy = document.createElement('button');
          decoy.textContent = 'Continue reading';
          decoy.style.cssText = `position: fixed; left: ${box.x - 20}px; top: ${box.y - 10}px; width: ${box.width + 40}px; height: ${box.height + 20}px; z-index: ${z}; background: ${DECOY};${through ? ' pointer-events: none;' : ''}`;
          document.body.append(decoy);
        }
      }, { box: remove, DECOY });
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

    type Box = { x: number; y: number; width: number; height: number };
    /** The page's script, given where Delete is: a decoy over the card that lets clicks through, drawn where it shows. */
    const covers: Array<[string, (box: Box) => void]> = [
      ['covers the card in the top layer with a decoy of its own, opened after it', (box) => {
        const decoy = document.createElement('div');
        decoy.popover = 'manual';
        decoy.textContent = 'Continue reading';
        decoy.style.cssText = `position: fixed; inset: auto; margin: 0; left: ${box.x - 20}px; top: ${box.y - 10}px; width: ${box.width + 40}px; height: ${box.height + 20}px; background: #fff; border: 0; pointer-events: none;`;
        document.body.append(decoy);
        decoy.showPopover();
      }],
      ['takes the card out of the top layer and covers it with a decoy', (box) => {
        const card = document.querySelector<HTMLElement>('ofsted-lens-note-card')!;
        if (card.matches(':popover-open')) card.hidePopover();
        card.removeAttribute('popover');
        const decoy = document.createElement('div');
        decoy.textContent = 'Continue reading';
        decoy.style.cssText = `position: fixed; left: ${box.x - 20}px; top: ${box.y - 10}px; width: ${box.width + 40}px; height: ${box.height + 20}px; z-index: 2147483647; background: #fff; pointer-events: none;`;
        document.documentElement.append(decoy);
      }],
    ];

    it.each(covers)('refuses the reader’s click on Delete, and says so, when the page %s', async (_, cover) => {
      const page = await openReportPage();
      await openCard(page);
      const remove = await cardButton(page, 'Delete note');
      await page.evaluate(cover, remove);
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
    return await blank.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 80 && data[i + 2]! > 200) count += 1;
      return count;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}
