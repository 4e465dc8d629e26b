// Browser-API side (not core): puts the overlay into a tab. The detection content script is
// tiny; the overlay, with the parsers and the panel, is injected only into recognised pages.
import { browser } from 'wxt/browser';

export const FORCED_FLAG = '__ofstedLensForced';

/** `forced`: the reader asked, so a page that is not recognised says so instead of staying silent. */
export async function injectOverlay(tabId: number, frameId: number, forced: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({
    target,
    func: (flag: string, value: boolean) => {
      (globalThis as Record<string, unknown>)[flag] = value;
    },
    args: [FORCED_FLAG, forced],
  });
  await browser.scripting.executeScript({ target, files: ['/overlay.js'] });
}
