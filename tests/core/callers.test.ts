// The background answers a message by who sent it, as the browser reports the sender: a web page's
// script (which a hostile page may have compromised) speaks only for its own page.
import { describe, expect, it } from 'vitest';
import { callerOf, extensionPageRefusal, webPageRefusal, type WebPage } from '../../utils/browser/extension/callers';
import type { Note } from '../../utils/core/schema/storage';
import type { BackgroundMessage } from '../../utils/core/schema/messages';
import { sampleNote } from '../helpers/notes';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://www.communitycare.co.uk/2023/07/20/portsmouth-good/';
const page: WebPage = { kind: 'web-page', tabId: 4, frameId: 0, pageUrl: PAGE };
const OTHER = 'https://reports.ofsted.gov.uk/provider/44/80539';

describe('who sent a message', () => {
  it('takes an extension page from its address, and a web page from its tab and frame, without the fragment', () => {
    expect(callerOf({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'extension-page', url: `${ORIGIN}popup.html` });
    expect(callerOf({ id: ID, url: `${PAGE}#p12`, tab: { id: 4 }, frameId: 0 }, ID, ORIGIN)).toEqual(page);
  });

  it('answers nobody else: another extension, a sender without an address, a web page without a tab, a non-web address', () => {
    expect(callerOf({ id: 'another', url: `chrome-extension://another/popup.html` }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID, url: PAGE }, ID, ORIGIN)).toBeNull();
    expect(callerOf({ id: ID, url: 'file:///home/me/report.html', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
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
