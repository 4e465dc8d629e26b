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

describe('the panel on Portsmouth’s provider page', () => {
  it('shows its official history, England’s grades and its neighbours, each labelled with the source', async () => {
    const page = await browser().visit(PAGES.provider);
    const context = await portsmouthContext(page);

    const history = context.locator('ul[aria-label="Graded inspections, newest first"] > li');
    expect(await history.count()).toBe(2);
    expect(await history.nth(0).innerText()).toMatch(/15 May 2023[\s\S]*Good[\s\S]*Ofsted official statistics[\s\S]*Help and protection ↑ up from Good/);
    expect(await history.nth(1).innerText()).toMatch(/3 September 2018[\s\S]*Good/);
    // The picture's cells: each grade in words, short on screen and whole for a screen reader.
    const help = context.locator('table.picture tr[data-judgement="helpAndProtection"] td');
    expect(await help.locator('[aria-hidden="true"]').allTextContents()).toEqual(['Good', 'Outst.']);
    expect(await help.locator('.sr').allTextContents()).toEqual(['Good', 'Outstanding']);
    expect(await context.locator('p.source').allInnerTexts()).toEqual([SOURCE, SOURCE, SOURCE]);
    expect(await context.locator('[data-standing]').innerText()).toMatch(/^Portsmouth: Good\. \d+ authorities have a better grade/);

    const neighbours = context.locator('ul[aria-label="Statistical neighbours"] a');
    expect(await neighbours.count()).toBe(10);
    for (const href of await neighbours.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
    }
    await page.close();
  });
});

describe('the panel on the Portsmouth 2023 report and on a news article about its 2018 inspection', () => {
  it('marks the report’s own inspection as this report, from both the official table and the report read here', async () => {
    const page = await browser().visit(PAGES.report);
    const context = await portsmouthContext(page);
    const current = context.locator('li[data-current]');
    expect(await current.getAttribute('data-from')).toBe('both');
    expect(await current.innerText()).toMatch(/^15 May 2023 \(this report\)/);
    expect(await context.locator('[data-disagreement]').count()).toBe(0);
    expect(await context.locator('h3').nth(1).innerText()).toBe('England at 15 May 2023');
    await page.close();
  });

  it('shows the authority’s history and its source on the article too', async () => {
    const page = await browser().visit(PAGES.news);
    const context = await portsmouthContext(page);
    expect(await context.locator('ul[aria-label="Graded inspections, newest first"] > li').count()).toBeGreaterThanOrEqual(2);
    expect(await context.locator('p.source').first().innerText()).toBe(SOURCE);
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
    expect(await context.locator('ul[aria-label="Graded inspections, newest first"] > li').count()).toBeGreaterThan(0);
    expect(await context.locator('p.source').first().innerText()).toBe(SOURCE);
    expect(await context.locator('ul[aria-label="Statistical neighbours"] a').count()).toBe(10);
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
    const dates = await context.locator('ul[aria-label="Graded inspections, newest first"] > li .row-head > span:first-child').allInnerTexts();
    expect(dates).toEqual(['24 March 2025', '9 May 2022', '9 September 2019']);
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
