// npm run bench: the figures the issues set targets for, printed and written to bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseDocument } from '../utils/analyse';
import { linkFindings, type PriorSource } from '../utils/link/link-findings';
import type { ParsedDocument, Report } from '../utils/schema';
import { parseNews } from '../utils/news/parse-news';
import { recognise } from '../utils/recognise/recognise';
import { parseReport } from '../utils/report/parse-report';
import { bundleFigures, paintFigures } from './browser';
import { measure } from './measure';
import { notesCoreFigures, popupFigures } from './notes';
import { readerFigures } from './reader';

const real = resolve(import.meta.dirname, '../../shared/fixtures/real');
const report = readFileSync(resolve(real, 'portsmouth-ilacs-2023.txt'), 'utf8');
const news = readFileSync(resolve(real, 'portsmouth-news-2018.txt'), 'utf8');
const notOurs = 'Lemon drizzle cake. '.repeat(5000);

import type { Figure } from './browser';
const figures: Figure[] = [];
const round = (n: number) => Math.round(n * 1000) / 1000;

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

figures.push(...notesCoreFigures());
figures.push(...bundleFigures(), ...(await paintFigures()), ...(await readerFigures()), ...(await popupFigures()));

for (const f of figures) console.log(`${f.name.padEnd(52)} ${String(f.value).padStart(9)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`);
writeFileSync(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify({ node: process.version, figures }, null, 2)}\n`);
const table = ['| figure | value | target |', '| --- | ---: | --- |', ...figures.map((f) => `| ${f.name.trim()} | ${f.value} ${f.unit} | ${f.target ?? ''} |`)];
writeFileSync(resolve(import.meta.dirname, 'results.md'), `${table.join('\n')}\n`);
