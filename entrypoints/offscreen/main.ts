// The offscreen document: where pdf.js reads report PDFs that the background fetches for the
// library (a service worker cannot run pdf.js's worker).
import * as pdfjs from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { PdfJs } from '../../utils/pdf/read-pdf';
import { fetchPdfWithRetry } from '../../utils/reader/fetch-with-retry';
import { readReport } from '../../utils/reader/load-report';
import { OffscreenRequestSchema, type OffscreenReply } from '../../utils/schema';

pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;

async function readOne(src: string): Promise<OffscreenReply> {
  try {
    const report = await readReport(pdfjs as unknown as PdfJs, await fetchPdfWithRetry(src));
    return { document: report.doc, error: report.doc ? null : 'not an Ofsted children’s services report' };
  } catch (error) {
    return { document: null, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const request = OffscreenRequestSchema.safeParse(raw);
  if (!request.success) return false;
  void readOne(request.data.src).then(sendResponse);
  return true;
});
