// Listeners for what only the extension itself sends: the background's messages to a tab's overlay
// and to the reader (TabMessage), and its requests to the offscreen document. Each hears the
// extension itself alone (callers.ts, isExtensionItself): a content script, which a hostile page may
// have compromised, once had the reader save a note it did not ask for.
import { browser } from 'wxt/browser';
import { TabMessageSchema, type TabMessage } from '../../core/schema/messages';
import { isExtensionItself, type Extension, type Sender } from './callers';

/** A runtime.onMessage listener: true when it will answer, later, through `sendResponse`. */
export type Listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean;

export const ownExtension = (): Extension => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** `listener`, given the extension's own messages only: anyone else's is not answered. */
export function fromExtensionOnly(listener: Listener, extension: Extension = ownExtension()): Listener {
  return (raw, sender, sendResponse) => isExtensionItself(sender, extension) && listener(raw, sender, sendResponse);
}

/** Hears the background's `type` of tab message, from the extension itself only. */
export function onTabMessage<T extends TabMessage['type']>(type: T, handle: (message: Extract<TabMessage, { type: T }>) => void, extension?: Extension): Listener {
  return fromExtensionOnly((raw) => {
    const message = TabMessageSchema.safeParse(raw);
    if (message.success && message.data.type === type) handle(message.data as Extract<TabMessage, { type: T }>);
    return false;
  }, extension);
}
