// The CLI as a user runs it: real files in, one JSON document per file out.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisResultSchema, type AnalysisResult } from '../../utils/schema';
import { REAL_FIXTURES, realFixture } from '../helpers/fixtures';
import { reportPdf } from '../helpers/report-pdf';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const REPORT = join(REAL_FIXTURES, 'portsmouth-ilacs-2023.txt');
const NEWS = join(REAL_FIXTURES, 'portsmouth-news-2018.txt');

async function analyse(...files: string[]): Promise<{ results: AnalysisResult[]; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyse.ts', ...files], { cwd: ROOT });
    return { results: parse(stdout), stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { results: parse(e.stdout), stderr: e.stderr, code: e.code };
  }
}
const parse = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => AnalysisResultSchema.parse(JSON.parse(line)));

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
