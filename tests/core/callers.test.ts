// The background answers a message by who sent it, as the browser reports the sender: a web page's
// script (which a hostile page may have compromised) speaks only for its own page.
import { describe, expect, it } from 'vitest';
import { callerOf, extensionPageRefusal, isExtensionItself, movedRefusal, webPageRefusal, type WebPage } from '../../utils/browser/extension/callers';
import type { Note } from '../../utils/core/schema/storage';
import type { BackgroundMessage } from '../../utils/core/schema/messages';
import { sampleNote } from '../helpers/notes';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://www.communitycare.co.uk/2023/07/20/portsmouth-good/';
const page: WebPage = { kind: 'web-page', tabId: 4, frameId: 0, pageUrl: PAGE, documentId: null, tabUrl: null };
const OTHER = 'https://reports.ofsted.gov.uk/provider/44/80539';

describe('who sent a message', () => {
  it('takes an extension page from its address, and a web page from its tab and frame, without the fragment', () => {
    expect(callerOf({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'extension-page', url: `${ORIGIN}popup.html` });
    expect(callerOf({ id: ID, url: `${PAGE}#p12`, tab: { id: 4 }, frameId: 0 }, ID, ORIGIN)).toEqual(page);
  });

  it('takes a web page’s document id, and the address its tab shows now when it is the tab’s main document on screen', () => {
    const sender = { id: ID, url: PAGE, tab: { id: 4, url: `${OTHER}#top` }, frameId: 0, documentId: 'D1', documentLifecycle: 'active' };
    expect(callerOf(sender, ID, ORIGIN)).toEqual({ ...page, documentId: 'D1', tabUrl: OTHER });
    // A frame's tab shows its parent's address; a prerendered document's, the page it will replace.
    expect(callerOf({ ...sender, frameId: 3 }, ID, ORIGIN)).toMatchObject({ frameId: 3, tabUrl: null });
    expect(callerOf({ ...sender, documentLifecycle: 'prerender' }, ID, ORIGIN)).toMatchObject({ tabUrl: null });
    // Firefox names no lifecycle: a main document is on screen.
    expect(callerOf({ ...sender, documentLifecycle: undefined }, ID, ORIGIN)).toMatchObject({ tabUrl: OTHER });
  });

  it('answers nobody else: another extension, a sender without an address, a web page without a tab, a non-web address', () => {
    expect(callerOf({ id: 'another', url: `chrome-extension://another/popup.html` }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID, url: PAGE }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID, url: 'file:///home/me/report.html', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
  });
});

describe('a web page that has changed its address', () => {
  const SPONSORED = 'https://www.communitycare.co.uk/sponsored/partner-content/';

  it('is refused once it says another address than its document started at, or its tab shows another', () => {
    expect(movedRefusal({ ...page, pageUrl: SPONSORED }, PAGE)).toMatch(/changed its address/);
    expect(movedRefusal({ ...page, tabUrl: PAGE }, SPONSORED)).toMatch(/changed its address/);
    expect(movedRefusal({ ...page, tabUrl: OTHER }, null)).toMatch(/changed its address/);
  });

  it('is not, for a fragment alone or where the browser names no document and the tab says nothing', () => {
    expect(movedRefusal({ ...page, tabUrl: PAGE }, PAGE)).toBeNull();
    expect(callerOf({ id: ID, url: `${PAGE}#comments`, tab: { id: 4, url: `${PAGE}#p3` }, frameId: 0, documentId: 'D1' }, ID, ORIGIN)).toMatchObject({ pageUrl: PAGE, tabUrl: PAGE });
    expect(movedRefusal(page, null)).toBeNull();
  });
});

describe('the extension itself', () => {
  const extension = { id: ID, origin: ORIGIN };

  it('is its background (or a page of its own in no tab)', () => {
    expect(isExtensionItself({ id: ID, url: `${ORIGIN}background.js` }, extension)).toBe(true);
    expect(isExtensionItself({ id: ID, url: `${ORIGIN}_generated_background_page.html` }, extension)).toBe(true);
  });

  it('is never a content script, a page of its own in a tab, another extension, or a sender without an address', () => {
    expect(isExtensionItself({ id: ID, url: PAGE, tab: { id: 4 }, frameId: 0 }, extension)).toBe(false);
    expect(isExtensionItself({ id: ID, url: `${ORIGIN}reader.html`, tab: { id: 5 } }, extension)).toBe(false);
    expect(isExtensionItself({ id: 'another', url: `chrome-extension://another/background.js` }, extension)).toBe(false);
    expect(isExtensionItself({ id: ID }, extension)).toBe(false);
  });
});

describe('what a web page may ask', () => {
  const note = (url: string): Note => sampleNote({ url });
  const asks = (message: BackgroundMessage) => webPageRefusal(message, page);

  it('saves and reads notes only for its own address', () => {
    expect(asks({ type: 'save-note', note: note(PAGE) })).toBeNull();
    expect(asks({ type: 'save-note', note: note(OTHER) })).toMatch(/only for itself/);
    expect(asks({ type: 'notes-for-url', url: `${PAGE}#top` })).toBeNull();
    expect(asks({ type: 'notes-for-url', url: OTHER })).toMatch(/only its own notes/);
  });

  it('remembers a document and asks for its context only for its own address', () => {
    const report = { kind: 'news' } as never;
    expect(asks({ type: 'remember-document', source: PAGE, document: report })).toBeNull();
    expect(asks({ type: 'remember-document', source: OTHER, document: report })).toMatch(/own address/);
    expect(asks({ type: 'prior-context', source: OTHER, report })).toMatch(/own address/);
  });

  it('never shows Ofsted Lens on another tab, and asks for listed reports only from an authority’s Ofsted page', () => {
    expect(asks({ type: 'show-overlay-on-tab', tabId: 9 })).toMatch(/Only the popup/);
    expect(asks({ type: 'show-overlay', input: { reading: null, collapsed: null } })).toBeNull();
    expect(asks({ type: 'read-listed-reports', sources: [] })).toMatch(/Ofsted page/);
    expect(webPageRefusal({ type: 'read-listed-reports', sources: [] }, { ...page, pageUrl: OTHER })).toBeNull();
  });

  it('asks for the side-by-side page only with itself as the later report', () => {
    expect(asks({ type: 'open-compare', later: `${PAGE}#p3`, earlier: OTHER })).toBeNull();
    expect(asks({ type: 'open-compare', later: OTHER, earlier: PAGE })).toMatch(/only itself/);
  });

  it('asks for the scrutiny briefing only on its own report, or from an authority’s Ofsted page on that authority’s latest', () => {
    expect(asks({ type: 'open-briefing', report: `${PAGE}#p3` })).toBeNull();
    expect(asks({ type: 'open-briefing', report: OTHER })).toMatch(/only its own briefing/);
    expect(asks({ type: 'open-authority-briefing', authorityKey: 'portsmouth' })).toMatch(/Ofsted page/);
    expect(webPageRefusal({ type: 'open-authority-briefing', authorityKey: 'portsmouth' }, { ...page, pageUrl: OTHER })).toBeNull();
  });

  it('leaves note edits and deletes to the database, which confines them to the page’s own notes', () => {
    expect(asks({ type: 'update-note', id: 'n1', edit: { comment: 'x' } })).toBeNull();
    expect(asks({ type: 'delete-note', id: 'n1' })).toBeNull();
  });
});

describe('what an extension page may ask', () => {
  it('anything but an overlay in a frame of its own', () => {
    expect(extensionPageRefusal({ type: 'delete-note', id: 'n1' })).toBeNull();
    expect(extensionPageRefusal({ type: 'show-overlay-on-tab', tabId: 3 })).toBeNull();
    expect(extensionPageRefusal({ type: 'show-overlay', input: { reading: null, collapsed: null } })).toMatch(/web page/);
  });
});
