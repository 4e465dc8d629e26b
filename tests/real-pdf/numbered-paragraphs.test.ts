import { describe, expect, it } from 'vitest';
import { countNumberedParagraphs } from './numbered-paragraphs';

describe('countNumberedParagraphs (the real-corpus test’s own count, independent of the parser)', () => {
  it('counts paragraphs numbered 1..N at the start of lines', () => {
    expect(countNumberedParagraphs('Intro\n1.\tFirst.\n2. Second.\n3. Third.\n')).toBe(3);
  });

  it('stops at the first number missing from the run', () => {
    expect(countNumberedParagraphs('1. One.\n2. Two.\n4. Four.\n5. Five.\n')).toBe(2);
  });

  it('counts a paragraph pdf.js ran onto the end of the previous line, after a full stop (Bracknell Forest 2022, paragraph 10)', () => {
    const text = '9.\tChildren at risk … strategies to reduce episodes of going missing. 10. The number of children missing education is small.\n11. Disabled children …\n';
    expect(countNumberedParagraphs(`1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n${text}`)).toBe(11);
  });

  it('does not count a number inside a sentence', () => {
    expect(countNumberedParagraphs('1. One, as in paragraph 2. of the plan.\n')).toBe(1);
    expect(countNumberedParagraphs('1. Seen in 2 cases; 2. it was not.\n')).toBe(1);
  });

  it('does not count the SIF first-page judgement table (Derbyshire 2014 numbers no paragraph)', () => {
    const table = [
      'The overall judgement is good.',
      '1. Children who need help and protection\tGood',
      '2. Children looked after and achieving permanence\tGood',
      '2.1 Adoption performance\tGood',
      '3. Leadership, management and governance\tGood',
      ' When safeguarding and child protection issues are identified, they are responded to in a timely manner.',
    ].join('\n');
    expect(countNumberedParagraphs(table)).toBe(0);
  });

  it('counts an ILACS paragraph that opens with a judgement’s words (Bracknell Forest 2022, paragraph 1)', () => {
    expect(countNumberedParagraphs('1.\tChildren who need help and protection in Bracknell Forest receive a consistently good service from a stable workforce.\n2. Two.\n')).toBe(2);
  });
});
