// Linking the real 2023 Portsmouth report to the real article on its 2018 inspection (news points
// have no paragraph numbers, so these links say `number: null`). A wrong link is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
const links = linkFindings(report, [{ source: 'portsmouth-news-2018', doc: article }]);

describe('links between the 2023 report and the 2018 article', () => {
  it('marks care leavers’ EET persisting, resolving paragraph 40’s "identified in the 2018 inspection" to the article’s point on it', () => {
    const [link] = links.get('p40')!;
    expect(link).toMatchObject({ inspection: '2018', year: 2018, relation: 'persisting', explicit: true, number: null });
    expect(link!.at).toBe('This was identified in the 2018 inspection and remains a concern.');
    expect(link!.sentence).toMatch(/employment, education and training rates for care leavers are too low/);
  });

  it('marks care leavers’ health histories persisting: "this issue was highlighted in the 2018 inspection" says 2018 saw a weakness, though the article praised the service', () => {
    const [link] = links.get('p38')!;
    expect(link).toMatchObject({ relation: 'persisting', explicit: true });
    expect(link!.at).toMatch(/this issue was highlighted in the 2018 inspection/);
  });

  it('takes the relation of early help from the report’s own words, "have improved since the last inspection in 2018"', () => {
    const [link] = links.get('p1')!;
    expect(link).toMatchObject({ relation: 'improved', explicit: true });
    expect(link!.sentence).toMatch(/early help/);
  });

  it('dates the article’s undated inspection by the year the report’s back-references name', () => {
    expect(new Set([...links.values()].flat().map((l) => l.inspection))).toEqual(new Set(['2018']));
  });

  it('gives each finding at most one link to the article, never two relations', () => {
    for (const found of links.values()) expect(found).toHaveLength(1);
  });

  it('does not link a finding on health assessments to the article’s point about care entry assessments', () => {
    expect(links.has('p21')).toBe(false);
  });
});

describe('what the linker refuses', () => {
  it('links nothing from another authority', () => {
    const elsewhere = { ...article, authority: 'Southampton', authorityKey: 'southampton' } as ParsedDocument;
    expect(linkFindings(report, [{ source: 'x', doc: elsewhere }]).size).toBe(0);
  });

  it('links nothing from an inspection later than the report', () => {
    const later = { ...report, inspection: { start: '2026-03-02', end: '2026-03-06' } } as Report;
    expect(linkFindings(report, [{ source: 'later', doc: later }]).size).toBe(0);
  });

  it('links nothing when there is no earlier document', () => {
    expect(linkFindings(report, []).size).toBe(0);
  });
});
