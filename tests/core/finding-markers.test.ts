// The markers a report's findings get from the library's links: one per earlier inspection per
// paragraph, in words a reader uses, and which the filter shows.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import { DEFAULT_MARKER_FILTER, findingMarkers, markerShown, MARKER_FILTERS } from '../../utils/core/model/finding-markers';
import type { FindingLink, ParsedDocument, Relation, Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const PDF_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
const PDF_2014 = 'https://files.ofsted.gov.uk/v1/file/50004280';

function link(fields: Partial<FindingLink>): FindingLink {
  return {
    inspection: '2018-09-03', year: 2018, source: PDF_2018, number: 29, sentence: 'Earlier sentence.',
    at: 'This sentence.', matter: 'Care leavers’ education, employment and training', relation: 'persisting',
    score: 10, themes: ['care-leavers-eet'], terms: ['care', 'leaver'], explicit: false, ...fields,
  };
}

const findings = [
  { id: 'p6', number: 6, judgement: null, text: 'Six.', priorReferences: [] },
  { id: 'p40', number: 40, judgement: null, text: 'Forty.', priorReferences: [] },
];
const markersOf = (links: Record<string, FindingLink[]>) => findingMarkers({ findings }, new Map(Object.entries(links)));

describe('one marker per earlier inspection per paragraph', () => {
  it('shows the explicit link when several for one inspection reach a paragraph, even over a better match', () => {
    const markers = markersOf({ p40: [
      link({ relation: 'sustained', score: 30, sentence: 'Care leavers were well supported.' }),
      link({ relation: 'persisting', score: 5, explicit: true, sentence: 'Too few care leavers were in work.' }),
    ] });
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ findingId: 'p40', when: '2018', relation: 'persisting', said: 'Too few care leavers were in work.' });
  });

  it('shows the best match when none is explicit, so a paragraph never says two things of one inspection', () => {
    const markers = markersOf({ p40: [link({ relation: 'declined', score: 4 }), link({ relation: 'sustained', score: 12 }), link({ relation: 'persisting', score: 8 })] });
    expect(markers.map((m) => m.relation)).toEqual(['sustained']);
  });

  it('keeps one marker for each earlier inspection, oldest first, in the report’s order of paragraphs', () => {
    const markers = markersOf({
      p40: [link({ year: 2018 }), link({ inspection: '2014-09-01', year: 2014, source: PDF_2014, relation: 'improved' })],
      p6: [link({ relation: 'improved' })],
    });
    expect(markers.map((m) => [m.findingId, m.when, m.relation])).toEqual([
      ['p6', '2018', 'improved'],
      ['p40', '2014', 'improved'],
      ['p40', '2018', 'persisting'],
    ]);
  });

  it('groups a report and a news report of the same year’s inspection as one inspection', () => {
    const markers = markersOf({ p40: [link({ score: 3 }), link({ inspection: '2018', source: 'https://www.childrenfirst.news/x', number: null, score: 9 })] });
    expect(markers).toHaveLength(1);
    expect(markers[0]!.source).toEqual({ kind: 'web', href: 'https://www.childrenfirst.news/x', text: 'Open the news report' });
  });
});

describe('what a marker says', () => {
  it('names the year, the relation in plain English, the earlier paragraph, and whether the report refers back', () => {
    const [marker] = markersOf({ p40: [link({ explicit: true, at: 'This was identified in the 2018 inspection.' })] });
    expect(marker).toMatchObject({
      label: '2018: still a concern',
      title: 'Still a concern since 2018',
      where: 'In paragraph 29 of the 2018 report:',
      said: 'Earlier sentence.',
      refersBack: 'The report refers back to 2018.',
      at: 'This was identified in the 2018 inspection.',
      matter: 'Care leavers’ education, employment and training',
      number: 40,
    });
    expect(marker!.source).toEqual({
      kind: 'reader', src: PDF_2018, paragraph: 29, href: `reader.html?src=${encodeURIComponent(PDF_2018)}#p29`, text: 'Open paragraph 29 of the 2018 report',
    });
  });

  it('says each relation in words, and nothing of themes ids, stems or ISO dates', () => {
    const titles = (['persisting', 'improved', 'declined', 'sustained'] as Relation[]).map((relation) => {
      const [marker] = markersOf({ p6: [link({ relation, themes: ['early-help'], terms: ['earli', 'help'] })] });
      return [marker!.label, marker!.title];
    });
    expect(titles).toEqual([
      ['2018: still a concern', 'Still a concern since 2018'],
      ['2018: improved', 'Improved since 2018'],
      ['2018: declined', 'Declined since 2018'],
      ['2018: a strength', 'A strength since 2018'],
    ]);
    const [marker] = markersOf({ p6: [link({ themes: ['early-help'], terms: ['earli', 'help'] })] });
    expect(JSON.stringify(marker)).not.toMatch(/early-help|earli|2018-09-03/);
  });

  it('for a news report’s point: says so and where, and opens the article; a source that is no web address opens nothing', () => {
    const [news] = markersOf({ p6: [link({ inspection: '2018', source: 'https://www.childrenfirst.news/x', number: null })] });
    expect(news!.where).toBe('A news report on www.childrenfirst.news of the 2018 inspection said:');
    const [planted] = markersOf({ p6: [link({ source: 'javascript:alert(1)' })] });
    expect(planted!.source).toBeNull();
  });

  it('names a report read on a news site as that site’s page, never as Ofsted’s own copy', () => {
    const [copy] = markersOf({ p6: [link({ source: 'https://www.cypnow.co.uk/portsmouth-2022', number: 18, year: 2022, inspection: '2022-03-07' })] });
    expect(copy!.where).toBe('On www.cypnow.co.uk, not Ofsted’s own copy, paragraph 18 of a 2022 report:');
  });

  it('names an inspection whose year is not known by the years it may be from', () => {
    const [marker] = markersOf({ p6: [link({ inspection: '2018–2022', year: null, number: null, source: 'https://example.org/a' })] });
    expect(marker).toMatchObject({ when: '2018–2022', label: '2018–2022: still a concern', title: 'Still a concern since 2018–2022' });
  });
});

describe('which markers show', () => {
  it('by default concerns, improvements and declines, and lasting strengths only under "All"', () => {
    expect(DEFAULT_MARKER_FILTER).toBe('changes');
    const shown = (filter: typeof DEFAULT_MARKER_FILTER) => (['persisting', 'improved', 'declined', 'sustained'] as Relation[]).filter((r) => markerShown(filter, r));
    expect(shown('changes')).toEqual(['persisting', 'improved', 'declined']);
    expect(shown('persisting')).toEqual(['persisting']);
    expect(shown('improved')).toEqual(['improved']);
    expect(shown('declined')).toEqual(['declined']);
    expect(shown('all')).toEqual(['persisting', 'improved', 'declined', 'sustained']);
    expect(MARKER_FILTERS.map((f) => f.label)).toEqual(['Concerns and changes', 'Still a concern', 'Improved', 'Declined', 'All, with lasting strengths']);
  });
});

describe('on the real 2023 report linked to the real article on the 2018 inspection', () => {
  const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
  const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
  const markers = findingMarkers(report, linkFindings(report, [{ source: 'https://www.childrenfirst.news/portsmouth', doc: article }]));

  it('gives no paragraph two markers for one inspection', () => {
    const keys = markers.map((m) => `${m.findingId} ${m.when}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(markers.length).toBeGreaterThan(0);
  });

  it('puts paragraph 40’s marker on the sentence that refers back to 2018', () => {
    const eet = markers.find((m) => m.findingId === 'p40')!;
    expect(eet).toMatchObject({ label: '2018: still a concern', refersBack: 'The report refers back to 2018.', where: 'A news report on www.childrenfirst.news of the 2018 inspection said:' });
    expect(eet.at).toMatch(/identified in the 2018 inspection/);
  });
});
