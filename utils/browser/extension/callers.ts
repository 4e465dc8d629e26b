// Who sent a message to the background, from what the browser says of the sender, never from the
// message itself, and what each may ask. Extension pages (the popup, the reader, the options
// page) may ask anything. A web page's content script (Ofsted Lens's own, but running where a
// hostile page could have compromised it) speaks only for its own page: it may save and read that
// page's notes, remember the document at that address, and have the overlay put into its own frame.
import { isProviderPageUrl } from '../../core/sites';
import type { BackgroundMessage } from '../../core/schema/messages';

export type ExtensionPage = { kind: 'extension-page'; url: string };
export type WebPage = { kind: 'web-page'; tabId: number; frameId: number; pageUrl: string };
export type Caller = ExtensionPage | WebPage;

/** The fields of a runtime.MessageSender this needs. */
export type Sender = { id?: string; url?: string; tab?: { id?: number }; frameId?: number };

const withoutHash = (url: string) => url.split('#')[0]!;

/** Null for anything that is neither: another extension, a sender without an address. */
export function callerOf(sender: Sender, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page', url: sender.url };
  if (sender.tab?.id === undefined || !/^https?:\/\//.test(sender.url)) return null;
  return { kind: 'web-page', tabId: sender.tab.id, frameId: sender.frameId ?? 0, pageUrl: withoutHash(sender.url) };
}

/**
 * Why a web page's script may not send this, or null when it may. Note edits and deletes are
 * allowed here and then confined to the page's own notes where the database is read (note-store.ts).
 */
export function webPageRefusal(message: BackgroundMessage, page: WebPage): string | null {
  const ownPage = (url: string) => withoutHash(url) === page.pageUrl;
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
    case 'read-listed-reports':
      return isProviderPageUrl(page.pageUrl) ? null : "Only an authority's Ofsted page lists reports to read.";
    default:
      return null;
  }
}

/** Why an extension page may not send this, or null: only the content script asks for its own frame. */
export function extensionPageRefusal(message: BackgroundMessage): string | null {
  return message.type === 'show-overlay' ? 'Only a web page asks for the overlay in its own frame.' : null;
}
