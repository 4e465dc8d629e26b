// The CLI as a user runs it: real files in, one JSON document per file out (or a table with
// --summary). `main` runs in-process with its writers captured; scripts/analyse.ts only hands it
// process.argv and the process's streams.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, USAGE } from '../../scripts/analyse-cli';
import { tableState } from '../../scripts/analyse-summary';
import { readDocument } from '../../scripts/read-document';
import { authorityContext, type AuthorityContext } from '../../utils/core/authorities/context';
import { AnalysisResultSchema, type AnalysisResult, type ParsedDocument } from '../../utils/core/schema/domain';
import { REAL_FIXTURES, REAL_PDF, realFixture } from '../helpers/fixtures';
import { reportPdf } from '../helpers/report-pdf';

const REPORT = join(REAL_FIXTURES, 'portsmouth-ilacs-2023.txt');
const NEWS = join(REAL_FIXTURES, 'portsmouth-news-2018.txt');
const ILACS_PDF = join(REAL_PDF, 'inspection/80466_east-riding-of-yorkshire_cs-inspection_2023-03-24.pdf');
const VISIT_PDF = join(REAL_PDF, 'focused-visit/80460_derbyshire_focused-visit_2021-11-24.pdf');
// pdf.js warns once about this report's fonts ("TT: undefined function: 32"), twice about this visit's.
const WARNED_ONCE_PDF = join(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf');
const WARNED_TWICE_PDF = join(REAL_PDF, 'focused-visit/80552_shropshire_focused-visit_2024-08-30.pdf');

type Run = { stdout: string; stderr: string; code: number };

async function run(args: string[], progress = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), progress });
  return { stdout, stderr, code };
}

async function analyse(...files: string[]): Promise<{ results: AnalysisResult[]; stderr: string; code: number }> {
  const { stdout, stderr, code } = await run(files);
  return { results: parse(stdout), stderr, code };
}
const parse = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => AnalysisResultSchema.parse(JSON.parse(line)));

/** Runs the CLI with `args` and holds it to a usage error: exit 2, the reason and then the usage on stderr, nothing on stdout. */
async function expectUsageError(args: string[], reason: string): Promise<void> {
  const { stdout, stderr, code } = await run(args);
  expect(code).toBe(2);
  expect(stderr).toContain(reason);
  expect(stderr.endsWith(USAGE)).toBe(true);
  expect(stdout).toBe('');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ofsted-lens-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyse', () => {
  it('prints one schema-valid document per file for the real report and article', async () => {
    const { results, code } = await analyse(REPORT, NEWS);
    expect(code).toBe(0);
    expect(results.map((r) => [r.kind, r.authorityKey])).toEqual([
      ['ilacs', 'portsmouth'],
      ['news', 'portsmouth'],
    ]);
    expect(results[0]!.findings).toHaveLength(53);
    expect(results[1]!.grades.overall).toBe('good');
  });

  it('reads a PDF laid out from the real report, with running headers, page footers and page breaks', async () => {
    const pdfPath = join(dir, 'portsmouth.pdf');
    writeFileSync(pdfPath, await reportPdf(realFixture('portsmouth-ilacs-2023.txt'), { header: 'Portsmouth City Council: inspection of children’s services' }));
    const { results, code } = await analyse(pdfPath);
    expect(code).toBe(0);
    const [pdf] = results;
    expect(pdf!.kind).toBe('ilacs');
    expect(pdf!.grades).toEqual({ overall: 'good', leaders: 'good', helpAndProtection: 'outstanding', inCare: 'good', careLeavers: 'requires-improvement' });
    expect(pdf!.inspection).toEqual({ start: '2023-05-15', end: '2023-05-19' });
    expect(pdf!.improvements).toHaveLength(3);
    expect(pdf!.findings.map((f) => f.number)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(pdf!.findings[39]!.text).toMatch(/^The number of care-experienced young people in education, employment or training is too low\./);
    const fromText = (await analyse(REPORT)).results[0]!.findings.map((f) => f.text);
    expect(pdf!.findings.map((f) => f.text)).toEqual(fromText);
  });

  it('reads the article as an HTML page, taking the body with Readability', async () => {
    const paragraphs = realFixture('portsmouth-news-2018.txt')
      .split('\n\n')
      .map((p) => (p.startsWith('- ') ? `<ul><li>${p.slice(2)}</li></ul>` : `<p>${p}</p>`))
      .join('\n');
    const htmlPath = join(dir, 'news.html');
    writeFileSync(htmlPath, `<!doctype html><html><head><title>Ofsted rates Portsmouth 'good' | Children First</title></head><body><nav><a href="/">Home</a></nav><article>${paragraphs}</article></body></html>`);
    const { results } = await analyse(htmlPath);
    expect(results[0]).toMatchObject({ kind: 'news', authorityKey: 'portsmouth', grades: { overall: 'good', helpAndProtection: 'good', inCareAndCareLeavers: 'good', leaders: 'good' } });
  });

  it('says which file it could not read, exits non-zero, and still analyses the others', async () => {
    const missing = join(dir, 'missing.txt');
    const damaged = join(dir, 'damaged.pdf');
    writeFileSync(damaged, 'this is not a PDF');
    const { results, stderr, code } = await analyse(missing, damaged, REPORT);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`analyse: ${missing}:`);
    expect(stderr).toContain(`analyse: ${damaged}:`);
    expect(results.map((r) => r.file)).toEqual([REPORT]);
  });

  it('with --prior, gives each finding its links to what the earlier article said', async () => {
    const { results, code } = await analyse(REPORT, '--prior', NEWS);
    expect(code).toBe(0);
    expect(results).toHaveLength(1);
    const p40 = results[0]!.findings.find((f) => f.number === 40)!;
    expect(p40.links).toEqual([expect.objectContaining({ inspection: '2018', relation: 'persisting', source: NEWS })]);
    expect(results[0]!.findings.find((f) => f.number === 10)!.links).toEqual([]);
  });

  it('prints kind null for a document that is not an Ofsted children’s services one', async () => {
    const other = join(dir, 'recipe.txt');
    writeFileSync(other, 'Lemon drizzle cake\n\nBeat the butter and sugar until pale.');
    const { results, code } = await analyse(other);
    expect(code).toBe(0);
    expect(results[0]).toMatchObject({ kind: null, grades: {}, findings: [] });
  });
});

describe('npm run analyse -- --summary', () => {
  it('prints a table with a row per real PDF, giving its kind', async () => {
    const { stdout, code } = await run(['--summary', ILACS_PDF, VISIT_PDF]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^file\s+kind\s+table\s+grades$/);
    const row = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.split(/\s+/);
    expect(row('80466_east-riding-of-yorkshire_cs-inspection_2023-03-24.pdf')?.[1]).toBe('ilacs');
    expect(row('80460_derbyshire_focused-visit_2021-11-24.pdf')?.slice(1)).toEqual(['focused-visit', '-', '-']);
    expect(stdout).toContain('2 files: ilacs 1, focused-visit 1');
    expect(stdout).not.toContain('{');
  });

  it('names Ofsted’s documents of older kinds as such, and leaves an area SEND inspection and a recipe as none', async () => {
    const recipe = join(dir, 'recipe.txt');
    writeFileSync(recipe, 'Lemon drizzle cake\n\nBeat the butter and sugar until pale.');
    const older = ['inspection/80476_kent_cs-inspection_2013-08-23.pdf', 'inspection/80567_surrey_cs-inspection_2015-08-03.pdf', 'inspection/80498_haringey_jtai_2009-07-03.pdf'];
    const { stdout, code } = await run(['--summary', ...older.map((f) => join(REAL_PDF, f)), join(REAL_PDF, 'not-ours/80428_bedford_area-send_2025-02-04.pdf'), recipe]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').slice(1, 6);
    expect(rows.map((row) => row.replace(/^\S+\s+/, ''))).toEqual([...older.map(() => 'ofsted (older kind, not read)  -      -'), 'none                           -      -', 'none                           -      -']);
    expect(stdout).toContain('5 files: ofsted (older kind, not read) 3, none 2\n');
  });

  it('writes a 2026 report’s overall as “no overall grade”, its four judgements after', async () => {
    const { stdout } = await run(['--summary', join(REAL_PDF, 'inspection/80573_trafford_cs-inspection_2026-08-03.pdf'), ILACS_PDF]);
    expect(stdout).toMatch(/^80573_trafford_cs-inspection_2026-08-03\.pdf\s+ilacs\s+yes\s+no overall grade; leaders=inadequate helpAndProtection=inadequate inCare=good careLeavers=requires-improvement$/m);
    expect(stdout).toMatch(/^80466_east-riding-of-yorkshire_cs-inspection_2023-03-24\.pdf\s+ilacs\s+yes\s+overall=\S+ leaders=/m);
  });

  it('gives an unreadable file its row, names it on stderr and exits non-zero', async () => {
    const missing = join(dir, 'missing.pdf');
    const { stdout, stderr, code } = await run([REPORT, missing, '--summary']);
    expect(code).toBe(1);
    expect(stderr).toContain(`analyse: ${missing}:`);
    expect(stdout).toMatch(/^portsmouth-ilacs-2023\.txt\s+ilacs\s+yes\s+overall=good leaders=good helpAndProtection=outstanding inCare=good careLeavers=requires-improvement$/m);
    expect(stdout).toMatch(/^missing\.pdf\s+unreadable\s+-\s+-$/m);
  });
});

describe('npm run analyse -- --authority', () => {
  it('prints the authority’s official history and England-wide context as one JSON document', async () => {
    const { stdout, stderr, code } = await run(['--authority', 'County Durham']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const context = JSON.parse(stdout) as AuthorityContext;
    expect(context).toEqual(JSON.parse(JSON.stringify(authorityContext('durham'))));
    expect(context.authority).toMatchObject({ key: 'durham', name: 'County Durham' });
    expect(context.history.map((i) => i.start)).toEqual(['2025-03-24', '2022-05-09', '2019-09-09']);
    expect(context.source).toBe('Ofsted official statistics, as at 31 March 2025');
  });

  it.each([['Durham County Council'], ['80465'], ['840']])('finds the same authority as "%s"', async (name) => {
    const { stdout, code } = await run(['--authority', name]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as AuthorityContext).authority.key).toBe('durham');
  });

  it('gives the context at the date --as-of names', async () => {
    const { stdout, code } = await run(['--authority', 'Durham', '--as-of', '2022-12-31']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as AuthorityContext).history.map((i) => i.start)).toEqual(['2022-05-09', '2019-09-09']);
  });

  it.each([
    ['Testshire', 'no authority in the register is called "Testshire"'],
    ['Achieving for Children', '"Achieving for Children" is the name of more than one authority (Kingston upon Thames, Richmond upon Thames, Windsor and Maidenhead)'],
  ])('says clearly on stderr that "%s" is no one authority, and exits 2 with nothing on stdout', async (name, reason) => {
    const { stdout, stderr, code } = await run(['--authority', name]);
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
    expect(stdout).toBe('');
  });

  it.each([
    [['--authority'], '--authority needs a name after it'],
    [['--authority', 'Durham', REPORT], '--authority takes no files or other options'],
    [['--authority', 'Durham', '--as-of', '31/03/2025'], '--as-of needs a date as YYYY-MM-DD'],
    [['--as-of', '2025-03-31', REPORT], '--as-of is for --authority'],
  ])('%j is a usage error: exit 2, the reason and the usage on stderr, nothing on stdout', (args, reason) => expectUsageError(args, reason));
});

describe('table read', () => {
  const doc = (kind: ParsedDocument['kind'], grades: ParsedDocument['grades'], extra: object = {}) => ({ kind, grades, ...extra }) as ParsedDocument;

  it('is ungraded for a news article, whatever grades it reports', () => {
    expect(tableState(doc('news', { overall: 'good' }))).toBe('ungraded');
  });

  it('is the parser’s gradesRead for a report', () => {
    expect(tableState(doc('focused-visit', {}, { gradesRead: 'ungraded' }))).toBe('ungraded');
    expect(tableState(doc('ilacs', { overall: 'good' }, { gradesRead: 'unsure' }))).toBe('unsure');
    expect(tableState(doc('sif', {}, { gradesRead: 'read' }))).toBe('read');
  });
});

describe('usage', () => {
  it.each([
    [[], 'no files given'],
    [['--summary'], 'no files given'],
    [[REPORT, '--prior'], '--prior needs at least one file'],
    [[REPORT, '--quiet'], 'unknown option --quiet'],
    [[REPORT, '--summary', '--prior', NEWS], 'takes no --prior'],
  ])('%j is a usage error: exit 2, the reason and the usage on stderr, nothing on stdout', (args, reason) => expectUsageError(args, reason));

  it('--help prints the usage on stdout', async () => {
    expect(await run(['--help'])).toEqual({ stdout: USAGE, stderr: '', code: 0 });
  });
});

describe('pdf.js’s warnings', () => {
  const COUNTED = 'analyse: pdf.js warned 3 times while reading 2 files (--verbose shows each): 80539_portsmouth_cs-inspection_2018-10-15.pdf 1, 80552_shropshire_focused-visit_2024-08-30.pdf 2\n';

  it('are counted per file in one line on stderr after the output, none printed raw', async () => {
    const { stdout, stderr, code } = await run([WARNED_ONCE_PDF, VISIT_PDF, WARNED_TWICE_PDF]);
    expect(code).toBe(0);
    expect(parse(stdout)).toHaveLength(3);
    expect(stderr).toBe(COUNTED);
  });

  it('are counted the same way under --summary, and the table holds none of them', async () => {
    const { stdout, stderr } = await run(['--summary', WARNED_ONCE_PDF, WARNED_TWICE_PDF, VISIT_PDF]);
    expect(stderr).toBe(COUNTED);
    expect(stdout).not.toMatch(/Warning|TT:/);
  });

  it('are each shown under their file with --verbose, and not counted again', async () => {
    const { stdout, stderr, code } = await run(['--verbose', WARNED_ONCE_PDF, VISIT_PDF, WARNED_TWICE_PDF]);
    expect(code).toBe(0);
    expect(parse(stdout)).toHaveLength(3);
    expect(stderr).toBe(
      [
        `analyse: ${WARNED_ONCE_PDF}: pdf.js: TT: undefined function: 32`,
        `analyse: ${WARNED_TWICE_PDF}: pdf.js: TT: undefined function: 32`,
        `analyse: ${WARNED_TWICE_PDF}: pdf.js: TT: undefined function: 32`,
      ].join('\n') + '\n',
    );
  });

  it('go each to the PDF that caused them, though several are read at once, and none reaches the console', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      const [once, none, twice] = await Promise.all([WARNED_ONCE_PDF, VISIT_PDF, WARNED_TWICE_PDF].map((file) => readDocument(file)));
      expect([once!.pdfWarnings, none!.pdfWarnings, twice!.pdfWarnings]).toEqual([['TT: undefined function: 32'], [], ['TT: undefined function: 32', 'TT: undefined function: 32']]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('leave a run of files that pdf.js has nothing to say about silent on stderr', async () => {
    expect((await run([ILACS_PDF, VISIT_PDF])).stderr).toBe('');
  });
});

describe('progress', () => {
  it('shows [n/total] and the file on stderr when asked, cleared before output and at the end', async () => {
    const { stdout, stderr, code } = await run([REPORT, NEWS], true);
    expect(code).toBe(0);
    expect(stderr).toContain('\r\x1b[K[1/2] portsmouth-ilacs-2023.txt');
    expect(stderr).toContain('\r\x1b[K[2/2] portsmouth-news-2018.txt');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(parse(stdout)).toHaveLength(2);
  });

  it('shows nothing when stderr is not a terminal', async () => {
    const { stderr } = await run([REPORT, NEWS]);
    expect(stderr).toBe('');
  });
});

describe('news in the JSON', () => {
  const NEWS_FIXTURES = resolve(import.meta.dirname, '../fixtures/news');

  it('gives an article’s earlier grades apart from its current ones', async () => {
    const { results } = await analyse(join(NEWS_FIXTURES, 'short-item-down-from.txt'));
    expect(results[0]).toMatchObject({ kind: 'news', grades: { overall: 'inadequate' }, gradesRead: null });
    expect(results[0]!.priorGrades.map(({ grade, year }) => ({ grade, year }))).toEqual([{ grade: 'good', year: 2018 }]);
  });

  it('gives a round-up’s authorities and no authority of its own', async () => {
    const { results } = await analyse(join(NEWS_FIXTURES, 'round-up-three-good.txt'));
    expect(results[0]).toMatchObject({ kind: 'news', authorityKey: null, grades: {} });
    expect(results[0]!.roundUp.map((entry) => entry.authorityKey)).toEqual(['oldham', 'rutland', 'south-gloucestershire']);
  });

  it('says whether a report’s judgement table was read', async () => {
    const { results } = await analyse(REPORT);
    expect(results[0]!.gradesRead).toBe('read');
  });
});


describe('a document with no kind in the JSON', () => {
  const TABLE_ONLY =
    'Notes on the inspection\n\nJudgement\tGrade\n\nThe impact of leaders on social work\tGood\npractice with children and families\n\nThe experiences and progress of\tGood\nchildren who need help and protection\n\nOverall effectiveness\tGood\n';

  it('carrying Ofsted’s judgement table but no kind: kind null, with the reason', async () => {
    const file = join(dir, 'table-only.txt');
    writeFileSync(file, TABLE_ONLY);
    const { results, code } = await analyse(file);
    expect(code).toBe(0);
    expect(results[0]).toMatchObject({ kind: null, reason: 'Ofsted Lens could not tell what kind of Ofsted document this is.', grades: {} });
  });

  it('in the summary, as one of Ofsted’s whose kind was not told', async () => {
    const file = join(dir, 'table-only.txt');
    writeFileSync(file, TABLE_ONLY);
    const { stdout } = await run(['--summary', file]);
    expect(stdout).toContain('table-only.txt  ofsted (kind not told)');
    expect(stdout).toContain('1 file: ofsted (kind not told) 1\n');
  });

  it('of an older Ofsted kind: kind null, named as such', async () => {
    const { results } = await analyse(join(REAL_PDF, 'inspection/80476_kent_cs-inspection_2013-08-23.pdf'));
    expect(results[0]).toMatchObject({ kind: null, reason: expect.stringContaining('older kinds') });
  });

  it('an ordinary file and a recognised report have no reason', async () => {
    const file = join(dir, 'recipe.txt');
    writeFileSync(file, 'Lemon drizzle cake\n\nBeat the butter and sugar until pale, then fold in the flour.\n');
    const { results } = await analyse(file, REPORT);
    expect(results.map((r) => [r.kind, r.reason])).toEqual([
      [null, null],
      ['ilacs', null],
    ]);
  });
});
