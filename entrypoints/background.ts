import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectOverlay } from '../utils/extension/inject-overlay';
import { BackgroundMessageSchema } from '../utils/schema';

const MENU_ID = 'ofsted-lens-show';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Show Ofsted Lens on this page', contexts: ['page', 'selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void injectOverlay(tab.id, info.frameId ?? 0, true).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = BackgroundMessageSchema.safeParse(raw);
    if (!message.success) return;
    if (message.data.type === 'show-overlay' && sender.tab?.id !== undefined) {
      void injectOverlay(sender.tab.id, sender.frameId ?? 0, false).catch(() => undefined);
    } else if (message.data.type === 'show-overlay-on-tab') {
      void injectOverlay(message.data.tabId, 0, true).catch(() => undefined);
    }
  });
});
