// The library at scale: 1,000 reports made from the real PDFs' parsed text (each PDF in
// ../shared/fixtures/real-pdf read as the reader reads it, then given other authorities and dates
// until there are 1,000 distinct records), and
// - its size: in Chromium, IndexedDB's usage once stored through the built extension's own page
//   (navigator.storage.estimate); in Node, the records serialized as JSON;
// - the library page (library.html in the bench build, in Chromium): open → the list on screen from
//   the summaries (`ofsted-lens:library-ready`), → every document read and grades shown
//   (`…:library-read`), and → the index of every paragraph built (`…:library-indexed`);
// - search (library-search.ts, in Node over the same records): a word, a phrase and a theme.
// `tsx bench/run.ts library` runs only this part. The parsed documents are cached in the system's
// temporary folder (never in the project), so a second run does not read every PDF again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AUTHORITIES } from '../utils/core/authorities/match';
import { catalogue, NO_FILTER, type StoredRecord } from '../utils/core/model/library-catalogue';
import { LibrarySearch, type LibraryQuery } from '../utils/core/model/library-search';
import type { Report } from '../utils/core/schema/domain';
import { InspectionRecordSchema } from '../utils/core/schema/storage';
import { readReport } from '../utils/browser/pdf/load-report';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { startHttpsServer } from '../tests/e2e/harness/https-server';
import { BENCH_BUILD, type Figure } from './browser';
import { pageEvaluator, waitForMarks } from './page-marks';
import { corpus, nodePdfjs } from './real-pdfs';

const RECORDS = 1000;
const CACHE = join(tmpdir(), 'ofsted-lens-bench-library-docs.json');
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every real PDF that reads as a report with findings, as the reader reads it. */
async function realReports(): Promise<Report[]> {
  const files = corpus();
  const key = files.map((f) => `${f.file}:${f.bytes.length}`).join('|');
  if (existsSync(CACHE)) {
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as { key: string; docs: Report[] };
    if (cached.key === key) return cached.docs;
  }
  const { withOptions } = await nodePdfjs();
  const docs: Report[] = [];
  for (const { bytes } of files) {
    const { doc } = await readReport(withOptions, bytes).catch(() => ({ doc: null }));
    if (doc && doc.kind !== 'news' && doc.findings.length > 0) docs.push(doc);
  }
  writeFileSync(CACHE, JSON.stringify({ key, docs }));
  return docs;
}

/** 1,000 distinct records: the real reports, the longest most often, each copy another authority's and years earlier. */
export function libraryOf(docs: readonly Report[], count = RECORDS): StoredRecord[] {
  // Graded reports (around 60 findings) three times as often as letters, as a library of every
  // authority's latest report and the letters since would hold them.
  const pool = docs.flatMap((d) => (d.findings.length >= 40 ? [d, d, d] : [d]));
  return Array.from({ length: count }, (_, i) => {
    const doc = pool[i % pool.length]!;
    const authority = AUTHORITIES[i % AUTHORITIES.length]!;
    const back = Math.floor(i / pool.length);
    const shift = (iso: string) => `${Number(iso.slice(0, 4)) - back}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
    const inspection = doc.inspection ? { start: shift(doc.inspection.start), end: shift(doc.inspection.end) } : null;
    const source = `https://files.ofsted.gov.uk/v1/file/${900000 + i}`;
    const record = {
      identity: `ofsted-file:${900000 + i}`, source, sources: [source], provenance: 'ofsted-pdf' as const, site: 'files.ofsted.gov.uk', kind: doc.kind,
      authorityKey: authority.key, start: inspection?.start ?? '', storedAt: Date.UTC(2026, 0, 1) + i,
      document: { ...doc, authority: authority.name, authorityKey: authority.key, inspection },
    };
    return { ...InspectionRecordSchema.parse(record), id: i + 1 };
  });
}

/** Median time of `fn` over `runs`, after one run not counted (which is returned as `first`). */
function timed(fn: () => unknown, runs: number): { first: number; median: number } {
  let start = performance.now();
  fn();
  const first = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { first, median: median(times) };
}

const QUERIES: ReadonlyArray<[string, LibraryQuery]> = [
  ['a word ("missing")', { text: 'missing', theme: '' }],
  ['a phrase ("return home interviews")', { text: '"return home interviews"', theme: '' }],
  ["a theme (care leavers' accommodation)", { text: '', theme: 'care-leavers-accommodation' }],
];

async function searchFigures(records: StoredRecord[], runs = 21): Promise<Figure[]> {
  const entries = catalogue(records, []);
  const start = performance.now();
  const search = new LibrarySearch(entries, records);
  await search.ready;
  const figures: Figure[] = [{ name: `library search: index the ${search.size} paragraphs of 1,000 reports (Node)`, value: Math.round(performance.now() - start), unit: 'ms' }];
  for (const [what, query] of QUERIES) {
    let total = 0;
    const t = timed(() => (total = search.search(query, NO_FILTER).total), runs);
    figures.push(
      { name: `library search over 1,000 reports: ${what}, ${total} paragraphs found: median of ${runs} (Node)`, value: round(t.median), unit: 'ms', target: '< 100 ms' },
      { name: `library search over 1,000 reports: ${what}: first time (Node)`, value: round(t.first), unit: 'ms' },
    );
  }
  return figures;
}

/** Stores the records through the bench build's library page, then opens it afresh `runs` times. */
async function chromiumFigures(records: StoredRecord[], runs = 5): Promise<Figure[]> {
  const server = await startHttpsServer({});
  const browser = await launchWithExtension([], server.port, BENCH_BUILD);
  const url = `chrome-extension://${browser.extensionId}/library.html`;
  try {
    const first = await browser.context.newPage();
    await first.goto(url);
    await waitForMarks(await pageEvaluator(browser.context, first), ['ofsted-lens:library-ready'], 30_000);
    for (let i = 0; i < records.length; i += 50) {
      const chunk = records.slice(i, i + 50).map(({ id: _id, ...record }) => record);
      await first.evaluate(
        (rows) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('ofsted-lens');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('inspections', 'readwrite');
              for (const row of rows) tx.objectStore('inspections').add(row);
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
        chunk,
      );
    }
    const usage = (await first.evaluate(() => navigator.storage.estimate())) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    await first.close();
    const ready: number[] = [];
    const read: number[] = [];
    const indexed: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      const evaluate = await pageEvaluator(browser.context, page);
      await page.goto(url);
      const marks = await waitForMarks(evaluate, ['ofsted-lens:library-ready', 'ofsted-lens:library-read', 'ofsted-lens:library-indexed'], 120_000);
      const shown = (await evaluate(`document.querySelectorAll('li.entry').length`)) as number;
      if (shown === 0) throw new Error('The library page listed nothing.');
      ready.push(marks['ofsted-lens:library-ready']!);
      read.push(marks['ofsted-lens:library-read']!);
      indexed.push(marks['ofsted-lens:library-indexed']!);
      await page.close();
    }
    return [
      { name: 'library of 1,000 reports: IndexedDB size in Chromium (navigator.storage.estimate)', value: round((usage.usageDetails?.indexedDB ?? usage.usage ?? 0) / 1e6), unit: 'MB' },
      { name: `library page, 1,000 reports: open → list on screen from the summaries, Chromium (median of ${runs})`, value: Math.round(median(ready)), unit: 'ms', target: '< 500 ms' },
      { name: `library page, 1,000 reports: open → every document read, grades shown, Chromium (median of ${runs})`, value: Math.round(median(read)), unit: 'ms' },
      { name: `library page, 1,000 reports: open → search ready (every paragraph indexed), Chromium (median of ${runs})`, value: Math.round(median(indexed)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function libraryFigures(): Promise<Figure[]> {
  const docs = await realReports();
  const records = libraryOf(docs);
  const findings = records.reduce((sum, r) => sum + (r.document.kind === 'news' ? 0 : r.document.findings.length), 0);
  const figures: Figure[] = [
    { name: `library: ${records.length} records from ${docs.length} real PDFs read as reports, findings held`, value: findings, unit: 'findings' },
    { name: 'library of 1,000 reports: serialized as JSON', value: round(Buffer.byteLength(JSON.stringify(records)) / 1e6), unit: 'MB' },
  ];
  figures.push(...(await searchFigures(records)));
  figures.push(...(await chromiumFigures(records)));
  return figures;
}
