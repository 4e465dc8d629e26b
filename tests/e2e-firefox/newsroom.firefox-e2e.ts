// A council newsroom the reader adds, in Firefox: no site Ofsted Lens has from its install; once its
// one origin is granted (optional permissions are granted without a prompt here, as if the reader
// said yes), its news pages get the panel; removed from the popup, they do not.
//
// The popup's own "Always show Ofsted Lens on this site" cannot be pressed here: it shows only when
// the popup knows the tab's address, which Firefox tells it (activeTab) only when the reader opens
// it from the toolbar, and BiDi drives pages, not the toolbar; popup.html opened in a tab is told
// nothing. So the grant is the same permissions.request the button makes (newsroom-sites.ts's
// askForSite), from a real mouse click on an extension page.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { newsHtml } from '../e2e/harness/text-to-html';
import { realFixture } from '../helpers/fixtures';
import { useFirefox } from './harness/firefox';
import { panelSays } from './harness/lens-state';

const SITE = 'https://www.portsmouth.gov.uk';
const NEWS = `${SITE}/news/ofsted-rates-portsmouth-childrens-services-good`;
const firefox = useFirefox(() => ({
  'www.portsmouth.gov.uk': { [new URL(NEWS).pathname]: { contentType: 'text/html; charset=utf-8', body: newsHtml(realFixture('portsmouth-news-2018.txt')) } },
}));

/** Whether the panel is on the page once the page has loaded and the detection script has had time to run. */
async function hasPanel(page: Page): Promise<boolean> {
  await page.reload({ waitUntil: 'load' });
  return page.waitForSelector('ofsted-lens-panel', { timeout: 5000 }).then(() => true, () => false);
}

/** Clicks, with the mouse, the popup's button whose text or label is `name`. */
async function clickButton(popup: Page, name: string): Promise<void> {
  const centre = await popup.$$eval(
    'button',
    (buttons, name) => {
      const button = buttons.find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name);
      if (!button) return null;
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    name,
  );
  if (!centre) throw new Error(`The popup has no button "${name}".`);
  await popup.mouse.click(centre.x, centre.y);
}

const granted = (popup: Page) =>
  popup.evaluate(async (origin) => {
    const ext = (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser;
    return ext.permissions.contains({ origins: [`${origin}/*`] });
  }, SITE);

/** Grants the site as the popup's button does: permissions.request, within a real click on an extension page. */
async function grantFromExtensionPage(page: Page): Promise<boolean> {
  const centre = await page.evaluate((origin) => {
    const ext = (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }).browser;
    const button = document.createElement('button');
    button.textContent = 'Always show Ofsted Lens on this site';
    button.style.cssText = 'position: fixed; left: 0; top: 0; width: 200px; height: 40px; z-index: 2147483647';
    const answer = document.createElement('output');
    button.addEventListener('click', () => void ext.permissions.request({ origins: [`${origin}/*`] }).then((granted) => (answer.value = String(granted)), (error) => (answer.value = String(error))));
    document.body.append(button, answer);
    return { x: 100, y: 20 };
  }, SITE);
  await page.mouse.click(centre.x, centre.y);
  await page.waitForFunction(() => document.querySelector('output')?.value !== '', { timeout: 10_000 });
  return (await page.$eval('output', (o) => (o as HTMLOutputElement).value)) === 'true';
}

describe('Ofsted Lens on a council newsroom the reader adds, in Firefox', () => {
  it('shows nothing on its news page until the site is granted, then the panel; removed from the popup, nothing again', async () => {
    const news = await firefox().newPage(NEWS);
    expect(await hasPanel(news)).toBe(false);

    const asking = await firefox().extensionPage('popup.html');
    expect(await grantFromExtensionPage(asking)).toBe(true);
    expect(await granted(asking)).toBe(true);
    await asking.close();
    const popup = await firefox().extensionPage('popup.html');
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === 'Remove www.portsmouth.gov.uk'), { timeout: 10_000 });

    await news.bringToFront();
    expect(await hasPanel(news)).toBe(true);
    expect(await panelSays(firefox(), news)).toMatchObject({ kind: 'news', authority: 'portsmouth' });

    await popup.bringToFront();
    await clickButton(popup, 'Remove www.portsmouth.gov.uk');
    await expect.poll(() => granted(popup), { timeout: 10_000 }).toBe(false);
    await popup.close();
    await news.bringToFront();
    expect(await hasPanel(news)).toBe(false);
    await news.close();
  });
});
