// England's picture, an authority's standing and its neighbours' grades from the newest of the
// bundled statistics (31 March 2025) and the reports fetched since, each labelled with its source.
import { describe, expect, it } from 'vitest';
import { authorityContext, englandSourceWords } from '../../utils/core/authorities/context';
import { withReadGrade } from '../../utils/core/england/read-grades';
import { authorityPanelContext } from '../../utils/core/model/authority-history';
import type { ParsedDocument } from '../../utils/core/schema/domain';

// Southampton is one of Portsmouth's statistical neighbours; officially Good from June 2023.
const SOUTHAMPTON_2026 = { key: 'southampton', start: '2026-02-02', overall: 'inadequate' as const };

describe('England’s picture and the neighbours with reports read', () => {
  it('without reports read, is the official statistics’ as at 31 March 2025, as before', () => {
    const context = authorityContext('portsmouth')!;
    expect(context.asOf).toBe('2025-03-31');
    expect(context.englandSource).toBe('Ofsted official statistics, as at 31 March 2025');
    expect(context.england.fromReports).toBe(0);
  });

  it('takes a report read that is newer than the official grade, moves the date on to it, and says so', () => {
    const before = authorityContext('portsmouth')!;
    const after = authorityContext('portsmouth', undefined, [SOUTHAMPTON_2026])!;
    expect(after.asOf).toBe('2026-02-02');
    expect(after.england.counts.inadequate).toBe(before.england.counts.inadequate + 1);
    expect(after.england.counts.good).toBe(before.england.counts.good - 1);
    expect(after.england.fromReports).toBe(1);
    expect(after.neighbours.find((n) => n.key === 'southampton')).toMatchObject({ overall: 'inadequate', start: '2026-02-02', from: 'report' });
    expect(after.neighbours.filter((n) => n.from === 'report')).toHaveLength(1);
    expect(after.englandSource).toBe('Ofsted official statistics, as at 31 March 2025, with 1 authority’s newer grade read from Ofsted’s reports (the newest inspection began 2 February 2026)');
    // Portsmouth (Good) now has one authority fewer doing as well and one more doing worse.
    expect(after.england.standing!.same).toBe(before.england.standing!.same - 1);
    expect(after.england.standing!.worse).toBe(before.england.standing!.worse + 1);
  });

  it('at an earlier date (a 2023 report’s), leaves a later report read out', () => {
    const at2023 = authorityContext('portsmouth', '2023-05-15', [SOUTHAMPTON_2026])!;
    expect(at2023.asOf).toBe('2023-05-15');
    expect(at2023.england.fromReports).toBe(0);
    expect(at2023.englandSource).toBe(englandSourceWords(0, null));
  });

  it('an older report read never replaces a newer official grade', () => {
    const older = authorityContext('portsmouth', undefined, [{ key: 'southampton', start: '2019-01-01', overall: 'inadequate' }])!;
    expect(older.neighbours.find((n) => n.key === 'southampton')).toMatchObject({ overall: 'good', from: 'official' });
    expect(older.asOf).toBe('2025-03-31');
  });

  it('the panel’s own row for the authority takes its newer report read, labelled', () => {
    const context = authorityPanelContext('portsmouth', [], undefined, [{ key: 'portsmouth', start: '2026-01-12', overall: 'outstanding' }])!;
    expect(context.self).toMatchObject({ overall: 'outstanding', start: '2026-01-12', from: 'report' });
    expect(context.england.standing!.grade).toBe('outstanding');
    expect(context.englandSource).toMatch(/with 1 authority’s newer grade read from Ofsted’s reports/);
  });
});

describe('keeping each authority’s newest graded report fetched', () => {
  const doc = (start: string, overall: 'good' | 'inadequate' | undefined, kind: ParsedDocument['kind'] = 'ilacs') =>
    ({ kind, authorityKey: 'southampton', inspection: { start, end: start }, grades: overall ? { overall } : {} }) as unknown as ParsedDocument;

  it('adds a newer ILACS report with an overall grade, and ignores older ones, letters and reports without one', () => {
    const first = withReadGrade([], doc('2026-02-02', 'inadequate'))!;
    expect(first).toEqual([SOUTHAMPTON_2026]);
    expect(withReadGrade(first, doc('2023-06-05', 'good'))).toBeNull();
    expect(withReadGrade(first, doc('2026-05-01', undefined, 'focused-visit'))).toBeNull();
    expect(withReadGrade(first, doc('2026-05-01', undefined))).toBeNull();
    expect(withReadGrade(first, doc('2026-09-01', 'good'))).toEqual([{ key: 'southampton', start: '2026-09-01', overall: 'good' }]);
  });
});
