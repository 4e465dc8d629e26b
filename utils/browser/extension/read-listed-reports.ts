// Browser-API side (not core): reading the report PDFs a provider page lists, one at a time, each
// only once, with progress sent to the tab that asked. pdf.js reads them in offscreen.html
// (entrypoints/offscreen), made as what the browser has: Chrome's offscreen document or, in Firefox,
// which has no offscreen API, a frame in the background page (a page with a DOM, so no pdf.js in
// the background script itself). Either way it is asked by the same message.
import { browser } from 'wxt/browser';
import type { LensDb } from '../library/lens-db';
import { rememberDocument } from '../library/inspection-db';
import { keptAddress, reportFileAddresses } from '../../core/library-identity';
import { isAllowedSource } from '../../core/sites';
import { OffscreenReplySchema, type AuthorityPageRequest, type OffscreenReply, type OffscreenRequest, type TabMessage } from '../../core/schema/messages';

const OFFSCREEN_URL = '/offscreen.html';
const reading = new Set<string>();
// A report that could not be read is not asked for again for a while (until the worker restarts, at most an hour).
const failedAt = new Map<string, number>();
const RETRY_FAILED_AFTER_MS = 60 * 60 * 1000;

/** Reads one listed report PDF; its answer is checked against OffscreenReplySchema before use. */
export type ReadPdf = (src: string) => Promise<unknown>;

/** The parts of the browser API that choosing and making the reading page use. */
export type ReadingApi = {
  offscreen?: { createDocument?(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: {
    getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
};

export const NO_PLACE_TO_READ = 'This browser has neither an offscreen document nor a background page to read report PDFs in.';

/** Chrome: the offscreen document, made once (it lasts until Chrome closes it; then it is made again). */
export async function ensureOffscreenDocument(api: ReadingApi): Promise<void> {
  const existing = (await api.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
  if (existing.length > 0) return;
  await api.offscreen!.createDocument!({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS'],
    justification: 'Read Ofsted report PDFs with pdf.js, which needs a worker.',
  });
}

/** A background page (Firefox MV2): the same page in a frame of its own, loaded once. */
function frameInPage(page: Document, api: ReadingApi): () => Promise<void> {
  let loaded: Promise<void> | undefined;
  return () =>
    (loaded ??= new Promise<void>((resolve) => {
      const frame = page.createElement('iframe');
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = api.runtime.getURL(OFFSCREEN_URL);
      page.body.append(frame);
    }));
}

/** Asks the reading page (offscreen.html) to read a report PDF or an authority's page. */
export type AskReadingPage = (request: OffscreenRequest | AuthorityPageRequest) => Promise<unknown>;

/**
 * How to read, chosen by what this browser has: the offscreen API (Chrome's service worker), else
 * a DOM to frame the page in (Firefox's background page); with neither, every read fails, saying why.
 */
export function chooseReadingPage(
  api: ReadingApi = browser as unknown as ReadingApi,
  page: Document | undefined = typeof document === 'undefined' ? undefined : document,
): AskReadingPage {
  let ensurePage: () => Promise<void>;
  if (typeof api.offscreen?.createDocument === 'function') ensurePage = () => ensureOffscreenDocument(api);
  else if (page?.body) ensurePage = frameInPage(page, api);
  else return () => Promise.reject(new Error(NO_PLACE_TO_READ));
  return async (request) => {
    await ensurePage();
    return api.runtime.sendMessage(request);
  };
}

export function choosePdfReading(api?: ReadingApi, page?: Document): ReadPdf {
  const ask = chooseReadingPage(api, page);
  return (src) => ask({ target: 'offscreen', type: 'read-pdf', src });
}

// Chosen once, so Firefox's background page frames the reading page once.
let chosenPage: AskReadingPage | undefined;
export const askReadingPage = (): AskReadingPage => (chosenPage ??= chooseReadingPage());

/** Whether the library holds the report PDF at `src`, read from either file host (the same file). */
export async function holdsReportFile(db: LensDb, src: string): Promise<boolean> {
  return (await db.inspections.where('sources').anyOf(reportFileAddresses(src)).filter((r) => r.provenance !== 'news').count()) > 0;
}

/**
 * The sources worth reading: Ofsted report PDFs not in the library (from either file host) and not
 * being read now, each once whatever query or fragment its link carried.
 */
export async function sourcesToRead(db: LensDb, sources: readonly string[]): Promise<string[]> {
  const fresh: string[] = [];
  for (const src of new Set(sources.map(keptAddress))) {
    if (!isAllowedSource(src) || reading.has(src)) continue;
    if (Date.now() - (failedAt.get(src) ?? -Infinity) < RETRY_FAILED_AFTER_MS) continue;
    if (!(await holdsReportFile(db, src))) fresh.push(src);
  }
  return fresh;
}

/** Where the reading happens, and who hears of its progress (by default the document that asked). */
export type ReadingOptions = { readPdf?: ReadPdf; tell?: (progress: TabMessage) => Promise<unknown> };

/** The page that asked: its tab, and its document where the browser names documents (no other page in that tab hears). */
export type Asker = { tabId: number; documentId?: string | null };

export async function readListedReports(db: LensDb, sources: readonly string[], asker: Asker | undefined, options: ReadingOptions = {}): Promise<void> {
  const readPdf = options.readPdf ?? ((src: string) => askReadingPage()({ target: 'offscreen', type: 'read-pdf', src }));
  const toAsker = ({ tabId, documentId }: Asker, progress: TabMessage) => browser.tabs.sendMessage(tabId, progress, documentId ? { documentId } : {}).catch(() => undefined);
  const tell = options.tell ?? ((progress) => (asker ? toAsker(asker, progress) : Promise.resolve()));
  const progress = { type: 'reading-progress' as const, done: 0, failed: 0, total: sources.length };
  sources.forEach((src) => reading.add(src));
  try {
    for (const src of sources) {
      const reply = OffscreenReplySchema.safeParse(await readPdf(src).catch((error: unknown): OffscreenReply => ({ document: null, error: String(error) })));
      if (reply.success && reply.data.document) {
        await rememberDocument(db, src, reply.data.document, 'extension');
        progress.done += 1;
      } else {
        progress.failed += 1;
        failedAt.set(src, Date.now());
      }
      reading.delete(src);
      await tell({ ...progress });
    }
  } finally {
    sources.forEach((src) => reading.delete(src));
  }
}
