// The page that plants records in the library by reloading itself under new addresses
// (tests/e2e/attacker-cleaning.e2e.test.ts), in Firefox: the options page lists its records, read
// from the library's summary index, with their site and addresses; one click on that site's Delete
// takes them all, and Undo puts them back.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { HOSTILE, HOSTILE_SITE, selfReloadingPage } from '../e2e/harness/self-reloading-page';
import { useFirefox } from './harness/firefox';

const RELOADS = 2;
const firefox = useFirefox(() => ({ [HOSTILE_SITE]: { [new URL(HOSTILE).pathname]: { contentType: 'text/html; charset=utf-8', body: selfReloadingPage(RELOADS) } } }));

const texts = (page: Page, css: string) => page.$$eval(css, (els) => els.map((e) => (e as HTMLElement).innerText));

async function options(): Promise<Page> {
  const page = await firefox().extensionPage('options.html');
  await page.waitForSelector('.library .record, .library .empty', { timeout: 10_000 });
  return page;
}

describe('a page that plants records in the library, reloading itself, in Firefox', () => {
  it('leaves records the options page lists by its site, all deleted with one click and put back with Undo', async () => {
    const hostile = await firefox().newPage(HOSTILE);
    await hostile.waitForFunction((last) => location.search === last, { timeout: 30_000 }, `?n=${RELOADS}`);
    await hostile.waitForSelector('ofsted-lens-panel', { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await hostile.close();

    const page = await options();
    const planted = await texts(page, `.site[data-site="${HOSTILE_SITE}"] .record-address`);
    expect(planted.length).toBeGreaterThan(0);
    for (const address of planted) expect(address.startsWith(HOSTILE)).toBe(true);
    for (const from of await texts(page, '.record-from')) expect(from).toMatch(/^Reported by www\.cypnow\.co\.uk · read /);

    await page.click(`.site[data-site="${HOSTILE_SITE}"] .site-head button.delete`);
    await page.waitForSelector('.undo', { timeout: 10_000 });
    expect((await texts(page, '.undo > span:first-child'))[0]).toMatch(new RegExp(`^Deleted ${planted.length} records? from ${HOSTILE_SITE.replace(/\./g, '\\.')}\\.$`));
    await page.waitForSelector('.library .empty');

    await page.click('.undo button:not(.dismiss)');
    await page.waitForSelector('.library .record', { timeout: 10_000 });
    expect(await texts(page, '.message')).toEqual([`Put back ${planted.length} record${planted.length === 1 ? '' : 's'}.`]);
    expect((await texts(page, '.record-address')).sort()).toEqual([...planted].sort());
    await page.close();
  });
});
