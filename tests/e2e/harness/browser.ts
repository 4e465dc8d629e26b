// The system's Chromium (the one `npm run setup` found or installed; CHROMIUM_PATH chooses another)
// with the built extension loaded, in a persistent context, with the real host names mapped to the
// local HTTPS server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from '../../../scripts/find-chromium.mjs';

/** The built extension; OFSTED_LENS_EXTENSION_DIR points the tests at another build (a helper's own, say). */
export const EXTENSION_DIR = resolve(process.env.OFSTED_LENS_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3'));

export type LaunchedBrowser = { context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> };

export async function launchWithExtension(hosts: string[], port: number, extensionDir = EXTENSION_DIR): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath(); // first: with no browser, it says so before anything is made
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const profile = mkdtempSync(join(tmpdir(), 'ofsted-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { context, worker, extensionId, close };
}

/** Stops the extension's service worker, as Chrome does after it idles; the next message starts it again. */
export async function stopServiceWorker(browser: LaunchedBrowser): Promise<void> {
  const session = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!worker) throw new Error('The extension has no running service worker to stop.');
  await session.send('Target.closeTarget', { targetId: worker.targetId });
  await session.detach();
}
