// The watch in the built extension: Portsmouth followed from its page's panel, then Ofsted publishes
// a focused-visit letter (Ofsted's own PDF of Portsmouth's 2025 visit); the daily alarm's check finds
// it, the toolbar badge counts it, the popup lists it, and "Read it" reads it into the library.
//
// The alarm: the product registers one daily alarm ('ofsted-lens-watch') when an authority is
// followed. A test cannot wait a day, so it creates that same alarm again, due at once, through
// chrome.alarms in the extension's own service worker (where Playwright can evaluate; no web page
// can). The browser then fires it and the product's own onAlarm listener runs the check: nothing in
// the product is there for the test. WATCH_SCREENS=<folder> saves the follow control and the popup, light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary } from './harness/library-dump';
import { fileUrl, NEW_DOCUMENTS, NEW_LETTER, watchSites } from './harness/watch-sites';

const { sites, publish, publishLetter } = watchSites();
const browser = useFixtureBrowser(sites);
beforeAll(() => revealClosedShadows(browser().context));

const worker = (): Worker => browser().context.serviceWorkers()[0]!;
const ALARM = 'ofsted-lens-watch';
// Evaluated in the service worker as source text: chrome.* has no types in this project.
const inWorker = <T>(expression: string) => worker().evaluate(expression) as Promise<T>;
const badge = () => inWorker<string>('chrome.action.getBadgeText({})');
const alarms = () => inWorker<{ name: string; periodInMinutes?: number }[]>('chrome.alarms.getAll()');
/** The product's daily alarm, created again due at once (see the head of this file). */
const fireAlarmNow = () => inWorker<void>(`chrome.alarms.create(${JSON.stringify(ALARM)}, { when: Date.now() + 100, periodInMinutes: 24 * 60 })`);
const providerFetches = () => browser().requests.filter((r) => r === 'reports.ofsted.gov.uk/provider/44/80539').length;
const screens = process.env.WATCH_SCREENS;

async function shoot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  if (!screens) return;
  mkdirSync(screens, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: resolve(screens, `${name}-${scheme}.png`), ...(clip && { clip }) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('watching Portsmouth for new documents', () => {
  let provider: Page;

  it('registers no alarm until an authority is followed', async () => {
    expect(await alarms()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('follows Portsmouth from the panel on its page, and registers the one daily alarm', async () => {
    provider = await browser().visit(PAGES.provider);
    await provider.setViewportSize({ width: 1280, height: 800 });
    await closedRootsReady(provider, 'ofsted-lens-panel');
    const follow = provider.locator(inside('ofsted-lens-panel', 'button.follow'));
    await follow.waitFor({ timeout: 15_000 });
    expect(await follow.innerText()).toBe('☆ Follow');
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await shoot(provider, 'follow-panel', { x: 1280 - 360, y: 0, width: 360, height: 420 });
    await follow.click();
    await expect.poll(() => follow.innerText()).toBe('★ Following');
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await shoot(provider, 'following-panel', { x: 1280 - 360, y: 0, width: 360, height: 420 });

    await expect.poll(alarms).toHaveLength(1);
    expect((await alarms())[0]).toMatchObject({ name: ALARM, periodInMinutes: 24 * 60 });
    // Followed from its page: the page's four listed reports are what later looks compare with, without fetching it again.
    const stored = await inWorker<{ watch: unknown }>("chrome.storage.local.get('watch')");
    expect((stored.watch as { followed: { authorityKey: string; listed: string[] }[] }).followed).toEqual([
      expect.objectContaining({ authorityKey: 'portsmouth', listed: expect.arrayContaining(['https://files.ofsted.gov.uk/v1/file/50222964']) }),
    ]);
    expect(providerFetches()).toBe(1);
  });

  it('at the daily alarm, finds the letter Ofsted has since published, and counts it on the badge', async () => {
    publishLetter();
    await fireAlarmNow();
    await expect.poll(badge, { timeout: 20_000 }).toBe('1');
    expect(providerFetches()).toBe(2);
    // Not read until the reader asks: no PDF fetched.
    expect(browser().requests.filter((r) => r.startsWith('files.ofsted.gov.uk'))).toEqual([]);
    // Still one daily alarm for the next day.
    expect(await alarms()).toEqual([expect.objectContaining({ name: ALARM, periodInMinutes: 24 * 60 })]);
  });

  it('lists it in the popup with its authority, kind and dates in words, and opening the list clears the badge', async () => {
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.setViewportSize({ width: 400, height: 600 });
    const item = popup.locator('.watch-item');
    await item.waitFor({ timeout: 10_000 });
    const text = (await item.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain("New Portsmouth: Children's services focused visit");
    expect(text).toContain('25 February 2025, published 27 March 2025');
    await expect.poll(badge).toBe('');
    await popup.locator('.watch').scrollIntoViewIfNeeded();
    await shoot(popup, 'popup-list');

    await item.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => item.locator('.watch-status').innerText(), { timeout: 30_000 }).toBe('Read into your library.');
    await shoot(popup, 'popup-read');
    const library = await dumpLibrary(worker());
    expect(library.inspections).toEqual([expect.objectContaining({ source: NEW_LETTER, kind: 'focused-visit', authorityKey: 'portsmouth' })]);
    expect(await badge()).toBe('');
    await popup.close();
  });

  it('with "Read new documents automatically" chosen, reads what the next look finds into the library by itself', async () => {
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('input[name="watch-auto-read"]').check();
    await expect.poll(() => inWorker<{ watch: { autoRead: boolean } }>("chrome.storage.local.get('watch')").then((s) => s.watch.autoRead)).toBe(true);
    publish(NEW_DOCUMENTS.report);
    await fireAlarmNow();
    const report = fileUrl(NEW_DOCUMENTS.report);
    await expect
      .poll(async () => (await dumpLibrary(worker())).inspections.map((r) => (r as { source: string }).source).sort(), { timeout: 30_000 })
      .toEqual([NEW_LETTER, report].sort());
    // Found and read, but not yet seen: counted on the badge until the list is opened.
    expect(await badge()).toBe('1');
    const item = popup.locator('.watch-item', { hasText: "Children's services inspection" });
    await expect.poll(() => item.locator('.watch-status').innerText(), { timeout: 10_000 }).toBe('Read into your library.');
    expect((await item.innerText()).replace(/\s+/g, ' ')).toContain('6 July 2026, published 18 August 2026');
    await popup.close();
  });

  it('a page the daily check cannot read is said plainly in the popup, and not asked for again until the next alarm', async () => {
    // Kent, followed from the popup's look-up: the fixture server has no page for it (404).
    const kentFetches = () => browser().requests.filter((r) => r === 'reports.ofsted.gov.uk/provider/44/80476').length;
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('#authority-name').fill('Kent');
    await popup.locator('.lookup button[type="submit"]').click();
    const follow = popup.locator('.lookup-head button.follow');
    await follow.click();
    await expect.poll(() => follow.innerText()).toBe('★ Following');
    // Followed from the look-up, not its page: one look notes what its page lists (here, it fails quietly: nothing to compare yet).
    await expect.poll(kentFetches).toBe(1);
    await shoot(popup, 'lookup-follow');

    await fireAlarmNow();
    const failure = popup.locator('.watch-failure');
    await failure.waitFor({ timeout: 20_000 });
    expect(await failure.innerText()).toMatch(/^Kent: its page on reports\.ofsted\.gov\.uk could not be checked on \d{1,2} [A-Z][a-z]+ \d{4} \(reports\.ofsted\.gov\.uk answered 404\)\. The next daily check will look again\.$/);
    await shoot(popup, 'popup-failure');
    expect(kentFetches()).toBe(2);
    await new Promise((done) => setTimeout(done, 3_000));
    expect(kentFetches()).toBe(2);
    // Unfollowed from the popup's list.
    await popup.locator('.watch-followed summary').click();
    await popup.getByRole('button', { name: 'Unfollow Kent' }).click();
    await expect.poll(() => follow.innerText()).toBe('☆ Follow');
    await popup.close();
  });

  it('unfollowing from the panel removes the alarm: the watch is off again', async () => {
    const follow = provider.locator(inside('ofsted-lens-panel', 'button.follow'));
    await follow.click();
    await expect.poll(() => follow.innerText()).toBe('☆ Follow');
    await expect.poll(alarms).toEqual([]);
  });

  it('follows from a report page’s panel too, where one look at the authority’s page notes what it lists', async () => {
    const report = await browser().visit(PAGES.report);
    await closedRootsReady(report, 'ofsted-lens-panel');
    const follow = report.locator(inside('ofsted-lens-panel', 'button.follow'));
    await follow.waitFor({ timeout: 15_000 });
    const fetchesBefore = providerFetches();
    await follow.click();
    await expect.poll(() => follow.innerText()).toBe('★ Following');
    await expect.poll(providerFetches).toBe(fetchesBefore + 1);
    await expect
      .poll(() => inWorker<{ watch: { followed: { authorityKey: string; listed: string[] | null }[] } }>("chrome.storage.local.get('watch')").then((s) => s.watch.followed))
      .toEqual([expect.objectContaining({ authorityKey: 'portsmouth', listed: expect.arrayContaining([NEW_LETTER, fileUrl(NEW_DOCUMENTS.report)]) })]);
    expect(await alarms()).toHaveLength(1);
    await report.close();
  });
});
