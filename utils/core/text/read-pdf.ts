// Reads a PDF's text with whichever pdf.js build the caller loaded (the legacy build in Node,
// the worker-backed build in the reader page), so this file stays free of environment code.
import { documentText, pageText, type PositionedText } from './pdf-page-text';

type PdfTextItem = { str: string; transform: number[]; width: number; hasEOL: boolean; fontName: string };
type PdfPage = { getTextContent(): Promise<{ items: unknown[] }> };
type PdfDocument = { numPages: number; getPage(n: number): Promise<PdfPage> };
export type PdfJs = {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; standardFontDataUrl?: string }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
};

function positioned(item: unknown): PositionedText | null {
  const run = item as Partial<PdfTextItem>;
  if (typeof run.str !== 'string' || !Array.isArray(run.transform)) return null;
  return { str: run.str, x: run.transform[4] ?? 0, y: run.transform[5] ?? 0, width: run.width ?? 0, hasEOL: !!run.hasEOL, fontName: run.fontName };
}

/** `standardFontDataUrl`: where pdf.js finds the 14 standard fonts' metrics (its standard_fonts/ folder). */
export async function readPdfText(pdfjs: PdfJs, data: Uint8Array, standardFontDataUrl?: string): Promise<string> {
  return documentText(await readPdfPages(pdfjs, data, standardFontDataUrl));
}

/** Each page's text, first page first; `onPage` is told of the pages read so far as each is read (the reader shows page 1 at once). */
export async function readPdfPages(
  pdfjs: PdfJs,
  data: Uint8Array,
  standardFontDataUrl?: string,
  onPage?: (pages: readonly string[], of: number) => void,
): Promise<string[]> {
  const task = pdfjs.getDocument({ data, isEvalSupported: false, standardFontDataUrl });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(pageText(content.items.map(positioned).filter((i): i is PositionedText => i !== null)));
      onPage?.(pages, pdf.numPages);
    }
    return pages;
  } finally {
    // The task, not the document: a file that fails to load must be let go of too, or the worker
    // (shared by every document read on the page) keeps its bytes.
    await task.destroy();
  }
}
