// Fills the library as a reader fills it: each report opened in the built extension's reader,
// which keeps it once read; resolves when the library holds them all.
import type { FixtureBrowser } from './fixture-browser';
import { dumpLibrary } from './library-dump';

export async function readIntoLibrary(browser: FixtureBrowser, sources: readonly string[], timeoutMs = 30_000): Promise<void> {
  for (const src of sources) {
    const reader = await browser.visit(`chrome-extension://${browser.extensionId}/reader.html?src=${encodeURIComponent(src)}`);
    await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
    // The reader keeps the report once it has read it, as the panel appears.
    await reader.waitForFunction(() => document.querySelector('ofsted-lens-panel') !== null, null, { timeout: 10_000 });
    await reader.close();
  }
  const deadline = Date.now() + timeoutMs;
  while ((await dumpLibrary(browser.worker)).inspections.length < sources.length) {
    if (Date.now() > deadline) throw new Error(`The reader did not keep all ${sources.length} reports in the library within ${timeoutMs / 1000} s.`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
