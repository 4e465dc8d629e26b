// A SIF report of the 2013–15 template, in pdf.js's lines and with its lines run together. Written
// for these tests (a fictional authority, invented findings), in the shapes real reports of those
// years take:
// - the front table's grade split round each row's label ("Requires" / "1. Children who need help
//   and protection" / "improvement", real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf);
// - a sub-heading of the list of improvements at the end of the line before its point ("… from home
//   and care. Adoption" / "5. Complete …", real-pdf/inspection/80558_southampton_cs-inspection_2014-09-15.pdf);
// - the first judgement's box under "Inspection judgements about the local authority" and "Key
//   judgement<TAB>Judgement grade", its grade between its label's lines (real-pdf/inspection/80538_plymouth_cs-inspection_2015-01-06.pdf);
// - a judgement's heading worded as a sentence ("… achieving permanence require improvement",
//   real-pdf/inspection/80503_hounslow_cs-inspection_2014-03-21.pdf) and "The graded judgement for
//   adoption performance is good" (real-pdf/inspection/80553_slough_cs-inspection_2014-02-14.pdf), "The graded
//   judgement about the experience and progress of care leavers is that it requires improvement", the
//   label in the singular (real-pdf/inspection/80567_surrey_cs-inspection_2015-06-03.pdf), and a paragraph
//   opening with the same words, its sentence going on (real-pdf/inspection/80466_east-riding-of-yorkshire_cs-inspection_2023-03-24.pdf);
// - a finding split by a page's number ("… the lives of the" / "7" / "children concerned …");
// - what the judgements mean after the findings, and the LSCB's part ("Section 2: The
//   effectiveness of the local safeguarding children board (LSCB)" / "The effectiveness of the LSCB
//   requires improvement" / "Areas for improvement", real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf).
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { assertReadsTheSame, TRANSFORMATIONS } from '../helpers/whitespace';

const page = (n: number) => `\n${n}\n\n`;
const text = `Eastmere County Council
Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the local safeguarding children board
Inspection date: 3 March 2014 to 27 March 2014
Report published: 20 May 2014

Children’s services in Eastmere require improvement

Requires
1. Children who need help and protection
improvement

Requires
2. Children looked after and achieving permanence
improvement

Good
2.1 Adoption performance

Requires
2.2 Experiences and progress of care leavers
improvement

Requires
3. Leadership, management and governance
improvement

The effectiveness of the local safeguarding children board (LSCB) requires improvement.
${page(1)}Summary of key findings

This local authority requires improvement because

1.\tToo many children wait too long for their first visit after a referral is accepted by
the duty team, and managers do not always notice the delay.

2.\tPlans for children in care are not reviewed often enough to keep them on track.
${page(2)}What does the local authority need to improve?

Priority and immediate action

3.\tEnsure that every child referred is seen by a social worker within the timescale
their plan sets.

4.\tImprove the recording of return interviews for children who go missing from home
and care. Adoption
5.\tComplete the review of children waiting for adoption so that each has a clear plan.

Areas for improvement

6.\tEnsure that supervision of social workers is regular and recorded on each child’s file.
${page(3)}Inspection judgements about the local authority

Key judgement\tJudgement grade

The experiences and progress of children
Requires improvement
who need help and protection

Summary

Children at risk of harm are protected, but too many wait for help. Early help is growing and families value it, yet the quality of assessments is uneven and managers do not always check that plans are followed.

7.\tEarly help is offered through children’s centres and family workers, and families told inspectors
that it helped them. The number of families helped has risen each year since 2011.

8.\tWhen children are at immediate risk, strategy discussions happen quickly and the police and
health staff take part. Social workers know their children well and it shows in the lives of the
${page(4)}children concerned. However, assessments do not always weigh a family’s history.

The experiences and progress of children looked after and achieving permanence require improvement

9.\tMost children come into care when they should, and most live with carers who meet their
needs well. Too many moved placement more than twice in the last year.

10. Reviews of children’s plans are often late, and their reviewing officers do not challenge delay
often enough.

The graded judgement for adoption performance is good

Adoption is a strength of the service.

11. Children who need adoption are matched quickly with families, and adopters are well
supported before and after the child moves in.

The graded judgement about the experience and progress of care leavers is that it requires improvement

12. The experience and progress of care leavers requires improvement because, although advisers keep in
touch with most young people, too few are in education, work or training.

Leadership, management and governance require improvement

13. Leaders know where services are weak and have a plan to improve them, but it is too early
to see its effect on practice.
${page(5)}What the inspection judgements mean: the local authority

An outstanding local authority leads highly effective services that help, protect and care for children.

A local authority that is inadequate is providing services where there are widespread failures.

Section 2: The effectiveness of the local safeguarding children board (LSCB)

The effectiveness of the LSCB requires improvement

Areas for improvement

14. Ensure that the board checks whether its training changes practice.

Key strengths and weaknesses of the LSCB

15. The board has a new chair, and its partners attend its meetings regularly.
`;

const read = (input: string) => {
  const doc = analyseDocument({ text: input, pdf: true });
  if (!doc || doc.kind !== 'sif') throw new Error(`read as ${doc?.kind}`);
  return doc;
};

describe('a SIF report of 2013–15', () => {
  it('reads its findings under the judgements its headings name, the list’s sub-heading and a page’s number set aside', () => {
    const doc = read(text);
    const judgements = Object.fromEntries(doc.findings.map((f) => [f.number, f.judgement]));
    expect(doc.findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect([judgements[1], judgements[4], judgements[5], judgements[6]]).toEqual([null, null, null, null]);
    expect(doc.findings[3]!.text).toBe('Improve the recording of return interviews for children who go missing from home and care.');
    expect([judgements[7], judgements[8]]).toEqual(['helpAndProtection', 'helpAndProtection']);
    expect(doc.findings[7]!.text).toContain('in the lives of the children concerned. However,');
    expect([judgements[9], judgements[10], judgements[11], judgements[12], judgements[13]]).toEqual(['lookedAfter', 'lookedAfter', 'adoption', 'careLeavers', 'leaders']);
    expect(doc.findings[11]!.text).toMatch(/^The experience and progress of care leavers requires improvement because/);
    expect([judgements[14], judgements[15]]).toEqual(['lscb', 'lscb']);
  });

  it.each(TRANSFORMATIONS.filter((t) => t.id === 'one-line' || t.id === 'paragraph-lines').map((t) => [t.name, t] as const))(
    'reads the same findings under the same judgements with %s',
    (_name, transformation) => {
      assertReadsTheSame({ text, pdf: true }, transformation, 2, 'words');
    },
  );
});
