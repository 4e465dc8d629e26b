// Real PDFs: what our reading adds to the text extraction pdf.js must do anyway, over every PDF in
// ../shared/fixtures/real-pdf (gold.json), and the reader on the largest report there against
// pdf.js alone in the same browser.
//
// In Node, in one process, pdf.js's legacy build imported once:
// - pdf.js alone: getDocument, then getTextContent on every page; nothing of ours.
// - pdf.js + ours: readReport, as the reader runs it (readPdfPages → join → analyseDocument).
//   The two alternate file by file, and which goes first alternates too, so a noisy machine
//   (two cores, other work) slows both alike. Each file's time is its median over the rounds.
// - ours alone: readReport over pdf.js's text content for that file captured beforehand and
//   replayed, so it is exactly our share: positioned runs → lines → pages → text → parsed doc.
//   Measured alone, not as a difference, because a difference of two noisy times is noisier.
// The ratios are taken in CPU time as well as wall-clock: on a shared two-core machine a long
// run (pdf.js's) is far likelier to lose the CPU part-way than a short one (ours), which would
// flatter us in wall-clock medians; CPU time is not inflated by waiting.
//
// In Chromium: the built extension's reader.html?src= on the Leicester report (time to the
// `ofsted-lens:reader-grades` mark, the head, the judgement table and the grades on screen once
// page 1 is read, and to `ofsted-lens:reader-ready`, the whole text) in turn with a control
// extension's page (bench/pdfjs-control) that fetches the same PDF and has pdf.js extract every
// page's text, and the same page extracting page 1 alone (the control for time to grades), with
// the same worker script started the same way, in the same browser. Each
// opening is a fresh page, so a fresh pdf.js worker: its 1.2 MB script compiled and its code not
// yet optimised, which is why pdf.js takes several times longer there than in Node's warm process.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BrowserContext, Page } from 'playwright-core';
import { analyseDocument } from '../utils/core/analyse';
import type { PdfJs } from '../utils/core/text/read-pdf';
import { readReport } from '../utils/browser/pdf/load-report';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { BENCH_BUILD } from './browser';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import type { Figure } from './browser';
import { measure } from './measure';
import { pageEvaluator, waitForMarks } from './page-marks';

const ROOT = resolve(import.meta.dirname, '..');
export const REAL_PDF = resolve(ROOT, process.env.OFSTED_LENS_FIXTURES ?? '../shared/fixtures', 'real-pdf');
const LARGEST = 'inspection/80482_leicester_cs-inspection_2015-03-20.pdf';
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const FONTS = join(PDFJS_DIR, 'standard_fonts/');

type TextContent = { items: unknown[] };
type LegacyPdfJs = {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<TextContent> }> }>;
    destroy(): Promise<void>;
  };
};

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const progress = (text: string) => process.stderr.isTTY && process.stderr.write(`\r\x1b[K${text}`);

/** Every PDF gold.json lists; BENCH_REAL_LIMIT=n takes the first n (and Leicester), to iterate quickly. */
function corpus(): Array<{ file: string; bytes: Uint8Array }> {
  const gold = JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as Array<{ file: string }>;
  const limit = Number(process.env.BENCH_REAL_LIMIT ?? Infinity);
  return gold
    .filter(({ file }, i) => i < limit || file === LARGEST)
    .map(({ file }) => ({ file, bytes: new Uint8Array(readFileSync(join(REAL_PDF, file))) }));
}

/** pdf.js's legacy build for Node, loaded once; with the standard fonts, as scripts/read-document.ts reads. */
async function nodePdfjs() {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as LegacyPdfJs;
  // verbosity 0: no console warnings about odd fonts, for either side, since writing them costs time.
  const options = { isEvalSupported: false, standardFontDataUrl: FONTS, verbosity: 0 };
  /** pdf.js alone: every page's text content, as pdf.js gives it. */
  const extract = async (data: Uint8Array): Promise<TextContent[]> => {
    const task = pdfjs.getDocument({ data, ...options });
    try {
      const pdf = await task.promise;
      const pages: TextContent[] = [];
      for (let n = 1; n <= pdf.numPages; n++) pages.push(await (await pdf.getPage(n)).getTextContent());
      return pages;
    } finally {
      await task.destroy();
    }
  };
  const withOptions: PdfJs = { getDocument: (src) => pdfjs.getDocument({ ...src, ...options }) as ReturnType<PdfJs['getDocument']> };
  return { extract, withOptions };
}

/** A pdf.js stand-in that hands back text content captured earlier, so only our reading runs. */
function replay(pages: TextContent[]): PdfJs {
  const pdf = { numPages: pages.length, getPage: async (n: number) => ({ getTextContent: async () => pages[n - 1]! }) };
  return { getDocument: () => ({ promise: Promise.resolve(pdf), destroy: async () => undefined }) };
}

type Time = { wall: number; cpu: number };

/** Wall-clock and this process's CPU time (all its threads: pdf.js's fake worker runs on this one). */
async function timeAsync(fn: () => Promise<unknown>): Promise<Time> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
const medianTime = (ts: Time[]): Time => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
const minCpu = (ts: Time[]) => Math.min(...ts.map((t) => t.cpu));

/** The most the JS heap held above its settled size while `fn` ran, sampled at every page read and each millisecond. */
async function peakHeap(fn: (sample: () => void) => Promise<unknown>): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 1);
  try {
    await fn(sample);
  } finally {
    clearInterval(timer);
  }
  sample();
  return peak - base;
}

type FileTimes = { file: string; pages: number; pdfjs: Time; full: Time; ours: Time; parse: number; pdfjsMinCpu: number; fullMinCpu: number };

async function nodeFigures(): Promise<{ figures: Figure[]; files: FileTimes[]; rounds: number }> {
  const rounds = Number(process.env.BENCH_REAL_ROUNDS ?? 5);
  const files = corpus();
  const { extract, withOptions } = await nodePdfjs();
  // Each call gets its own copy: pdf.js takes the buffer it is given.
  const pdfjsAlone = (i: number) => extract(files[i]!.bytes.slice());
  const withOurs = (i: number) => readReport(withOptions, files[i]!.bytes.slice());

  for (let i = 0; i < Math.min(10, files.length); i++) {
    await pdfjsAlone(i);
    await withOurs(i);
  }
  const pdfjsTimes: Time[][] = files.map(() => []);
  const fullTimes: Time[][] = files.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < files.length; i++) {
      progress(`real PDFs, round ${r + 1}/${rounds}: ${i + 1}/${files.length}`);
      const first = (r + i) % 2 === 0;
      if (first) pdfjsTimes[i]!.push(await timeAsync(() => pdfjsAlone(i)));
      fullTimes[i]!.push(await timeAsync(() => withOurs(i)));
      if (!first) pdfjsTimes[i]!.push(await timeAsync(() => pdfjsAlone(i)));
    }
  }

  const results: FileTimes[] = [];
  for (let i = 0; i < files.length; i++) {
    progress(`real PDFs, our reading alone: ${i + 1}/${files.length}`);
    const pages = await pdfjsAlone(i);
    const replayed = replay(pages);
    const ours: Time[] = [];
    for (let k = 0; k < 3; k++) await readReport(replayed, new Uint8Array());
    for (let k = 0; k < 15; k++) ours.push(await timeAsync(() => readReport(replayed, new Uint8Array())));
    const text = (await readReport(replayed, new Uint8Array())).pages.join('\n\n');
    const parse = measure(() => analyseDocument({ text }), 15, 3);
    results.push({ file: files[i]!.file, pages: pages.length, pdfjs: medianTime(pdfjsTimes[i]!), full: medianTime(fullTimes[i]!), ours: medianTime(ours), parse: parse.medianMs, pdfjsMinCpu: minCpu(pdfjsTimes[i]!), fullMinCpu: minCpu(fullTimes[i]!) });
  }
  progress('');

  // Leicester on its own, more rounds than one file gets above, still alternating.
  const at = files.findIndex((f) => f.file === LARGEST);
  const leicesterRuns = { pdfjs: [] as Time[], full: [] as Time[] };
  for (let r = 0; r < 15; r++) {
    progress(`real PDFs, Leicester: ${r + 1}/15`);
    const pair = r % 2 === 0 ? (['pdfjs', 'full'] as const) : (['full', 'pdfjs'] as const);
    for (const k of pair) leicesterRuns[k].push(await timeAsync(() => (k === 'pdfjs' ? pdfjsAlone(at) : withOurs(at))));
  }
  progress('');
  const leicesterBytes = files[at]!.bytes;
  const heapOurs = await peakHeap(async (sample) => {
    const sampling: PdfJs = {
      getDocument: (src) => {
        const task = withOptions.getDocument(src);
        const promise = task.promise.then((pdf) => ({
          numPages: pdf.numPages,
          getPage: async (n: number) => {
            const page = await pdf.getPage(n);
            return { getTextContent: async () => page.getTextContent().finally(sample) };
          },
        }));
        return { promise, destroy: () => task.destroy() };
      },
    };
    return readReport(sampling, leicesterBytes.slice());
  });
  const heapPdfjs = await peakHeap(() => extract(leicesterBytes.slice()));

  const leicester = results.find((f) => f.file === LARGEST)!;
  const wall = (k: 'pdfjs' | 'full' | 'ours') => results.map((f) => f[k].wall);
  const cpu = (k: 'pdfjs' | 'full' | 'ours') => results.map((f) => f[k].cpu);
  const parse = results.map((f) => f.parse);
  const ratios = results.map((f) => f.ours.cpu / f.pdfjs.cpu);
  const worst = results.reduce((a, b) => (b.ours.cpu / b.pdfjs.cpu > a.ours.cpu / a.pdfjs.cpu ? b : a));
  const n = results.length;
  const pct = (x: number) => round(x * 100);
  const ms = (x: number, places = 1) => ({ value: round(x, places), unit: 'ms' });
  const figures: Figure[] = [
    { name: `pdf.js text extraction alone, per file (${n} PDFs, ${sum(results.map((f) => f.pages))} pages): median`, ...ms(median(wall('pdfjs'))) },
    { name: '  pdf.js text extraction alone, per file: p95', ...ms(quantile(wall('pdfjs'), 0.95)) },
    { name: 'pdf.js + our reading (readReport), per file: median', ...ms(median(wall('full'))) },
    { name: '  pdf.js + our reading (readReport), per file: p95', ...ms(quantile(wall('full'), 0.95)) },
    { name: 'our reading alone (text content → parsed doc), per file: median', ...ms(median(wall('ours')), 2) },
    { name: '  our reading alone, per file: p95', ...ms(quantile(wall('ours'), 0.95), 2) },
    { name: '  of which recognise + parse (text → parsed doc), per file: median', ...ms(median(parse), 2) },
    { name: '  of which recognise + parse, per file: p95', ...ms(quantile(parse, 0.95), 2) },
    { name: 'our reading / pdf.js extraction, CPU time, all files summed', value: pct(sum(cpu('ours')) / sum(cpu('pdfjs'))), unit: '%', target: '< 10 %' },
    { name: '  the same in wall-clock time', value: pct(sum(wall('ours')) / sum(wall('pdfjs'))), unit: '%' },
    { name: '  our reading / pdf.js extraction, CPU time, per file: median', value: pct(median(ratios)), unit: '%' },
    { name: '  our reading / pdf.js extraction, CPU time, per file: p95', value: pct(quantile(ratios, 0.95)), unit: '%' },
    { name: `  our reading / pdf.js extraction, CPU time, worst file (${worst.file.replace(/^.*\//, '')})`, value: pct(worst.ours.cpu / worst.pdfjs.cpu), unit: '%' },
    { name: '(pdf.js + ours − pdf.js alone) / pdf.js alone, CPU time, all files summed', value: pct((sum(cpu('full')) - sum(cpu('pdfjs'))) / sum(cpu('pdfjs'))), unit: '%' },
    { name: '  the same in wall-clock time', value: pct((sum(wall('full')) - sum(wall('pdfjs'))) / sum(wall('pdfjs'))), unit: '%' },
    {
      name: '  the same in CPU time, from each file’s fastest round',
      value: pct((sum(results.map((f) => f.fullMinCpu)) - sum(results.map((f) => f.pdfjsMinCpu))) / sum(results.map((f) => f.pdfjsMinCpu))),
      unit: '%',
    },
    { name: `Leicester 2015 (${leicester.pages} pages) in Node: pdf.js extraction alone (median of 15)`, ...ms(medianTime(leicesterRuns.pdfjs).wall) },
    { name: '  Leicester 2015 in Node: pdf.js + our reading (median of 15)', ...ms(medianTime(leicesterRuns.full).wall) },
    { name: '  Leicester 2015 in Node: our reading alone', ...ms(leicester.ours.wall, 2) },
    { name: '  Leicester 2015 in Node: peak JS heap above settled, pdf.js + our reading', value: round(heapOurs / 1e6), unit: 'MB' },
    { name: '  Leicester 2015 in Node: peak JS heap above settled, pdf.js alone', value: round(heapPdfjs / 1e6), unit: 'MB' },
  ];
  return { figures, files: results, rounds };
}

const FILES = 'files.ofsted.gov.uk';
const LEICESTER_URL = `https://${FILES}/v1/file/80482`;

/** Chromium with the built extension and the pdf.js-alone control extension side by side (Chromium takes a comma-separated list). */
async function launchBoth(port: number, controlDir: string, extensionDir: string) {
  const browser = await launchWithExtension([FILES], port, `${extensionDir},${controlDir}`);
  const idOf = async (script: string) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const worker = browser.context.serviceWorkers().find((w) => w.url().endsWith(`/${script}`));
      if (worker) return new URL(worker.url()).host;
      if (Date.now() > deadline) throw new Error(`No service worker ${script}: did the extension load?`);
      await browser.context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
    }
  };
  return { context: browser.context, ours: await idOf('background.js'), control: await idOf('control-background.js'), close: browser.close };
}

async function heapOf(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

export async function browserFigures(runs = Number(process.env.BENCH_REAL_BROWSER_RUNS ?? 9)): Promise<Figure[]> {
  const pdf = readFileSync(join(REAL_PDF, LARGEST));
  // The build as it is now, copied, so a rebuild in the checkout part-way through cannot pull it away.
  const extensionDir = mkdtempSync(join(tmpdir(), 'ofsted-lens-build-'));
  cpSync(BENCH_BUILD, extensionDir, { recursive: true });
  const controlDir = mkdtempSync(join(tmpdir(), 'ofsted-lens-pdfjs-control-'));
  cpSync(resolve(import.meta.dirname, 'pdfjs-control'), controlDir, { recursive: true });
  for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(PDFJS_DIR, 'build', file), join(controlDir, file));
  const server = await startHttpsServer({ [FILES]: { '/v1/file/80482': { contentType: 'application/pdf', body: pdf } } });
  const browser = await launchBoth(server.port, controlDir, extensionDir);
  const reader: number[] = [];
  const readerGrades: number[] = [];
  const control: number[] = [];
  const controlPage1: number[] = [];
  const controlExtract: number[] = [];
  let readerHeap = 0;
  let controlHeap = 0;
  const open = async (url: string, marks: string[]) => {
    const page = await browser.context.newPage();
    const evaluate = await pageEvaluator(browser.context, page);
    await page.goto(url);
    const times = await waitForMarks(evaluate, marks, 60_000);
    const heap = await heapOf(browser.context, page);
    await page.close();
    return { times, heap };
  };
  const openReader = async () => {
    const { times, heap } = await open(`chrome-extension://${browser.ours}/reader.html?src=${encodeURIComponent(LEICESTER_URL)}`, ['ofsted-lens:reader-grades', 'ofsted-lens:reader-ready']);
    reader.push(times['ofsted-lens:reader-ready']!);
    readerGrades.push(times['ofsted-lens:reader-grades']!);
    readerHeap = Math.max(readerHeap, heap);
  };
  const openControl = async () => {
    const { times, heap } = await open(`chrome-extension://${browser.control}/extract.html?src=${encodeURIComponent(LEICESTER_URL)}`, ['control:fetched', 'control:extracted']);
    control.push(times['control:extracted']!);
    controlExtract.push(times['control:extracted']! - times['control:fetched']!);
    controlHeap = Math.max(controlHeap, heap);
  };
  const openControlPage1 = async () => {
    const { times } = await open(`chrome-extension://${browser.control}/extract.html?pages=1&src=${encodeURIComponent(LEICESTER_URL)}`, ['control:page1']);
    controlPage1.push(times['control:page1']!);
  };
  try {
    // One of each unmeasured, so neither pays for the disk cache's first read of its scripts.
    await openReader();
    await openControl();
    await openControlPage1();
    reader.length = readerGrades.length = control.length = controlExtract.length = controlPage1.length = 0;
    for (let i = 0; i < runs; i++) {
      progress(`real PDFs, reader on Leicester: ${i + 1}/${runs}`);
      // Each of the three goes first, second and third in turn, so none is always measured on a machine just warmed or just busied by another.
      const order = [openReader, openControl, openControlPage1];
      for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]!();
    }
    progress('');
  } finally {
    await browser.close();
    await server.close();
    rmSync(controlDir, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  }
  const [r, c] = [median(reader), median(control)];
  const [g, c1] = [median(readerGrades), median(controlPage1)];
  return [
    { name: `reader: open → head, judgement table and grades on screen, Leicester 2015 (median of ${runs})`, value: Math.round(g), unit: 'ms' },
    { name: '  control: pdf.js alone in an extension page, open → page 1’s text extracted', value: Math.round(c1), unit: 'ms' },
    { name: '  reader’s time to grades over the page-1 control', value: round(g / c1, 2), unit: '×', target: '≤ 1.5 ×' },
    { name: `reader: open → full text and grades, Leicester 2015, 49-page real report (median of ${runs})`, value: Math.round(r), unit: 'ms', target: '< 1000 ms' },
    { name: '  control: pdf.js alone in an extension page, open → every page’s text extracted', value: Math.round(c), unit: 'ms' },
    { name: '  control: of which pdf.js extraction (PDF fetched → text extracted)', value: Math.round(median(controlExtract)), unit: 'ms' },
    { name: '  reader over the control (our reading, rendering, the reader’s own code)', value: round(((r - c) / c) * 100), unit: '%' },
    { name: '  reader: page JS heap after ready (pdf.js worker not counted)', value: round(readerHeap / 1e6), unit: 'MB' },
    { name: '  control: page JS heap after extraction (pdf.js worker not counted)', value: round(controlHeap / 1e6), unit: 'MB' },
  ];
}

export type RealPdfFile = { file: string; pages: number; pdfjsMs: number; withOursMs: number; oursMs: number; parseMs: number; oursCpuPct: number };

/** The figures, and each file's own times (in results.json, to find the slow ones). */
export async function realPdfFigures(): Promise<{ figures: Figure[]; rounds: number; files: RealPdfFile[] }> {
  const node = await nodeFigures();
  const figures = [...node.figures, ...(await browserFigures())];
  const files = node.files.map((f) => ({
    file: f.file,
    pages: f.pages,
    pdfjsMs: round(f.pdfjs.wall),
    withOursMs: round(f.full.wall),
    oursMs: round(f.ours.wall, 2),
    parseMs: round(f.parse, 2),
    oursCpuPct: round((f.ours.cpu / f.pdfjs.cpu) * 100),
  }));
  return { figures, rounds: node.rounds, files };
}
