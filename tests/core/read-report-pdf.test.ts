// Reading one listed report PDF for the library, as the offscreen page does (in Chrome's offscreen
// document and in the frame Firefox's background page holds), here with pdf.js's Node build.
import { describe, expect, it } from 'vitest';
import { NOT_A_REPORT, readReportPdf } from '../../utils/browser/extension/read-report-pdf';
import type { PdfJs } from '../../utils/core/text/read-pdf';
import { fetchPdf } from '../../utils/browser/pdf/load-report';
import { realFixture } from '../helpers/fixtures';
import { reportPdf } from '../helpers/report-pdf';

const SRC = 'https://files.ofsted.gov.uk/v1/file/50222964';
// Quiet: pdf.js's warnings about the generated PDFs' standard fonts say nothing about the reading.
const pdfjs = async (): Promise<PdfJs> => {
  const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as { getDocument: PdfJs['getDocument'] };
  return { getDocument: (src) => lib.getDocument({ ...src, verbosity: 0 } as Parameters<PdfJs['getDocument']>[0]) };
};
const serving = (bytes: Uint8Array) => async (src: string) => {
  expect(src).toBe(SRC);
  return bytes;
};

describe('reading a listed report PDF for the library', () => {
  it('answers with the report’s document: its kind, authority and grades', async () => {
    const reply = await readReportPdf(await pdfjs(), SRC, serving(await reportPdf(realFixture('portsmouth-ilacs-2023.txt'))));
    expect(reply.error).toBeNull();
    expect(reply.document).toMatchObject({ kind: 'ilacs', authorityKey: 'portsmouth', grades: { overall: 'good', careLeavers: 'requires-improvement' } });
  });

  it('answers with no document, saying why, for a PDF that is not a children’s services report', async () => {
    const reply = await readReportPdf(await pdfjs(), SRC, serving(await reportPdf('Lemon drizzle cake\nBeat the butter and sugar until pale.')));
    expect(reply).toEqual({ document: null, error: NOT_A_REPORT });
  });

  it('answers with no document and the reader’s words for a damaged file', async () => {
    const reply = await readReportPdf(await pdfjs(), SRC, serving(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF')));
    expect(reply.document).toBeNull();
    expect(reply.error).toMatch(/damaged/);
  });

  it('answers with no document and the fetch’s words when the file cannot be fetched', async () => {
    const notFound = (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch;
    const reply = await readReportPdf(await pdfjs(), SRC, (src) => fetchPdf(src, notFound));
    expect(reply.document).toBeNull();
    expect(reply.error).toMatch(/404/);
  });
});
