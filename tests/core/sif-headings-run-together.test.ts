// A SIF report's judgement headings as pdf.js sets the boxes of the 2015–17 template, then with its
// lines run together. The synthetic SIF report (tests/fixtures/synthetic/sif-2016-report.txt) with
// its headings written as real reports' boxes read: the label on two or three lines with the grade's
// cell between them ("The experiences and progress of" / "children looked after and achieving<TAB>Requires
// improvement" / "permanence", real-pdf/inspection/80428_bedford_cs-inspection_2017-04-07.pdf; the
// grade's two lines among the label's, "Requires improvement" … "to be good",
// real-pdf/inspection/80552_shropshire_cs-inspection_2017-11-24.pdf;
// "Leadership, management and" / "Inadequate governance", real-pdf/inspection/80476_kent_cs-inspection_2017-06-13.pdf),
// a section's last paragraph ending "(Recommendation)" with no full stop before the next heading
// (real-pdf/inspection/80552_shropshire_cs-inspection_2017-11-24.pdf), and the LSCB's section
// opening "The Local Safeguarding Children Board (LSCB)" after it (real-pdf/inspection/80557_south-tyneside_cs-inspection_2017-11-24.pdf).
// Its front table's rows, run together, are no paragraph: "2. Children looked after and achieving
// Inadequate permanence 2.1 Adoption performance Good …" (real-pdf/inspection/80428_bedford_cs-inspection_2017-04-07.pdf on one line).
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { syntheticFixture } from '../helpers/fixtures';
import { assertReadsTheSame, TRANSFORMATIONS } from '../helpers/whitespace';

const text = syntheticFixture('sif-2016-report.txt')
  .replace(
    'The experiences and progress of children who need help and protection\tRequires improvement',
    'The experiences and progress of\nRequires improvement\nchildren who need help and\nto be good\nprotection',
  )
  .replace(
    'The experiences and progress of children looked after and achieving permanence\tInadequate',
    'The experiences and progress of\nchildren looked after and achieving\tInadequate\npermanence',
  )
  .replace('Leadership, management and governance\tInadequate', 'Leadership, management and\nInadequate governance')
  .replace('on frontline practice. The management of allegations', 'on frontline practice. (Recommendation) The management of allegations')
  .replace('has a clear oversight of all referrals.', 'has a clear oversight of all referrals. (Recommendation)')
  .replace('The local safeguarding children board (LSCB)\n', 'The Local Safeguarding Children Board (LSCB)\n')
  // The front table's second row with its grade between its label's lines, as in the boxes.
  .replace('2. Children looked after and achieving\npermanence\tInadequate', '2. Children looked after and achieving\nInadequate permanence');

const judgementsOf = (input: string) => {
  const doc = analyseDocument({ text: input, pdf: true });
  if (!doc || doc.kind !== 'sif') throw new Error(`read as ${doc?.kind}`);
  return Object.fromEntries(doc.findings.map((f) => [f.number, f.judgement]));
};

describe('a SIF report’s judgement boxes, their grade between the label’s lines', () => {
  it('files each section’s paragraphs under the judgement its box names', () => {
    const judgements = judgementsOf(text);
    expect(judgements[1]).toBeNull();
    expect(Object.keys(judgements)[0]).toBe('1');
    expect(judgements[9]).toBeNull();
    expect(judgements[10]).toBe('helpAndProtection');
    expect(judgements[16]).toBe('lookedAfter');
    expect(judgements[25]).toBe('leaders');
    expect(judgements[29]).toBe('leaders');
    expect(judgements[33]).toBe('lscb');
  });

  it.each(TRANSFORMATIONS.filter((t) => t.id === 'one-line' || t.id === 'paragraph-lines').map((t) => [t.name, t] as const))(
    'reads the same findings under the same judgements with %s',
    (_name, transformation) => {
      assertReadsTheSame({ text, pdf: true }, transformation, 2, 'words');
    },
  );

  it('does not take a sentence naming a judgement and its grade for a heading', () => {
    const said = text.replace('Early help is well established.', 'Early help is well established. The experiences and progress of children who need help and protection require improvement. Leaders know this.');
    const flat = said.replace(/\s+/g, ' ');
    expect(judgementsOf(flat)[10]).toBe('helpAndProtection');
    expect(judgementsOf(flat)[9]).toBeNull();
  });
});
