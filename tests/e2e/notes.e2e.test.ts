// Notes as a reader keeps them: select a passage on the served report page, save it, reload,
// see it highlighted again; comment on it from the highlight.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { drawnNotes, highlightCount, highlighted, highlightPoint, notesReady, openReport as openReportPage, QUOTE, selectQuote } from './harness/report-page';

const browser = useFixtureBrowser();
beforeAll(() => revealClosedShadows(browser().context));
const openReport = () => openReportPage(browser());

describe('saving a note from the report page', () => {
  it('offers "Save note" beside a selection, saves it, and highlights it again after a reload', async () => {
    const page = await openReport();
    await selectQuote(page);
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, 1);
    await page.reload();
    await notesReady(page);
    await highlightCount(page, 1);
    expect(await highlighted(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('shows the note’s card when the highlight is clicked, and writes its comment in Ofsted Lens’s own window', async () => {
    const page = await openReport();
    await highlightCount(page, 1);
    const box = await highlightPoint(page);
    await page.mouse.click(box.x, box.y);
    const inCard = (css: string, hasText?: string) => page.locator(inside('ofsted-lens-note-card', css), hasText ? { hasText } : undefined);
    await expect.poll(() => inCard('.comment').innerText()).toBe('No comment yet.');
    const [window] = await Promise.all([browser().context.waitForEvent('page'), inCard('button', 'Edit comment').click()]);
    expect(window.url()).toMatch(/\/popup\.html\?note=/);
    await window.locator('textarea[name="comment"]').fill('Persisting since 2018: raise at scrutiny.');
    await Promise.all([window.waitForEvent('close'), window.locator('button', { hasText: 'Save' }).click()]);
    // The card, opened again, shows the comment as stored.
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => inCard('.comment').innerText()).toBe('Persisting since 2018: raise at scrutiny.');
    await page.reload();
    await highlightCount(page, 1);
    const again = await highlightPoint(page);
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => inCard('.comment').innerText()).toBe('Persisting since 2018: raise at scrutiny.');
    await page.close();
  });
});

describe('the note’s card beside the panel', () => {
  it('opens clear of the panel’s column when a card placed at the click would reach into it', async () => {
    const page = await openReport();
    await highlightPoint(page); // its paragraph in the middle of the window
    const panel = await page.locator('ofsted-lens-panel').evaluate((host) => host.getBoundingClientRect().toJSON() as DOMRect);
    const [note] = await drawnNotes(page);
    const right = note!.boxes.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a));
    // The click as far right on the quote as it goes, and no further right than the panel's column.
    const x = Math.min(right.x + right.width - 5, panel.x + panel.width / 2);
    expect(x).toBeGreaterThan(panel.x - 288); // a card of 18rem placed there would reach into the column
    await page.mouse.click(x, right.y + right.height / 2);
    const card = page.locator(inside('ofsted-lens-note-card', '.card'));
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
    await page.close();
  });

  it('opens clear of the panel’s column on the left too, once the panel is moved there', async () => {
    const page = await openReport();
    const move = (side: string) => page.locator(inside('ofsted-lens-panel', `button[aria-label="Move the panel to the ${side}"]`)).click();
    await move('left');
    // The quote's line near the window's top, above the panel (which stands at the bottom) but in its column.
    await page.locator('p', { hasText: QUOTE }).evaluate((p) => {
      p.scrollIntoView({ block: 'start' });
      scrollBy(0, -10);
    });
    const panel = await page.locator('ofsted-lens-panel').evaluate((host) => host.getBoundingClientRect().toJSON() as DOMRect);
    expect(panel.x).toBeLessThan(100);
    await expect.poll(async () => (await drawnNotes(page))[0]?.boxes[0]?.y ?? -1).toBeGreaterThan(0);
    const first = (await drawnNotes(page))[0]!.boxes[0]!;
    expect(first.x).toBeLessThan(panel.x + panel.width);
    expect(first.y + first.height).toBeLessThan(panel.y);
    await page.mouse.click(first.x + 5, first.y + first.height / 2);
    const card = page.locator(inside('ofsted-lens-note-card', '.card'));
    await card.waitFor();
    expect((await card.boundingBox())!.x).toBeGreaterThanOrEqual(panel.x + panel.width);
    await move('right');
    await page.close();
  });
});

describe('the notes library in the popup', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await browser().context.newPage();
    await popup.goto(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('.note').first().waitFor({ timeout: 10_000 });
  });

  it('finds the saved note by searching, with its report (the authority by the register’s name), inspection year, paragraph, judgement, and where and when it was saved', async () => {
    await popup.locator('input[name="search"]').fill('employment training');
    const note = popup.locator('.note');
    expect(await note.count()).toBe(1);
    expect(await note.locator('.quote').innerText()).toBe(QUOTE);
    expect(await note.locator('.report').innerText()).toBe("Portsmouth: Inspection of local authority children's services (2023)");
    expect(await note.locator('.meta').first().innerText()).toContain('Paragraph 40 · Care leavers');
    expect(await note.locator('[data-saved]').innerText()).toMatch(/^Saved on reports\.ofsted\.gov\.uk on \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('edits the comment and tags', async () => {
    const note = popup.locator('.note');
    await note.locator('button', { hasText: 'Edit' }).click();
    await note.getByLabel('Your comment').fill('For the scrutiny briefing');
    await note.locator('input[name="tags"]').fill('care leavers, EET');
    await note.locator('button', { hasText: 'Save' }).click();
    await popup.locator('.tag', { hasText: 'EET' }).waitFor();
    expect(await note.locator('.comment').innerText()).toBe('For the scrutiny briefing');
    // Shown under its label, so it is not taken for the quote.
    expect(await note.locator('.comment-block').innerText()).toMatch(/^Your comment\s+For the scrutiny briefing$/);
  });

  it('exports Markdown ready to paste into a briefing, the authority by the register’s name and the days in words', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button', { hasText: 'Markdown' }).click()]);
    const text = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    expect(text).toContain(`> ${QUOTE}`);
    expect(text).toContain('Portsmouth, Inspection of local authority children\'s services, inspected 15 to 19 May 2023, paragraph 40, Care leavers (Requires improvement)');
    expect(text).toContain('Tags: care leavers, EET');
  });

  it('refuses an invalid import whole and keeps the library', async () => {
    await popup.locator('input[name="search"]').fill('');
    const before = await popup.locator('.note').count();
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ofsted-lens-notes","version":1,"exportedAt":1,"notes":[{"id":"x"}]}') });
    await popup.locator('.message', { hasText: 'Import refused' }).waitFor();
    expect(await popup.locator('.message').first().innerText()).toMatch(/notes\[0\]/);
    expect(await popup.locator('.note').count()).toBe(before);
  });

  it('shows note text from pages as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const note = {
      id: 'hostile-note-0001', url: 'https://www.childrenfirst.news/news/x', title: hostile, quote: hostile,
      anchor: { quote: { type: 'TextQuoteSelector', exact: hostile, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: hostile.length } },
      context: { authority: hostile, authorityKey: null, kind: null, inspection: null, findingNumber: null, judgement: null, grade: null },
      comment: hostile, tags: [hostile], colour: 'yellow', createdAt: 1, updatedAt: 1, found: true,
    };
    const backup = { format: 'ofsted-lens-notes', version: 1, exportedAt: 1, notes: [note] };
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await popup.locator('.message', { hasText: 'Backup imported: 1 added' }).waitFor();
    const item = popup.locator('.note[data-note-id="hostile-note-0001"]');
    expect(await item.locator('.quote').innerText()).toBe(hostile);
    expect(await item.locator('.comment').innerText()).toBe(hostile);
    expect(await popup.locator('.library img').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('deletes a note with undo', async () => {
    const item = () => popup.locator('.note[data-note-id="hostile-note-0001"]');
    await item().locator('button', { hasText: 'Delete' }).click();
    await popup.locator('button', { hasText: 'Undo' }).click();
    await item().waitFor();
    await item().locator('button', { hasText: 'Delete' }).click();
    await item().waitFor({ state: 'detached' });
    expect(await item().count()).toBe(0);
  });

  it('imports a backup without losing a newer comment, says what it did, and Undo puts the notes back as they were', async () => {
    const item = (id: string) => popup.locator(`.note[data-note-id="${id}"]`);
    await importFile(backup([note('import-updated-0001', 'The comment as first imported', 1)]));
    await item('import-updated-0001').waitFor();
    // The library's copy of the note saved from the report page, as the popup's own backup holds it.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button', { hasText: 'Backup (JSON, all)' }).click()]);
    const exported = JSON.parse(await new Response((await download.createReadStream()) as unknown as ReadableStream).text()) as { notes: Array<{ id: string; comment: string; updatedAt: number }> };
    const saved = exported.notes.find((n) => n.comment === 'For the scrutiny briefing')!;

    await importFile(backup([
      { ...saved, comment: 'An older comment from last month', updatedAt: saved.updatedAt - 1 },
      note('import-updated-0001', 'The comment edited since, on another machine', 2),
      note('import-added-0001', 'A note only the backup has', 3),
    ]));
    // The first import's message stands until the second one's replaces it, so the text is awaited, not read at once.
    const status = popup.locator('.message.undo');
    await expect.poll(() => status.innerText()).toBe('Backup imported: 1 added, 1 updated (the backup’s copy was newer), 1 kept (yours was newer), 0 skipped (the same as yours). Undo');
    await item('import-added-0001').waitFor();
    expect(await item(saved.id).locator('.comment').innerText()).toBe('For the scrutiny briefing');
    expect(await item('import-updated-0001').locator('.comment').innerText()).toBe('The comment edited since, on another machine');

    await status.locator('button', { hasText: 'Undo' }).click();
    await popup.locator('.message', { hasText: 'Import undone: your notes are as they were before it.' }).waitFor();
    await item('import-added-0001').waitFor({ state: 'detached' });
    expect(await item('import-updated-0001').locator('.comment').innerText()).toBe('The comment as first imported');
    expect(await item(saved.id).locator('.comment').innerText()).toBe('For the scrutiny briefing');
  });

  it('refuses a backup holding one note id twice, naming it, and changes nothing', async () => {
    const before = await popup.locator('.note').count();
    await importFile(backup([note('twice-0001', 'One copy', 5), note('twice-0001', 'Another copy', 6)]));
    const refused = popup.locator('.message', { hasText: 'Import refused' });
    await refused.waitFor();
    expect(await refused.innerText()).toBe('Import refused, nothing changed. The backup holds more than one note with the same id (twice-0001 twice): Ofsted Lens cannot tell which copy to keep.');
    expect(await popup.locator('.note').count()).toBe(before);
    expect(await popup.locator('.note[data-note-id="twice-0001"]').count()).toBe(0);
  });

  /** A note of the popup's library, as a backup holds it. */
  function note(id: string, comment: string, updatedAt: number) {
    const quote = `Quote of ${id}`;
    return {
      id, url: 'https://www.childrenfirst.news/news/import', title: 'Imported notes', quote,
      anchor: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: quote.length } },
      context: { authority: null, authorityKey: null, kind: null, inspection: null, findingNumber: null, judgement: null, grade: null },
      comment, tags: [], colour: 'yellow', createdAt: 1, updatedAt, found: true,
    };
  }
  const backup = (notes: object[]) => JSON.stringify({ format: 'ofsted-lens-notes', version: 1, exportedAt: 1, notes });
  const importFile = (json: string) => popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(json) });
});
