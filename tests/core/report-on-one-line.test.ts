// A graded report's text run onto one line (a .txt file flattened, a page's text copied out of one
// element) read as its own lines read: where a heading stands between two numbered paragraphs, and
// where a paragraph's last sentence, its full stop left out, is only a sentence. Synthetic reports,
// in Ofsted's shapes, not Ofsted's text.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';

const HEAD = [
  'Inspection of Harbridge City Council local authority children’s services',
  'Inspection dates: 15 to 19 May 2023',
  'Lead inspector: Rachel Oduya, His Majesty’s Inspector',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tRequires improvement to be good',
  'The experiences and progress of children in care\tGood',
  'The experiences and progress of care leavers\tGood',
  'Overall effectiveness\tGood',
  'Children in Harbridge are helped and protected more quickly than at the last inspection, and most children in care live in stable homes.',
];
const POINTS = ['◼ The timeliness of assessments for disabled children.', '◼ Managers’ oversight of plans for children in need.'];

/** A report's text, its blocks a blank line apart as pdf.js sets them. */
const report = (blocks: string[], improve = 'What needs to improve?') => [...HEAD, improve, ...POINTS, ...blocks].join('\n\n');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function findings(text: string) {
  const doc = analyseDocument({ text });
  if (!doc || doc.kind === 'news') throw new Error('not read as a report');
  return doc.findings.map((f) => `${f.number} ${f.judgement}: ${f.text}`);
}

describe('a report on one line', () => {
  // real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf ("… proportionate to children’s
  // needs 35. The implementation …"), 80519_westminster_cs-inspection_2019-10-15.pdf and
  // 80498_haringey_cs-inspection_2026-02-24.pdf: a paragraph whose last sentence has no full stop.
  const text = report([
    'The experiences and progress of children who need help and protection: requires improvement to be good',
    '1. Families are offered early help promptly. As a result, visits to children are regular, purposeful and matched to what each child needs',
    '2. Managers read every new referral on the day it arrives, and they record their reasons for each decision clearly.',
    'The experiences and progress of children in care: good',
    '3. Children come into care when they need to. Their plans are reviewed often.',
  ]);

  it('keeps a paragraph’s last sentence without a full stop in its paragraph, as its own lines do', () => {
    expect(findings(text)[0]).toMatch(/matched to what each child needs$/);
    expect(findings(oneLine(text))).toEqual(findings(text));
  });

  it('still sets a judgement’s heading, however long, apart from the paragraph before it', () => {
    expect(findings(oneLine(text)).map((f) => f.split(':')[0])).toEqual(['1 helpAndProtection', '2 helpAndProtection', '3 inCare']);
  });

  it('still sets a section’s short heading apart from the paragraph before it', () => {
    const headed = report([
      'The experiences and progress of children who need help and protection: requires improvement to be good',
      '1. Families are offered early help promptly.',
      'Recommendations',
      '2. Leaders should make sure that plans say what will change for children.',
    ]);
    expect(findings(oneLine(headed))).toEqual(findings(headed));
  });
});

describe('a report’s “What needs to improve” heading on one line', () => {
  // real-pdf/inspection/80466_east-riding-of-yorkshire_cs-inspection_2020-03-13.pdf: "… across the
  // East Riding of Yorkshire. What needs to improve: ◼ The accuracy of …" on one line.
  const blocks = [
    'The experiences and progress of children who need help and protection: requires improvement to be good',
    '1. Families are offered early help promptly.',
    '2. Managers read every new referral on the day it arrives.',
  ];

  it.each(['What needs to improve:', 'What needs to improve?', 'What needs to improve'])('is set apart from the summary before it and its points after it: “%s”', (heading) => {
    const text = report(blocks, heading);
    const doc = analyseDocument({ text: oneLine(text) });
    expect(doc && doc.kind !== 'news' && doc.improvements).toEqual(['The timeliness of assessments for disabled children.', 'Managers’ oversight of plans for children in need.']);
    expect(findings(oneLine(text))).toEqual(findings(text));
    expect(findings(text).map((f) => f.split(':')[0])).toEqual(['1 helpAndProtection', '2 helpAndProtection']);
  });
});
