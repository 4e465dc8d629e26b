import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectOverlay } from '../utils/extension/inject-overlay';
import { authorityKey } from '../utils/authority';
import { inspectionsFor, rekeyLibrary, rememberDocument } from '../utils/library/inspection-db';
import { LensDb } from '../utils/library/lens-db';
import { priorContext } from '../utils/link/prior-context';
import { readListedReports, sourcesToRead } from '../utils/extension/read-listed-reports';
import { readListedReportsAllowed } from '../utils/extension/settings';
import { openReportPdfsInReader, readerUrl } from '../utils/extension/reader-redirect';
import { isAllowedSource, REPORT_FILE_HOSTS } from '../utils/page/sites';
import { deleteNote, saveNote, updateNote } from '../utils/notes/note-store';
import { notesForUrl } from '../utils/notes/read-notes';
import { BackgroundMessageSchema, type BackgroundMessage, type Note, type NoteWriteReply, type TabMessage } from '../utils/schema';
import { describeWriteError } from '../utils/notes/write-errors';

const MENU_ID = 'ofsted-lens-show';
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
  // A library kept before the register of authorities: its documents under today's keys.
  void rekeyLibrary(db, authorityKey).catch(() => undefined);

  // Report PDFs open in the reader when the option (off by default) is on.
  openReportPdfsInReader();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Show Ofsted Lens on this page', contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save selection as an Ofsted Lens note', contexts: ['selection'] });
    browser.contextMenus.create({ id: READER_MENU_ID, title: 'Open in Ofsted Lens', contexts: ['link'], targetUrlPatterns: REPORT_FILE_HOSTS });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void injectOverlay(tab.id, info.frameId ?? 0, true).catch(() => undefined);
    if (info.menuItemId === SAVE_MENU_ID && tab) void askToSaveSelection(tab);
    if (info.menuItemId === READER_MENU_ID && info.linkUrl && isAllowedSource(info.linkUrl)) void browser.tabs.create({ url: readerUrl(info.linkUrl) });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection' && tab) void askToSaveSelection(tab);
  });

  const handle = async (message: BackgroundMessage, tabId: number | undefined, frameId: number): Promise<unknown> => {
    switch (message.type) {
      case 'show-overlay':
        if (tabId !== undefined) await injectOverlay(tabId, frameId, false);
        return null;
      case 'show-overlay-on-tab':
        await injectOverlay(message.tabId, 0, true);
        return null;
      case 'remember-document':
        await rememberDocument(db, message.source, message.document);
        return null;
      case 'prior-context':
        if (!message.report.authorityKey) return null;
        return priorContext(message.report, message.source, await inspectionsFor(db, message.report.authorityKey));
      case 'open-reader':
        if (isAllowedSource(message.src)) await browser.tabs.create({ url: readerUrl(message.src) });
        return null;
      case 'read-listed-reports': {
        if (!(await readListedReportsAllowed())) return { allowed: false, queued: 0 };
        const sources = await sourcesToRead(db, message.sources);
        if (sources.length > 0) void readListedReports(db, sources, tabId).catch(() => undefined);
        return { allowed: true, queued: sources.length };
      }
      case 'save-note':
        return answerWrite(saveNote(db, message.note));
      case 'notes-for-url':
        return notesForUrl(db, message.url);
      case 'update-note':
        return answerWrite(updateNote(db, message.id, message.edit).then((note) => note ?? Promise.reject(new Error('no such note'))));
      case 'delete-note':
        return deleteNote(db, message.id);
      case 'inspections-for':
        return inspectionsFor(db, message.authorityKey);
    }
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = BackgroundMessageSchema.safeParse(raw);
    if (!message.success) return false;
    handle(message.data, sender.tab?.id, sender.frameId ?? 0).then(sendResponse, () => sendResponse(null));
    return true; // the response is sent asynchronously
  });
});
