// Reading the reports an authority's page lists: where pdf.js runs is chosen by what the browser
// has (Chrome's offscreen API, or Firefox's background page with a DOM), asked the same way; what
// is read goes into the library, and what is not is counted and not asked for again soon.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { choosePdfReading, NO_PLACE_TO_READ, readListedReports, sourcesToRead, type ReadingApi } from '../../utils/browser/extension/read-listed-reports';
import { inspectionsFor, rememberDocument } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import type { OffscreenReply } from '../../utils/core/schema/messages';
import { realFixture } from '../helpers/fixtures';

const REPORT = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt'), pdf: true }) as ParsedDocument;
const SRC = 'https://files.ofsted.gov.uk/v1/file/50222964';
const READ: OffscreenReply = { document: REPORT, error: null };
const EXTENSION = 'moz-extension://0b5e2c1a-test';

/** A runtime that answers every read-pdf request with `reply`, and records what it was sent. */
function runtime(reply: unknown = READ) {
  return {
    getURL: (path: string) => `${EXTENSION}${path}`,
    sendMessage: vi.fn(async (_message: unknown) => reply),
  };
}

describe('choosing where pdf.js reads', () => {
  it('with the offscreen API (Chrome), makes the offscreen document once and asks it by message', async () => {
    const made: unknown[] = [];
    const api: ReadingApi = {
      offscreen: { createDocument: vi.fn(async (options: unknown) => void made.push(options)) },
      runtime: { ...runtime(), getContexts: async () => made },
    };
    const read = choosePdfReading(api, parseHTML('<html><body></body></html>').document as unknown as Document);
    expect(await read(SRC)).toEqual(READ);
    expect(await read(SRC)).toEqual(READ);
    expect(api.offscreen!.createDocument).toHaveBeenCalledTimes(1);
    expect(made).toEqual([expect.objectContaining({ url: '/offscreen.html', reasons: ['WORKERS'] })]);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ target: 'offscreen', type: 'read-pdf', src: SRC });
  });

  it('without it (Firefox’s background page), frames the same page in its own DOM once, and asks it only once it has loaded', async () => {
    const { document, Event } = parseHTML('<html><body></body></html>');
    const api: ReadingApi = { runtime: runtime() };
    const read = choosePdfReading(api, document as unknown as Document);
    const first = read(SRC);
    const frames = () => [...document.querySelectorAll('iframe')];
    expect(frames().map((f) => f.getAttribute('src'))).toEqual([`${EXTENSION}/offscreen.html`]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
    frames()[0]!.dispatchEvent(new Event('load'));
    expect(await first).toEqual(READ);
    expect(await read(SRC)).toEqual(READ);
    expect(frames()).toHaveLength(1);
    expect(api.runtime.sendMessage).toHaveBeenCalledTimes(2);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ target: 'offscreen', type: 'read-pdf', src: SRC });
  });

  it('with neither (a service worker without the offscreen API), fails each read, saying why', async () => {
    const api: ReadingApi = { runtime: runtime() };
    await expect(choosePdfReading(api, undefined)(SRC)).rejects.toThrow(NO_PLACE_TO_READ);
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });
});

describe('reading the listed reports into the library', () => {
  let db: LensDb;
  beforeEach(() => {
    db = new LensDb(`test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  });

  it('keeps each report read, tells the tab after each, and counts what could not be read: an error, a failed read, an answer of the wrong shape', async () => {
    const sources = [SRC, 'https://files.ofsted.gov.uk/v1/file/1', 'https://files.ofsted.gov.uk/v1/file/2', 'https://files.ofsted.gov.uk/v1/file/3'];
    const answers: Record<string, () => Promise<unknown>> = {
      [sources[0]!]: async () => READ,
      [sources[1]!]: async () => ({ document: null, error: 'not an Ofsted children’s services report' }),
      [sources[2]!]: () => Promise.reject(new Error(NO_PLACE_TO_READ)),
      [sources[3]!]: async () => ({ document: 'not a document' }),
    };
    const told: unknown[] = [];
    await readListedReports(db, sources, { tabId: 7 }, { readPdf: (src) => answers[src]!(), tell: async (progress) => void told.push(progress) });
    expect(told).toEqual([
      { type: 'reading-progress', done: 1, failed: 0, total: 4 },
      { type: 'reading-progress', done: 1, failed: 1, total: 4 },
      { type: 'reading-progress', done: 1, failed: 2, total: 4 },
      { type: 'reading-progress', done: 1, failed: 3, total: 4 },
    ]);
    expect((await inspectionsFor(db, 'portsmouth')).map((r) => r.source)).toEqual([SRC]);
    // Neither the one read (it is in the library) nor those that failed (not for an hour) is offered again.
    expect(await sourcesToRead(db, sources)).toEqual([]);
  });

  it('offers only Ofsted report PDFs it has not read', async () => {
    expect(await sourcesToRead(db, [SRC, SRC, 'https://example.com/report.pdf'])).toEqual([SRC]);
    // The same file linked with a query or a fragment is read once, from its plain address.
    expect(await sourcesToRead(db, [`${SRC}?download=1`, `${SRC}#page=2`])).toEqual([SRC]);
  });

  it('does not offer a report PDF the library has read from the other file host, nor one only a news page was read from', async () => {
    await rememberDocument(db, SRC, REPORT, 'extension');
    await rememberDocument(db, 'https://files.ofsted.gov.uk/v1/file/9', { ...REPORT, inspection: null } as ParsedDocument, 'web-page');
    const listed = ['https://files.api.ofsted.gov.uk/v1/file/50222964', 'https://files.api.ofsted.gov.uk/v1/file/9'];
    expect(await sourcesToRead(db, listed)).toEqual(['https://files.api.ofsted.gov.uk/v1/file/9']);
  });
});
