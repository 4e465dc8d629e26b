// The overlay as a reader meets it: the built extension in real headless Chromium, visiting
// fixture sites under their real host names, so the shipped content-script matches are tested.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, contentScriptWorld, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES, PAGES_NOT_OURS } from './harness/fixture-sites';
import { chipGrades, panelSays } from './harness/lens-state';
import { notesReady } from './harness/report-page';

const browser = useFixtureBrowser();
beforeAll(() => revealClosedShadows(browser().context));

const panel = (page: Page) => page.locator('ofsted-lens-panel');
/** What the panel shows, in its closed shadow root. */
const inPanel = (page: Page, css: string, options?: Parameters<Page['locator']>[1]) => page.locator(inside('ofsted-lens-panel', css), options);


/** Each judgement the panel lists, with its grade, on one line. */
const judgementRows = async (page: Page) => (await inPanel(page, 'li[data-judgement]').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));

/**
 * Waits until the detection script has run on the page and decided. Its world in the page exists
 * as it starts, and it decides in the same step; the page shows nothing of that verdict, so it then
 * waits long enough for a panel that is going to appear, should it take the page for ours, to have appeared.
 */
async function settle(page: Page) {
  await contentScriptWorld(page, browser().extensionId);
  await page.waitForTimeout(1500);
}

/** Resolves once the library, in the background, holds what was read at `source`. */
async function libraryHolds(source: string): Promise<void> {
  const page = await browser().visit(`chrome-extension://${browser().extensionId}/options.html`);
  await page.waitForFunction(
    async (source) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
      const records = await runtime.sendMessage({ type: 'inspections-for', authorityKey: 'portsmouth' });
      return Array.isArray(records) && records.some((r: { source?: string }) => r.source === source);
    },
    source,
    { timeout: 15_000 },
  );
  await page.close();
}

describe('the overlay on the real Portsmouth 2023 report, served as a report page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().visit(PAGES.report);
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-panel');
  });

  it('says what it recognised on the panel host', async () => {
    expect(await panelSays(page)).toEqual({ kind: 'ilacs', authority: 'portsmouth', overall: 'good' });
  });

  it('answers first: the authority by its one name, the dates in words, the overall grade and each judgement with its direction in words', async () => {
    await inPanel(page, '[data-standing-line]').waitFor({ timeout: 10_000 });
    expect(await inPanel(page, '.authority').innerText()).toBe('Portsmouth');
    expect(await inPanel(page, '.dates').innerText()).toBe('Inspected 15 to 19 May 2023');
    expect(await inPanel(page, '.overall').innerText()).toMatch(/^Overall effectiveness\s+Good\s+= unchanged since 2018$/);
    expect(await judgementRows(page)).toEqual([
      'Impact of leaders Good = unchanged since 2018',
      'Help and protection Outstanding ↑ up from Good in 2018',
      'Children in care Good = unchanged since 2018 (then judged with care leavers)',
      'Care leavers Requires improvement ↓ down from Good in 2018 (then judged with children in care)',
    ]);
    // No date shown as ISO, no date wrapping.
    expect(await inPanel(page, 'section').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const lines of await inPanel(page, '.date').evaluateAll((ds) => ds.map((d) => d.getClientRects().length))) expect(lines).toBe(1);
  });

  it('puts a grade chip beside each judgement heading and table row', async () => {
    const chips = page.locator('ofsted-lens-chip');
    // Five table rows and four judgement headings (overall has no heading of its own).
    expect(await chips.count()).toBe(9);
    const heading = page.locator('h2', { hasText: 'The experiences and progress of care leavers' });
    expect(await heading.locator(inside('ofsted-lens-chip', '.chip')).getAttribute('class')).toBe('chip chip-requires-improvement');
  });

  it('keeps the page’s styles out of the panel', async () => {
    const chip = inPanel(page, '.chip-large');
    const style = await chip.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, size: s.fontSize };
    });
    expect(style).toEqual({ color: 'rgb(255, 255, 255)', size: '16px' });
  });

  it('keeps the panel’s styles out of the page', async () => {
    const border = await page.locator('main ul').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('dashed');
    expect(await page.locator('main li').first().evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
  });

  it('collapses from the keyboard and remembers it on the next page', async () => {
    const bar = inPanel(page, 'button.bar');
    await bar.focus();
    await page.keyboard.press('Enter');
    expect(await bar.getAttribute('aria-expanded')).toBe('false');
    const again = await browser().visit(PAGES.report);
    await panel(again).waitFor({ state: 'attached' });
    await notesReady(again); // the overlay has taken the panel over
    expect(await inPanel(again, 'button.bar').getAttribute('aria-expanded')).toBe('false');
    await inPanel(again, 'button.bar').click();
    expect(await inPanel(again, 'button.bar').getAttribute('aria-expanded')).toBe('true');
    await again.close();
  });

  it('follows the reader’s dark colour scheme', async () => {
    const dark = await browser().context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.goto(PAGES.report);
    await panel(dark).waitFor({ state: 'attached', timeout: 10_000 });
    // Asked again until it holds: the panel is redrawn as the library's and the official context arrive.
    await expect.poll(() => inPanel(dark, 'section.panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 30, 30)');
    await dark.close();
  });

  it('leaves the page’s own script running, its console free of our errors, and posts it no message', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan: boolean }).__pageScriptRan)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pageMessages: string[] }).__pageMessages)).toEqual([]);
  });
});

describe('the overlay on the real news article about Portsmouth’s 2018 inspection', () => {
  let page: Page;
  let storyTopBefore: number;
  beforeAll(async () => {
    page = await browser().context.newPage();
    await page.goto(PAGES.news, { waitUntil: 'domcontentloaded' });
    storyTopBefore = await page.locator('#story p').first().evaluate((el) => el.getBoundingClientRect().top);
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-panel');
  });

  it('shows what the article states: overall good and its three judgements good', async () => {
    expect(await panelSays(page)).toEqual({ kind: 'news', authority: 'portsmouth', overall: 'good' });
    expect(await judgementRows(page)).toEqual([
      'Impact of leaders Good',
      'Help and protection Good',
      'Children in care and care leavers Good',
    ]);
  });

  it('links to the authority’s reports on reports.ofsted.gov.uk', async () => {
    const href = await inPanel(page, 'a', { hasText: 'reports on Ofsted' }).getAttribute('href');
    expect(href).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/search\?q=Portsmouth&/);
  });

  it('does not move the article', async () => {
    const after = await page.locator('#story p').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(after).toBe(storyTopBefore);
  });
});

describe('the overlay on a local authority’s provider page', () => {
  it('links each listed report once: an inspection from its year in the history, the others listed with their dates', async () => {
    const page = await browser().visit(PAGES.provider);
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-panel');
    expect(await panelSays(page)).toEqual({ kind: 'provider', authority: 'portsmouth', overall: null });
    await inPanel(page, 'table.picture').waitFor({ state: 'attached', timeout: 10_000 });
    const hrefs = (css: string) => inPanel(page, css).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const inHistory = await hrefs('table.picture thead a');
    const others = await hrefs('ul[aria-label="Other documents"] a');
    // 2018 and 2023: each linked from its column (to the report read, else the one the page lists), never listed again.
    expect(inHistory).toHaveLength(2);
    expect(inHistory).toContain('https://files.ofsted.gov.uk/v1/file/50002412');
    expect(others).toHaveLength(2);
    expect(others).not.toContain('https://files.ofsted.gov.uk/v1/file/50222964');
    expect([...inHistory, ...others]).toHaveLength(new Set([...inHistory, ...others]).size);
    await page.close();
  });

  it('moves to the left of the page from its control, and stays there on the next page', async () => {
    const page = await browser().visit(PAGES.provider);
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-panel');
    // Null until the panel's section is laid out on the page, so each place is awaited, not read at once.
    const left = async (p: Page) => (await inPanel(p, 'section').boundingBox())?.x ?? null;
    await expect.poll(() => left(page)).toBeGreaterThan(600);
    await inPanel(page, 'button.side').click();
    await expect.poll(() => left(page)).toBe(16);
    expect(await inPanel(page, 'button.side').getAttribute('aria-label')).toBe('Move the panel to the right');
    const again = await browser().visit(PAGES.report);
    await panel(again).waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(again, 'ofsted-lens-panel');
    await expect.poll(() => left(again)).toBe(16);
    await inPanel(again, 'button.side').click();
    await expect.poll(() => left(again)).toBeGreaterThan(600);
    await again.close();
    await page.close();
  });

  it('puts the overall grade beside a listed report the library already knows, and none beside one it does not', async () => {
    const report = await browser().visit(PAGES.report); // reading the 2023 report adds it to the library
    await panel(report).waitFor({ state: 'attached', timeout: 10_000 });
    await libraryHolds(PAGES.report);
    await report.close();

    const page = await browser().visit(PAGES.provider);
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    const known = page.locator('a.publication-link[href$="/50222964"] + ofsted-lens-chip');
    await known.waitFor({ state: 'attached', timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-chip');
    expect(await chipGrades(page, 'a.publication-link[href$="/50222964"] + ofsted-lens-chip')).toEqual(['good']);
    expect(await page.locator('ofsted-lens-chip').count()).toBe(1);
    // In the panel, the inspection is one column of the history, from the report read and the statistics.
    const column = inPanel(page, 'table.picture thead th[data-from="both"]');
    await column.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await column.textContent()).toBe('2023');
    expect(await inPanel(page, 'table.picture tr[data-judgement="overall"] td:last-child .sr').textContent()).toBe('Good');
    await page.close();
  });
});

describe('pages that are not ours get nothing', () => {
  for (const [name, url] of PAGES_NOT_OURS) {
    it(`${name}: no panel, no chips, no page errors, no message posted to the page`, async () => {
      const page = await browser().visit(url);
      await settle(page);
      expect(await panel(page).count()).toBe(0);
      expect(await page.locator('ofsted-lens-chip').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [])).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pageMessages?: string[] }).__pageMessages ?? [])).toEqual([]);
      await page.close();
    });
  }
});

describe('prior-inspection context: the article first, then the report', () => {
  it('marks the report’s findings linked to the article, and lists the article as news under its site, giving no direction of travel', async () => {
    const article = await browser().visit(PAGES.news); // reading the article adds the 2018 inspection to the library
    await panel(article).waitFor({ state: 'attached', timeout: 10_000 });
    await libraryHolds(PAGES.news);
    await article.close();

    const page = await browser().visit(PAGES.report);
    await page.locator('ofsted-lens-marker').first().waitFor({ state: 'attached', timeout: 10_000 });
    const eet = page.locator('p', { hasText: 'The number of care-experienced young people in education, employment or training is too low' }).locator('ofsted-lens-marker');
    const inMarker = (css: string) => eet.locator(inside('ofsted-lens-marker', css));
    await closedRootsReady(page, 'ofsted-lens-marker');
    expect(await eet.evaluate((host) => host.attributes.length)).toBe(0);
    expect(await inMarker('button').innerText()).toBe('2018: still a concern');
    await inMarker('button').click();
    expect(await inMarker('.box').innerText()).toMatch(/A news report on \S+ of the 2018 inspection said:/);
    expect(await inMarker('.box').innerText()).toContain('employment, education and training rates for care leavers are too low');
    expect(await inMarker('a').getAttribute('href')).toBe(PAGES.news);

    const fosterCarers = page.locator('p', { hasText: 'The sufficiency of foster carers has improved' }).locator('ofsted-lens-marker');
    expect(await fosterCarers.locator(inside('ofsted-lens-marker', 'button[aria-expanded]')).allInnerTexts()).toEqual(['2018: improved']);
    // The panel sums them up under the grades; a news report is no report to compare with.
    expect(await inPanel(page, 'ul[aria-label="Still to improve since 2018"] li').count()).toBeGreaterThan(0);
    expect(await inPanel(page, 'ul[aria-label="Improved since 2018"] li', { hasText: 'Foster carers' }).count()).toBe(1);
    expect(await inPanel(page, '.compare').count()).toBe(0);

    // A news site's account of an inspection is not Ofsted's: listed under its site, with no grade,
    // and never a column of the history; the directions are from Ofsted's statistics for 2018.
    const history = inPanel(page, 'ul[aria-label="Other documents"] li');
    await history.first().waitFor({ state: 'attached', timeout: 10_000 });
    await inPanel(page, 'details[data-key="fold-documents"] > summary').click();
    expect((await history.allInnerTexts()).map((h) => h.replace(/\s+/g, ' '))).toEqual(['News report of an inspection, 2018, reported by www.childrenfirst.news no overall grade']);
    expect(await inPanel(page, 'table.picture thead th[data-from]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-from')))).toEqual(['official', 'both']);
    await page.close();
  });
});
