// The fixture sites (plus any of a caller's own) served over HTTPS, and Chromium with the built
// extension visiting them under their real host names: what the browser tests (through
// fixture-browser.ts) and `npm run shots` both start from.
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { fixtureSites, HOSTS } from './fixture-sites';
import { startHttpsServer, type Sites } from './https-server';

export type FixtureBrowser = LaunchedBrowser & {
  requests: string[];
  /** Opens `url` in a new tab and resolves once it has loaded (as Firefox's harness does with newPage(url)). */
  visit(url: string): Promise<Page>;
};

/** Starts the server and the browser; `close` (the browser's, extended) stops both. */
export async function startFixtureBrowser(extra: Sites = {}): Promise<FixtureBrowser> {
  const server = await startHttpsServer({ ...fixtureSites(), ...extra });
  const browser = await launchWithExtension([...new Set([...HOSTS, ...Object.keys(extra)])], server.port).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  async function visit(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  }
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { ...browser, close, requests: server.requests, visit };
}
