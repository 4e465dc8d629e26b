import { describe, expect, it, vi } from 'vitest';
import { readPdfPages, type PdfJs } from '../../utils/core/text/read-pdf';

// A stand-in for pdf.js: the reader shares one pdf.js worker across every document it reads, so
// each document's loading task must be destroyed however the read ends.
function fakePdfJs(load: () => Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }> }>) {
  const destroy = vi.fn(async () => undefined);
  const pdfjs: PdfJs = { getDocument: () => ({ promise: load(), destroy }) };
  return { pdfjs, destroy };
}

const run = (str: string) => ({ str, transform: [1, 0, 0, 1, 72, 700], width: 100, hasEOL: true });

describe('reading a PDF’s pages', () => {
  it('reads each page’s text in order, then lets the document go', async () => {
    const { pdfjs, destroy } = fakePdfJs(async () => ({
      numPages: 2,
      getPage: async (n: number) => ({ getTextContent: async () => ({ items: [run(`Page ${n} text.`)] }) }),
    }));
    const pages = await readPdfPages(pdfjs, new Uint8Array());
    expect(pages.map((p) => p.trim())).toEqual(['Page 1 text.', 'Page 2 text.']);
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('lets go of a document that failed to load, so the shared worker does not keep its bytes', async () => {
    const { pdfjs, destroy } = fakePdfJs(() => Promise.reject(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })));
    await expect(readPdfPages(pdfjs, new Uint8Array())).rejects.toThrow('Invalid PDF structure.');
    expect(destroy).toHaveBeenCalledTimes(1);
  });
});
