// Runs on every matched page, so it decides fast and stays small: the overlay (parsers, panel)
// is injected by the background only once this script has recognised the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageVerdict } from '../utils/page/page-verdict';
import { CONTENT_MATCHES } from '../utils/page/sites';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main() {
    try {
      const body = document.body;
      if (!body || !/ofsted|children/i.test(document.title + (body.textContent ?? '').slice(0, 200_000))) return;
      if (pageVerdict(location.href, body.innerText) === null) return;
      browser.runtime.sendMessage({ type: 'show-overlay' }).catch(() => undefined);
    } catch {
      // Never let Ofsted Lens throw into the page.
    }
  },
});
