// What the panel says of the findings linked to earlier inspections: what is still to improve,
// improved and declined since each, the markers' filter, and the earlier reports to compare with.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import type { FindingMarker } from '../../utils/core/model/finding-markers';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import { priorCompare, priorLists, withMarkerFilter, withPriorFindings } from '../../utils/core/model/prior-findings';
import type { HistoryEntry, Relation, Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const LATER = 'https://files.ofsted.gov.uk/v1/file/50222964';
const PDF_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';

function marker(findingId: string, when: string, relation: Relation, matter: string): FindingMarker {
  return {
    findingId, number: Number(findingId.slice(1)), when, relation, matter, at: 'x', label: 'x', title: 'x', where: 'x', said: 'x', refersBack: null, source: null,
  };
}

const MARKERS = [
  marker('p6', '2018', 'improved', 'Child protection plans and conferences'),
  marker('p22', '2018', 'persisting', 'Missing children and return home interviews'),
  marker('p40', '2018', 'persisting', 'Care leavers’ education, employment and training'),
  marker('p28', '2018', 'persisting', 'Care leavers’ education, employment and training'),
  marker('p16', '2018', 'declined', 'Independent reviewing officers'),
  marker('p1', '2018', 'sustained', 'Early help'),
  marker('p27', '2014', 'persisting', 'Corporate parenting'),
];

function entry(fields: Partial<HistoryEntry>): HistoryEntry {
  return { label: '2018-09-03', source: PDF_2018, kind: 'ilacs', grades: { overall: 'good' }, earlier: true, ...fields };
}

describe('the panel’s lists of what moved since each earlier inspection', () => {
  it('newest inspection first; still to improve, then improved, then declined; lasting strengths not listed', () => {
    expect(priorLists(MARKERS).map((l) => l.heading)).toEqual([
      'Still to improve since 2018',
      'Improved since 2018',
      'Declined since 2018',
      'Still to improve since 2014',
    ]);
  });

  it('lists each matter once, with every paragraph it is in, in the report’s order', () => {
    const [still] = priorLists(MARKERS);
    expect(still!.items).toEqual([
      { matter: 'Missing children and return home interviews', paragraphs: [{ findingId: 'p22', number: 22 }] },
      { matter: 'Care leavers’ education, employment and training', paragraphs: [{ findingId: 'p28', number: 28 }, { findingId: 'p40', number: 40 }] },
    ]);
  });

  it('is empty when every link is a lasting strength', () => {
    expect(priorLists([marker('p1', '2018', 'sustained', 'Early help')])).toEqual([]);
  });
});

describe('"Compare with" an earlier report', () => {
  it('links to the side-by-side page for each earlier inspection Ofsted’s own report gives, newest first', () => {
    const history = [
      entry({ label: '2014-09-01', source: 'https://files.ofsted.gov.uk/v1/file/50004280', kind: 'sif' }),
      entry({}),
      entry({ label: '2020-01-31', source: 'https://files.ofsted.gov.uk/v1/file/1', kind: 'jtai', grades: {} }),
      entry({ label: '2026-08-18', source: 'https://files.ofsted.gov.uk/v1/file/2', earlier: false }),
    ];
    const compare = priorCompare(history, LATER);
    expect(compare.map((c) => c.text)).toEqual(['Compare with 2018', 'Compare with 2014']);
    expect(compare[0]).toEqual({
      when: '2018', text: 'Compare with 2018', later: LATER, earlier: PDF_2018,
      href: `compare.html?later=${encodeURIComponent(LATER)}&earlier=${encodeURIComponent(PDF_2018)}`,
    });
  });

  it('offers no comparison with a news report or a file the reader opened, and one per year, the PDF first', () => {
    const history = [
      entry({ label: '2018, reported by www.childrenfirst.news', source: 'https://www.childrenfirst.news/x', kind: 'news', site: 'www.childrenfirst.news', grades: {} }),
      entry({ label: '2018-09-03, from a file you opened', source: 'https://example.org/copy.pdf', grades: {} }),
    ];
    expect(priorCompare(history, LATER)).toEqual([]);
    const twice = [entry({}), entry({ source: 'https://reports.ofsted.gov.uk/reports/portsmouth-2018' })];
    expect(priorCompare(twice, LATER).map((c) => c.earlier)).toEqual([PDF_2018]);
  });
});

describe('the panel model with the findings’ markers', () => {
  const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
  const model = panelModelForDocument(report);

  it('counts what each filter shows, starting from concerns and changes', () => {
    const next = withPriorFindings(model, MARKERS, [entry({})], LATER, 'changes');
    expect(next.prior!.filter).toBe('changes');
    expect(next.prior!.filters.map((f) => [f.value, f.count])).toEqual([['changes', 6], ['persisting', 4], ['improved', 1], ['declined', 1], ['all', 7]]);
    expect(next.prior!.compare.map((c) => c.text)).toEqual(['Compare with 2018']);
    expect(withMarkerFilter(next, 'all').prior!.filter).toBe('all');
  });

  it('adds nothing when there is neither a marker nor a report to compare with', () => {
    expect(withPriorFindings(model, [], [], LATER, 'changes')).toBe(model);
    expect(withMarkerFilter(model, 'all')).toBe(model);
  });
});
