import { describe, expect, it } from 'vitest';
import { judgementTrends } from '../../utils/core/link/trends';

describe('judgement trends across inspections', () => {
  it('reads Portsmouth 2018 → 2023: help and protection up, care leavers (part of a good judgement) down', () => {
    const trends = judgementTrends(
      { leaders: 'good', helpAndProtection: 'outstanding', inCare: 'good', careLeavers: 'requires-improvement', overall: 'good' },
      [{ label: '2018', grades: { overall: 'good', helpAndProtection: 'good', inCareAndCareLeavers: 'good', leaders: 'good' } }],
    );
    expect(Object.fromEntries(trends.map((t) => [t.judgement, `${t.before}→${t.now} ${t.direction}`]))).toEqual({
      leaders: 'good→good same',
      helpAndProtection: 'good→outstanding up',
      inCare: 'good→good same',
      careLeavers: 'good→requires-improvement down',
      overall: 'good→good same',
    });
  });

  it('compares with the most recent earlier inspection that graded the judgement', () => {
    const trends = judgementTrends({ overall: 'good' }, [
      { label: '2014', grades: { overall: 'requires-improvement' } },
      { label: '2018', grades: { overall: 'inadequate' } },
      { label: '2021 focused visit', grades: {} },
    ]);
    expect(trends).toEqual([{ judgement: 'overall', before: 'inadequate', beforeLabel: '2018', now: 'good', direction: 'up' }]);
  });

  it('has nothing to say without an earlier graded inspection', () => {
    expect(judgementTrends({ overall: 'good' }, [])).toEqual([]);
  });
});
