// Runs on every matched page, so it decides fast: the address first, then a cheap look at the
// text, and only then one reading of the page (page-reading.ts). On an authority's page or a
// report it paints the panel itself; then it asks the background to inject the overlay into this
// frame with that reading, which is never read again. Nothing of the extension is web-accessible,
// so no page can probe for it.
import '../utils/browser/extension/idle-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { benchMark } from '../utils/browser/extension/bench-mark';
import { loadedAddress, sendFromThisDocument, showsLoadedAddress } from '../utils/browser/extension/document-address';
import { panelState, paintFirst } from '../utils/browser/extension/first-paint';
import { readRecognisedPage } from '../utils/core/page/page-reading';
import { mayBeOurs } from '../utils/core/recognise/recognise';
import { CONTENT_MATCHES, isBuiltInSite, isNewsroomPage } from '../utils/core/sites';
import type { BackgroundMessage } from '../utils/core/schema/messages';


export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // WXT would otherwise post a "content script started" message, naming the extension, to every
  // matched page: any page could see that Ofsted Lens is installed.
  noScriptStartedPostMessage: true,
  async main() {
    try {
      benchMark('main'); // the script evaluated
      // Asked first, so the browser's round trip overlaps everything below; on a page that is not
      // ours the answer is simply dropped.
      const state = panelState();
      // A page that has named itself another address since it loaded (history.replaceState) is
      // not read: its text would be taken for that address's (document-address.ts).
      if (!showsLoadedAddress()) return;
      const address = loadedAddress();
      // Registered for a site the reader added, the script runs on pages its match patterns only
      // approximate: the address decides first, before anything of the page is read.
      if (!isBuiltInSite(address) && !isNewsroomPage(address)) return;
      const body = document.body;
      // The recognisers' own first test, on textContent, which forces no layout.
      if (!body || !mayBeOurs({ url: address, text: document.title + (body.textContent ?? '').slice(0, 200_000) })) return;
      const reading = readRecognisedPage(document, address);
      if (reading.kind === 'none') return;
      benchMark('verdict');
      await paintFirst(reading, state);
      const message: BackgroundMessage = { type: 'show-overlay', input: { reading, ...(await state) } };
      await sendFromThisDocument(message);
    } catch {
      // Never let Ofsted Lens throw into the page.
    }
  },
});
