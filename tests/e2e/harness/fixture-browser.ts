// The setup every browser test file shares: the fixture sites (plus any of its own) served over
// HTTPS, and Chromium with the built extension, closed after the file's tests.
import { afterAll, beforeAll } from 'vitest';
import { startFixtureBrowser, type FixtureBrowser } from './fixture-server';
import type { Sites } from './https-server';

export type { FixtureBrowser } from './fixture-server';

/** Call at a test file's top level; the returned getter works inside tests and hooks. */
export function useFixtureBrowser(extraSites: () => Promise<Sites> | Sites = () => ({})): () => FixtureBrowser {
  let browser: FixtureBrowser | undefined;
  beforeAll(async () => {
    browser = await startFixtureBrowser(await extraSites());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
