// Runs on every matched page, so it decides fast and stays small: the overlay (parsers, panel)
// is loaded only once this script has recognised the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageVerdict } from '../utils/page/page-verdict';
import { CONTENT_MATCHES } from '../utils/page/sites';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main() {
    try {
      performance.mark('ofsted-lens:idle');
      const body = document.body;
      if (!body || !/ofsted|children/i.test(document.title + (body.textContent ?? '').slice(0, 200_000))) return;
      if (pageVerdict(location.href, body.innerText) === null) return;
      performance.mark('ofsted-lens:verdict');
      // Loaded straight from the extension, not through the background: no round trip.
      import(/* @vite-ignore */ browser.runtime.getURL('/overlay.js')).catch(() =>
        browser.runtime.sendMessage({ type: 'show-overlay' }).catch(() => undefined),
      );
    } catch {
      // Never let Ofsted Lens throw into the page.
    }
  },
});
