// npm run bench: the figures the issues set targets for, printed and written to bench/results.json
// and bench/results.md. `tsx bench/run.ts real` (or BENCH_PART=real) runs only the real-PDF part
// (bench/real-pdfs.ts; it needs a build), `tsx bench/run.ts core` everything else; either keeps the
// other part's last figures from results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { analyseDocument } from '../utils/core/analyse';
import { AUTHORITIES, findAuthority } from '../utils/core/authorities/match';
import { authorityPanelContext } from '../utils/core/model/authority-history';
import { linkFindings, type PriorSource } from '../utils/core/link/link-findings';
import type { ParsedDocument, Report } from '../utils/core/schema/domain';
import { parseNews } from '../utils/core/news/parse-news';
import { recognise } from '../utils/core/recognise/recognise';
import { parseReport } from '../utils/core/report/parse-report';
import { bundleFigures, paintFigures } from './browser';
import { measure } from './measure';
import { notesCoreFigures, popupFigures } from './notes';
import { readerFigures } from './reader';
import { libraryFigures } from './library';
import { realPdfFigures, type RealPdfFile } from './real-pdfs';

const real = resolve(import.meta.dirname, '../../shared/fixtures/real');
const report = readFileSync(resolve(real, 'portsmouth-ilacs-2023.txt'), 'utf8');
const news = readFileSync(resolve(real, 'portsmouth-news-2018.txt'), 'utf8');
const notOurs = 'Lemon drizzle cake. '.repeat(5000);

import type { Figure } from './browser';
const round = (n: number) => Math.round(n * 1000) / 1000;

async function coreFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const parse = measure(() => parseReport(report, 'ilacs'), 1000, 100);
  const bytes = Buffer.byteLength(report, 'utf8');
  figures.push(
    { name: 'parse real ILACS report: median', value: round(parse.medianMs), unit: 'ms', target: '< 2 ms' },
    { name: 'parse real ILACS report: p95', value: round(parse.p95Ms), unit: 'ms' },
    { name: 'parse real ILACS report: throughput', value: round(bytes / 1e6 / (parse.medianMs / 1000)), unit: 'MB/s' },
  );
  const full = measure(() => analyseDocument({ text: report }), 1000, 100);
  figures.push({ name: 'recognise + parse real report: median', value: round(full.medianMs), unit: 'ms' });
  const article = measure(() => parseNews(news), 1000, 100);
  figures.push({ name: 'parse real news article: median', value: round(article.medianMs), unit: 'ms' });
  const reject = measure(() => recognise({ text: notOurs, url: 'https://example.org/recipes' }), 1000, 100);
  figures.push({ name: `reject a ${Math.round(notOurs.length / 1000)} KB page that is not ours: median`, value: round(reject.medianMs), unit: 'ms' });

  // A library of 600 inspections: 150 authorities with four each, Portsmouth's among them.
  const parsedReport = parseReport(report, 'ilacs') as Report;
  const parsedNews = parseNews(news) as ParsedDocument;
  const library: PriorSource[] = [];
  for (let a = 0; a < 150; a++) {
    const key = a === 0 ? 'portsmouth' : `authority-${a}`;
    for (const [i, doc] of [parsedNews, parsedReport, parsedNews, parsedReport].entries()) {
      const year = 2014 + i * 2;
      const dated = doc.kind === 'news' ? { ...doc, authorityKey: key } : { ...doc, authorityKey: key, inspection: { start: `${year}-03-01`, end: `${year}-03-05` } };
      library.push({ source: `${key}-${i}`, doc: dated as ParsedDocument });
    }
  }
  const linking = measure(() => linkFindings(parsedReport, library), 200, 20);
  figures.push({ name: 'link the real report against 600 stored inspections: median', value: round(linking.medianMs), unit: 'ms', target: '< 50 ms' });
  figures.push({ name: 'link the real report against 600 stored inspections: p95', value: round(linking.p95Ms), unit: 'ms' });

  // Over the 153 authorities: each one's median, then the median of those.
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lookups = AUTHORITIES.map((a) => measure(() => findAuthority(a.name), 200, 20).medianMs);
  figures.push({ name: 'register: find an authority by name, median over the 153', value: round(medianOf(lookups) * 1000), unit: 'µs' });
  const contexts = AUTHORITIES.map((a) => measure(() => authorityPanelContext(a.key, []), 40, 5).medianMs);
  figures.push({ name: "panel's official context for an authority, median over the 153", value: round(medianOf(contexts)), unit: 'ms' });

  figures.push(...notesCoreFigures());
  figures.push(...bundleFigures(), ...(await paintFigures()), ...(await readerFigures()), ...(await popupFigures()));
  return figures;
}

type RealPdfs = { node: string; cores: number; measured: string; rounds: number; figures: Figure[]; files: RealPdfFile[] };
type Library = { node: string; cores: number; measured: string; figures: Figure[] };
type Results = { node: string; figures: Figure[]; realPdfs?: RealPdfs; library?: Library };

const part = process.argv[2] ?? process.env.BENCH_PART ?? 'all';
if (!['all', 'core', 'real', 'library'].includes(part)) throw new Error(`bench/run.ts [all|core|real|library], not ${part}`);
const RESULTS_JSON = resolve(import.meta.dirname, 'results.json');
const previous: Results | null = existsSync(RESULTS_JSON) ? (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results) : null;

const print = (figures: Figure[]) => {
  for (const f of figures) console.log(`${f.name.padEnd(52)} ${String(f.value).padStart(9)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`);
};
const results: Results = { node: previous?.node ?? process.version, figures: previous?.figures ?? [], realPdfs: previous?.realPdfs, library: previous?.library };
if (part === 'all' || part === 'core') {
  results.figures = await coreFigures();
  results.node = process.version;
  print(results.figures);
}
if (part === 'all' || part === 'library') {
  const figures = await libraryFigures();
  results.library = { node: process.version, cores: cpus().length, measured: new Date().toISOString().slice(0, 10), figures };
  print(figures);
}
if (part === 'all' || part === 'real') {
  const { figures, rounds, files } = await realPdfFigures();
  results.realPdfs = { node: process.version, cores: cpus().length, measured: new Date().toISOString().slice(0, 10), rounds, figures, files };
  print(figures);
}

// One line per real PDF in realPdfs.files.
const json = JSON.stringify(results, null, 2).replace(/\{\n\s+"file": [^{}]*?\n\s+\}/g, (entry) => JSON.stringify(JSON.parse(entry)));
writeFileSync(RESULTS_JSON, `${json}\n`);
const table = (figures: Figure[]) => ['| figure | value | target |', '| --- | ---: | --- |', ...figures.map((f) => `| ${f.name.trim()} | ${f.value} ${f.unit} | ${f.target ?? ''} |`)];
const measuredReal = results.realPdfs;
const realSection = measuredReal
  ? [
      '',
      '## Real PDFs',
      '',
      `Every PDF in \`../shared/fixtures/real-pdf\` (its \`gold.json\`), measured ${measuredReal.measured} in Node ${measuredReal.node} on ${measuredReal.cores} cores,`,
      `and the reader in Debian's Chromium; how each figure is taken is in \`bench/real-pdfs.ts\`. A file's time is`,
      `its median over ${measuredReal.rounds} interleaved rounds; median and p95 are then over the files. Each file's`,
      'times are in `results.json` (`realPdfs.files`). This part alone: `npx wxt build --mode bench && npx tsx bench/run.ts real`.',
      '',
      ...table(measuredReal.figures),
    ]
  : [];
const measuredLibrary = results.library;
const librarySection = measuredLibrary
  ? [
      '',
      '## The library at scale',
      '',
      `1,000 reports made from the real PDFs' parsed text, measured ${measuredLibrary.measured} in Node ${measuredLibrary.node} on ${measuredLibrary.cores} cores and in Debian's Chromium;`,
      'how each figure is taken is in `bench/library.ts`. This part alone: `npx wxt build --mode bench && npx tsx bench/run.ts library`.',
      '',
      ...table(measuredLibrary.figures),
    ]
  : [];
writeFileSync(resolve(import.meta.dirname, 'results.md'), `${[...table(results.figures), ...realSection, ...librarySection].join('\n')}\n`);
