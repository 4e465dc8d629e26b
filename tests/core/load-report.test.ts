// The reader's fetch of a report PDF, with a fake fetch: what each answer from Ofsted's file hosts becomes.
import { describe, expect, it } from 'vitest';
import { fetchPdf, ReaderError, WEB_PAGE_NOT_PDF } from '../../utils/browser/pdf/load-report';

const SRC = 'https://files.ofsted.gov.uk/v1/file/50222964';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
// Synthetic: a web page standing where a PDF should be, as Ofsted serves for some old report links
// (its exact markup is not known here; what matters is that it is HTML, not a PDF).
const NOT_FOUND_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>Report not found - Ofsted</title></head><body><h1>Report not found</h1></body></html>';

const answering = (response: () => Response) => (async () => response()) as unknown as typeof fetch;
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a ReaderError'); }, (error: unknown) => error as ReaderError);

describe('fetching a report PDF for the reader', () => {
  it('returns a PDF’s bytes', async () => {
    const bytes = await fetchPdf(SRC, answering(() => new Response(PDF_BYTES, { headers: { 'content-type': 'application/pdf' } })));
    expect(bytes).toEqual(PDF_BYTES);
  });

  it('returns a PDF whatever type the server gives it', async () => {
    for (const type of ['application/octet-stream', 'text/html; charset=utf-8']) {
      expect(await fetchPdf(SRC, answering(() => new Response(PDF_BYTES, { headers: { 'content-type': type } })))).toEqual(PDF_BYTES);
    }
  });

  it('says plainly when Ofsted answers with a "Report not found" web page (200), and offers no retry', async () => {
    const error = await failure(fetchPdf(SRC, answering(() => new Response(NOT_FOUND_PAGE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }))));
    expect(error).toBeInstanceOf(ReaderError);
    expect(error.message).toBe(WEB_PAGE_NOT_PDF);
    expect(error.message).toMatch(/did not return this report: it answered with a web page/);
    expect(error.retry).toBe(false);
  });

  it('says the same of a "Report not found" page sent as a 404', async () => {
    const error = await failure(fetchPdf(SRC, answering(() => new Response(NOT_FOUND_PAGE, { status: 404, headers: { 'content-type': 'text/html' } }))));
    expect(error.message).toBe(WEB_PAGE_NOT_PDF);
    expect(error.retry).toBe(false);
  });

  it('knows a web page by its first tag when the server gives no type or a wrong one', async () => {
    for (const type of [null, 'application/pdf', 'application/octet-stream']) {
      const headers = type ? { 'content-type': type } : undefined;
      const error = await failure(fetchPdf(SRC, answering(() => new Response(`\uFEFF \n${NOT_FOUND_PAGE}`, { headers }))));
      expect(error.message, String(type)).toBe(WEB_PAGE_NOT_PDF);
    }
  });

  it('leaves a file that is neither a PDF nor a web page to pdf.js, which says it is damaged', async () => {
    const junk = new TextEncoder().encode('this is not really a PDF');
    expect(await fetchPdf(SRC, answering(() => new Response(junk, { headers: { 'content-type': 'application/pdf' } })))).toEqual(junk);
  });

  it('says what the server answered when it is not a web page, and offers a retry', async () => {
    const missing = await failure(fetchPdf(SRC, answering(() => new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } }))));
    expect(missing.message).toContain('404');
    expect(missing.retry).toBe(true);
    const down = await failure(fetchPdf(SRC, answering(() => new Response('<html><body>Service unavailable</body></html>', { status: 503, headers: { 'content-type': 'text/html' } }))));
    expect(down.message).toContain('503');
    expect(down.retry).toBe(true);
  });
});
