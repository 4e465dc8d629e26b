// A report's contents page is no part of its reading, whatever white space stands before its page
// numbers: the SIF reports of 2013–18 list their sections with a tab before each page
// (real-pdf/inspection/80573_trafford_cs-inspection_2015-05-12.pdf), and with tabs written for
// spaces that tab is a space. Synthetic text in that shape, not Ofsted's.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { withoutContents } from '../../utils/core/text/contents-page';

const CONTENTS = [
  'Contents',
  'The local authority\t3',
  'Summary of findings\t3',
  'What does the local authority need to improve?\t4',
  'Information about this inspection\t9',
];

describe('a contents page', () => {
  it('goes, its heading and every entry, with a tab or a space before each page', () => {
    const after = ['', '2', '', 'The local authority', 'Summary of findings'];
    expect(withoutContents([...CONTENTS, ...after])).toEqual([...CONTENTS.map(() => ''), ...after]);
    const spaced = CONTENTS.map((line) => line.replace('\t', ' '));
    expect(withoutContents([...spaced, ...after])).toEqual([...spaced.map(() => ''), ...after]);
  });

  it('ends where its pages stop counting up', () => {
    const lines = [...CONTENTS, 'Children looked after in this area 3', 'More text'];
    expect(withoutContents(lines).slice(CONTENTS.length)).toEqual(['Children looked after in this area 3', 'More text']);
  });

  it('is not read in lines ending with numbers that no “Contents” heads, nor in fewer than three entries', () => {
    const lines = ['Children in care\t12', 'Care leavers\t14', 'Adoptions\t20'];
    expect(withoutContents(lines)).toEqual(lines);
    expect(withoutContents(CONTENTS.slice(0, 3))).toEqual(CONTENTS.slice(0, 3));
  });
});

describe('a SIF report with a contents page', () => {
  // Its summary is headed in parts named as judgements are, before the report's own "What does the
  // local authority need to improve?": the contents page's line of that name, read as the heading,
  // would file the recommendations under the summary's last judgement-named part.
  const text = [
    'Testshire County Council',
    'Inspection of services for children in need of help and protection, children looked after and care leavers',
    'Inspection date: 7 November 2016 to 1 December 2016',
    'Children’s services in Testshire County Council are good',
    '1. Children who need help and protection\tGood',
    '2. Children looked after and achieving permanence\tGood',
    '3. Leadership, management and governance\tGood',
    ...CONTENTS,
    'Summary of findings',
    'Leadership, management and governance',
    '◼ Leaders know their services well and act quickly when practice falls short.',
    'What does the local authority need to improve?',
    '1. Ensure that plans for children in need say what must change and by when.',
    'Children who need help and protection: good',
    '2. Children are seen promptly when concerns about them are raised.',
  ].join('\n\n');

  const read = (given: string) => {
    const doc = analyseDocument({ text: given });
    if (!doc || doc.kind !== 'sif') throw new Error('not read as a SIF report');
    return doc.findings.map((f) => `${f.number} ${f.judgement}`);
  };

  it('reads its recommendations before the first judgement, as they stand', () => {
    expect(read(text)).toEqual(['1 null', '2 helpAndProtection']);
  });

  it('reads them so with tabs for its spaces, the tab before each page a space', () => {
    expect(read(text.replace(/ /g, '\t'))).toEqual(read(text));
  });
});
