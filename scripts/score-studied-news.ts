// Scores the product's news reader on the real articles studied in tests/news/studied.json, outside
// CI: their text is not ours to keep in the project, so each is saved elsewhere and read from there.
//
//   npx tsx scripts/score-studied-news.ts /work/news-study/texts [--only ID[,ID...]] [--show] [--json]
//
// The saved format, one file per article, named <id>.txt after the article's id in studied.json:
//   line 1   the article's URL
//   line 2   "# " and the page's headline, when the page has one (the title the browser would give);
//            absent when the saved text is an opening without its headline
//   the rest the article's text as the page gives it, unchanged (it may repeat the headline)
//
// Each text goes through the same entry as `npm run analyse` (analyseDocument: recognise, then
// parseNews for news) with its URL and headline. An article about one authority is right when the
// reader makes it news of that event (inspection / focused visit / monitoring visit / JTAI), with the
// authority's register key (none when the text names none), every grade the article gives this
// inspection, and no other grade. A near miss (round-up, or not one authority's inspection) is right
// when nothing badges it as one authority: not read at all, read as a round-up, or news with no
// authority and no grade. Earlier grades are shown beside the score, not counted in it.
//
// --show prints what the reader made of each wrong article; --json prints one JSON line an article.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../utils/core/analyse';
import type { Grades, ParsedDocument } from '../utils/core/schema/domain';

type Earlier = { judgement: string; grade: string; year: number | null };
type Studied = {
  id: string;
  url: string;
  site: string;
  year: number;
  kind: string;
  reports: string | null;
  authority: string | null;
  grades: Record<string, string>;
  earlier: Earlier[];
  patterns: string[];
};

const NEAR_MISS = new Set(['round-up', 'not-news']);

function readSaved(file: string): { url: string; title: string | undefined; text: string } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const url = (lines[0] ?? '').trim();
  const second = lines[1] ?? '';
  const title = second.startsWith('# ') ? second.slice(2).trim() : undefined;
  const text = lines.slice(title === undefined ? 1 : 2).join('\n');
  return { url, title, text };
}

function gradeProblems(want: Record<string, string>, got: Grades): string[] {
  const problems: string[] = [];
  for (const [key, grade] of Object.entries(want)) {
    const read = (got as Record<string, string | undefined>)[key];
    if (read === undefined) problems.push(`missed ${key} ${grade}`);
    else if (read !== grade) problems.push(`${key} ${read}, should be ${grade}`);
  }
  for (const [key, grade] of Object.entries(got)) if (!(key in want)) problems.push(`extra ${key} ${grade}`);
  return problems;
}

/** Why the reader's result is wrong for this article; empty when it is right. */
function problemsOf(article: Studied, doc: ParsedDocument | null): string[] {
  if (NEAR_MISS.has(article.kind)) {
    if (doc === null) return [];
    if (doc.kind !== 'news') return [`read as a ${doc.kind} report`];
    if (doc.isRoundUp) return [];
    const badged = doc.authorityKey !== null || Object.keys(doc.grades).length > 0;
    return badged ? [`badged as ${doc.authorityKey ?? 'no authority'} with ${JSON.stringify(doc.grades)}`] : [];
  }
  if (doc === null) return ['not recognised'];
  if (doc.kind !== 'news') return [`read as a ${doc.kind} report, not news of it`];
  if (doc.isRoundUp) return [`read as a round-up of ${doc.roundUp.length}`];
  const problems: string[] = [];
  if (doc.reports !== article.reports) problems.push(`reports ${doc.reports ?? 'nothing'}, should be ${article.reports ?? 'nothing'}`);
  if (doc.authorityKey !== article.authority) problems.push(`authority ${doc.authorityKey ?? 'none'}${doc.authority && !doc.authorityKey ? ` ("${doc.authority}")` : ''}, should be ${article.authority ?? 'none'}`);
  problems.push(...gradeProblems(article.grades, doc.grades));
  return problems;
}

/** The earlier grades the article gives that the reader kept as earlier, of those it gives. */
function earlierRead(article: Studied, doc: ParsedDocument | null): [number, number] {
  const prior = doc?.kind === 'news' ? doc.priorGrades : [];
  const found = article.earlier.filter((e) => prior.some((p) => p.judgement === e.judgement && p.grade === e.grade && (e.year === null || p.year === null || p.year === e.year)));
  return [found.length, article.earlier.length];
}

type Tally = Map<string, { right: number; all: number }>;
function count(tally: Tally, key: string, right: boolean): void {
  const t = tally.get(key) ?? { right: 0, all: 0 };
  t.all += 1;
  if (right) t.right += 1;
  tally.set(key, t);
}
function lines(title: string, tally: Tally): string {
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  return `${title}\n${rows.map(([key, t]) => `  ${key.padEnd(28)} ${String(t.right).padStart(3)} / ${t.all}`).join('\n')}\n`;
}

function main(argv: string[]): number {
  const usage = 'usage: npx tsx scripts/score-studied-news.ts TEXTS-FOLDER [--only ID[,ID...]] [--show] [--json]\n';
  const positional: string[] = [];
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--only') only = new Set((argv[(i += 1)] ?? '').split(',').filter(Boolean));
    else if (arg !== '--show' && arg !== '--json') positional.push(arg);
  }
  const folder = positional[0];
  if (folder === undefined || positional.length > 1 || folder.startsWith('--')) {
    process.stderr.write(usage);
    return 2;
  }
  const show = argv.includes('--show');
  const json = argv.includes('--json');
  const studiedFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'news', 'studied.json');
  const all = (JSON.parse(readFileSync(studiedFile, 'utf8')) as { articles: Studied[] }).articles;
  const unknown = only ? [...only].filter((id) => !all.some((a) => a.id === id)) : [];
  if (unknown.length > 0) {
    process.stderr.write(`no studied article with id ${unknown.join(', ')}\n`);
    return 2;
  }
  const studied = all.filter((a) => !only || only.has(a.id));

  const single = { right: 0, all: 0 };
  const near = { right: 0, all: 0 };
  const bySite: Tally = new Map();
  const byYears: Tally = new Map();
  const byPattern: Tally = new Map();
  let earlierKept = 0;
  let earlierAll = 0;
  const missing: string[] = [];
  for (const article of studied) {
    const file = join(folder, `${article.id}.txt`);
    if (!existsSync(file)) {
      missing.push(article.id);
      continue;
    }
    const { url, title, text } = readSaved(file);
    const doc = analyseDocument({ url, text, title });
    const problems = problemsOf(article, doc);
    const right = problems.length === 0;
    const [kept, of] = earlierRead(article, doc);
    earlierKept += kept;
    earlierAll += of;
    const tally = NEAR_MISS.has(article.kind) ? near : single;
    tally.all += 1;
    if (right) tally.right += 1;
    if (!NEAR_MISS.has(article.kind)) {
      count(bySite, article.site, right);
      count(byYears, article.year >= 2023 ? '2023-2026' : article.year >= 2018 ? '2018-2022' : '2014-2017', right);
    }
    for (const pattern of article.patterns) count(byPattern, pattern, right);
    if (json) {
      process.stdout.write(`${JSON.stringify({ id: article.id, right, problems, earlier: { kept, of }, read: doc && doc.kind === 'news' ? { reports: doc.reports, authorityKey: doc.authorityKey, grades: doc.grades, priorGrades: doc.priorGrades.map((p) => ({ judgement: p.judgement, grade: p.grade, year: p.year })), isRoundUp: doc.isRoundUp } : doc && { kind: doc.kind } })}\n`);
      continue;
    }
    const earlier = of > 0 ? ` (earlier ${kept}/${of})` : '';
    process.stdout.write(`${right ? 'right' : 'WRONG'}  ${article.id}${earlier}${right ? '' : `: ${problems.join('; ')}`}\n`);
    if (show && !right) process.stdout.write(`       read: ${JSON.stringify(doc && doc.kind === 'news' ? { reports: doc.reports, authority: doc.authority, authorityKey: doc.authorityKey, grades: doc.grades, isRoundUp: doc.isRoundUp } : doc && { kind: doc.kind })}\n`);
  }
  if (json) return 0;
  const out: string[] = [];
  out.push(`\nsingle-authority articles right: ${single.right} / ${single.all}`);
  out.push(`near misses right (no single badge): ${near.right} / ${near.all}`);
  out.push(`earlier grades kept as earlier: ${earlierKept} / ${earlierAll}`);
  if (missing.length > 0) out.push(`no saved text for ${missing.length}: ${missing.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n\n`);
  process.stdout.write(lines('by site kind (single-authority):', bySite));
  process.stdout.write(lines('by years (single-authority):', byYears));
  process.stdout.write(lines('by pattern (all articles showing it):', byPattern));
  return 0;
}

// A reader that goes away (`| head`) ends the run quietly instead of with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = main(process.argv.slice(2));
