// The scrutiny briefing on one report: Portsmouth's real 2023 report (as text) with the synthetic
// 2018 report the browser tests serve, a note on the report, and the cases where a part has
// nothing to show: no earlier inspection, no notes, no England figures, a 2026 report with no
// overall grade, and a visit letter with no grades at all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { briefingHref } from '../../utils/core/model/briefing-address';
import { briefingModel } from '../../utils/core/model/briefing';
import { NO_OVERALL_NOTE } from '../../utils/core/model/panel-model';
import { recordOfRead } from '../../utils/core/library-identity';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';

const REPORT_2023 = 'https://files.ofsted.gov.uk/v1/file/50222964';
const REPORT_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
const REPORT_2026 = 'https://files.ofsted.gov.uk/v1/file/50290001';
const VISIT_2021 = 'https://files.ofsted.gov.uk/v1/file/50160001';
const TODAY = '2026-12-05';

const report2023 = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
// Under the 2026 arrangements: the four judgements and no overall grade (the 2023 text, redated).
const judgementsOnly = Object.fromEntries(Object.entries(report2023.grades).filter(([key]) => key !== 'overall'));
const report2026: Report = { ...report2023, grades: judgementsOnly, inspection: { start: '2026-06-01', end: '2026-06-12' } };
// A focused visit, which carries no grade: the 2023 report's text made a letter of 2021.
const visit2021: Report = { ...report2023, kind: 'focused-visit', framework: 'visit', gradesRead: 'ungraded', grades: {}, inspection: { start: '2021-06-08', end: '2021-06-09' } };

const recordOf = (source: string, document: ParsedDocument, storedAt: number): InspectionRecord => recordOfRead({ source, via: 'extension' }, document, storedAt)!;
const record2018 = recordOf(REPORT_2018, report2018, Date.UTC(2026, 9, 1));
const record2023 = recordOf(REPORT_2023, report2023, Date.UTC(2026, 10, 1));
const NOTE = sampleNote({ url: REPORT_2023 });

describe('the briefing on Portsmouth’s 2023 report, with 2018 in the library and a note on the report', () => {
  const briefing = briefingModel([record2018, record2023], REPORT_2023, [NOTE, sampleNote({ id: 'note-0002-bbbb', url: REPORT_2018 })], TODAY)!;

  it('names the authority by the register’s name, the report by its kind, days in words and where it was read, and the last inspection', () => {
    expect(briefing.authority).toBe('Portsmouth');
    expect(briefing.report).toEqual({
      source: REPORT_2023,
      kindLabel: "Inspection of local authority children's services",
      days: '15 to 19 May 2023',
      from: "From Ofsted's report PDF on files.ofsted.gov.uk, read into your library on 1 November 2026",
      href: `reader.html?src=${encodeURIComponent(REPORT_2023)}`,
    });
    expect(briefing.earlier).toBe("The last inspection before this one in your library: Inspection of local authority children's services, 3 September 2018, from Ofsted’s report PDF on files.ofsted.gov.uk.");
    expect(briefing.compareHref).toBe(`compare.html?later=${encodeURIComponent(REPORT_2023)}&earlier=${encodeURIComponent(REPORT_2018)}`);
    expect(briefing.prepared).toBe('Prepared by Ofsted Lens on 5 December 2026 from your library.');
  });

  it('gives the report’s own grades, each with its direction in words, and says where both came from', () => {
    expect(briefing.grades.heading).toBe('Grades at this inspection');
    expect([briefing.grades.overall, briefing.grades.overallChange]).toEqual(['good', 'unchanged since 2018']);
    expect(briefing.grades.judgements.map((j) => [j.label, j.grade, j.change])).toEqual([
      ['Impact of leaders', 'good', 'unchanged since 2018'],
      ['Help and protection', 'outstanding', 'up from Good in 2018'],
      ['Children in care', 'good', 'unchanged since 2018 (then judged with care leavers)'],
      ['Care leavers', 'requires-improvement', 'down from Good in 2018 (then judged with children in care)'],
    ]);
    expect(briefing.grades.notes).toEqual([]);
    expect(briefing.grades.source).toBe(
      "This report’s own grades, from Ofsted's report PDF on files.ofsted.gov.uk. Directions are against the inspection of 3 September 2018 (read from its report in your library, and Ofsted official statistics, as at 31 March 2025).",
    );
  });

  it('places the authority in England at the inspection’s date, and among its neighbours, each grade dated and itself among them', () => {
    const context = briefing.context!;
    expect(context.asOf).toBe('15 May 2023');
    expect(context.standing).toMatch(/^In Ofsted’s statistics at 15 May 2023, its latest overall grade was Good \(ILACS, May 2023\): \d+ authorities in England did better, \d+ as well, \d+ worse; of its 10 neighbours, /);
    expect(context.england.map((e) => e.grade)).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate']);
    expect(context.england.reduce((n, e) => n + e.count, 0) + context.notInspected).toBe(context.authorities);
    expect(context.neighbours).toHaveLength(11);
    expect(context.neighbours.filter((n) => n.self)).toEqual([{ name: 'Portsmouth', overall: 'good', date: '15 May 2023', self: true }]);
    for (const n of context.neighbours) expect(n.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(context.source).toBe('Ofsted official statistics, as at 31 March 2025; latest overall grades at 15 May 2023');
  });

  it('lists what needs to improve, marking the item the last inspection listed too', () => {
    expect(briefing.improvements.items.map((i) => i.alsoEarlier)).toEqual(['Also listed in 2018', null, null]);
    expect(briefing.improvements.items[1]!.text).toBe('The recording of the rationale for decision-making when dispensing with parental consent.');
    expect(briefing.improvements.note).toBeNull();
    expect(briefing.improvements.source).toBe("The report’s “What needs to improve”, from Ofsted's report PDF on files.ofsted.gov.uk.");
  });

  it('lists what is still a concern since the last inspection by matter, each with this report’s paragraph and the earlier one', () => {
    const { persisting } = briefing;
    expect(persisting.heading).toBe('Still a concern since the last inspection (3 September 2018)');
    expect(persisting.items.map((i) => [i.matter, i.since, i.findings.map((f) => [f.now.number, f.then?.number])])).toEqual([
      ['Care leavers', 'Still a concern since 2018', [[27, 7], [51, 7]]],
      ["Care leavers' health histories", 'Still a concern since 2018', [[28, 8], [38, 8]]],
      ["Care leavers' education, employment and training", 'Still a concern since 2018', [[28, 7], [40, 7]]],
    ]);
    const p40 = persisting.items[2]!.findings[1]!;
    expect(p40.now).toEqual({ number: 40, sentence: 'This was identified in the 2018 inspection and remains a concern.', href: `reader.html?src=${encodeURIComponent(REPORT_2023)}#p40` });
    expect(p40.then?.href).toBe(`reader.html?src=${encodeURIComponent(REPORT_2018)}#p7`);
    expect(persisting.source).toMatch(/^Linked by Ofsted Lens between this report and the 2018 inspection of local authority children's services \(from Ofsted’s report PDF on files\.ofsted\.gov\.uk\)/);
  });

  it('takes the reader’s notes on this report’s addresses only, each with its paragraph and where and when it was saved', () => {
    expect(briefing.notes.items).toEqual([
      { quote: NOTE.quote, comment: NOTE.comment, where: 'Paragraph 40, Care leavers (Requires improvement)', saved: 'Saved in the reader on 1 November 2026' },
    ]);
    expect(briefing.notes.note).toBeNull();
  });

  it('is nothing for a report the library does not hold', () => {
    expect(briefingModel([record2018, record2023], 'https://files.ofsted.gov.uk/v1/file/1', [], TODAY)).toBeNull();
  });
});

describe('a part with nothing to show says so in a line', () => {
  it('with no earlier inspection in the library, says so, names the one Ofsted’s statistics record, and links nothing', () => {
    const briefing = briefingModel([record2023], REPORT_2023, [], TODAY)!;
    expect(briefing.earlier).toBe('There is no earlier inspection of Portsmouth in your library. Ofsted official statistics, as at 31 March 2025, record an inspection of 3 September 2018, whose report the library does not hold.');
    expect(briefing.persisting).toEqual({
      heading: 'Still a concern since the last inspection',
      items: [],
      note: 'The library holds no earlier graded report of Portsmouth, so no concern can be traced to an earlier inspection: read the earlier report in Ofsted Lens to add it.',
      source: null,
    });
    expect(briefing.compareHref).toBeNull();
    // The directions still come, from Ofsted's statistics, and say so.
    expect(briefing.grades.source).toMatch(/Directions are against the inspection of 3 September 2018 \(Ofsted official statistics, as at 31 March 2025\)\.$/);
  });

  it('with no notes on the report, says so', () => {
    const briefing = briefingModel([record2018, record2023], REPORT_2023, [sampleNote({ url: REPORT_2018 })], TODAY)!;
    expect(briefing.notes.items).toEqual([]);
    expect(briefing.notes.note).toBe('You have made no notes on this report: select text in the report and choose Save note to add one.');
  });

  it('for an authority the register does not hold, says there are no England figures', () => {
    const elsewhere = recordOf('https://files.ofsted.gov.uk/v1/file/50000009', { ...report2023, authority: 'Nowhere', authorityKey: 'nowhere' }, 0);
    const briefing = briefingModel([elsewhere], elsewhere.source, [], TODAY)!;
    expect(briefing.context).toBeNull();
    expect(briefing.contextNote).toBe('Ofsted Lens has no England figures for Nowhere: its register does not hold this authority.');
    expect(briefing.grades.source).toMatch(/No earlier graded inspection is known, so no direction is given\.$/);
  });

  it('for a 2026 report, says it gives no overall grade, and dates England at the statistics’ own date', () => {
    const briefing = briefingModel([record2018, record2023, recordOf(REPORT_2026, report2026, 0)], REPORT_2026, [], TODAY)!;
    expect(briefing.grades.overall).toBeNull();
    expect(briefing.grades.notes).toEqual([NO_OVERALL_NOTE]);
    expect(briefing.grades.judgements.map((j) => j.change)).toEqual(['unchanged since 2023', 'unchanged since 2023', 'unchanged since 2023', 'unchanged since 2023']);
    expect(briefing.report.days).toBe('1 to 12 June 2026');
    expect(briefing.context!.asOf).toBe('31 March 2025');
    expect(briefing.persisting.heading).toBe('Still a concern since the last inspection (15 May 2023)');
  });

  it('for a visit letter, gives what it says needs to improve and the latest graded inspection’s grades, labelled as such', () => {
    const briefing = briefingModel([record2018, record2023, recordOf(VISIT_2021, visit2021, 0)], VISIT_2021, [], TODAY)!;
    expect(briefing.report.kindLabel).toBe('Focused visit (no grade)');
    expect(briefing.grades.heading).toBe('Grades at the latest graded inspection, 3 September 2018');
    expect(briefing.grades.notes).toEqual(['A focused visit carries no grades: these are the latest graded inspection’s, before this focused visit.']);
    expect(briefing.grades.overall).toBe('good');
    expect(briefing.grades.judgements.map((j) => j.label)).toEqual(['Impact of leaders', 'Help and protection', 'Children in care and care leavers']);
    expect(briefing.grades.source).toMatch(/^Read from its report in your library, and Ofsted official statistics, as at 31 March 2025\. /);
    expect(briefing.improvements.items.map((i) => i.text)).toEqual(visit2021.improvements);
    expect(briefing.improvements.source).toBe("The letter’s “What needs to improve”, from Ofsted's report PDF on files.ofsted.gov.uk.");
  });
});

describe('the briefing’s address', () => {
  it('names a report by its source, or an authority by its key', () => {
    expect(briefingHref({ report: REPORT_2023 })).toBe(`briefing.html?report=${encodeURIComponent(REPORT_2023)}`);
    expect(briefingHref({ authority: 'portsmouth' })).toBe('briefing.html?authority=portsmouth');
  });
});
