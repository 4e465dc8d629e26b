// Puts the overlay into a tab's frame and hands it what to start from, by message: the detection
// script's reading, or nothing when the reader asked from the popup (the overlay then reads the
// page itself and says so if it recognises nothing).
import { browser } from 'wxt/browser';
import type { OverlayInput, TabMessage } from '../../core/schema/messages';

/** A tab's frame, and the document in it that asked where the browser names documents. */
export type Frame = { tabId: number; frameId: number; documentId?: string | null };

export async function injectOverlay({ tabId, frameId, documentId }: Frame, input: OverlayInput): Promise<void> {
  // Into the document that asked, never another its frame has loaded since.
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: ['/overlay.js'] });
  // The overlay listens from its first evaluation, which executeScript has waited for.
  const message: TabMessage = { type: 'overlay-input', input };
  await browser.tabs.sendMessage(tabId, message, documentId ? { documentId } : { frameId });
}
