// Portsmouth's 2023 report read first from its page on reports.ofsted.gov.uk, with notes saved there,
// then as Ofsted's PDF in the reader beside 2018's: the page shows markers to 2018's findings among
// the words the notes are anchored on, and the notes stay highlighted and open their cards; and the
// side-by-side page, asked by the PDF's address, finds the one record that keeps it.
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { portsmouthPdfs, REPORT_2018, REPORT_2023 } from './harness/portsmouth-pdfs';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary } from './harness/library-dump';
import { readIntoLibrary } from './harness/read-into-library';
import { drawnNotes, highlightCount, highlighted, highlightPoint, notesReady, openReport, QUOTE, selectQuote } from './harness/report-page';

/** Paragraph 40 too, after the sentence its 2018 marker follows. */
const LATER_QUOTE = 'Care-experienced young people told inspectors that they want more opportunities.';

const browser = useFixtureBrowser(portsmouthPdfs);
beforeAll(() => revealClosedShadows(browser().context));

// The page, opened first, puts the report in the library; the PDFs, read after, join its record.
beforeAll(async () => {
  const page = await openReport(browser());
  for (const [i, quote] of [QUOTE, LATER_QUOTE].entries()) {
    await selectQuote(page, quote);
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, i + 1);
  }
  await page.close();
  await readIntoLibrary(browser(), [REPORT_2018, REPORT_2023]);
}, 120_000);

describe('notes on a report page that also shows markers to 2018’s findings', () => {
  it('keeps both notes highlighted on screen, and a highlight still opens its note’s card', async () => {
    const page = await browser().visit(PAGES.report);
    await notesReady(page);
    const paragraph40 = page.locator('p', { hasText: QUOTE });
    await paragraph40.locator('ofsted-lens-marker').first().waitFor({ state: 'attached', timeout: 20_000 });
    await closedRootsReady(page, 'ofsted-lens-marker');
    await highlightCount(page, 2);
    expect(new Set(await highlighted(page))).toEqual(new Set([QUOTE, LATER_QUOTE]));
    await paragraph40.evaluate((p) => p.scrollIntoView({ block: 'center' }));
    // Each highlight is drawn on screen: boxes of some size over its words.
    await expect.poll(async () => (await drawnNotes(page)).map((note) => note.boxes.some((box) => box.width > 0 && box.height > 0 && box.y > 0))).toEqual([true, true]);
    const point = await highlightPoint(page);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator(inside('ofsted-lens-note-card', '.comment')).innerText()).toBe('No comment yet.');
    await page.close();
  }, 60_000);
});

describe('the side-by-side page asked by the PDF’s address', () => {
  it('compares the report the library first read from its page, which keeps the PDF as an address it was also read from', async () => {
    const records = (await dumpLibrary(browser().worker)).inspections as Array<{ source: string; sources: string[] }>;
    const held = records.find((r) => r.sources.includes(REPORT_2023))!;
    expect(held.sources).toContain(PAGES.report);
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/compare.html?later=${encodeURIComponent(REPORT_2023)}`);
    await page.locator('table.judgements').waitFor({ timeout: 10_000 });
    expect(await page.locator('select[name="later"]').inputValue()).toBe(held.source);
    expect(await page.locator('select[name="earlier"]').inputValue()).toBe(REPORT_2018);
    await page.close();
  });
});
