// An authority's official history and England-wide context in the built extension: the panel on
// Portsmouth's provider page, and the popup's look-up by name.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';

const browser = useFixtureBrowser();
beforeAll(() => revealClosedShadows(browser().context));
const SOURCE = 'Ofsted official statistics, as at 31 March 2025';

/** Portsmouth's official history and England-wide context in the page's panel, once it is drawn. */
async function portsmouthContext(page: Page): Promise<Locator> {
  const context = page.locator(inside('ofsted-lens-panel', '[data-authority-context="portsmouth"]'));
  await context.waitFor({ state: 'attached', timeout: 10_000 });
  return context;
}

/** Opens a fold of the panel by its summary, as a reader would. */
async function open(page: Page, key: string): Promise<void> {
  await page.locator(inside('ofsted-lens-panel', `details[data-key="${key}"] > summary`)).click();
}

describe('the panel on Portsmouth’s provider page', () => {
  it('answers first with the latest inspection, each judgement’s direction in words and where it stands', async () => {
    const page = await browser().visit(PAGES.provider);
    await portsmouthContext(page);
    const inPanel = (css: string) => page.locator(inside('ofsted-lens-panel', css));
    expect(await inPanel('.authority').innerText()).toBe('Portsmouth');
    expect(await inPanel('.dates').innerText()).toBe('Latest inspection 15 May 2023');
    expect(await inPanel('li[data-judgement="helpAndProtection"] .trend').innerText()).toBe('↑ up from Good in 2018');
    expect(await inPanel('li[data-judgement="careLeavers"] .trend').innerText()).toBe('↓ down from Good in 2018 (then judged with children in care)');
    expect(await inPanel('[data-standing-line]').innerText()).toMatch(/^In Ofsted’s latest statistics \(31 March 2025\), its latest overall grade was Good \(ILACS, May 2023\): \d+ authorities in England did better, \d+ as well, \d+ worse; of its 10 neighbours, \d+ better/);
    // Folded until opened.
    expect(await inPanel('table.picture').isVisible()).toBe(false);
    await page.close();
  });

  it('shows, opened, its history once per inspection with each column’s source, England’s grades and its neighbours with itself among them', async () => {
    const page = await browser().visit(PAGES.provider);
    const context = await portsmouthContext(page);
    for (const key of ['fold-history', 'fold-england', 'fold-neighbours']) await open(page, key);

    // Each inspection once: a column of the picture, its year linking to the report the page lists.
    const years = context.locator('table.picture thead th[scope="col"] a');
    expect(await years.allInnerTexts()).toEqual(['2018', '2023']);
    expect(await years.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(['https://files.ofsted.gov.uk/v1/file/50002412', 'https://files.ofsted.gov.uk/v1/file/50222964']);
    // The reports the history links are not listed again; the others are, folded.
    await open(page, 'fold-documents');
    expect(await page.locator(inside('ofsted-lens-panel', 'ul[aria-label="Other documents"] > li')).allInnerTexts()).toEqual([
      expect.stringMatching(/^Children's services focused visit\s+26 January 2022/), expect.stringMatching(/^Children's services inspection\s+9 June 2014/),
    ]);
    expect(await context.locator('[data-sources]').allInnerTexts()).toEqual([`${SOURCE}: 2018, 2023.`]);
    expect(await context.locator('[data-split]').innerText()).toContain('until then they were one judgement');
    // The picture's cells: each grade in words, short on screen and whole for a screen reader.
    const help = context.locator('table.picture tr[data-judgement="helpAndProtection"] td');
    expect(await help.locator('[aria-hidden="true"]').allTextContents()).toEqual(['Good', 'Outst.']);
    expect(await help.locator('.sr').allTextContents()).toEqual(['Good', 'Outstanding']);
    expect(await context.locator('[data-standing]').innerText()).toMatch(/^Portsmouth: Good\. \d+ authorities have a better grade/);

    const neighbours = context.locator('ul[aria-label="Statistical neighbours"] li');
    expect(await neighbours.count()).toBe(11);
    expect(await context.locator('li[data-self]').innerText()).toMatch(/^Portsmouth \(this authority\)\s+15 May 2023\s+Good$/);
    expect(await context.locator('li[data-neighbour] .date').count()).toBe(10);
    for (const href of await context.locator('li[data-neighbour] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
    }
    // No date wraps: each is one line.
    for (const height of await context.locator('.date').evaluateAll((ds) => ds.map((d) => d.getClientRects().length))) expect(height).toBe(1);
    await page.close();
  });
});

describe('the panel on the Portsmouth 2023 report and on a news article about its 2018 inspection', () => {
  it('marks the report’s own inspection as this report, from both the official table and the report read here', async () => {
    const page = await browser().visit(PAGES.report);
    const context = await portsmouthContext(page);
    const current = context.locator('th[data-current]');
    expect(await current.getAttribute('data-from')).toBe('both');
    expect(await current.textContent()).toBe('2023 (this report)');
    expect(await context.locator('[data-sources]').allTextContents()).toEqual([
      `${SOURCE}: 2018.`,
      'Read from the report, and in Ofsted’s official statistics, as at 31 March 2025: 2023 (this report).',
    ]);
    expect(await context.locator('[data-disagreement]').count()).toBe(0);
    expect(await context.locator('details[data-key="fold-england"] > summary').innerText()).toBe('England at 15 May 2023');
    expect(await page.locator(inside('ofsted-lens-panel', '.dates')).innerText()).toBe('Inspected 15 to 19 May 2023');
    await page.close();
  });

  it('shows the authority’s history and its source on the article too', async () => {
    const page = await browser().visit(PAGES.news);
    const context = await portsmouthContext(page);
    expect(await context.locator('table.picture thead th[scope="col"][data-from]').count()).toBeGreaterThanOrEqual(2);
    expect(await context.locator('[data-sources]').first().textContent()).toMatch(new RegExp(`^${SOURCE}: 2018`));
    await page.close();
  });
});

describe('the popup’s look-up of any authority', () => {
  async function popup(): Promise<Page> {
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    return page;
  }

  it('finds Stoke-on-Trent by a short name typed and Enter, with its history, England and neighbours', async () => {
    const page = await popup();
    const input = page.getByLabel('Look up any local authority');
    await input.fill('Stoke');
    await input.press('Enter');
    const context = page.locator('[data-authority-context="stoke-on-trent"]');
    await context.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await context.getAttribute('aria-label')).toBe('Stoke-on-Trent: history and England-wide context');
    expect(await page.locator('.lookup-name a').getAttribute('href')).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
    expect(await context.locator('table.picture thead th[data-from="official"]').count()).toBeGreaterThan(0);
    expect(await context.locator('[data-sources]').first().textContent()).toMatch(new RegExp(`^${SOURCE}: \\d{4}`));
    expect(await context.locator('li[data-neighbour] a').count()).toBe(10);
    // The result can be cleared, taking the look-up's answer away.
    await page.locator('.lookup button', { hasText: 'Clear' }).click();
    await expect.poll(() => context.count()).toBe(0);
    await expect.poll(() => input.inputValue()).toBe('');
    await page.close();
  });

  it('offers the register’s names as you type, and shows County Durham when it is chosen', async () => {
    const page = await popup();
    // The names load when the look-up is first focused, not with the popup's first screen.
    await page.getByLabel('Look up any local authority').focus();
    await page.locator('#authority-names option[value="County Durham"]').waitFor({ state: 'attached', timeout: 10_000 });
    await page.getByLabel('Look up any local authority').fill('County Durham');
    const context = page.locator('[data-authority-context="durham"]');
    await context.waitFor({ state: 'attached', timeout: 10_000 });
    const dates = await context.locator('table.picture thead th[scope="col"][title]').evaluateAll((ths) => ths.map((th) => th.getAttribute('title')));
    expect(dates).toEqual(['9 September 2019', '9 May 2022', '24 March 2025']);
    await page.close();
  });

  it('says so for a name no authority goes by', async () => {
    const page = await popup();
    const input = page.getByLabel('Look up any local authority');
    await input.fill('Testshire');
    await input.press('Enter');
    await expect.poll(() => page.locator('.lookup [role="status"]').innerText()).toBe('No local authority goes by “Testshire”. Choose one from the list as you type.');
    await page.close();
  });
});

describe('the options page', () => {
  it('says what data comes with the extension, its source, and how old it is', async () => {
    const page = await browser().visit(`chrome-extension://${browser().extensionId}/options.html`);
    const section = page.locator('section[aria-labelledby="bundled-data"]');
    await section.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await section.innerText()).toContain(SOURCE);
    expect(await section.innerText()).toContain('153 children');
    expect(await section.locator('[data-data-age]').innerText()).toMatch(/^Both are as at 31 March 2025, (\d+ years?( and \d+ months?)?|\d+ months?|less than a month) old/);
    await page.close();
  });
});
