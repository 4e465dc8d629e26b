// The Firefox build (.output/firefox-mv2) in the system's Firefox (`npm run setup` finds or installs
// it; FIREFOX_PATH chooses another), driven by puppeteer-core over WebDriver BiDi, visiting the
// Chrome tests' fixture sites (tests/e2e/harness) under their real host names: Firefox resolves
// them to this machine (network.dns.localDomains) and 127.0.0.1:443 forwards to the fixture server.
//
// Reading what Ofsted Lens draws: its shadow roots are closed, and neither the page's scripts nor a
// BiDi sandbox can open them. An extension's content scripts can, in Firefox, through
// Element.openOrClosedShadowRoot; so the tests ask the extension itself, from one of its own pages,
// to run a small script in the tab (scripting.executeScript, which it is allowed on the sites it
// reads). Clicks stay real mouse input at the element's place, as Ofsted Lens acts on trusted input only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { firefoxPath } from '../../../scripts/find-firefox.mjs';
import { fixtureSites, HOSTS } from '../../e2e/harness/fixture-sites';
import { startHttpsServer, type Sites } from '../../e2e/harness/https-server';
import { forwardPort443 } from './port-443';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
// Fixed, so the tests know the add-on's moz-extension:// origin (Firefox gives each install a random one).
const EXTENSION_UUID = '5b0e1c3a-0f1d-4c55-9a7e-0b5e2c1a7f00';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** What a script run in a tab found of one element inside a closed root. */
export type ShadowElement = { text: string; attributes: Record<string, string>; centre: { x: number; y: number } };

export type FirefoxWithExtension = {
  browser: Browser;
  /** Every host/path the fixture server was asked for. */
  requests: string[];
  newPage(url: string): Promise<Page>;
  /**
   * Opens one of the extension's own pages (popup.html, options.html, reader.html?src=…) in a new
   * tab; with `behind`, that page stays the active tab, as the tab a popup is opened over.
   */
  extensionPage(pathAndQuery: string, behind?: Page): Promise<Page>;
  /** In `page`, each element matching `css` inside the closed root of each `host` element. */
  inShadow(page: Page, host: string, css: string): Promise<ShadowElement[]>;
  /** Clicks, with the mouse, the first element matching `css` inside the closed root of a `host` element. */
  clickInShadow(page: Page, host: string, css: string): Promise<void>;
};

function addonId(): string {
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const id = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${manifest} gives no browser_specific_settings.gecko.id.`);
  return id;
}

/**
 * Navigates without waiting on puppeteer's own navigation events, which it does not get for the
 * add-on's pages (they load in Firefox's extension process): BiDi's browsingContext.navigate waits
 * for the load itself. Puppeteer offers no public call for it; this reaches its BiDi browsing
 * context, and says so plainly should a new puppeteer-core move it.
 */
async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate?(url: string, wait: string): Promise<void> } }).browsingContext;
  if (typeof context?.navigate !== 'function') throw new Error('puppeteer-core no longer exposes its BiDi browsing context: tests/e2e-firefox/harness/firefox.ts must open extension pages another way.');
  await context.navigate(url, 'complete');
}

/** Runs in the tab, as the extension's content script (where openOrClosedShadowRoot exists). */
function findInClosedRoots(host: string, css: string, scroll: boolean) {
  type Opened = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  return [...document.querySelectorAll(host)].flatMap((h) =>
    [...((h as Opened).openOrClosedShadowRoot?.querySelectorAll(css) ?? [])].map((el) => {
      if (scroll) el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      return {
        text: (el as HTMLElement).innerText ?? el.textContent ?? '',
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
      };
    }),
  );
}

/** Call at a test file's top level; the returned getter works inside tests and hooks. */
export function useFirefox(extraSites: () => Promise<Sites> | Sites = () => ({})): () => FirefoxWithExtension {
  let server: Awaited<ReturnType<typeof startHttpsServer>> | undefined;
  let forward: Awaited<ReturnType<typeof forwardPort443>> | undefined;
  let browser: Browser | undefined;
  let control: Page | undefined;
  let handle: FirefoxWithExtension | undefined;

  beforeAll(async () => {
    const executablePath = firefoxPath(); // first: with no Firefox, it says so before anything is made
    const id = addonId();
    const extra = await extraSites();
    server = await startHttpsServer({ ...fixtureSites(), ...extra });
    forward = await forwardPort443(server.port);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Lets BiDi open the add-on's own pages (moz-extension://), which it otherwise refuses.
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': [...new Set([...HOSTS, ...Object.keys(extra)])].join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        // Optional permissions granted without a prompt, as if the reader had said yes.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(EXTENSION_DIR);

    const extensionPage = async (pathAndQuery: string, behind?: Page) => {
      const page = await browser!.newPage();
      await behind?.bringToFront();
      await navigateExtensionPage(page, `${EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    };
    control = await extensionPage('options.html');

    /** Runs findInClosedRoots in `page`'s tab, found as the active tab once `page` is brought to the front. */
    const inTab = async (page: Page, host: string, css: string, scroll: boolean): Promise<ShadowElement[]> => {
      await page.bringToFront();
      const url = page.url();
      // One expression, the function's source inside it: the add-on's pages allow no eval (new Function).
      return control!.evaluate(`(async () => {
        const tab = (await browser.tabs.query({ active: true })).find((t) => t.url === ${JSON.stringify(url)});
        if (!tab) throw new Error('No active tab at ' + ${JSON.stringify(url)});
        const [injected] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: ${findInClosedRoots.toString()}, args: ${JSON.stringify([host, css, scroll])} });
        if (injected?.error) throw new Error(String(injected.error));
        return injected?.result;
      })()`) as Promise<ShadowElement[]>;
    };

    handle = {
      browser,
      requests: server.requests,
      newPage: async (url) => {
        const page = await browser!.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      extensionPage,
      inShadow: (page, host, css) => inTab(page, host, css, false),
      clickInShadow: async (page, host, css) => {
        const [target] = await inTab(page, host, css, true);
        if (!target) throw new Error(`Nothing matches ${css} in a closed root of ${host} at ${page.url()}`);
        await page.mouse.click(target.centre.x, target.centre.y);
      },
    };
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await forward?.close();
    await server?.close();
  });

  return () => {
    if (!handle) throw new Error('Firefox did not start: see the error from beforeAll.');
    return handle;
  };
}
