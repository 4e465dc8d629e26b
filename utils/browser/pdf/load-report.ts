// The reader's loading of a PDF, with the failures a reader can meet said in words: a fetch that
// fails, a web page where the PDF should be, a damaged file, a password. pdf.js is passed in, so
// this stays testable in Node.
import { analyse } from '../../core/analyse';
import { isAllowedSource } from '../../core/sites';
import { readPdfPages, type PdfJs } from '../../core/text/read-pdf';
import type { ParsedDocument } from '../../core/schema/domain';

/** `reason`: with no document, why, when the PDF is Ofsted's all the same (recognise.ts). */
export type LoadedReport = { pages: string[]; doc: ParsedDocument | null; reason: string | null };

/** `retry`: whether the reader is offered "Try again"; `status`: the server's answer, when it gave one. */
export class ReaderError extends Error {
  constructor(message: string, readonly retry: boolean, readonly status?: number) {
    super(message);
  }
}

const notFetched = (status: number) => new ReaderError(`The report could not be fetched (the server answered ${status}).`, true, status);

const FETCH_TIMEOUT_MS = 30_000;

export const WEB_PAGE_NOT_PDF =
  'Ofsted’s site did not return this report: it answered with a web page (such as “Report not found”) instead of a PDF. Open the original link to check.';

// A PDF's header, "%PDF-", may follow a little junk; readers look for it in the first 1024 bytes.
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PDF_HEADER_WITHIN = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_HEADER_WITHIN) - PDF_HEADER.length;
  for (let i = 0; i <= end; i++) if (PDF_HEADER.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/** Said to be HTML, or starting (after a byte-order mark and white space) with a tag. */
function isWebPage(contentType: string | null, bytes: Uint8Array): boolean {
  if (/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '')) return true;
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF?\s*/, '');
  return start.startsWith('<');
}

/**
 * Ofsted answers some old report links with its "Report not found" web page, as a 200 or a 404:
 * that is said as such, and not tried again, since it will not change. A PDF is known by its
 * header, whatever type the server gives it; anything else that is not a web page goes on to
 * pdf.js, which says whether it is damaged.
 */
async function pdfBytes(response: Response): Promise<Uint8Array> {
  const notFound = response.status === 404 || response.status === 410;
  if (!response.ok && !notFound) throw notFetched(response.status);
  const bytes = new Uint8Array(await response.arrayBuffer().catch(() => {
    throw new ReaderError('The report could not be fetched: it stopped part-way. Check your connection and try again.', true);
  }));
  if (hasPdfHeader(bytes) && response.ok) return bytes;
  if (isWebPage(response.headers.get('content-type'), bytes)) throw new ReaderError(WEB_PAGE_NOT_PDF, false);
  if (!response.ok) throw notFetched(response.status);
  return bytes;
}

export async function fetchPdf(src: string, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  if (!isAllowedSource(src)) throw new ReaderError(`Ofsted Lens only opens report PDFs from files.ofsted.gov.uk, not ${src}.`, false);
  let response: Response;
  try {
    response = await fetchImpl(src, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    throw new ReaderError(timedOut ? 'Fetching the report took too long: try again.' : 'The report could not be fetched: check your connection and try again.', true);
  }
  return pdfBytes(response);
}

/**
 * What the parser reads from the pages read so far (all of them, or the first while the rest are
 * read). `src`: where the PDF came from, when it has an address (an Ofsted host is evidence of what it is).
 */
export function analysePages(pages: readonly string[], src?: string): LoadedReport {
  const { doc, reason } = analyse({ text: pages.join('\n\n'), pdf: true, ...(src ? { url: src } : {}) });
  return { pages: [...pages], doc: doc && doc.kind !== 'news' ? doc : null, reason };
}

/** `onPage`: told of each page as it is read, with how many there are. */
export async function readReport(pdfjs: PdfJs, data: Uint8Array, src?: string, onPage?: (pages: readonly string[], of: number) => void): Promise<LoadedReport> {
  let pages: string[];
  try {
    pages = await readPdfPages(pdfjs, data, undefined, onPage);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ReaderError('This PDF is password-protected, so Ofsted Lens cannot read it.', false);
    throw new ReaderError('This file is damaged or is not a PDF, so Ofsted Lens cannot read it.', false);
  }
  return analysePages(pages, src);
}
