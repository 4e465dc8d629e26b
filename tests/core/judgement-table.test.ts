// The judgement table as real PDFs lay it out. Each case is a table's lines as pdf.js gives them,
// copied in shape from the real report named (../shared/fixtures/real-pdf/inspection/…); the
// authority and grades are changed so no case stands in for a real file's answer.
import { describe, expect, it } from 'vitest';
import { readJudgementTable } from '../../utils/core/report/judgement-table';

const lines = (text: string) => text.split('\n');

describe('reading the judgement table from its words', () => {
  it('pairs a grade beside the first line of a wrapped label (2023 template, Portsmouth 2023)', () => {
    const table = `Inspection of Testshire County Council
local authority children’s services
Inspection dates: 1 to 5 May 2023
Judgement\tGrade
The impact of leaders on social work\tGood
practice with children and families
The experiences and progress of\tOutstanding
children who need help and protection
The experiences and progress of\tInadequate
children in care
The experiences and progress of care\tRequires improvement to be good
leavers
Overall effectiveness\tGood
Most children in Testshire receive a good service.`;
    expect(readJudgementTable(lines(table))).toEqual({
      status: 'read',
      grades: { leaders: 'good', helpAndProtection: 'outstanding', inCare: 'inadequate', careLeavers: 'requires-improvement', overall: 'good' },
    });
  });

  it('pairs grades on the line between a label’s two lines, and one written before its label (2018–19 titles, Slough 2019, Hounslow 2018)', () => {
    const table = `Judgement\tGrade
The impact of leaders on social work practice with children
Good
and families
The experiences and progress of children who need help and
Requires improvement protection
The experiences and progress of children in care and care\tRequires improvement
leavers\tto be good
Requires improvement Overall effectiveness
to be good
Services for children in Testshire have improved.`;
    expect(readJudgementTable(lines(table))).toEqual({
      status: 'read',
      grades: { leaders: 'good', helpAndProtection: 'requires-improvement', inCareAndCareLeavers: 'requires-improvement', overall: 'requires-improvement' },
    });
  });

  it('reads a SIF table whose grade words are split around the label (Portsmouth 2014, Shropshire 2017)', () => {
    const table = `The judgements on areas of the service that contribute to overall effectiveness are:
Requires
1. Children who need help and protection
Improvement
2. Children looked after and achieving\tRequires improvement to
permanence\tbe good
2.1 Adoption performance\tGood
Requires improvement to 2.2 Experiences and progress of care leavers
be good
3. Leadership, management and governance\tInadequate
1
Ofsted produces this report under its power to combine reports.`;
    expect(readJudgementTable(lines(table))).toEqual({
      status: 'read',
      grades: { helpAndProtection: 'requires-improvement', lookedAfter: 'requires-improvement', adoption: 'good', careLeavers: 'requires-improvement', leaders: 'inadequate' },
    });
  });

  it('does not take the headline run onto the first row as that row’s grade (Leicester 2017)', () => {
    const table = `Children’s services in Testshire require improvement to be good 1. Children who need help and protection\tGood
2. Children looked after and achieving
Good permanence
2.1 Adoption performance\tOutstanding
2.2 Experiences and progress of care leavers\tGood
3. Leadership, management and governance\tGood`;
    expect(readJudgementTable(lines(table))?.grades).toEqual({
      helpAndProtection: 'good', lookedAfter: 'good', adoption: 'outstanding', careLeavers: 'good', leaders: 'good',
    });
  });

  it('reads a 2026 table with no overall row, and the 2025 template’s "children care leavers"', () => {
    const table = `Judgement\tGrade
The impact of leaders on social work\tOutstanding
practice with children and families
The experiences and progress of\tGood
children who need help and protection
The experiences and progress of\tGood
children in care
The experiences and progress of\tRequires improvement to be good
children care leavers
Children in Testshire benefit from good services.`;
    expect(readJudgementTable(lines(table))?.grades).toEqual({
      leaders: 'outstanding', helpAndProtection: 'good', inCare: 'good', careLeavers: 'requires-improvement',
    });
  });

  it('passes over a footnote mark between a label and its grade (Leeds 2015 SIF, as published)', () => {
    const table = `The judgements on areas of the service that contribute to overall effectiveness are: 1. Children who need help and protection Good
2. Children looked after and achieving permanence Good
2.1 Adoption performance Requires improvement
2.2 Experiences and progress of care leavers Good
3. Leadership, management and governance 1 Outstanding
1
Ofsted produces this report under its power to combine reports.`;
    expect(readJudgementTable(lines(table))?.grades).toEqual({
      helpAndProtection: 'good', lookedAfter: 'good', adoption: 'requires-improvement', careLeavers: 'good', leaders: 'outstanding',
    });
  });

  it('is unsure, and gives no grade, when a row has lost its grade', () => {
    const table = `Judgement\tGrade
The impact of leaders on social work\tGood
practice with children and families
The experiences and progress of
children who need help and protection
Overall effectiveness\tGood
Most children receive a good service.`;
    expect(readJudgementTable(lines(table))).toEqual({ status: 'unsure', grades: {} });
  });

  it('is unsure when a grade is half written ("Requires improvement to" and nothing after)', () => {
    const table = `The impact of leaders on social work practice with children and families\tRequires improvement to
Overall effectiveness\tGood
Leaders know their services well.`;
    expect(readJudgementTable(lines(table))?.status).toBe('unsure');
  });

  it('ends the table at prose that starts with a grade word, once every row has its grade', () => {
    const table = `Overall effectiveness\tGood
Good leadership means that children are protected.`;
    expect(readJudgementTable(lines(table))).toEqual({ status: 'read', grades: { overall: 'good' } });
  });

  it('finds no table in prose that only mentions overall effectiveness', () => {
    expect(readJudgementTable(lines('The judgements that contribute to overall effectiveness are good in part.'))).toBeNull();
  });
});
