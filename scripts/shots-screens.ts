// The screens `npm run shots` photographs, each opened in the built extension as a reader would
// meet it: the reader on Ofsted's own PDFs of each kind and era, the panel on a provider page and
// on a news article, the popup with notes, the options, library and side-by-side pages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REAL_PDF } from '../tests/helpers/fixtures';
import { inside } from '../tests/e2e/harness/closed-shadow';
import type { FixtureBrowser } from '../tests/e2e/harness/fixture-server';
import { PAGES } from '../tests/e2e/harness/fixture-sites';
import type { Sites } from '../tests/e2e/harness/https-server';
import { highlightCount, highlightPoint, notesReady, openReport, QUOTE, selectQuote } from '../tests/e2e/harness/report-page';

const FILES = 'https://files.ofsted.gov.uk';

/** The PDFs, by the name their shots take: each a different kind or era of Ofsted's templates. */
const PDFS = {
  'reader-portsmouth-2014-sif': { path: '/v1/file/23014', file: 'inspection/80539_portsmouth_cs-inspection_2014-09-01.pdf' },
  'reader-leicester-2015-sif': { path: '/v1/file/80482', file: 'inspection/80482_leicester_cs-inspection_2015-03-20.pdf' },
  'reader-portsmouth-2018-ilacs': { path: '/v1/file/50002412', file: 'inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf' },
  'reader-portsmouth-2023-ilacs': { path: '/v1/file/50222964', file: 'inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf' },
  'reader-portsmouth-2026-ilacs': { path: '/v1/file/50300001', file: 'inspection/80539_portsmouth_cs-inspection_2026-08-18.pdf' },
  'reader-portsmouth-2025-focused-visit': { path: '/v1/file/50271111', file: 'focused-visit/80539_portsmouth_focused-visit_2025-03-27.pdf' },
  'reader-bedford-2023-jtai': { path: '/v1/file/50210000', file: 'jtai/80428_bedford_jtai_2023-03-31.pdf' },
} as const;

/** The PDFs served byte for byte under files.ofsted.gov.uk, read from the shared corpus, never copied into the project. */
export function pdfSites(): Sites {
  const routes = Object.values(PDFS).map(({ path, file }) => [path, { contentType: 'application/pdf', body: new Uint8Array(readFileSync(resolve(REAL_PDF, file))) }]);
  return { 'files.ofsted.gov.uk': Object.fromEntries(routes) };
}

export type Screen = {
  name: string;
  viewport: { width: number; height: number };
  /** The whole page, not only the window: for the popup and the pages a reader scrolls through. */
  fullPage: boolean;
  /** 'document' for an extension page; 'ours' for a web page, where only Ofsted Lens's own UI is checked. */
  scope: 'document' | 'ours';
  open(browser: FixtureBrowser, page: Page): Promise<void>;
};

const extensionPage = (browser: FixtureBrowser, path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const readerUrl = (browser: FixtureBrowser, src: string) => extensionPage(browser, `reader.html?src=${encodeURIComponent(src)}`);
const WIDE = { width: 1280, height: 900 };

/** Read in full, with the panel beside it (the reader keeps the report in the library once the panel is up). */
async function openInReader(browser: FixtureBrowser, page: Page, src: string): Promise<void> {
  await page.goto(readerUrl(browser, src));
  await page.locator('.report[data-complete="yes"]').waitFor({ timeout: 60_000 });
  await page.locator(inside('ofsted-lens-panel', 'section.panel')).waitFor({ timeout: 15_000 });
}

const readerScreens: Screen[] = Object.entries(PDFS).map(([name, { path }]) => ({
  name,
  viewport: WIDE,
  fullPage: false,
  scope: 'document',
  open: (browser, page) => openInReader(browser, page, `${FILES}${path}`),
}));

/** A second passage of the served Portsmouth 2023 report, so the popup lists more than one note. */
const SECOND_QUOTE = 'Children are visited quickly and are seen alone.';

/** Saves two notes on the served report page as a reader does: select, then the "Save note" button. */
export async function saveNotes(browser: FixtureBrowser): Promise<void> {
  const page = await openReport(browser);
  for (const [i, quote] of [QUOTE, SECOND_QUOTE].entries()) {
    await selectQuote(page, quote);
    await page.locator(inside('ofsted-lens-save', 'button')).click();
    await highlightCount(page, i + 1);
  }
  await page.close();
}

const webPanel = (url: string) => async (_browser: FixtureBrowser, page: Page) => {
  await page.goto(url);
  await page.locator(inside('ofsted-lens-panel', 'section.panel')).waitFor({ timeout: 15_000 });
  await page.locator(inside('ofsted-lens-panel', 'p.overall')).waitFor({ timeout: 15_000 });
};

/** Opens each fold `summaries` finds with a click, so axe meets what they hold too. */
async function unfold(page: Page, summaries: string): Promise<void> {
  const closed = page.locator(summaries);
  for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
}

/** The panel with its history, England, neighbours and other documents opened. */
const unfoldedWebPanel = (url: string) => async (browser: FixtureBrowser, page: Page) => {
  await webPanel(url)(browser, page);
  await unfold(page, inside('ofsted-lens-panel', 'details:not([open]) > summary'));
};

/** An extension page, photographed whole: at the popup's size, or wide. */
const extensionScreen = (name: string, size: 'popup' | 'wide', open: Screen['open']): Screen => ({
  name,
  viewport: size === 'popup' ? { width: 400, height: 600 } : WIDE,
  fullPage: true,
  scope: 'document',
  open,
});

async function openLibrary(browser: FixtureBrowser, page: Page): Promise<void> {
  await page.goto(extensionPage(browser, 'library.html'));
  await page.locator('li.entry').first().waitFor({ timeout: 10_000 });
}

export const SCREENS: Screen[] = [
  {
    name: 'report-page-note-card',
    viewport: WIDE,
    fullPage: false,
    scope: 'ours',
    // First, before the reader has read the 2018 report, so the card is shown on a page without markers.
    open: async (browser, page) => {
      await webPanel(PAGES.report)(browser, page);
      await notesReady(page);
      const { x, y } = await highlightPoint(page);
      await page.mouse.click(x, y);
      await page.locator(inside('ofsted-lens-note-card', '.comment')).waitFor({ timeout: 10_000 });
    },
  },
  ...readerScreens,
  { name: 'panel-provider-page', viewport: WIDE, fullPage: false, scope: 'ours', open: webPanel(PAGES.provider) },
  { name: 'panel-provider-page-unfolded', viewport: WIDE, fullPage: false, scope: 'ours', open: unfoldedWebPanel(PAGES.provider) },
  { name: 'panel-report-page', viewport: WIDE, fullPage: false, scope: 'ours', open: webPanel(PAGES.report) },
  { name: 'panel-news-article', viewport: WIDE, fullPage: false, scope: 'ours', open: webPanel(PAGES.news) },
  extensionScreen('popup-notes', 'popup', async (browser, page) => {
    await page.goto(extensionPage(browser, 'popup.html?scope=all'));
    await page.locator('.note').nth(1).waitFor({ timeout: 10_000 });
  }),
  extensionScreen('popup-note-editing', 'popup', async (browser, page) => {
    await page.goto(extensionPage(browser, 'popup.html?scope=all'));
    await page.locator('.note').first().locator('button', { hasText: 'Edit' }).click();
    await page.locator('textarea[name="comment"]').fill('Persisting since 2018: raise at scrutiny.');
  }),
  extensionScreen('popup-lookup', 'popup', async (browser, page) => {
    await page.goto(extensionPage(browser, 'popup.html'));
    await page.locator('input[name="authority"]').fill('Leicester');
    await page.locator('.lookup button[type="submit"]').click();
    await page.locator('.lookup-name').waitFor({ timeout: 10_000 });
    await unfold(page, '.lookup details:not([open]) > summary');
  }),
  extensionScreen('options', 'wide', async (browser, page) => {
    await page.goto(extensionPage(browser, 'options.html'));
    await page.locator('input[type="checkbox"]').first().waitFor({ timeout: 10_000 });
  }),
  extensionScreen('library', 'wide', async (browser, page) => {
    await openLibrary(browser, page);
    // Listed from the summaries first; the grades follow once every document is read.
    await page.locator('.list-controls .count .muted').waitFor({ state: 'detached', timeout: 20_000 });
  }),
  extensionScreen('library-search', 'wide', async (browser, page) => {
    await openLibrary(browser, page);
    await page.locator('input[name="q"]').fill('missing');
    await page.locator('form.search button[type="submit"]:not([disabled])').click();
    await page.locator('.results .summary').waitFor({ timeout: 10_000 });
  }),
  // Chosen by authority, as the page offers: its latest report (2026) beside the graded one before it.
  extensionScreen('compare', 'wide', async (browser, page) => {
    await page.goto(extensionPage(browser, 'compare.html'));
    const authority = page.locator('select[name="authority"]');
    const portsmouth = await authority.locator('option', { hasText: 'Portsmouth' }).first().getAttribute('value');
    await authority.selectOption(portsmouth!);
    await page.locator('table.judgements').waitFor({ timeout: 10_000 });
  }),
  // By authority, as the panel on Portsmouth's Ofsted page opens it: its latest report the library holds.
  extensionScreen('briefing', 'wide', async (browser, page) => {
    await page.goto(extensionPage(browser, 'briefing.html?authority=portsmouth'));
    await page.locator('.context .standing').waitFor({ timeout: 10_000 });
  }),
];
