// Who sent a message, from what the browser says of the sender, never from the message itself,
// and what each may ask. Extension pages (the popup, the reader, the options page) may ask the
// background anything. A web page's content script (Ofsted Lens's own, but running where a hostile
// page could have compromised it) speaks only for its own document at the address it was loaded
// from: it may save and read that page's notes, remember the document at that address, and have
// the overlay put into its own frame; once its page has changed address, nothing. The offscreen
// document, the reader and the overlay take requests from the extension itself alone.
import { isOfstedReportSite, isProviderPageUrl, pageAddress } from '../../core/sites';
import type { BackgroundMessage } from '../../core/schema/messages';

export type ExtensionPage = { kind: 'extension-page'; url: string };
/**
 * `pageUrl`: the address the browser gives the sender, without its fragment (in Chrome and Firefox
 * the document's address when its content script started). `documentId`: the browser's id of the
 * document, where it gives one. `tabUrl`: the address the tab shows now, when the sender is the
 * tab's main document and on screen.
 */
export type WebPage = { kind: 'web-page'; tabId: number; frameId: number; pageUrl: string; documentId: string | null; tabUrl: string | null };
export type Caller = ExtensionPage | WebPage;

/** The fields of a runtime.MessageSender this needs. */
export type Sender = { id?: string; url?: string; tab?: { id?: number; url?: string }; frameId?: number; documentId?: string; documentLifecycle?: string };

/** This extension, as its messages' senders are told apart: its id and its pages' origin (`chrome-extension://<id>/`). */
export type Extension = { id: string; origin: string };

/** Null for anything that is neither: another extension, a sender without an address. */
export function callerOf(sender: Sender, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page', url: sender.url };
  if (sender.tab?.id === undefined || !/^https?:\/\//.test(sender.url)) return null;
  const frameId = sender.frameId ?? 0;
  // A prerendered document is in no tab's view yet: the tab's address is another page's.
  const onScreen = frameId === 0 && (sender.documentLifecycle ?? 'active') === 'active';
  return {
    kind: 'web-page',
    tabId: sender.tab.id,
    frameId,
    pageUrl: pageAddress(sender.url),
    documentId: sender.documentId ?? null,
    tabUrl: onScreen && sender.tab.url ? pageAddress(sender.tab.url) : null,
  };
}

export const MOVED_REFUSAL = 'This page has changed its address since it loaded.';

/**
 * Why a web page may send nothing more, or null: its document started at `startedAt` (the address
 * of its first message, where the browser names documents) and has since changed address, or its
 * tab now shows another. A fragment alone is not another address.
 */
export function movedRefusal(page: WebPage, startedAt: string | null): string | null {
  const started = startedAt ?? page.pageUrl;
  return page.pageUrl !== started || (page.tabUrl !== null && page.tabUrl !== started) ? MOVED_REFUSAL : null;
}

/** The extension itself, in no tab: its background (or a page such as the popup), never a content script nor a page in a tab. */
export function isExtensionItself(sender: Sender, extension: Extension): boolean {
  return sender.id === extension.id && sender.tab === undefined && sender.url !== undefined && sender.url.startsWith(extension.origin);
}

/**
 * Why a web page's script may not send this, or null when it may. Note edits and deletes are
 * allowed here and then confined to the page's own notes where the database is read (note-store.ts).
 */
export function webPageRefusal(message: BackgroundMessage, page: WebPage): string | null {
  const ownPage = (url: string) => pageAddress(url) === page.pageUrl;
  switch (message.type) {
    case 'show-overlay-on-tab':
      return 'Only the popup shows Ofsted Lens on another tab.';
    case 'remember-document':
    case 'prior-context':
      return ownPage(message.source) ? null : 'A page speaks only for its own address.';
    case 'save-note':
      return ownPage(message.note.url) ? null : 'A page saves notes only for itself.';
    case 'notes-for-url':
      return ownPage(message.url) ? null : 'A page reads only its own notes.';
    case 'open-compare':
      return ownPage(message.later) ? null : 'A page compares only itself with an earlier report.';
    case 'open-briefing':
      return ownPage(message.report) ? null : 'A page opens only its own briefing.';
    case 'open-authority-briefing':
      return isProviderPageUrl(page.pageUrl) ? null : "Only an authority's Ofsted page opens its latest report's briefing.";
    case 'read-listed-reports':
      return isProviderPageUrl(page.pageUrl) ? null : "Only an authority's Ofsted page lists reports to read.";
    case 'england-fetch':
      return "Only Ofsted Lens's library page fetches England's reports.";
    // The panel's Follow on Ofsted's own pages; the files listed only from an authority's page.
    case 'watch-status':
    case 'watch-follow':
      if (!isOfstedReportSite(page.pageUrl)) return 'Only a page of reports.ofsted.gov.uk follows an authority.';
      return message.type === 'watch-follow' && message.listed && !isProviderPageUrl(page.pageUrl) ? "Only an authority's Ofsted page lists reports." : null;
    case 'watch-seen':
    case 'watch-read':
    case 'watch-auto-read':
      return "Only Ofsted Lens's popup works through the new documents.";
    default:
      return null;
  }
}

/** Why an extension page may not send this, or null: only the content script asks for its own frame. */
export function extensionPageRefusal(message: BackgroundMessage): string | null {
  return message.type === 'show-overlay' ? 'Only a web page asks for the overlay in its own frame.' : null;
}
