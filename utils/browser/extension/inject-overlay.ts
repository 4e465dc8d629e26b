// Puts the overlay into a tab's frame and hands it what to start from, by message: the detection
// script's reading, or nothing when the reader asked from the popup (the overlay then reads the
// page itself and says so if it recognises nothing).
import { browser } from 'wxt/browser';
import type { OverlayInput, TabMessage } from '../../core/schema/messages';

export async function injectOverlay(tabId: number, frameId: number, input: OverlayInput): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/overlay.js'] });
  // The overlay listens from its first evaluation, which executeScript has waited for.
  const message: TabMessage = { type: 'overlay-input', input };
  await browser.tabs.sendMessage(tabId, message, { frameId });
}
