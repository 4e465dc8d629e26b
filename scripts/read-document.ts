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

// Loaded once for every file a run reads, on the first PDF.
let pdfjsLoading: Promise<PdfJs> | undefined;
const FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

async function readPdf(bytes: Uint8Array): Promise<PageInput> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
  return { text: await readPdfText(await pdfjsLoading, bytes, FONTS), pdf: true };
}

export async function readDocument(path: string): Promise<PageInput> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return readPdf(new Uint8Array(await readFile(path)));
  const text = await readFile(path, 'utf8');
  if (ext === '.html' || ext === '.htm') return readHtml(text);
  if (ext === '.txt') return { text };
  throw new Error(`unsupported file type "${ext || '(none)'}": give a .txt, .html or .pdf file`);
}
