// A reference to "the last inspection" that names no year takes the year the report itself gives
// its last inspection elsewhere, and only then.
import { describe, expect, it } from 'vitest';
import { lastInspectionIn } from '../../utils/core/link/prior-references';
import { parseReport } from '../../utils/core/report/parse-report';

/** A synthetic ILACS report (not Ofsted's text) whose findings are `paragraphs`, numbered from 1. */
function report(paragraphs: string[], dates = '15 to 19 May 2023'): string {
  return [
    'Inspection of Harbridge City Council local authority children’s services',
    `Inspection dates: ${dates}`,
    'Lead inspector: Rachel Oduya, His Majesty’s Inspector',
    'Judgement\tGrade',
    'The impact of leaders on social work practice with children and families\tGood',
    'The experiences and progress of children who need help and protection\tGood',
    'The experiences and progress of children in care\tGood',
    'The experiences and progress of care leavers\tGood',
    'Overall effectiveness\tGood',
    'The experiences and progress of children who need help and protection: good',
    ...paragraphs.map((text, i) => `${i + 1}. ${text}`),
  ].join('\n\n');
}

const years = (text: string) => parseReport(text, 'ilacs').findings.map((f) => f.priorReferences.map((ref) => ref.year));

const STATED = 'Early help services have improved since the last inspection in 2018.';
const UNNAMED = 'Assessments are timely. This is an improvement since the last inspection.';

describe('the year of “the last inspection”', () => {
  it('is the year the report gives its last inspection in another paragraph', () => {
    expect(years(report([STATED, UNNAMED]))).toEqual([[2018], [2018]]);
  });

  it('is taken from a statement that comes after the reference, too', () => {
    expect(years(report([UNNAMED, 'Care leavers’ accommodation was identified at the time of the previous inspection in 2018.']))).toEqual([[2018], [2018]]);
  });

  it('is not given to a reference to the last focused visit', () => {
    expect(years(report([STATED, 'Strategy meetings are now held promptly, as they were not at the last focused visit.']))).toEqual([[2018], [null]]);
  });

  it('stays unknown when the report gives its last inspection two years', () => {
    const two = 'Practice for children in care was judged good at the previous Ofsted inspection in 2013.';
    expect(years(report([STATED, two, UNNAMED]))).toEqual([[2018], [2013], [null]]);
  });

  it('stays unknown when the report gives none', () => {
    expect(years(report([UNNAMED]))).toEqual([[null]]);
  });

  it('is never a year after the report’s own inspection', () => {
    expect(years(report([STATED, UNNAMED], '14 to 18 May 2017'))).toEqual([[2018], [null]]);
  });
});

describe('a sentence about the last inspection', () => {
  it.each([
    ['since the last inspection in 2018', 2018],
    ['at its previous Ofsted inspection in 2014', 2014],
    ['The previous inspection of Leicester City’s children’s safeguarding services was in December 2011', 2011],
    ['This is an improvement since the last inspection.', null],
  ])('“%s”: the last inspection, in %s', (sentence, year) => {
    expect(lastInspectionIn(sentence)).toEqual({ year });
  });

  it.each([['since the last focused visit in 2021'], ['at the last monitoring visit'], ['identified in the 2018 inspection'], ['the last inspections of schools']])('“%s”: not the last inspection', (sentence) => {
    expect(lastInspectionIn(sentence)).toBeNull();
  });
});
