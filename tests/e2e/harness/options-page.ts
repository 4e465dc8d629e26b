// The reader's options, set as the reader sets them: on the extension's options page.
import type { FixtureBrowser } from './fixture-browser';

/**
 * Checks or unchecks the option's box (`name`, its input's name) and resolves once the extension
 * has stored it under `storageKey`, so what the test does next meets the option already set.
 */
export async function setOption(browser: FixtureBrowser, name: string, storageKey: string, on: boolean): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator(`input[name="${name}"]`).setChecked(on);
  await options.waitForFunction(
    async ([key, want]) => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await storage.local.get(key))[key] === want;
    },
    [storageKey, on] as const,
  );
  await options.close();
}
