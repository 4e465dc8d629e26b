// Linking the real 2023 Portsmouth report to the real article on its 2018 inspection. The labels
// below are ours, read pair by pair; a wrong link is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
const links = linkFindings(report, [{ source: 'portsmouth-news-2018', doc: article }]);
const relations = (id: string) => (links.get(id) ?? []).map((l) => l.relation);

describe('links between the 2023 report and the 2018 article', () => {
  it('marks care leavers’ EET persisting, resolving paragraph 40’s "identified in the 2018 inspection"', () => {
    const [link] = links.get('p40')!;
    expect(link).toMatchObject({ inspection: '2018', relation: 'persisting', explicit: true, themes: ['care-leavers-eet'] });
    expect(link!.sentence).toMatch(/employment, education and training rates for care leavers are too low/);
  });

  it('marks child protection plans improved: "not clear enough" in 2018, "clear" in 2023', () => {
    const cpPlans = links.get('p6')!.find((l) => /child protection plans are not clear enough/.test(l.sentence));
    expect(cpPlans).toMatchObject({ relation: 'improved', themes: ['cp-plans'] });
    expect(cpPlans!.terms).toEqual(expect.arrayContaining(['protect', 'plan', 'clear']));
  });

  it('marks return home interviews persisting: "not yet consistently good enough", then "not held promptly enough"', () => {
    expect(relations('p22')).toEqual(['persisting']);
  });

  it('dates the article’s undated inspection by the year the report’s back-references name', () => {
    expect(new Set([...links.values()].flat().map((l) => l.inspection))).toEqual(new Set(['2018']));
  });

  it('produces exactly the links we labelled, each with the relation we judged', () => {
    const all = Object.fromEntries([...links].map(([id, ls]) => [id, ls.map((l) => l.relation)]));
    expect(all).toEqual({
      p1: ['sustained'], // early help effective then, "a strength" now
      p2: ['sustained'], // MASH effective then and now
      p3: ['sustained'], // MASH: "do not experience delay" is a strength, not a concern
      p6: ['improved', 'improved'], // CP plans and care planning need to be clear → are clear
      p22: ['persisting'],
      p24: ['sustained'], // virtual school effective
      p25: ['declined'], // foster carers' training effective → not accessible to carers in work (debatable)
      p28: ['persisting'], // areas identified in 2018 (EET among them) remain
      p40: ['persisting'],
      p47: ['sustained'],
    });
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
