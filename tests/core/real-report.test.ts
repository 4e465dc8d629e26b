import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { parseReport } from '../../utils/core/report/parse-report';
import { ReportSchema } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const text = realFixture('portsmouth-ilacs-2023.txt');
const report = parseReport(text, 'ilacs');

describe('the real Portsmouth 2023 ILACS report', () => {
  it('is recognised as an ILACS report from its text alone', () => {
    expect(analyseDocument({ text })?.kind).toBe('ilacs');
  });

  it('reads the authority, its normalised key, dates, lead inspector and framework', () => {
    expect(report.authority).toBe('Portsmouth City Council');
    expect(report.authorityKey).toBe('portsmouth');
    expect(report.inspection).toEqual({ start: '2023-05-15', end: '2023-05-19' });
    expect(report.leadInspector).toBe('Christine Kennet');
    expect(report.framework).toBe('ilacs-2023');
  });

  it('reads exactly the judgement table it states', () => {
    expect(report.grades).toEqual({
      overall: 'good',
      leaders: 'good',
      helpAndProtection: 'outstanding',
      inCare: 'good',
      careLeavers: 'requires-improvement',
    });
  });

  it('reads the three points of "What needs to improve"', () => {
    expect(report.improvements).toHaveLength(3);
    expect(report.improvements[0]).toMatch(/^The quality of services for care-experienced young people/);
    expect(report.improvements[1]).toMatch(/^The recording of the rationale for decision-making/);
    expect(report.improvements[2]).toMatch(/^Foster carers capturing children's experiences/);
  });

  it('finds all 53 numbered findings in order, each under its judgement heading', () => {
    expect(report.findings.map((f) => f.number)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    const section = (n: number) => report.findings[n - 1]!.judgement;
    for (let n = 1; n <= 10; n++) expect(section(n)).toBe('helpAndProtection');
    for (let n = 11; n <= 26; n++) expect(section(n)).toBe('inCare');
    for (let n = 27; n <= 40; n++) expect(section(n)).toBe('careLeavers');
    for (let n = 41; n <= 53; n++) expect(section(n)).toBe('leaders');
  });

  it('joins paragraphs that page breaks split, mid-sentence and between sentences', () => {
    expect(text).toContain('has been\n\nmaintained');
    expect(report.findings[0]!.text).toMatch(/children are able to receive the right level of support/);
    expect(report.findings[4]!.text).toMatch(/alcohol abuse and mental health problems\. Parents are helped/);
    expect(report.findings[18]!.text).toMatch(/trauma-informed\. Most of this work is well documented/);
    expect(report.findings[51]!.text).toMatch(/leaders have increased the well-being, training and support offer/);
  });

  it('stops the last finding before Ofsted’s closing boilerplate', () => {
    expect(report.findings[52]!.text).toMatch(/Portsmouth model of family practice\.$/);
  });

  it('finds the back-references to the 2018 inspection, the one that names no year taking 2018 from paragraph 1’s “last inspection in 2018”', () => {
    const references = report.findings
      .filter((f) => f.priorReferences.length > 0)
      .map((f) => [f.number, f.priorReferences.map((r) => r.year)]);
    expect(references).toEqual([
      [1, [2018]],
      [2, [2018]],
      [28, [2018]],
      [38, [2018]],
      [40, [2018]],
    ]);
    expect(report.findings[39]!.priorReferences[0]!.sentence).toBe(
      'This was identified in the 2018 inspection and remains a concern.',
    );
  });

  it('produces output that the schema accepts', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });
});
