// An authority's official history and England-wide context (utils/core/authorities/context.ts), on
// County Durham's three ILACS inspections and Cumberland's predecessor, and over all 153.
import { describe, expect, it } from 'vitest';
import { authorityContext } from '../../utils/core/authorities/context';
import { AUTHORITIES } from '../../utils/core/authorities/match';
import { OFFICIAL_SOURCE, latestJudgements } from '../../utils/core/authorities/official';
import type { Grade } from '../../utils/core/schema/domain';

describe('County Durham’s context at 31 March 2025', () => {
  const context = authorityContext('durham')!;

  it('is the register’s authority, with its page on reports.ofsted.gov.uk and the data’s source', () => {
    expect(context.authority).toMatchObject({ key: 'durham', name: 'County Durham', url: 'https://reports.ofsted.gov.uk/provider/44/80465' });
    expect(context.asOf).toBe('2025-03-31');
    expect(context.source).toBe(OFFICIAL_SOURCE);
  });

  it('lists its inspections newest first, each judgement’s direction against the one before', () => {
    expect(context.history.map((i) => [i.start, i.published, i.type, i.grades.overall])).toEqual([
      ['2025-03-24', '2025-05-13', 'short', 'outstanding'],
      ['2022-05-09', '2022-07-05', 'standard', 'good'],
      ['2019-09-09', '2019-10-21', 'standard', 'requires-improvement'],
    ]);
    const [latest, middle, first] = context.history;
    // 2025's children in care and care leavers against 2022's one judgement of both.
    expect(latest!.directions.map((d) => [d.judgement, d.before, d.now, d.direction, d.beforeLabel])).toEqual([
      ['overall', 'good', 'outstanding', 'up', '2022-05-09'],
      ['leaders', 'outstanding', 'outstanding', 'same', '2022-05-09'],
      ['helpAndProtection', 'good', 'good', 'same', '2022-05-09'],
      ['inCare', 'good', 'outstanding', 'up', '2022-05-09'],
      ['careLeavers', 'good', 'outstanding', 'up', '2022-05-09'],
    ]);
    expect(middle!.directions.find((d) => d.judgement === 'overall')).toMatchObject({ before: 'requires-improvement', now: 'good', direction: 'up' });
    expect(first!.directions).toEqual([]);
  });

  it('places its outstanding grade among the 153 authorities’ latest overall grades', () => {
    const counts = { outstanding: 0, good: 0, 'requires-improvement': 0, inadequate: 0 } as Record<Grade, number>;
    for (const { grades } of latestJudgements().values()) counts[grades.overall!] += 1;
    expect(context.england).toEqual({
      authorities: 153,
      counts,
      notInspected: 0,
      fromReports: 0,
      standing: { grade: 'outstanding', better: 0, same: counts.outstanding - 1, worse: counts.good + counts['requires-improvement'] + counts.inadequate },
    });
  });

  it('gives its ten statistical neighbours’ latest overall grades and their pages', () => {
    expect(context.neighbours).toHaveLength(10);
    expect(context.neighbours[0]).toEqual({ key: 'halton', name: 'Halton', overall: latestJudgements().get('halton')!.grades.overall, start: latestJudgements().get('halton')!.start, url: 'https://reports.ofsted.gov.uk/provider/44/80471', from: 'official' });
    for (const n of context.neighbours) expect(n.url).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
  });
});

describe('the context at an earlier date', () => {
  const context = authorityContext('durham', '2022-12-31')!;

  it('holds only the inspections begun by then, and England’s grades as they stood', () => {
    expect(context.asOf).toBe('2022-12-31');
    expect(context.history.map((i) => i.start)).toEqual(['2022-05-09', '2019-09-09']);
    expect(context.england.standing?.grade).toBe('good');
    const { counts, notInspected } = context.england;
    expect(Object.values(counts).reduce((a, b) => a + b, 0) + notInspected).toBe(153);
    expect(notInspected).toBeGreaterThan(0); // Cumberland and Westmorland and Furness were not yet authorities
  });

  it('is the data’s date when asked for a later one, which the data cannot speak for', () => {
    expect(authorityContext('durham', '2026-08-18')!.asOf).toBe('2025-03-31');
  });
});

describe('any authority’s context', () => {
  it('includes the inspections of the former authority it succeeded, apart from its own', () => {
    const cumberland = authorityContext('cumberland')!;
    expect(cumberland.history.map((i) => i.start)).toEqual(['2024-10-07']);
    expect(cumberland.history[0]!.directions).toEqual([]);
    expect(cumberland.predecessors).toEqual([{ key: 'cumbria', name: 'Cumbria', history: [expect.objectContaining({ start: '2022-09-20', authorityKey: 'cumbria' })] }]);
  });

  it('builds for every one of the 153, each with history, a place in England and ten neighbours', () => {
    for (const { key } of AUTHORITIES) {
      const context = authorityContext(key)!;
      expect(context.history.length, key).toBeGreaterThan(0);
      expect(context.england.standing, key).not.toBeNull();
      expect(context.neighbours, key).toHaveLength(10);
    }
  });

  it('is null for a key the register does not hold', () => {
    expect(authorityContext('testshire')).toBeNull();
  });
});
