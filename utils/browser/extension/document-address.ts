// The address a web page's document was loaded from, which the page's own scripts cannot change:
// history.replaceState and pushState rewrite `location`, never the document's navigation entry. A
// page at /sponsored/partner-content/ once named itself another article this way, and was given
// that article's notes and overwrote its library record. The detection script and the overlay
// speak for this address alone, and for nothing once the page shows another; a fragment alone
// (`#comments`) is not another address. The background holds every page to the same (callers.ts).
import { browser } from 'wxt/browser';
import { pageAddress } from '../../core/sites';
import type { BackgroundMessage } from '../../core/schema/messages';
import { MOVED_REFUSAL } from './callers';

/**
 * Where this document was loaded from (after any redirect), without its fragment. Firefox names
 * the entry of one of the extension's own pages (the reader) "document", not its address: there,
 * where no page's script runs to rename it, its location is the address. (Taken for an address
 * moved, "document" had the reader in Firefox refuse every note it was asked to save.)
 */
export function loadedAddress(): string {
  const [entry] = performance.getEntriesByType('navigation');
  return pageAddress(entry && URL.canParse(entry.name) ? entry.name : location.href);
}

/** Whether the page still shows the address its document was loaded from, fragment aside. */
export function showsLoadedAddress(): boolean {
  return pageAddress(location.href) === loadedAddress();
}

/** Sends to the background while the page shows the address it was loaded from; refused, unsent, after. */
export function sendFromThisDocument(message: BackgroundMessage): Promise<unknown> {
  return showsLoadedAddress() ? browser.runtime.sendMessage(message) : Promise.reject(new Error(MOVED_REFUSAL));
}
