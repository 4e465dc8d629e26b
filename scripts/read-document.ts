// Node-side reading of a file into text for the core: .txt as is, .html through a DOM (and
// Readability when the page is a news article), .pdf through pdf.js's legacy Node build.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageInput } from '../utils/core/page/page-input';
import { readPdfText, type PdfJs } from '../utils/core/text/read-pdf';
import type { PageInput } from '../utils/core/recognise/detectors';

function readHtml(html: string): PageInput {
  const parse = (markup: string) => parseHTML(markup).document as unknown as Document;
  return pageInput(parse(html), undefined, parse);
}

/** A file's text for the core, with what pdf.js warned of while reading it. */
export type DocumentRead = PageInput & {
  /**
   * pdf.js's warnings about this file, in order, as it words them ("TT: undefined function: 22",
   * a font's hinting program); none for a .txt or .html file. The CLI counts them, or shows them
   * with --verbose; nothing else prints them.
   */
  pdfWarnings: string[];
};

// Loaded once for every file a run reads, on the first PDF.
let pdfjsLoading: Promise<PdfJs> | undefined;
const FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
const PDFJS_WARNING = /^Warning: /;

// pdf.js (whose worker runs in this thread in Node) warns on console.warn at its default
// verbosity, WARNINGS, which is kept so the warnings can be counted; they are taken from the
// console while a PDF is read and given to that file. One PDF is read at a time, so no warning
// goes to another file.
let reading: Promise<unknown> = Promise.resolve();

async function holdingWarnings<T>(read: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const turn = reading.then(async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...parts: unknown[]) => {
      const message = parts.map(String).join(' ');
      if (PDFJS_WARNING.test(message)) warnings.push(message.replace(PDFJS_WARNING, ''));
      else warn(...parts);
    };
    try {
      return { value: await read(), warnings };
    } finally {
      console.warn = warn;
    }
  });
  reading = turn.catch(() => undefined);
  return turn;
}

async function readPdf(bytes: Uint8Array): Promise<DocumentRead> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
  const pdfjs = await pdfjsLoading;
  const { value: text, warnings } = await holdingWarnings(() => readPdfText(pdfjs, bytes, FONTS));
  return { text, pdf: true, pdfWarnings: warnings };
}

export async function readDocument(path: string): Promise<DocumentRead> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return readPdf(new Uint8Array(await readFile(path)));
  const text = await readFile(path, 'utf8');
  if (ext === '.html' || ext === '.htm') return { ...readHtml(text), pdfWarnings: [] };
  if (ext === '.txt') return { text, pdfWarnings: [] };
  throw new Error(`unsupported file type "${ext || '(none)'}": give a .txt, .html or .pdf file`);
}
