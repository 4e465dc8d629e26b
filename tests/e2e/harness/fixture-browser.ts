// The setup every browser test file shares: the fixture sites (plus any of its own) served over
// HTTPS, and Chromium with the built extension, closed after the file's tests.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { fixtureSites, HOSTS } from './fixture-sites';
import { startHttpsServer, type Sites } from './https-server';

export type FixtureBrowser = LaunchedBrowser & {
  requests: string[];
  /** Opens `url` in a new tab and resolves once it has loaded (as Firefox's harness does with newPage(url)). */
  visit(url: string): Promise<Page>;
};

/** Call at a test file's top level; the returned getter works inside tests and hooks. */
export function useFixtureBrowser(extraSites: () => Promise<Sites> | Sites = () => ({})): () => FixtureBrowser {
  let server: Awaited<ReturnType<typeof startHttpsServer>> | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    const extra = await extraSites();
    server = await startHttpsServer({ ...fixtureSites(), ...extra });
    browser = await launchWithExtension([...new Set([...HOSTS, ...Object.keys(extra)])], server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  async function visit(url: string): Promise<Page> {
    const page = await browser!.context.newPage();
    await page.goto(url);
    return page;
  }
  return () => ({ ...browser!, requests: server!.requests, visit });
}
