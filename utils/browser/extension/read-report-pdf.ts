// Reading one listed report PDF for the library: fetched (with retries), read with whichever pdf.js
// the caller set up, and answered in the offscreen reply's shape. The one reading path for both
// places it runs: Chrome’s offscreen document and, in Firefox, the same page framed in the background page.
import type { PdfJs } from '../../core/text/read-pdf';
import { fetchPdfWithRetry } from '../pdf/fetch-with-retry';
import { fetchPdf, ReaderError, readReport } from '../pdf/load-report';
import type { FetchFailure } from '../../core/schema/england-fetch';
import { OffscreenRequestSchema, type OffscreenReply } from '../../core/schema/messages';
import type { Extension } from './callers';
import { fromExtensionOnly, type Listener } from './extension-listeners';

export const NOT_A_REPORT = 'not an Ofsted children’s services report';

export async function readReportPdf(pdfjs: PdfJs, src: string, fetchBytes: (src: string) => Promise<Uint8Array> = fetchPdfWithRetry): Promise<OffscreenReply> {
  try {
    const report = await readReport(pdfjs, await fetchBytes(src), src);
    return { document: report.doc, error: report.doc ? null : NOT_A_REPORT };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { document: null, error: message, failure: failureOf(error, message) };
  }
}

/** A fetch's failure as england-fetch.ts weighs it; anything else (a damaged PDF) is not worth another try. */
function failureOf(error: unknown, message: string): FetchFailure {
  if (error instanceof ReaderError) return { status: error.status ?? null, message, mayRetry: error.retry };
  return { status: null, message, mayRetry: false };
}

/** Fetched once, with no retries of its own: for a caller that retries on its own schedule. */
export const fetchOnce = (src: string): Promise<Uint8Array> => fetchPdf(src);

/**
 * The offscreen page's listener: reads the report PDF the background asks for, and answers nobody
 * else (a content script once had it fetch and parse a PDF for it).
 */
export function answerPdfRequests(read: (src: string, once: boolean) => Promise<OffscreenReply>, extension?: Extension): Listener {
  return fromExtensionOnly((raw, _sender, sendResponse) => {
    const request = OffscreenRequestSchema.safeParse(raw);
    if (!request.success) return false;
    void read(request.data.src, request.data.once === true).then(sendResponse);
    return true;
  }, extension);
}
