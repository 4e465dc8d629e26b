import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectOverlay } from '../utils/browser/extension/inject-overlay';
import { authorityKey } from '../utils/core/authorities/authority-key';
import { holdsDocuments, inspectionsFor, ofstedInspectionsFor, rekeyLibrary, rememberDocument } from '../utils/browser/library/inspection-db';
import { LensDb } from '../utils/browser/library/lens-db';
import { priorContext } from '../utils/core/link/prior-context';
import { readListedReports, sourcesToRead } from '../utils/browser/extension/read-listed-reports';
import { readListedReportsAllowed } from '../utils/browser/extension/settings';
import { englandFetch } from '../utils/browser/extension/england-fetch';
import { openReportPdfsInReader, readerUrl } from '../utils/browser/extension/reader-redirect';
import { keepNewsroomScriptsInStep } from '../utils/browser/extension/newsroom-sites';
import { callerOf, extensionPageRefusal, movedRefusal, webPageRefusal, type Caller } from '../utils/browser/extension/callers';
import { documentStarts } from '../utils/browser/extension/document-starts';
import { keptRecordRate } from '../utils/browser/extension/kept-record-rate';
import { isAllowedSource, REPORT_FILE_HOSTS } from '../utils/core/sites';
import { compareHref, noteEditHref } from '../utils/core/model/compare-address';
import { briefingHref } from '../utils/core/model/briefing-address';
import { keptAddress } from '../utils/core/library-identity';
import { deleteNote, saveNote, updateNote, type NoteScope } from '../utils/browser/library/note-store';
import { notesForUrl } from '../utils/browser/library/read-notes';
import type { Note } from '../utils/core/schema/storage';
import { BackgroundMessageSchema, type BackgroundMessage, type OverlayInput, type NoteWriteReply, type TabMessage } from '../utils/core/schema/messages';
import { describeWriteError } from '../utils/core/notes/write-errors';
import { startWatch } from '../utils/browser/extension/watch';

const MENU_ID = 'ofsted-lens-show';
/** The reader asked for Ofsted Lens on a page: the overlay reads it and says so if it recognises nothing. */
const ASKED: OverlayInput = { reading: null, collapsed: null };
const READER_MENU_ID = 'ofsted-lens-open-reader';
const SAVE_MENU_ID = 'ofsted-lens-save-note';

/** The context menu or shortcut: the tab's content script saves its selection; in the reader (an
 * extension page, which content-script messages do not reach) the focused reader does. */
function askToSaveSelection(tab: { id?: number; url?: string }): Promise<unknown> {
  const message: TabMessage = { type: 'save-selection' };
  if (tab.url?.startsWith(browser.runtime.getURL('/reader.html'))) return browser.runtime.sendMessage(message).catch(() => undefined);
  return tab.id === undefined ? Promise.resolve() : browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

/** A note write's answer: the stored note, or why it failed, so the page can keep the reader's text. */
function answerWrite(written: Promise<Note>): Promise<NoteWriteReply> {
  return written.then((saved) => ({ saved }), (error: unknown) => ({ error: describeWriteError(error) }));
}

export default defineBackground(() => {
  const db = new LensDb();
  // How many new records each site's pages have added in the last minute (library-limits.ts), as
  // counted before the background last stopped.
  const newRecords = keptRecordRate(browser.storage.session);
  // A library kept before the register of authorities: its documents under today's keys.
  void rekeyLibrary(db, authorityKey).catch(() => undefined);

  // Fetching England's reports, when the reader started it: a run the background was making goes on.
  const england = englandFetch({ db });
  england.kick();
  browser.runtime.onStartup.addListener(() => england.kick());

  // Report PDFs open in the reader when the option (off by default) is on.
  openReportPdfsInReader();
  // The sites the reader added get the detection script on their news pages.
  keepNewsroomScriptsInStep();
  // The followed authorities' daily check, badge and list (off until one is followed).
  const watch = startWatch(db);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Show Ofsted Lens on this page', contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save selection as an Ofsted Lens note', contexts: ['selection'] });
    browser.contextMenus.create({ id: READER_MENU_ID, title: 'Open in Ofsted Lens', contexts: ['link'], targetUrlPatterns: REPORT_FILE_HOSTS });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void injectOverlay({ tabId: tab.id, frameId: info.frameId ?? 0 }, ASKED).catch(() => undefined);
    if (info.menuItemId === SAVE_MENU_ID && tab) void askToSaveSelection(tab);
    if (info.menuItemId === READER_MENU_ID && info.linkUrl && isAllowedSource(info.linkUrl)) void browser.tabs.create({ url: readerUrl(info.linkUrl) });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection' && tab) void askToSaveSelection(tab);
  });

  /** Answers a message its caller may send (callers.ts): a web page's script only for its own page. */
  const handle = async (message: BackgroundMessage, caller: Caller): Promise<unknown> => {
    const page = caller.kind === 'web-page' ? caller : null;
    const notes: NoteScope = page ? { page: page.pageUrl } : 'any';
    switch (message.type) {
      case 'show-overlay':
        if (page) await injectOverlay(page, message.input);
        return null;
      case 'show-overlay-on-tab':
        await injectOverlay({ tabId: message.tabId, frameId: 0 }, ASKED);
        return null;
      case 'remember-document':
        // Read at the page's own address, and its provenance from who read it (provenance.ts); a page's new records limited by its site.
        await rememberDocument(db, page?.pageUrl ?? message.source, message.document, page ? 'web-page' : 'extension', Date.now(), page ? await newRecords : undefined);
        return null;
      case 'prior-context':
        if (!message.report.authorityKey) return null;
        return priorContext(message.report, { source: page?.pageUrl ?? message.source, via: page ? 'web-page' : 'extension' }, await inspectionsFor(db, message.report.authorityKey));
      case 'open-reader':
        if (isAllowedSource(message.src)) await browser.tabs.create({ url: readerUrl(message.src, message.paragraph ?? null) });
        return null;
      case 'open-compare': {
        // Only two documents the library holds: a page names itself, and an earlier report it was linked to.
        const later = page?.pageUrl ?? message.later;
        if (await holdsDocuments(db, [later, message.earlier])) await browser.tabs.create({ url: `${extensionOrigin}${compareHref(later, message.earlier)}` });
        return null;
      }
      case 'open-briefing': {
        // Only a report the library holds: a page names itself.
        const report = page?.pageUrl ?? message.report;
        if (await holdsDocuments(db, [report])) await browser.tabs.create({ url: `${extensionOrigin}${briefingHref({ report: keptAddress(report) })}` });
        return null;
      }
      case 'open-authority-briefing':
        if ((await ofstedInspectionsFor(db, message.authorityKey)).length > 0) await browser.tabs.create({ url: `${extensionOrigin}${briefingHref({ authority: message.authorityKey })}` });
        return null;
      case 'read-listed-reports': {
        if (!(await readListedReportsAllowed())) return { allowed: false, queued: 0 };
        const sources = await sourcesToRead(db, message.sources);
        if (sources.length > 0) void readListedReports(db, sources, page ?? undefined).catch(() => undefined);
        return { allowed: true, queued: sources.length };
      }
      case 'save-note':
        return answerWrite(saveNote(db, message.note, notes));
      case 'notes-for-url':
        return notesForUrl(db, message.url);
      case 'update-note':
        return answerWrite(updateNote(db, message.id, message.edit, Date.now(), notes).then((note) => note ?? Promise.reject(new Error('no such note'))));
      case 'delete-note':
        return deleteNote(db, message.id, notes);
      case 'edit-note':
        // A page opens only its own notes.
        if (!page || (await notesForUrl(db, page.pageUrl)).some((note) => note.id === message.id)) {
          await browser.windows.create({ url: `${extensionOrigin}${noteEditHref(message.id)}`, type: 'popup', width: 440, height: 520 });
        }
        return null;
      case 'england-fetch':
        return england.act(message.action, message.scope);
      case 'inspections-for':
        // A web page's panel gets Ofsted's own documents only: not the news pages the reader has read.
        return (page ? ofstedInspectionsFor : inspectionsFor)(db, message.authorityKey);
      case 'watch-follow': case 'watch-status': case 'watch-seen': case 'watch-read': case 'watch-auto-read':
        return watch.answer(message);
    }
  };

  // Where each web page's document started (by the browser's document id): a page that has since
  // changed address (history.replaceState to another article's) is refused everything.
  const starts = documentStarts(browser.storage.session);
  browser.tabs.onRemoved.addListener((tabId) => void starts.forgetTab(tabId));

  /** Why the caller may not send this, or null. */
  const refusalOf = async (message: BackgroundMessage, caller: Caller): Promise<string | null> => {
    if (caller.kind === 'extension-page') return extensionPageRefusal(message);
    const startedAt = caller.documentId ? await starts.startOf(caller.documentId, caller.tabId, caller.pageUrl) : null;
    return movedRefusal(caller, startedAt) ?? webPageRefusal(message, caller);
  };

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = BackgroundMessageSchema.safeParse(raw);
    const caller = callerOf(sender, browser.runtime.id, extensionOrigin);
    if (!message.success || !caller) return false;
    void refusalOf(message.data, caller)
      .then((refusal) => (refusal ? { refused: refusal } : handle(message.data, caller)))
      .then(sendResponse, () => sendResponse(null));
    return true; // the response is sent asynchronously
  });
});
