import { describe, expect, it } from 'vitest';
import { parseReport } from '../../utils/core/report/parse-report';
import { GRADES_BEST_FIRST } from '../../utils/core/vocabulary/grades';
import { GradeSchema, ReportSchema } from '../../utils/core/schema/domain';
import { BackgroundMessageSchema } from '../../utils/core/schema/messages';
import { realFixture } from '../helpers/fixtures';

const report = parseReport(realFixture('portsmouth-ilacs-2023.txt'), 'ilacs');

describe('the schema module', () => {
  it('refuses a grade that is not one of Ofsted’s four', () => {
    expect(ReportSchema.safeParse({ ...report, grades: { overall: 'satisfactory' } }).success).toBe(false);
  });

  it('has the same grades, in the same order, as the popup’s schema-free grade list', () => {
    expect(GradeSchema.options).toEqual(GRADES_BEST_FIRST);
  });

  it('accepts what the report parser reads (which the detection script does without the schema module)', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it('refuses a judgement key it does not know', () => {
    expect(ReportSchema.safeParse({ ...report, grades: { safeguarding: 'good' } }).success).toBe(false);
  });

  it('refuses inspection dates that end before they start, or are not ISO dates', () => {
    expect(ReportSchema.safeParse({ ...report, inspection: { start: '2023-05-19', end: '2023-05-15' } }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...report, inspection: { start: '15 May 2023', end: '2023-05-19' } }).success).toBe(false);
  });

  it('refuses a finding with an empty text or a number that is not a positive whole number', () => {
    const finding = report.findings[0]!;
    expect(ReportSchema.safeParse({ ...report, findings: [{ ...finding, text: '' }] }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...report, findings: [{ ...finding, number: 0 }] }).success).toBe(false);
  });

  it('accepts only the messages the background understands', () => {
    expect(BackgroundMessageSchema.safeParse({ type: 'show-overlay', input: { reading: null, collapsed: false } }).success).toBe(true);
    expect(BackgroundMessageSchema.safeParse({ type: 'show-overlay' }).success).toBe(false);
    expect(BackgroundMessageSchema.safeParse({ type: 'show-overlay-on-tab', tabId: -1 }).success).toBe(false);
    expect(BackgroundMessageSchema.safeParse({ type: 'delete-everything' }).success).toBe(false);
  });
});
