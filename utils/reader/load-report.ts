// The reader's loading of a PDF, with the failures a reader can meet said in words: a fetch that
// fails, a damaged file, a password. pdf.js is passed in, so this stays testable in Node.
import { analyseDocument } from '../analyse';
import { isAllowedSource } from '../page/sites';
import { readPdfPages, type PdfJs } from '../pdf/read-pdf';
import type { ParsedDocument } from '../schema';

export type LoadedReport = { pages: string[]; doc: ParsedDocument | null };

export class ReaderError extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

const FETCH_TIMEOUT_MS = 30_000;

export async function fetchPdf(src: string, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  if (!isAllowedSource(src)) throw new ReaderError(`Ofsted Lens only opens report PDFs from files.ofsted.gov.uk, not ${src}.`, false);
  let response: Response;
  try {
    response = await fetchImpl(src, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    throw new ReaderError(timedOut ? 'Fetching the report took too long: try again.' : 'The report could not be fetched: check your connection and try again.', true);
  }
  if (!response.ok) throw new ReaderError(`The report could not be fetched (the server answered ${response.status}).`, true);
  return new Uint8Array(await response.arrayBuffer());
}

export async function readReport(pdfjs: PdfJs, data: Uint8Array): Promise<LoadedReport> {
  let pages: string[];
  try {
    pages = await readPdfPages(pdfjs, data);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ReaderError('This PDF is password-protected, so Ofsted Lens cannot read it.', false);
    throw new ReaderError('This file is damaged or is not a PDF, so Ofsted Lens cannot read it.', false);
  }
  const text = pages.join('\n\n');
  const doc = analyseDocument({ text });
  return { pages, doc: doc && doc.kind !== 'news' ? doc : null };
}
