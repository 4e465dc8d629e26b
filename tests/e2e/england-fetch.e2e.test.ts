// Fetching England's reports from the library page, in the built extension: three authorities'
// pages on reports.ofsted.gov.uk (tests/e2e/harness/england-sites.ts) listing Ofsted's own PDFs,
// served under their real host names. Every host name the browser looks up is sent to the test
// server, so a request the extension made to any other host would be seen there. Chromium's own
// requests (its updater's and accounts' no-cors posts to Google's hosts) are told apart and set aside.
// ENGLAND_SCREENS=<folder> also saves the section, light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, stopServiceWorker, type LaunchedBrowser } from './harness/browser';
import { ENGLAND_AUTHORITIES, fileUrl, pageUrl } from './harness/england-sites';
import { englandSites } from './harness/england-sites';
import { startHttpsServer } from './harness/https-server';

const OFSTED_HOSTS = ['reports.ofsted.gov.uk', 'files.ofsted.gov.uk', 'files.api.ofsted.gov.uk'];
const [derbyshire, trafford, shropshire] = ENGLAND_AUTHORITIES as [typeof ENGLAND_AUTHORITIES[0], typeof ENGLAND_AUTHORITIES[0], typeof ENGLAND_AUTHORITIES[0]];
const bare = (url: string) => url.replace(/^https:\/\//, '');
const listed = (a: typeof derbyshire, i: number) => bare(fileUrl(a.listed[i]!));

let server: Awaited<ReturnType<typeof startHttpsServer>>;
let browser: LaunchedBrowser;
let page: Page;
/** Chromium's own requests: no-cors, to Google's hosts; everything else here is the extension's (no web page is opened). */
const chromiumsOwn = (request: string, i: number) => /^[a-z0-9.-]+\.(google\.com|googleapis\.com)\//.test(request) && server.headers[i]?.['sec-fetch-mode'] === 'no-cors';
const fromExtension = () => server.requests.filter((r, i) => !chromiumsOwn(r, i));
const counts = () => fromExtension().reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map<string, number>());
type StorageWorld = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

async function openLibrary(): Promise<Page> {
  const opened = await browser.context.newPage();
  await opened.setViewportSize({ width: 1100, height: 900 });
  await opened.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await opened.locator('section.england').waitFor();
  return opened;
}

beforeAll(async () => {
  server = await startHttpsServer(englandSites());
  browser = await launchWithExtension(['*'], server.port);
  page = await openLibrary();
  // A pause long enough to stop the background between two requests; short waits before retries.
  await page.evaluate(
    (authorities) => (globalThis as unknown as StorageWorld).chrome.storage.local.set({ englandFetchTuning: { pauseMs: 2_500, firstRetryMs: 2_000, authorities } }),
    ENGLAND_AUTHORITIES.map((a) => a.key),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function saveScreens(name: string, on: Page = page, what = 'section.england'): Promise<void> {
  const screens = process.env.ENGLAND_SCREENS;
  if (!screens) return;
  mkdirSync(screens, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await on.emulateMedia({ colorScheme: scheme });
    await on.locator(what).screenshot({ path: resolve(screens, `${name}-${scheme}.png`) });
  }
  await on.emulateMedia({ colorScheme: 'light' });
}

describe('fetching England’s reports from the library page', () => {
  it('is off until chosen: the section offers it, and nothing is requested', async () => {
    expect(await page.locator('section.england button').first().innerText()).toBe('Fetch England’s reports…');
    await page.waitForTimeout(500);
    expect(fromExtension()).toEqual([]);
  });

  it('shows progress as it reads the first authority’s reports, and says the 503 it then meets and retries', async () => {
    await page.locator('section.england button', { hasText: 'Fetch England’s reports…' }).click();
    expect(await page.locator('section.england input[name="england-scope"]:checked').getAttribute('value')).toBe('latest');
    await saveScreens('choice');
    // The retry is said for its two seconds only: watched for from before the start.
    const retrySaid = page.locator('.england-retry').waitFor({ timeout: 60_000 }).then(() => page.locator('.england-retry').innerText());
    await page.locator('section.england button', { hasText: 'Start' }).click();
    await page.locator('.england-counts', { hasText: '1 report read' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.england-counts').innerText()).toMatch(/^0 of 3 authorities · 1 report read · 0 failures/);
    expect(await page.locator('section.england progress').getAttribute('max')).toBe('3');
    await page.locator('.england-counts', { hasText: '2 reports read' }).waitFor({ timeout: 60_000 });
    // Said as it counts down.
    expect(await retrySaid).toMatch(new RegExp(`^Trying ${pageUrl(trafford)} again in about [12] seconds?: the server answered 503 \\(try 2 of 4\\)\\.$`));
  }, 120_000);

  it('goes on after the background (service worker) is stopped, once it is started again', async () => {
    // Between two requests (each answer is stored before the pause): stop the worker, as Chrome does.
    await page.locator('.england-counts', { hasText: '1 of 3 authorities' }).waitFor({ timeout: 60_000 });
    await page.locator('.england-counts', { hasText: '3 reports read' }).waitFor({ timeout: 60_000 });
    await stopServiceWorker(browser);
    const stoppedAt = fromExtension().length;
    await page.waitForTimeout(4_000);
    expect(fromExtension().length).toBe(stoppedAt);
    expect(await page.locator('.england-heading strong').innerText()).toBe('Fetching');
    // The library page, opened again, wakes the background, whose run goes on where it stopped.
    await page.close();
    page = await openLibrary();
    await page.locator('.england-counts', { hasText: /left$/ }).waitFor({ timeout: 30_000 });
    await saveScreens('running');
    await page.locator('.england-heading strong', { hasText: 'Done' }).waitFor({ timeout: 90_000 });
    expect(await page.locator('.england-counts').innerText()).toMatch(/^3 of 3 authorities · 4 reports read · 1 failure$/);
  }, 150_000);

  it('says the 404 plainly, once, and lists the reports read in the library', async () => {
    await page.locator('.england-failures summary').click();
    expect(await page.locator('.england-failures li').allInnerTexts()).toEqual([`Shropshire: ${fileUrl(shropshire.listed[0]!)}: not found (the server answered 404).`]);
    await page.locator('li.entry').nth(3).waitFor({ timeout: 20_000 });
    const entries = await page.locator('li.entry').allInnerTexts();
    expect(entries).toHaveLength(4);
    expect(entries.join('\n')).toMatch(/Derbyshire[\s\S]*Shropshire[\s\S]*Trafford/);
    expect(await page.locator('.england-storage').innerText()).toMatch(/^4 reports fetched this way in your library\. Ofsted Lens uses [\d.]+ (KB|MB) of your browser’s storage\.$/);
    await saveScreens('done');
  }, 60_000);

  it('fetched nothing twice, nothing out of scope, and asked no host but Ofsted’s', () => {
    const seen = counts();
    const expected = new Map([
      [bare(pageUrl(derbyshire)), 1], [listed(derbyshire, 0), 1], [listed(derbyshire, 2), 1],
      // The 503, then the page.
      [bare(pageUrl(trafford)), 2], [listed(trafford, 0), 1],
      [bare(pageUrl(shropshire)), 1], [listed(shropshire, 0), 1], [listed(shropshire, 1), 1],
    ]);
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(expected));
    // The area SEND inspection and the letters before each latest inspection were not asked for.
    expect(seen.has(listed(derbyshire, 1))).toBe(false);
    expect(fromExtension().filter((r) => !OFSTED_HOSTS.includes(r.split('/')[0]!))).toEqual([]);
  });

  it('gives England’s picture and Shropshire’s standing from its 2025 report read, newer than the bundled statistics, and says so', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?scope=all`);
    const input = popup.getByLabel('Look up any local authority');
    await input.fill('Shropshire');
    await input.press('Enter');
    const context = popup.locator('[data-authority-context="shropshire"]');
    await context.waitFor({ state: 'attached', timeout: 10_000 });
    for (const key of ['fold-england', 'fold-neighbours']) await context.locator(`details[data-key="${key}"] > summary`).click();
    // Dated at the report's first day of inspection, as the PDF states it.
    const day = (await context.locator('details[data-key="fold-england"] > summary').innerText()).replace(/^England at /, '');
    expect(day).toMatch(/^\d{1,2} (May|June|July) 2025$/);
    expect(await context.locator('.england .source').innerText()).toBe(`Ofsted official statistics, as at 31 March 2025, with 1 authority’s newer grade read from Ofsted’s reports (the newest inspection began ${day})`);
    // Officially Good (2022); its 2025 report says Outstanding.
    expect(await context.locator('[data-standing]').innerText()).toMatch(/^Shropshire: Outstanding\. /);
    expect(await context.locator('li[data-self]').innerText()).toMatch(new RegExp(`^Shropshire \\(this authority\\)\\s+${day} · read from its report`));
    await saveScreens('lookup-context', popup, '[data-authority-context="shropshire"]');
    await popup.close();
  }, 30_000);

  it('removes everything fetched in one action, and nothing else is fetched', async () => {
    const before = fromExtension().length;
    await page.locator('button.england-remove').click();
    await page.locator('section.england button', { hasText: /^Remove$/ }).click();
    await page.locator('section.england .message', { hasText: 'Removed 4 reports fetched from Ofsted. Your notes are kept.' }).waitFor({ timeout: 10_000 });
    await page.locator('li.entry').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('section.england button').first().innerText()).toBe('Fetch England’s reports…');
    expect(fromExtension().length).toBe(before);
  }, 30_000);
});
