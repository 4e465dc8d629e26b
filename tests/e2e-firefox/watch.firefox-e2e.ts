// The watch in Firefox (MV2: a background page, browserAction's badge): Portsmouth followed from
// its page's panel; Ofsted then publishes a focused-visit letter (Ofsted's own PDF of Portsmouth's
// 2025 visit); the daily alarm's check finds it, the badge counts it, the popup lists it, and
// "Read it" reads it into the library in the background page.
//
// The alarm: as in the Chromium test (tests/e2e/watch.e2e.test.ts), the product's own daily alarm
// is created again, due at once, through browser.alarms in one of the extension's own pages; the
// browser fires it and the product's listener runs the check.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../e2e/harness/fixture-sites';
import { NEW_LETTER, watchSites } from '../e2e/harness/watch-sites';
import { LIBRARY_DUMP, type LibraryDump } from '../e2e/harness/library-dump';
import { useFirefox } from './harness/firefox';

const { sites, publishLetter } = watchSites();
const firefox = useFirefox(sites);

type Ext = {
  alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]>; create(name: string, info: object): void };
  browserAction: { getBadgeText(details: object): Promise<string> };
};
const ALARM = 'ofsted-lens-watch';

describe('watching Portsmouth for new documents, in Firefox', () => {
  let control: Page;
  const alarms = () => control.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.alarms.getAll());
  const badge = () => control.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.browserAction.getBadgeText({}));
  const followText = async (page: Page) => (await firefox().inShadow(page, 'ofsted-lens-panel', 'button.follow'))[0]?.text ?? null;

  it('follows Portsmouth from the panel on its page, which registers the daily alarm', async () => {
    control = await firefox().extensionPage('options.html');
    expect(await alarms()).toEqual([]);
    const page = await firefox().newPage(PAGES.provider);
    await page.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await expect.poll(() => followText(page), { timeout: 15_000 }).toBe('☆ Follow');
    await firefox().clickInShadow(page, 'ofsted-lens-panel', 'button.follow');
    await expect.poll(() => followText(page)).toBe('★ Following');
    await expect.poll(alarms).toEqual([expect.objectContaining({ name: ALARM, periodInMinutes: 24 * 60 })]);
    await page.close();
  });

  it('at the alarm, finds the letter since published, counts it on the badge, and lists it in the popup', async () => {
    publishLetter();
    await control.evaluate((name) => (globalThis as unknown as { browser: Ext }).browser.alarms.create(name, { when: Date.now() + 100, periodInMinutes: 24 * 60 }), ALARM);
    await expect.poll(badge, { timeout: 20_000 }).toBe('1');

    const popup = await firefox().extensionPage('popup.html?scope=all');
    await popup.waitForSelector('.watch-item', { timeout: 10_000 });
    const text = (await popup.$eval('.watch-item', (item) => (item as HTMLElement).innerText)).replace(/\s+/g, ' ');
    expect(text).toContain("Portsmouth: Children's services focused visit");
    expect(text).toContain('25 February 2025, published 27 March 2025');
    await expect.poll(badge).toBe('');

    await popup.click('.watch-item button');
    await expect.poll(() => popup.$eval('.watch-item', (item) => (item as HTMLElement).innerText), { timeout: 30_000 }).toContain('Read into your library.');
    const library = (await control.evaluate(LIBRARY_DUMP)) as LibraryDump;
    expect(library.inspections).toEqual([expect.objectContaining({ source: NEW_LETTER, kind: 'focused-visit', authorityKey: 'portsmouth' })]);
    await popup.close();
  });
});
