// The scrutiny briefing in the built extension: Ofsted's own PDFs of Portsmouth's 2018 and 2023
// inspections, byte for byte, read into the library by the reader; a note saved on the 2023
// report; then the briefing opened from the reader's panel: its parts, each with its source, the
// Markdown download, the printed page count on A4, light and dark; and the side-by-side page's link.
// With BRIEFING_SCREENS set to a folder, it also leaves there the screenshots and the printed PDF.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { highlightCount, QUOTE, selectQuote } from './harness/report-page';
import { FILES, REPORT_2018, REPORT_2023 } from './harness/listed-reports';

const SCREENS = process.env.BRIEFING_SCREENS;

/** Read at test time from the shared corpus, never copied into the project. */
const realPdf = (published: string) => ({
  contentType: 'application/pdf',
  body: new Uint8Array(readFileSync(resolve(REAL_PDF, `inspection/80539_portsmouth_cs-inspection_${published}.pdf`))),
});

const REPORT_2026 = `https://${FILES}/v1/file/50290001`;
const CORNWALL_VISIT = `https://${FILES}/v1/file/50180001`;
const browser = useFixtureBrowser(() => ({
  [FILES]: {
    '/v1/file/50002412': realPdf('2018-10-15'),
    '/v1/file/50222964': realPdf('2023-07-03'),
    '/v1/file/50290001': realPdf('2026-08-18'),
    '/v1/file/50180001': { contentType: 'application/pdf', body: new Uint8Array(readFileSync(resolve(REAL_PDF, 'focused-visit/80454_cornwall_focused-visit_2022-02-22.pdf'))) },
  },
}));
beforeAll(() => revealClosedShadows(browser().context));

const extensionPage = (path: string) => `chrome-extension://${browser().extensionId}/${path}`;
const readerUrl = (src: string) => extensionPage(`reader.html?src=${encodeURIComponent(src)}`);
const briefingPath = `briefing.html?report=${encodeURIComponent(REPORT_2023)}`;

/** Saves the quote in paragraph 40 as a note, as a reader does: selects it, then the Save note button. */
async function saveNote(reader: Page): Promise<void> {
  await reader.locator('#p40').scrollIntoViewIfNeeded();
  await selectQuote(reader, QUOTE);
  await reader.locator(inside('ofsted-lens-save', 'button')).click();
  await highlightCount(reader, 1);
}

const texts = (page: Page, css: string) => page.locator(css).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

let reader: Page;
let page: Page;

beforeAll(async () => {
  const earlier = await browser().visit(readerUrl(REPORT_2018)); // reading it puts it in the library
  await earlier.locator(inside('ofsted-lens-panel', '.briefing a')).waitFor({ timeout: 30_000 });
  await earlier.close();
  reader = await browser().visit(readerUrl(REPORT_2023));
  await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 30_000 });
  await reader.locator(inside('ofsted-lens-panel', 'ul.prior')).first().waitFor({ timeout: 15_000 });
  await saveNote(reader);
}, 120_000);
afterAll(() => reader?.close());

describe('the briefing, opened from the reader’s panel on Portsmouth’s 2023 report with 2018 in the library', () => {
  beforeAll(async () => {
    const link = reader.locator(inside('ofsted-lens-panel', '.briefing a'));
    expect(await link.innerText()).toBe('Scrutiny briefing');
    if (SCREENS) {
      await reader.setViewportSize({ width: 1280, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await reader.emulateMedia({ colorScheme });
        await reader.screenshot({ path: resolve(SCREENS, `reader-panel-${colorScheme}.png`) });
      }
      await reader.emulateMedia({ colorScheme: 'light' });
    }
    expect([await link.getAttribute('href'), await link.getAttribute('target')]).toEqual([briefingPath, '_blank']);
    [page] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('main.briefing h1').waitFor({ timeout: 15_000 });
  });

  it('names the authority by the register’s one name, the report and its days in words, and the last inspection', async () => {
    expect(await page.locator('h1').innerText()).toBe('Portsmouth');
    expect(await page.locator('header .report').innerText()).toBe("Inspection of local authority children's services, 15 to 19 May 2023");
    expect(await page.locator('header .muted').innerText()).toMatch(/^From Ofsted's report PDF on files\.ofsted\.gov\.uk, read into your library on \d{1,2} [A-Z][a-z]+ \d{4}\. Open the report$/);
    expect(await page.locator('header .open-report').getAttribute('href')).toBe(`reader.html?src=${encodeURIComponent(REPORT_2023)}`);
    expect(await page.locator('header .earlier').innerText()).toBe(
      "The last inspection before this one in your library: Inspection of local authority children's services, 3 September 2018, from Ofsted’s report PDF on files.ofsted.gov.uk.",
    );
    expect(await page.title()).toBe('Portsmouth: scrutiny briefing: Ofsted Lens');
  });

  it('gives this inspection’s grades with each direction in words, and where they came from', async () => {
    expect(await page.locator('#grades-heading').innerText()).toBe('Grades at this inspection');
    const rows = await page.locator('table.judgements tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
    );
    expect(rows).toEqual([
      ['Overall effectiveness', 'Good', 'unchanged since 2018'],
      ['Impact of leaders', 'Good', 'unchanged since 2018'],
      ['Help and protection', 'Outstanding', 'up from Good in 2018'],
      ['Children in care', 'Good', 'unchanged since 2018 (then judged with care leavers)'],
      ['Care leavers', 'Requires improvement', 'down from Good in 2018 (then judged with children in care)'],
    ]);
    expect(await page.locator('.grades .source').innerText()).toBe(
      "Source: This report’s own grades, from Ofsted's report PDF on files.ofsted.gov.uk. Directions are against the inspection of 3 September 2018 (read from its report in your library, and Ofsted official statistics, as at 31 March 2025).",
    );
  });

  it('places it in England and among its neighbours at the inspection’s date, each neighbour’s grade dated, itself among them', async () => {
    expect(await page.locator('#context-heading').innerText()).toBe('England and neighbours at 15 May 2023');
    expect(await page.locator('.context .standing').innerText()).toMatch(/^In Ofsted’s statistics at 15 May 2023, its latest overall grade was Good \(ILACS, May 2023\): \d+ authorities in England did better, \d+ as well, \d+ worse; of its 10 neighbours/);
    expect(await texts(page, 'ul.england li')).toEqual([expect.stringMatching(/^Outstanding \d+$/), expect.stringMatching(/^Good \d+$/), expect.stringMatching(/^Requires improvement \d+$/), expect.stringMatching(/^Inadequate \d+$/)]);
    const neighbours = await texts(page, 'ul.neighbours li');
    expect(neighbours).toHaveLength(11);
    for (const n of neighbours) expect(n).toMatch(/ \d{1,2} [A-Z][a-z]+ \d{4} (Outstanding|Good|Requires improvement|Inadequate)$/);
    expect(await page.locator('ul.neighbours li[data-self]').innerText()).toMatch(/^Portsmouth \(this authority\)\s+15 May 2023\s+Good$/);
    expect(await page.locator('.context .source').innerText()).toBe('Source: Ofsted official statistics, as at 31 March 2025; latest overall grades at 15 May 2023');
  });

  it('lists what needs to improve, marking what 2018 listed too, and what is still a concern since 2018 with its paragraphs', async () => {
    const improvements = await texts(page, '.improvements li');
    expect(improvements).toHaveLength(3);
    expect(improvements[1]).toBe('The recording of the rationale for decision-making when dispensing with parental consent.');
    expect(await page.locator('#persisting-heading').innerText()).toBe('Still a concern since the last inspection (3 September 2018)');
    const eet = page.locator('.concern', { has: page.locator('strong', { hasText: "Care leavers' education, employment and training" }) });
    expect(await eet.locator('.since').innerText()).toBe('still a concern since 2018');
    const p40 = eet.locator('.finding[data-paragraph="40"]');
    expect(await p40.innerText()).toContain('This was identified in the 2018 inspection and remains a concern.');
    expect(await p40.locator('a').first().getAttribute('href')).toBe(`reader.html?src=${encodeURIComponent(REPORT_2023)}#p40`);
    expect(await p40.locator('a').nth(1).getAttribute('href')).toMatch(new RegExp(`^reader\\.html\\?src=${encodeURIComponent(REPORT_2018)}#p\\d+$`));
    expect(await page.locator('.persisting .source').innerText()).toMatch(/^Source: Linked by Ofsted Lens between this report and the 2018 inspection/);
  });

  it('shows the reader’s own note on this report, with its paragraph and where and when it was saved', async () => {
    expect(await page.locator('.your-note blockquote').allInnerTexts()).toEqual([QUOTE]);
    expect(await page.locator('.your-note .muted').innerText()).toMatch(/^Paragraph 40, Care leavers \(Requires improvement\)\. Saved in the reader on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(await page.locator('.notes .note').count()).toBe(0);
  });

  it('writes every date in words and names every part’s source', async () => {
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.locator('section.part').count()).toBe(5);
    expect(await page.locator('section.part:not(:has(.source))').count()).toBe(0);
    expect(await page.locator('.prepared').innerText()).toMatch(/^Prepared by Ofsted Lens on \d{1,2} [A-Z][a-z]+ \d{4} from your library\.$/);
  });

  it('downloads the briefing as Markdown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button', { hasText: 'Download as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('ofsted-lens-briefing-portsmouth-15-to-19-may-2023.md');
    const markdown = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# Portsmouth: scrutiny briefing', '', "**Inspection of local authority children's services**, 15 to 19 May 2023."]);
    expect(markdown).toContain('| Help and protection | Outstanding | up from Good in 2018 |');
    expect(markdown).toContain('## England and neighbours at 15 May 2023');
    expect(markdown).toMatch(/ {2}- \*\*Portsmouth \(this authority\): Good, 15 May 2023\*\*/);
    expect(markdown).toContain('## Still a concern since the last inspection (3 September 2018)');
    expect(markdown).toContain("- **Care leavers' education, employment and training**: still a concern since 2018");
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(await page.locator('.actions [role="status"]').innerText()).toBe('Downloaded as Markdown.');
  });

  it('prints on at most two A4 pages, without its buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.actions').isHidden()).toBe(true);
    // The page's own @page size and margins, as Chromium's Save as PDF prints it.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const printed = await PDFDocument.load(pdf);
    const { width, height } = printed.getPage(0).getSize();
    // A4 in points.
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(printed.getPageCount()).toBeLessThanOrEqual(2);
    if (SCREENS) writeFileSync(resolve(SCREENS, 'briefing-printed.pdf'), pdf);
  });

  it('reads in light and dark, its text at a readable size', async () => {
    const colours = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, getComputedStyle(document.body).fontSize]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', '16px']);
    if (SCREENS) await page.screenshot({ path: resolve(SCREENS, 'briefing-light.png') });
    if (SCREENS) await page.screenshot({ path: resolve(SCREENS, 'briefing-light-full.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    const [background, colour] = await colours();
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(colour).not.toBe('rgb(0, 0, 0)');
    if (SCREENS) await page.screenshot({ path: resolve(SCREENS, 'briefing-dark.png') });
    if (SCREENS) await page.screenshot({ path: resolve(SCREENS, 'briefing-dark-full.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('the side-by-side page', () => {
  it('links the briefing on its later report', async () => {
    const compare = await browser().visit(extensionPage(`compare.html?later=${encodeURIComponent(REPORT_2023)}`));
    const link = compare.locator('a.briefing-link');
    await link.waitFor({ timeout: 10_000 });
    expect([await link.innerText(), await link.getAttribute('href')]).toEqual(['Scrutiny briefing on the 2023 report', briefingPath]);
    const [opened] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
    await opened.locator('main.briefing h1').waitFor({ timeout: 10_000 });
    expect(await opened.locator('h1').innerText()).toBe('Portsmouth');
    await opened.close();
    await compare.close();
  });
});

describe('on Ofsted’s own pages, where a page cannot open the extension’s pages', () => {
  it('the 2023 report’s page has a button that asks the background for the briefing on that report', async () => {
    const report = await browser().visit(PAGES.report);
    const button = report.locator(inside('ofsted-lens-panel', '.briefing button'));
    await button.waitFor({ timeout: 15_000 });
    expect(await report.locator(inside('ofsted-lens-panel', '.briefing a')).count()).toBe(0);
    const [opened] = await Promise.all([browser().context.waitForEvent('page'), button.click()]);
    await opened.locator('main.briefing h1').waitFor({ timeout: 10_000 });
    expect(opened.url()).toBe(extensionPage(`briefing.html?report=${encodeURIComponent(PAGES.report)}`));
    // The same inspection as the PDF read in the reader: one record, so the same briefing, the note with it.
    expect(await opened.locator('header .report').innerText()).toBe("Inspection of local authority children's services, 15 to 19 May 2023");
    expect(await opened.locator('.your-note blockquote').allInnerTexts()).toEqual([QUOTE]);
    await opened.close();
    await report.close();
  });

  it('Portsmouth’s page has a button for the briefing on its latest report in the library', async () => {
    const provider = await browser().visit(PAGES.provider);
    const button = provider.locator(inside('ofsted-lens-panel', '.briefing button'));
    await button.waitFor({ timeout: 15_000 });
    const [opened] = await Promise.all([browser().context.waitForEvent('page'), button.click()]);
    await opened.locator('main.briefing h1').waitFor({ timeout: 10_000 });
    expect(opened.url()).toBe(extensionPage('briefing.html?authority=portsmouth'));
    expect(await opened.locator('header .report').innerText()).toBe("Inspection of local authority children's services, 15 to 19 May 2023");
    await opened.close();
    await provider.close();
  });
});

describe('a report the library does not hold', () => {
  it('says so', async () => {
    const missing = await browser().visit(extensionPage(`briefing.html?report=${encodeURIComponent(`https://${FILES}/v1/file/1`)}`));
    await missing.locator('.note').waitFor({ timeout: 10_000 });
    expect(await missing.locator('.note').innerText()).toContain('Your library does not hold that report');
    await missing.close();
  });
});

/** Reads `src` in the reader and opens the briefing from its panel. */
async function briefingFromReader(src: string): Promise<Page> {
  const read = await browser().visit(readerUrl(src));
  const link = read.locator(inside('ofsted-lens-panel', '.briefing a'));
  await link.waitFor({ timeout: 30_000 });
  const [opened] = await Promise.all([browser().context.waitForEvent('page'), link.click()]);
  await read.close();
  await opened.setViewportSize({ width: 1280, height: 900 });
  await opened.locator('main.briefing h1').waitFor({ timeout: 15_000 });
  return opened;
}

// Last: once read, the 2026 report is Portsmouth's latest.
describe('Ofsted’s own documents without an overall grade, read in the reader', () => {
  it('on Portsmouth’s 2026 report, says it gives no overall grade and gives each judgement’s direction since 2023', async () => {
    const opened = await briefingFromReader(REPORT_2026);
    expect(await opened.locator('.grades .note').innerText()).toBe('This report gives no overall effectiveness grade, only its four judgements, as reports under the 2026 arrangements do.');
    expect(await opened.locator('table.judgements tbody th').allInnerTexts()).not.toContain('Overall effectiveness');
    expect(await opened.locator('table.judgements td.direction').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/since 2023|in 2023/)]));
    expect(await opened.locator('#persisting-heading').innerText()).toBe('Still a concern since the last inspection (15 May 2023)');
    if (SCREENS) await opened.screenshot({ path: resolve(SCREENS, 'briefing-2026.png'), fullPage: true });
    await opened.close();
  });

  it('on a focused visit letter, shows what it says needs to improve and the latest graded inspection’s grades, labelled as such', async () => {
    const opened = await briefingFromReader(CORNWALL_VISIT);
    expect(await opened.locator('h1').innerText()).toBe('Cornwall');
    expect(await opened.locator('header .report').innerText()).toMatch(/^Focused visit \(no grade\), /);
    expect(await opened.locator('#grades-heading').innerText()).toMatch(/^Grades at the latest graded inspection, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await opened.locator('.grades .note').innerText()).toBe('A focused visit carries no grades: these are the latest graded inspection’s, before this focused visit.');
    expect(await opened.locator('.grades .source').innerText()).toMatch(/^Source: Ofsted official statistics, as at 31 March 2025\. /);
    expect(await opened.locator('.improvements .source').innerText()).toMatch(/^Source: The letter’s “What needs to improve”/);
    expect(await opened.locator('.improvements li').count()).toBeGreaterThan(0);
    expect(await opened.locator('.persisting .note').innerText()).toMatch(/^The library holds no earlier graded report of Cornwall/);
    if (SCREENS) await opened.screenshot({ path: resolve(SCREENS, 'briefing-letter.png'), fullPage: true });
    await opened.close();
  });
});

if (SCREENS) mkdirSync(SCREENS, { recursive: true });
