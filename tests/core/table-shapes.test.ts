// Judgement tables of every shape Ofsted has printed, each in a synthetic fixture modelled on real
// reports (tests/fixtures/synthetic/manifest.json names the real pattern of each): the 2015–16 SIF
// table, read row by row and not only for its headline; the 2026 ILACS table with no overall row;
// a visit letter whose columns of page furniture are no table; and a web page whose table is one
// paragraph.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { readRecognisedPage } from '../../utils/core/page/page-reading';
import { pageInput } from '../../utils/core/page/page-input';
import { readJudgementTable } from '../../utils/core/report/judgement-table';
import { parseReport } from '../../utils/core/report/parse-report';
import type { Report } from '../../utils/core/schema/domain';
import { realFixture, syntheticFixture } from '../helpers/fixtures';

const lines = (text: string) => text.split('\n');
const runTogether = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the 2015–16 SIF table (Nottinghamshire 2015, Gateshead 2016, Haringey 2014 shapes)', () => {
  const text = syntheticFixture('sif-2015-table.txt');

  it('is read row by row from the table, not only the headline’s overall judgement', () => {
    expect(readJudgementTable(lines(text))).toEqual({
      status: 'read',
      grades: { helpAndProtection: 'requires-improvement', lookedAfter: 'inadequate', adoption: 'good', careLeavers: 'inadequate', leaders: 'inadequate' },
    });
    const report = analyseDocument({ text }) as Report;
    expect(report.gradesRead).toBe('read');
    expect(report.grades).toMatchObject({ overall: 'inadequate', lscb: 'requires-improvement', leaders: 'inadequate' });
  });

  it('takes no row number of the table for a paragraph: the priorities are paragraphs 1 to 3', () => {
    const report = analyseDocument({ text }) as Report;
    expect(report.findings[0]!.text).toMatch(/^Ensure that every child looked after has a permanence plan/);
    expect(report.improvements).toHaveLength(12);
  });

  it('reads the same grades with the whole report run onto one line', () => {
    expect((analyseDocument({ text: runTogether(text) }) as Report).grades).toEqual((analyseDocument({ text }) as Report).grades);
  });
});

describe('the 2026 ILACS table with no overall row (Trafford 2026 shape)', () => {
  const text = syntheticFixture('ilacs-2026-no-overall.txt');
  const grades = { leaders: 'good', helpAndProtection: 'requires-improvement', inCare: 'good', careLeavers: 'outstanding' };

  it('keeps the leaders’ row, and gives no overall grade', () => {
    expect(readJudgementTable(lines(text))).toEqual({ status: 'read', grades });
    expect(analyseDocument({ text })).toMatchObject({ kind: 'ilacs', framework: 'ilacs-2023', gradesRead: 'read', grades });
  });

  it('reads the same table run together after its head, "Judgement Grade The impact of leaders on social work Good practice …"', () => {
    const flat = runTogether(text);
    expect(flat).toContain('Judgement Grade The impact of leaders on social work Good practice with children and families The experiences');
    expect(analyseDocument({ text: flat })).toMatchObject({ kind: 'ilacs', gradesRead: 'read', grades });
  });
});

describe('a monitoring visit letter’s page furniture (Ofsted’s letterhead in columns)', () => {
  const text = syntheticFixture('monitoring-visit-furniture.txt');

  it('is a letter, ungraded', () => {
    expect(analyseDocument({ text })).toMatchObject({ kind: 'monitoring-visit', grades: {}, gradesRead: 'ungraded' });
  });

  it('is no judgement table, even read as a report', () => {
    expect(readJudgementTable(lines(text))?.status).not.toBe('read');
    expect(parseReport(text, 'ilacs')).toMatchObject({ grades: {}, gradesRead: 'unsure' });
    expect(parseReport(runTogether(text), 'ilacs')).toMatchObject({ grades: {} });
  });
});

describe('a web page whose judgement table is one paragraph', () => {
  // The seed report as a page, its table's rows run into one <p> as a page may set it
  // ("Judgement Grade The impact of leaders … Good The experiences … Outstanding … Overall effectiveness Good").
  const seed = realFixture('portsmouth-ilacs-2023.txt');
  const paragraphs = seed.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const html = `<!doctype html><html><head><title>Portsmouth City Council - Ofsted</title></head><body><main>${paragraphs
    .map((paragraph) => `<p>${runTogether(paragraph).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}</main></body></html>`;
  const doc = () => parseHTML(html).document as unknown as Document;
  const grades = { overall: 'good', leaders: 'good', helpAndProtection: 'outstanding', inCare: 'good', careLeavers: 'requires-improvement' };

  it('sets the table in one paragraph', () => {
    expect(doc().querySelectorAll('p')[3]!.textContent).toMatch(/^Judgement Grade The impact of leaders on social work practice with children and families Good The experiences/);
  });

  it('reads its grades on reports.ofsted.gov.uk, as the detection script reads the page', () => {
    const reading = readRecognisedPage(doc(), 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023');
    expect(reading).toMatchObject({ kind: 'document', doc: { kind: 'ilacs', gradesRead: 'read', grades } });
  });

  it('reads its grades anywhere else, as the CLI and the popup read a page', () => {
    const parse = (markup: string) => parseHTML(markup).document as unknown as Document;
    expect(analyseDocument(pageInput(doc(), 'https://example.org/portsmouth-report', parse))).toMatchObject({ kind: 'ilacs', gradesRead: 'read', grades });
  });
});
