// The reader in Debian's Chromium: time from opening reader.html?src= to readable text and grades
// on screen, for generated 12- and 40-page reports, and the reader page's JavaScript heap.
import { PDFDocument } from 'pdf-lib';
import { realFixture } from '../tests/helpers/fixtures';
import { reportPdf } from '../tests/helpers/report-pdf';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { BENCH_BUILD } from './browser';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import type { Figure } from './browser';
import { pageEvaluator, waitForMarks } from './page-marks';

const FILES = 'files.ofsted.gov.uk';

async function reports(): Promise<Array<{ path: string; pages: number; bytes: Uint8Array }>> {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  const [head, body] = [text.slice(0, text.indexOf('The experiences and progress of children who need help and protection: outstanding')), text.slice(text.indexOf('The experiences and progress of children who need help and protection: outstanding'))];
  const long = head + Array.from({ length: 5 }, () => body).join('\n\n');
  const made = [
    { path: '/v1/file/12', bytes: await reportPdf(text, { fontSize: 13 }) },
    { path: '/v1/file/40', bytes: await reportPdf(long, { fontSize: 11 }) },
  ];
  return Promise.all(made.map(async (m) => ({ ...m, pages: (await PDFDocument.load(m.bytes)).getPageCount() })));
}

export async function readerFigures(runs = 5): Promise<Figure[]> {
  const pdfs = await reports();
  const server = await startHttpsServer({ [FILES]: Object.fromEntries(pdfs.map((p) => [p.path, { contentType: 'application/pdf', body: p.bytes }])) });
  const browser = await launchWithExtension([FILES], server.port, BENCH_BUILD);
  const figures: Figure[] = [];
  try {
    for (const pdf of pdfs) {
      const times: number[] = [];
      let heap = 0;
      for (let i = 0; i < runs; i++) {
        const page = await browser.context.newPage();
        const evaluate = await pageEvaluator(browser.context, page);
        await page.goto(`chrome-extension://${browser.extensionId}/reader.html?src=${encodeURIComponent(`https://${FILES}${pdf.path}`)}`);
        const marks = await waitForMarks(evaluate, ['ofsted-lens:reader-ready'], 30_000);
        times.push(marks['ofsted-lens:reader-ready']!);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await page.close();
      }
      times.sort((a, b) => a - b);
      figures.push(
        { name: `reader: open → text and grades, ${pdf.pages}-page report (median of ${runs})`, value: Math.round(times[Math.floor(runs / 2)]!), unit: 'ms', target: pdf.pages >= 40 ? '< 1000 ms' : undefined },
        { name: `reader: page JS heap, ${pdf.pages}-page report (pdf.js worker not counted)`, value: Math.round(heap / 1e5) / 10, unit: 'MB' },
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
