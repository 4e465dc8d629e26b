// Browser-API side (not core): reading the report PDFs a provider page lists, in the offscreen
// document, one at a time, each only once, with progress sent to the tab that asked.
import { browser } from 'wxt/browser';
import type { LensDb } from '../library/lens-db';
import { rememberDocument } from '../library/inspection-db';
import { isAllowedSource } from '../page/sites';
import { OffscreenReplySchema, type OffscreenRequest, type TabMessage } from '../schema';

const OFFSCREEN_URL = '/offscreen.html';
const reading = new Set<string>();
// A report that could not be read is not asked for again for a while (until the worker restarts, at most an hour).
const failedAt = new Map<string, number>();
const RETRY_FAILED_AFTER_MS = 60 * 60 * 1000;

async function ensureOffscreenDocument(): Promise<void> {
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS' as Browser.offscreen.Reason],
    justification: 'Read Ofsted report PDFs with pdf.js, which needs a worker.',
  });
}

/** The sources worth reading: Ofsted report PDFs not in the library and not being read now. */
export async function sourcesToRead(db: LensDb, sources: readonly string[]): Promise<string[]> {
  const fresh: string[] = [];
  for (const src of new Set(sources)) {
    if (!isAllowedSource(src) || reading.has(src)) continue;
    if (Date.now() - (failedAt.get(src) ?? -Infinity) < RETRY_FAILED_AFTER_MS) continue;
    if ((await db.inspections.where('source').equals(src).count()) === 0) fresh.push(src);
  }
  return fresh;
}

export async function readListedReports(db: LensDb, sources: readonly string[], tabId: number | undefined): Promise<void> {
  const progress: TabMessage = { type: 'reading-progress', done: 0, failed: 0, total: sources.length };
  const report = () => (tabId === undefined ? undefined : browser.tabs.sendMessage(tabId, progress).catch(() => undefined));
  sources.forEach((src) => reading.add(src));
  try {
    await ensureOffscreenDocument();
    for (const src of sources) {
      const request: OffscreenRequest = { target: 'offscreen', type: 'read-pdf', src };
      const reply = OffscreenReplySchema.safeParse(await browser.runtime.sendMessage(request).catch(() => null));
      if (reply.success && reply.data.document) {
        await rememberDocument(db, src, reply.data.document);
        progress.done += 1;
      } else {
        progress.failed += 1;
        failedAt.set(src, Date.now());
      }
      reading.delete(src);
      await report();
    }
  } finally {
    sources.forEach((src) => reading.delete(src));
  }
}
