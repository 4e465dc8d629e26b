// Every listener that is not the background's answers the extension itself alone: the offscreen
// document reads a PDF only for the background, the reader saves a selection only at the
// background's relay of the context menu, and the overlay takes its input and its progress only
// from the background. A content script (which a hostile page may have compromised) sends to the
// same runtime.onMessage and is not heard.
import { describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../utils/browser/extension/callers';
import { onTabMessage } from '../../utils/browser/extension/extension-listeners';
import { saveSelectionOnRequest } from '../../utils/browser/extension/page-notes';
import { answerPdfRequests } from '../../utils/browser/extension/read-report-pdf';
import type { OffscreenReply } from '../../utils/core/schema/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const extension = { id: ID, origin: ORIGIN };
const BACKGROUND: Sender = { id: ID, url: `${ORIGIN}background.js` };
const CONTENT_SCRIPT: Sender = { id: ID, url: 'https://www.cypnow.co.uk/news/article/x', tab: { id: 4 }, frameId: 0, documentId: 'D1' };
const READER_TAB: Sender = { id: ID, url: `${ORIGIN}reader.html?src=x`, tab: { id: 5 } };
const SRC = 'https://files.ofsted.gov.uk/v1/file/50222964';

describe('the offscreen document', () => {
  const reply: OffscreenReply = { document: null, error: 'not an Ofsted children’s services report' };

  it('reads the PDF the background asks for, and answers it', async () => {
    const read = vi.fn(async () => reply);
    const sendResponse = vi.fn();
    expect(answerPdfRequests(read, extension)({ target: 'offscreen', type: 'read-pdf', src: SRC }, BACKGROUND, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(reply));
    expect(read).toHaveBeenCalledWith(SRC, false);
    // Fetched once, with no retries of its own, when the background's run retries on its own schedule.
    answerPdfRequests(read, extension)({ target: 'offscreen', type: 'read-pdf', src: SRC, once: true }, BACKGROUND, sendResponse);
    expect(read).toHaveBeenLastCalledWith(SRC, true);
  });

  it('neither fetches nor reads anything for a content script or a page in a tab, and answers neither', () => {
    const read = vi.fn(async () => reply);
    const sendResponse = vi.fn();
    const listener = answerPdfRequests(read, extension);
    expect(listener({ target: 'offscreen', type: 'read-pdf', src: SRC }, CONTENT_SCRIPT, sendResponse)).toBe(false);
    expect(listener({ target: 'offscreen', type: 'read-pdf', src: SRC }, READER_TAB, sendResponse)).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('the reader’s (and a page’s) save-the-selection', () => {
  const focused = { hasFocus: () => true };

  it('saves on the background’s relay of the context menu or shortcut, in the focused page only', () => {
    const save = vi.fn();
    saveSelectionOnRequest(focused, save, extension)({ type: 'save-selection' }, BACKGROUND, () => undefined);
    saveSelectionOnRequest({ hasFocus: () => false }, save, extension)({ type: 'save-selection' }, BACKGROUND, () => undefined);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves nothing when a content script or another page in a tab asks', () => {
    const save = vi.fn();
    const listener = saveSelectionOnRequest(focused, save, extension);
    listener({ type: 'save-selection' }, CONTENT_SCRIPT, () => undefined);
    listener({ type: 'save-selection' }, READER_TAB, () => undefined);
    listener({ type: 'save-selection' }, { ...BACKGROUND, id: 'another' }, () => undefined);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('the overlay’s input and an authority page’s reading progress', () => {
  it('are taken from the background, each only in its own type', () => {
    const input = vi.fn();
    const progress = vi.fn();
    const listeners = [onTabMessage('overlay-input', input, extension), onTabMessage('reading-progress', progress, extension)];
    for (const listener of listeners) {
      listener({ type: 'overlay-input', input: { reading: null, collapsed: null } }, BACKGROUND, () => undefined);
      listener({ type: 'reading-progress', done: 1, failed: 0, total: 2 }, BACKGROUND, () => undefined);
    }
    expect(input).toHaveBeenCalledExactlyOnceWith({ type: 'overlay-input', input: { reading: null, collapsed: null } });
    expect(progress).toHaveBeenCalledExactlyOnceWith({ type: 'reading-progress', done: 1, failed: 0, total: 2 });
  });

  it('are not taken from anyone else', () => {
    const input = vi.fn();
    const progress = vi.fn();
    for (const sender of [CONTENT_SCRIPT, READER_TAB]) {
      onTabMessage('overlay-input', input, extension)({ type: 'overlay-input', input: { reading: null, collapsed: null } }, sender, () => undefined);
      onTabMessage('reading-progress', progress, extension)({ type: 'reading-progress', done: 2, failed: 0, total: 2 }, sender, () => undefined);
    }
    expect(input).not.toHaveBeenCalled();
    expect(progress).not.toHaveBeenCalled();
  });
});
