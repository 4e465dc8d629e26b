// The comparison of two of an authority's documents in the library: which two, what each shows
// and where it came from. Portsmouth's real 2023 report and the real article on its 2018
// inspection (as text), the synthetic 2018 report the browser tests serve, and a visit letter.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { compareHref, readerHref } from '../../utils/core/model/compare-address';
import { authorityOptions, compareModel, defaultLater } from '../../utils/core/model/compare-model';
import type { ReadVia } from '../../utils/core/provenance';
import { recordOfRead } from '../../utils/core/library-identity';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { realFixture } from '../helpers/fixtures';

const REPORT_2023 = 'https://files.ofsted.gov.uk/v1/file/50222964';
const REPORT_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
const ARTICLE_2018 = 'https://www.communitycare.co.uk/2018/10/portsmouth-ofsted-good';
const VISIT_2021 = 'https://reports.ofsted.gov.uk/provider/44/80539/focused-visit-2021';

const report2023 = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
const article2018 = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') })!;
// A focused visit, which carries no grade: the 2023 report's text made a letter of 2021.
const visit2021: Report = { ...report2023, kind: 'focused-visit', framework: 'visit', gradesRead: 'ungraded', grades: {}, inspection: { start: '2021-06-08', end: '2021-06-09' } };

function recordOf(source: string, document: ParsedDocument, via: ReadVia): InspectionRecord {
  return recordOfRead({ source, via }, document, 0)!;
}

const library = [
  recordOf(ARTICLE_2018, article2018, 'web-page'),
  recordOf(REPORT_2018, report2018, 'extension'),
  recordOf(VISIT_2021, visit2021, 'web-page'),
  recordOf(REPORT_2023, report2023, 'extension'),
];

describe('which two documents are compared', () => {
  it('with only the later report, takes the authority’s latest earlier graded report: not a visit, not an article', () => {
    const model = compareModel(library, REPORT_2023)!;
    expect(model.later.source).toBe(REPORT_2023);
    expect(model.earlier?.source).toBe(REPORT_2018);
    expect(model.authority).toBe('Portsmouth');
  });

  it('offers every document for the later side and those before it for the earlier, newest first, dated and named in words', () => {
    const model = compareModel(library, REPORT_2023)!;
    expect(model.options.later.map((o) => o.label)).toEqual([
      "15 May 2023: Inspection of local authority children's services",
      '8 June 2021: Focused visit (no grade)',
      "3 September 2018: Inspection of local authority children's services",
      'Undated: News report of an inspection, reported by www.communitycare.co.uk',
    ]);
    expect(model.options.earlier.map((o) => o.source)).toEqual([VISIT_2021, REPORT_2018, ARTICLE_2018]);
  });

  it('puts two chosen the wrong way round in order', () => {
    const model = compareModel(library, REPORT_2018, REPORT_2023)!;
    expect([model.earlier?.source, model.later.source]).toEqual([REPORT_2018, REPORT_2023]);
  });

  it('finds a report by any address its record keeps: the PDF of one first read from its page on reports.ofsted.gov.uk', () => {
    const PAGE_2023 = 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023';
    const fromPage = { ...recordOf(PAGE_2023, report2023, 'web-page'), sources: [PAGE_2023, REPORT_2023] };
    const held = [recordOf(REPORT_2018, report2018, 'extension'), fromPage];
    for (const asked of [REPORT_2023, `${REPORT_2023}?download=1`, PAGE_2023]) {
      const model = compareModel(held, asked)!;
      expect(model.later.source).toBe(PAGE_2023);
      expect(model.earlier?.source).toBe(REPORT_2018);
    }
    expect(compareModel(held, REPORT_2018, REPORT_2023)?.later.source).toBe(PAGE_2023);
  });

  it('is nothing for a document the library does not hold', () => {
    expect(compareModel(library, 'https://files.ofsted.gov.uk/v1/file/1')).toBeNull();
  });

  it('says so when the library holds no earlier graded report, and links nothing', () => {
    const model = compareModel([recordOf(REPORT_2023, report2023, 'extension')], REPORT_2023)!;
    expect(model.earlier).toBeNull();
    expect(model.improvements).toEqual([]);
    expect(model.findings).toEqual([]);
    expect(model.improvementsNote).toMatch(/no earlier graded report of Portsmouth/);
    expect(model.judgements.map((r) => [r.later, r.earlier, r.directionWords])).toContainEqual(['outstanding', null, '']);
  });

  it('opens the authority at its newest graded report', () => {
    expect(defaultLater(library)?.source).toBe(REPORT_2023);
    expect(defaultLater([recordOf(ARTICLE_2018, article2018, 'web-page')])?.source).toBe(ARTICLE_2018);
  });
});

describe('the 2023 report beside the 2018 report', () => {
  const model = compareModel(library, REPORT_2023, REPORT_2018)!;

  it('gives both grades and each judgement’s direction, 2018’s combined judgement standing for 2023’s two', () => {
    expect(model.judgements.map((r) => [r.label, r.earlier, r.earlierLabel, r.later, r.directionWords])).toEqual([
      ['Impact of leaders', 'good', null, 'good', 'Same'],
      ['Help and protection', 'good', null, 'outstanding', 'Up'],
      ['Children in care', 'good', 'Children in care and care leavers', 'good', 'Same'],
      ['Care leavers', 'good', 'Children in care and care leavers', 'requires-improvement', 'Down'],
      ['Overall effectiveness', 'good', null, 'good', 'Same'],
    ]);
    expect(model.gradesNote).toBeNull();
  });

  it('says where each came from, and opens report PDFs in the reader', () => {
    expect(model.earlier).toMatchObject({ date: '3 September 2018', name: '2018', from: 'Ofsted’s report PDF on files.ofsted.gov.uk', ofsted: true, href: readerHref(REPORT_2018), inReader: true });
    expect(model.later).toMatchObject({ date: '15 May 2023', name: '2023', kindLabel: "Inspection of local authority children's services" });
  });

  it('matches what needs to improve item to item: 2018’s care leavers’ education and employment is 2023’s care-experienced young people', () => {
    expect(model.improvements.map((m) => [m.status, m.matter])).toEqual([
      ['both', "Care leavers' education, employment and training"],
      ['new', null],
      ['new', null],
      ['no-longer-listed', null],
      ['no-longer-listed', null],
    ]);
  });

  it('groups the linked findings by relation, still to improve first, and by matter, each with both paragraphs and reader links to them', () => {
    expect(model.findings.map((g) => g.heading)[0]).toBe('Still to improve');
    const eet = model.findings.find((g) => g.relation === 'persisting')!.matters.find((m) => m.matter === "Care leavers' education, employment and training")!;
    const p40 = eet.findings.find((f) => f.laterNumber === 40)!;
    expect(p40.earlierNumber).not.toBeNull();
    expect(p40.laterSentence).toBe('This was identified in the 2018 inspection and remains a concern.');
    expect(p40.laterHref).toBe(`reader.html?src=${encodeURIComponent(REPORT_2023)}#p40`);
    expect(p40.earlierHref).toBe(`reader.html?src=${encodeURIComponent(REPORT_2018)}#p${p40.earlierNumber}`);
  });
});

describe('a document not from Ofsted', () => {
  const model = compareModel(library, REPORT_2023, ARTICLE_2018)!;

  it('is compared, but gives no grade, and says where it came from', () => {
    expect(model.earlier).toMatchObject({ source: ARTICLE_2018, ofsted: false, from: 'a news report on www.communitycare.co.uk, not Ofsted', inReader: false, href: ARTICLE_2018 });
    expect(model.judgements.every((r) => r.earlier === null && r.direction === null && r.directionWords === '')).toBe(true);
    expect(model.judgements.map((r) => r.later)).toEqual(['good', 'outstanding', 'good', 'requires-improvement', 'good']);
    expect(model.gradesNote).toBe('The earlier document is from a news report on www.communitycare.co.uk, not Ofsted, so no grades are shown from it.');
  });

  it('still has its points linked, with no paragraph number, opening the article itself', () => {
    const all = model.findings.flatMap((g) => g.matters.flatMap((m) => m.findings));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((f) => f.earlierNumber === null && f.earlierHref === ARTICLE_2018)).toBe(true);
  });
});

describe('the page’s addresses and its choice of authority', () => {
  it('addresses the compare page with the later and earlier sources encoded, and the reader at a paragraph', () => {
    expect(compareHref()).toBe('compare.html');
    expect(compareHref(REPORT_2023)).toBe(`compare.html?later=${encodeURIComponent(REPORT_2023)}`);
    expect(compareHref(REPORT_2023, REPORT_2018)).toBe(`compare.html?later=${encodeURIComponent(REPORT_2023)}&earlier=${encodeURIComponent(REPORT_2018)}`);
    expect(readerHref(REPORT_2023, 12)).toBe(`reader.html?src=${encodeURIComponent(REPORT_2023)}#p12`);
    expect(readerHref(ARTICLE_2018, 12)).toBeNull();
  });

  it('names the library’s authorities from the register, by name', () => {
    expect(authorityOptions([
      { key: 'portsmouth', documents: 4, name: 'Portsmouth City Council' },
      { key: 'durham', documents: 1, name: 'Durham County Council' },
      { key: 'not-in-register', documents: 1, name: null },
    ])).toEqual([
      { key: 'durham', documents: 1, name: 'County Durham' },
      { key: 'not-in-register', documents: 1, name: 'not-in-register' },
      { key: 'portsmouth', documents: 4, name: 'Portsmouth' },
    ]);
  });
});

describe('a page elsewhere that reads as a report', () => {
  // As a hostile page could: the 2023 report's text, dated later, on a news site.
  const claimed = recordOf('https://www.cypnow.co.uk/portsmouth-outstanding', { ...report2023, inspection: { start: '2024-01-08', end: '2024-01-12' } }, 'web-page');
  const withClaim = [...library, claimed];

  it('is listed as news under its site, and never opens the page as the later report', () => {
    expect(claimed).toMatchObject({ provenance: 'news', kind: 'ilacs' });
    expect(defaultLater(withClaim)?.source).toBe(REPORT_2023);
    const model = compareModel(withClaim, REPORT_2023)!;
    expect(model.options.later[0]!.label).toBe('8 January 2024: News report of an inspection, reported by www.cypnow.co.uk');
  });

  it('chosen as the later, gives no grade and no direction, and says where it came from', () => {
    const model = compareModel(withClaim, claimed.source, REPORT_2023)!;
    expect(model.later).toMatchObject({ ofsted: false, kindLabel: 'News report of an inspection' });
    expect(model.judgements.every((r) => r.later === null && r.direction === null)).toBe(true);
    expect(model.gradesNote).toBe('The later document is from a news report on www.cypnow.co.uk, not Ofsted, so no grades are shown from it.');
  });
});

describe('a visit, which carries no grade', () => {
  it('is compared, and the page says it carries none', () => {
    const model = compareModel(library, REPORT_2023, VISIT_2021)!;
    expect(model.earlier).toMatchObject({ source: VISIT_2021, ofsted: true, inReader: false, href: VISIT_2021 });
    expect(model.gradesNote).toBe('The earlier document, a focused visit, carries no grades.');
    expect(model.judgements.every((r) => r.earlier === null && r.directionWords === '')).toBe(true);
  });
});
