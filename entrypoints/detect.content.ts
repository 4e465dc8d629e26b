// Runs on every matched page, so it decides fast: pages that are not ours cost one cheap test.
// On an Ofsted report or provider page it paints the panel itself, then asks the background to
// inject the overlay (notes, prior context, and Readability for news articles) into this frame:
// nothing of the extension is web-accessible, so no page can probe for it.
import '../utils/browser/extension/idle-mark';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { benchMark } from '../utils/browser/extension/bench-mark';
import { firstPaint } from '../utils/browser/extension/first-paint';
import { pageVerdict } from '../utils/core/page/page-verdict';
import { CONTENT_MATCHES, isBuiltInSite, isNewsroomPage } from '../utils/core/sites';
import type { BackgroundMessage } from '../utils/core/schema';

function loadOverlay(): void {
  const message: BackgroundMessage = { type: 'show-overlay' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise post a "content script started" message, naming the extension, to every
  // matched page: any page could see that Ofsted Lens is installed.
  noScriptStartedPostMessage: true,
  main() {
    try {
      benchMark('main'); // the script evaluated
      // Registered for a site the reader added, the script runs on pages its match patterns only
      // approximate: the address decides first, before anything of the page is read.
      if (!isBuiltInSite(location.href) && !isNewsroomPage(location.href)) return;
      const body = document.body;
      if (!body || !/ofsted|children/i.test(document.title + (body.textContent ?? '').slice(0, 200_000))) return;
      const verdict = pageVerdict(location.href, body.innerText);
      if (verdict === null) return;
      benchMark('verdict');
      if (verdict === 'news') return loadOverlay();
      firstPaint().catch(() => false).then(loadOverlay, () => undefined);
    } catch {
      // Never let Ofsted Lens throw into the page.
    }
  },
});
