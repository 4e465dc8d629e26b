// Recognition by weighed evidence (issue 23): a children's services report is known by its signals
// together, so one unusual head line (two lead inspectors, none, a trust's name, dates in two
// parts) cannot lose it; a letter is never a report; and an Ofsted document that still has no
// kind is said so, while any other page stays silent.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, analyseDocument } from '../../utils/core/analyse';
import { readRecognisedPage } from '../../utils/core/page/page-reading';
import { PageReadingSchema } from '../../utils/core/schema/messages';
import { isChildrensServicesReport, reportSignals } from '../../utils/core/recognise/evidence';
import { OLDER_KIND_EXAMPLES } from '../../utils/core/recognise/older-kinds';
import { recognise, recogniseWithReason, UNCLASSIFIED_REASON, OLDER_KIND_REASON } from '../../utils/core/recognise/recognise';
import type { Report } from '../../utils/core/schema/domain';
import { TRUST_TITLE } from '../../utils/core/vocabulary/titles';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
const report = (path: string) => analyseDocument({ text: read(path), pdf: true }) as Report;

const OFSTED_PAGE = 'https://reports.ofsted.gov.uk/provider/44/80429';
const OFSTED_PDF = 'https://files.ofsted.gov.uk/v1/file/50260000';
// The labels of the 2023 judgement table as pdf.js reads them, grades in the middle of wrapped labels.
const TABLE =
  'Judgement\tGrade\n\nThe impact of leaders on social work\tGood\npractice with children and families\n\nThe experiences and progress of\tGood\nchildren who need help and protection\n\nOverall effectiveness\tGood';

describe('the head shapes of issue 23, each read whole', () => {
  it('two lead inspectors on one line: an ILACS report, both named without their titles', () => {
    const doc = report('synthetic/shape-lead-inspectors-2025.txt');
    expect(doc).toMatchObject({ kind: 'ilacs', authorityKey: 'wigan', framework: 'ilacs-2023', inspection: { start: '2025-03-03', end: '2025-03-14' } });
    expect(doc.leadInspector).toBe('Ruth Example and Daniel Example');
  });

  it('no lead-inspector line at all: an ILACS report with no lead inspector', () => {
    const doc = report('synthetic/shape-no-lead-inspector-2022.txt');
    expect(doc).toMatchObject({ kind: 'ilacs', authorityKey: 'sefton', framework: 'ilacs-2018', leadInspector: null, gradesRead: 'read' });
    expect(doc.grades.overall).toBe('requires-improvement');
  });

  it('dates in two parts across a new year: from the first part’s first day to the second part’s last', () => {
    const doc = report('synthetic/shape-two-part-dates-2025.txt');
    expect(doc).toMatchObject({ kind: 'ilacs', authorityKey: 'torbay', inspection: { start: '2024-09-30', end: '2025-01-16' } });
    expect(doc.leadInspector).toBe('Clare Example');
  });

  it('a children’s trust as the title: the trust’s name, keyed through the register', () => {
    const doc = report('synthetic/shape-trust-title-2024.txt');
    expect(doc).toMatchObject({ kind: 'ilacs', authority: 'Sandwell Children’s Trust', authorityKey: 'sandwell', gradesRead: 'read' });
    expect(doc.grades).toMatchObject({ overall: 'good', careLeavers: 'outstanding' });
  });

  it('a trust’s name is never read across an authority’s own title', () => {
    expect(TRUST_TITLE.exec('Inspection of Doncaster local authority children’s services, run by Doncaster Children’s Services Trust')).toBeNull();
    expect(TRUST_TITLE.exec('Inspection of Slough Children First')?.[1]).toBe('Slough Children First');
  });

  it('a council as the title, wrapped before "children’s services": the council, keyed', () => {
    expect(report('synthetic/shape-council-title-2024.txt')).toMatchObject({ kind: 'ilacs', authority: 'Bury Council', authorityKey: 'bury', inspection: { start: '2024-11-04', end: '2024-11-15' } });
  });

  it('a focused-visit letter naming the single inspection’s title is a focused visit, never a SIF report', () => {
    const text = read('synthetic/shape-focused-visit-sif-words-2019.txt');
    expect(recognise({ text, pdf: true })).toBe('focused-visit');
    expect(report('synthetic/shape-focused-visit-sif-words-2019.txt')).toMatchObject({ kind: 'focused-visit', authorityKey: 'stockport', grades: {}, gradesRead: 'ungraded' });
  });
});

describe('one unusual line cannot lose a report', () => {
  const full = read('synthetic/shape-lead-inspectors-2025.txt');
  const without = (pattern: RegExp) => full.replace(pattern, '');

  it.each([
    ['its title', /^Inspection of Wigan local\n\nauthority children’s services\n/],
    ['its dates line', /^Inspection dates:.*\n/m],
    ['its lead-inspector line', /^Lead inspectors:.*\n/m],
    ['its judgement table', /^Judgement\tGrade[\s\S]*?Overall effectiveness\tGood\n/m],
  ])('without %s it is still an ILACS report', (_, line) => {
    const text = without(line);
    expect(text).not.toBe(full);
    expect(recognise({ text, pdf: true })).toBe('ilacs');
  });

  it('weighs each signal the head gives', () => {
    expect(reportSignals({ text: full }, full.slice(0, 4000)).sort()).toEqual(['authority', 'datesLine', 'judgementTable', 'leadInspector', 'ofsted', 'sections', 'title']);
  });

  it('needs two signals of a report’s layout: a title with Ofsted’s hand and a registered name is not enough', () => {
    const text = 'Inspection of Wigan local authority children’s services\n\nHis Majesty’s Inspectors visited in the spring.';
    expect(isChildrensServicesReport({ text }, text)).toBe(false);
    expect(recognise({ text })).toBeNull();
  });
});

describe('a web page away from Ofsted quoting a report', () => {
  const quoted = `Inspection of Wigan local authority children’s services\n\n${TABLE}\n\nThe committee is asked to note the report.`;

  it('is not the report, though it quotes its title and table: it needs the report’s dates or lead-inspector line', () => {
    expect(recognise({ text: quoted, url: 'https://democracy.wigan.gov.uk/news/committee-paper' })).not.toBe('ilacs');
    expect(recognise({ text: quoted, url: OFSTED_PAGE })).toBe('ilacs');
    expect(recognise({ text: quoted, pdf: true })).toBe('ilacs');
  });
});

describe('near misses stay not recognised, with Ofsted’s hand and host', () => {
  it.each(['school-report.txt', 'childrens-home-report.txt', 'news-school-rating.txt', 'news-unrelated-council.txt'])('%s', (name) => {
    const text = `${read(`near-misses/${name}`)}\n\nHis Majesty’s Inspector\nwww.gov.uk/ofsted`;
    expect(recognise({ text, url: OFSTED_PAGE })).toBeNull();
    expect(recognise({ text, pdf: true })).toBeNull();
  });
});

describe('an Ofsted document that cannot be classified is said so', () => {
  it('from an Ofsted host, on children’s services and titled as a report, with no kind', () => {
    const text = 'Inspection of Northshire local authority children’s services\n\nThis document has lost its head and its judgement table.';
    expect(recogniseWithReason({ text, url: OFSTED_PDF })).toEqual({ kind: null, reason: UNCLASSIFIED_REASON });
    expect(analyse({ text, url: OFSTED_PDF, pdf: true })).toEqual({ doc: null, reason: UNCLASSIFIED_REASON });
  });

  it('carrying Ofsted’s judgement table, from anywhere', () => {
    const text = `Notes on the inspection\n\n${TABLE}\n\nThese are the grades.`;
    expect(recogniseWithReason({ text })).toEqual({ kind: null, reason: UNCLASSIFIED_REASON });
  });

  it('of an older kind, named as such', () => {
    for (const text of OLDER_KIND_EXAMPLES) expect(recogniseWithReason({ text, pdf: true }).reason).toBe(OLDER_KIND_REASON);
  });

  it('but an ordinary page stays silent', () => {
    const text = 'Children’s centre opening hours\n\nThe children’s centre is open on weekdays from nine until five.';
    expect(recogniseWithReason({ text, url: 'https://www.example.gov.uk/news/centre' })).toEqual({ kind: null, reason: null });
  });

  it('and so do an Ofsted page on another subject and Ofsted’s reports on schools and children’s homes', () => {
    expect(recogniseWithReason({ text: 'Find an inspection report\n\nSearch for a school, nursery or college.', url: OFSTED_PAGE }).reason).toBeNull();
    const search = 'Find an inspection report\n\nChildren’s social care: Local authority children’s services.\n\nBarnsley Metropolitan Borough Council\nCategory: Local authority children’s services\nLatest report: 27 October 2023';
    expect(recogniseWithReason({ text: search, url: OFSTED_PAGE }).reason).toBeNull();
    for (const name of ['school-report.txt', 'childrens-home-report.txt']) {
      expect(recogniseWithReason({ text: read(`near-misses/${name}`), url: OFSTED_PDF }).reason, name).toBeNull();
    }
  });

  it('a recognised document has no reason', () => {
    expect(recogniseWithReason({ text: read('synthetic/shape-trust-title-2024.txt'), url: OFSTED_PDF })).toEqual({ kind: 'ilacs', reason: null });
  });
});

describe('the detection script’s reading of a page', () => {
  const page = (body: string) => parseHTML(`<!doctype html><html><head><title>Report</title></head><body>${body}</body></html>`).document as unknown as Document;
  const UNREADABLE = '<h1>Inspection of Northshire local authority children’s services</h1><p>This document has lost its head and its judgement table.</p>';

  it('on an Ofsted page of no kind it can tell, carries the reason to the overlay, valid at the message boundary', () => {
    const reading = readRecognisedPage(page(UNREADABLE), 'https://reports.ofsted.gov.uk/reports/northshire');
    expect(reading).toEqual({ kind: 'unrecognised', reason: UNCLASSIFIED_REASON });
    expect(PageReadingSchema.parse(reading)).toEqual(reading);
  });

  it('on the same page elsewhere, and on an ordinary page, reads nothing', () => {
    expect(readRecognisedPage(page(UNREADABLE), 'https://www.communitycare.co.uk/2024/06/12/story/')).toEqual({ kind: 'none' });
    expect(readRecognisedPage(page('<p>Children’s centre opening hours</p>'), 'https://reports.ofsted.gov.uk/provider/21/100000')).toEqual({ kind: 'none' });
  });
});
