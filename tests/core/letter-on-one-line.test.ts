// Visit letters (focused visits, JTAIs) read the same with the whole letter on one line, or each
// paragraph on a line, as with pdf.js's lines: the structure their lines showed found again in the
// run-together text. Short synthetic letters in Ofsted's wording; each test names the real letters
// whose shape it stands for (real-pdf/ in the fixtures; tests/real-pdf/whitespace.test.ts holds
// every real PDF to the same).
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import type { Report } from '../../utils/core/schema/domain';
import { plainText } from '../../utils/core/text/plain-text';
import { textToBlocks } from '../../utils/core/text/text-blocks';
import { assertReadsTheSame, TRANSFORMATIONS } from '../helpers/whitespace';

const RUN_TOGETHER = TRANSFORMATIONS.filter((t) => t.id === 'one-line' || t.id === 'paragraph-lines');

/** A letter as pdf.js sets it out, a blank line after each paragraph: its title and first paragraph, `body`, its sign-off. */
function letter(title: string, opening: string, body: string[]): string {
  return [
    'Ofsted',
    'Piccadilly Gate',
    'Manchester',
    'M1 2WD',
    '3 June 2024',
    'Dear Ms Example',
    title,
    opening,
    ...body,
    'Ofsted will take the findings from this visit into account when planning your next inspection or visit.',
    'Yours sincerely',
    'Ann Example',
    'His Majesty’s Inspector',
  ].join('\n\n');
}

const focusedVisit = (body: string[]) =>
  letter(
    'Focused visit to Testshire local authority children’s services',
    'This letter summarises the findings of the focused visit to Testshire local authority children’s services on 1 and 2 May 2024. His Majesty’s Inspectors for this visit were Ann Example and Bob Example.',
    body,
  );

const jointInspection = (body: string[], days = '1 and 5 May 2024') =>
  letter(
    'Joint targeted area inspection of the multi-agency response to children’s mental health in Testshire',
    `Between ${days}, Ofsted, the Care Quality Commission, HMI Constabulary and HMI Probation carried out a joint inspection of the multi-agency response to children’s mental health in Testshire.`,
    body,
  );

/** A letter's first section: its heading and a paragraph. */
const HEADLINE = ['Headline findings', 'Leaders know their services well and act on what they learn.'];

function read(text: string): Report {
  const doc = analyseDocument({ text });
  if (!doc || doc.kind === 'news') throw new Error('not read as a letter');
  return doc;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function expectReadTheSameRunTogether(text: string): void {
  for (const transformation of RUN_TOGETHER) assertReadsTheSame({ text }, transformation, 1, 'words');
  expect(read(flat(text)).improvements).toEqual(read(text).improvements);
}

describe('a letter’s “What needs to improve” and its points, run into the paragraphs around them', () => {
  // real-pdf/focused-visit/80466_east-riding-of-yorkshire_focused-visit_2018-10-04.pdf,
  // 80498_haringey_focused-visit_2020-01-21.pdf, 80553_slough_focused-visit_2020-11-27.pdf: the heading
  // ends with a colon and its first point's bullet follows it.
  it('sets the heading apart from the paragraph before it when a point’s bullet follows it', () => {
    const text = focusedVisit([
      'Headline findings',
      'Leaders know their services well and act on what they learn. A project board oversees the work.',
      'What needs to improve in this area of social work practice:',
      '\uf06e the recording of strategy discussions',
      '\uf06e the use of chronologies in assessments.',
      'Findings',
      'Referrals are answered without delay, and managers check the decisions made on them.',
    ]);
    expect(read(text).improvements).toEqual(['the recording of strategy discussions', 'the use of chronologies in assessments.']);
    expectReadTheSameRunTogether(text);
  });

  // real-pdf/focused-visit/80503_hounslow_focused-visit_2025-08-29.pdf, 80534_nottinghamshire_focused-visit_2026-01-12.pdf,
  // 80538_plymouth_focused-visit_2025-07-31.pdf, 80553_slough_focused-visit_2026-01-12.pdf,
  // 80573_trafford_focused-visit_2025-10-30.pdf: each point ends with the national framework's
  // outcome or enabler in brackets, and “Main findings” follows the last.
  it('keeps a point’s bracketed cross-reference with its point, and reads the heading after it as a heading', () => {
    const text = focusedVisit([
      ...HEADLINE,
      'What needs to improve in this area of social work practice?',
      '◼ The recording of strategy discussions. (enabler 2, national framework)',
      '◼ The use of chronologies in assessments. (outcome 3, national framework)',
      'Main findings',
      'Referrals are answered without delay, and managers check the decisions made on them.',
    ]);
    expect(read(text).improvements).toEqual([
      'The recording of strategy discussions. (enabler 2, national framework)',
      'The use of chronologies in assessments. (outcome 3, national framework)',
    ]);
    expectReadTheSameRunTogether(text);
  });
});

describe('the points listing what a visit looked at, run into the paragraph after them', () => {
  const introduced = (points: string[], after: string) =>
    focusedVisit([
      ['Inspectors looked at the local authority’s arrangements for care leavers, with a particular focus on:', ...points].join('\n'),
      after,
      ...HEADLINE,
    ]);

  // real-pdf/focused-visit/80436_bracknell-forest_focused-visit_2024-01-12.pdf, 80539_portsmouth_focused-visit_2025-03-27.pdf,
  // 80573_trafford_focused-visit_2024-08-01.pdf: each point one sentence, the paragraph after the list any.
  it('ends the last point, like the points before it, at its first sentence’s end', () => {
    const text = introduced(
      ['◼ Support into adulthood.', '◼ Keeping in touch with young people.', '◼ Young people at risk of particular harms.'],
      'Throughout this letter, the young people are called by the name they chose for themselves. Inspectors met many of them.',
    );
    expect(read(text).findings.map((f) => f.text)).toContain('Throughout this letter, the young people are called by the name they chose for themselves. Inspectors met many of them.');
    expectReadTheSameRunTogether(text);
  });

  // real-pdf/focused-visit/80466_east-riding-of-yorkshire_focused-visit_2024-07-12.pdf: points with no
  // full stop, and the sentence every focused visit since 2021 opens its account of the evidence with.
  it('ends the last point with no full stop where the visit’s account of its evidence begins', () => {
    const text = introduced(
      ['◼ support into adulthood', '◼ keeping in touch', '◼ the local offer'],
      'This visit was carried out in line with the inspection of local authority children’s services (ILACS) framework. Inspectors read children’s records.',
    );
    expectReadTheSameRunTogether(text);
  });

  it('keeps a point of several sentences whole when the points before it are as long', () => {
    const text = introduced(
      ['◼ Support into adulthood. Advisers help young people with money.', '◼ Keeping in touch. Advisers visit often.', '◼ Housing. Most young people live in good homes.'],
      'Leaders have begun to act on what inspectors found.',
    );
    expect(textToBlocks(plainText(flat(text)))).toContain('◼ Housing. Most young people live in good homes. Leaders have begun to act on what inspectors found.');
  });
});

describe('a letter’s paragraph that has lost its full stop', () => {
  // real-pdf/focused-visit/80519_westminster_focused-visit_2022-07-20.pdf: the opening paragraph’s
  // second sentence has none.
  it('is a paragraph, not a heading, when it holds a sentence’s end before its last sentence', () => {
    const text = focusedVisit([
      'Inspectors looked at the local authority’s arrangements for the front door.',
      ...HEADLINE,
    ]).replace('Ann Example and Bob Example.', 'Ann Example and Bob Example');
    expect(read(text).findings[0]!.text).toBe(
      'This letter summarises the findings of the focused visit to Testshire local authority children’s services on 1 and 2 May 2024. His Majesty’s Inspectors for this visit were Ann Example and Bob Example',
    );
    expectReadTheSameRunTogether(text);
  });

  // real-pdf/jtai/80454_cornwall_jtai_2018-11-23.pdf: a sentence of the letter’s next steps,
  // longer than any heading a letter has.
  it('is a paragraph, not a heading, when it is longer than a letter’s headings run', () => {
    const sentence = 'The response should set out the actions for the partnership and, where appropriate, for each agency';
    const text = focusedVisit(['Next steps', 'The local authority should prepare a written statement of proposed action.', sentence, 'The director should send the statement to Ofsted by 6 March 2019.']);
    expect(read(text).findings.map((f) => f.text)).toContain(sentence);
    expectReadTheSameRunTogether(text);
  });

  it('leaves a short heading a heading', () => {
    const text = focusedVisit(HEADLINE);
    expect(read(text).findings.map((f) => f.text)).not.toContain('Headline findings');
  });
});

describe('a JTAI’s case study headings, run into the sentences around them', () => {
  // real-pdf/jtai/80428_bedford_jtai_2023-03-31.pdf: the paragraph before the heading has no full stop;
  // real-pdf/jtai/80436_bracknell-forest_jtai_2019-03-08.pdf: “All names are pseudonyms” after the heading.
  it('sets a study’s heading apart after a sentence with no full stop, and the note on names after the heading', () => {
    const text = jointInspection([
      'Key strengths',
      'Agencies share what they know about children quickly and act together on it.',
      'Areas for improvement',
      'Some children wait too long for help, and decisions are made without a full picture of their needs',
      'Practice study: area(s) for improvement',
      'All names are pseudonyms',
      'A 15-year-old boy was placed on a reduced timetable at school. His plan did not say who would help him.',
      'Next steps',
      'The local authority should prepare a written statement of proposed action.',
    ]);
    expect(read(text).findings.map((f) => f.text)).toContain('A 15-year-old boy was placed on a reduced timetable at school. His plan did not say who would help him.');
    expectReadTheSameRunTogether(text);
  });

  it('leaves a short heading’s words inside a sentence where no sentence ends before them', () => {
    const text = focusedVisit(['Headline findings', 'Leaders report to the Overview and Scrutiny Committee each month.']);
    expect(read(flat(text)).findings.map((f) => f.text).join(' ')).toContain('report to the Overview and Scrutiny Committee each month.');
  });
});

describe('a JTAI of 2016 on one line', () => {
  // real-pdf/jtai/80492_croydon_jtai_2016-06-29.pdf: “Between 16 May and 20 May, Ofsted …”, the
  // year only in the letter’s date, which on one line runs on into the addressee’s name; and its
  // study’s heading capitalised, “Case study: Area for improvement”.
  const text = jointInspection(
    [
      'Key Strengths',
      'Agencies share what they know about children quickly and act together on it.',
      'Case study: Area for improvement',
      'The front door has a system for gathering what agencies know. It is slow for some children.',
    ],
    '16 May and 20 May',
  );

  it('reads the visit’s days in the letter’s year, dated in its head before its title', () => {
    expect(read(text).inspection).toEqual({ start: '2024-05-16', end: '2024-05-20' });
    expect(read(flat(text)).inspection).toEqual({ start: '2024-05-16', end: '2024-05-20' });
  });

  it('sets the study’s heading apart however it is capitalised', () => {
    expect(read(text).findings.map((f) => f.text)).toContain('The front door has a system for gathering what agencies know. It is slow for some children.');
    expectReadTheSameRunTogether(text);
  });
});

describe('a letter’s pages numbered from its second', () => {
  // real-pdf/focused-visit/80538_plymouth_focused-visit_2025-07-31.pdf: its first page unnumbered, a
  // point’s “(Enabler 1 national framework)” on it was taken for that page’s number.
  it('keeps the number of a label in brackets on the first page', () => {
    // Paragraphs unlike each other: lines repeated page after page are read as a running header.
    const topics = ['homes', 'work', 'health', 'money', 'friends', 'school'];
    const paragraph = (n: number) => `Inspectors found that young people get help with ${topics[n % topics.length]}, and that leaders have acted on it since visit ${'I'.repeat(n)}.`;
    const page = (n: number) => [paragraph(n), paragraph(n + 10), String(n)];
    const text = focusedVisit([
      ...HEADLINE,
      'What needs to improve in this area of social work practice?',
      '◼ The quality of homes for young people leaving care. (Enabler 1 national framework)',
      'Main findings',
      ...page(2),
      ...page(3),
      ...page(4),
    ]);
    expect(read(text).improvements).toEqual(['The quality of homes for young people leaving care. (Enabler 1 national framework)']);
    expectReadTheSameRunTogether(text);
  });
});

describe('a letter’s points under an improvements heading, and the paragraphs among them', () => {
  const improvementsThen = (after: string[]) =>
    focusedVisit([
      ...HEADLINE,
      'Areas for improvement',
      '◼ Plans for young people are not always reviewed when their lives change.',
      '◼ The board does not check how well its training works. Its audits are not used',
      'to plan services, and leaders do not know what they found.',
      '◼ Caseloads are too high in two teams.',
      ...after,
    ]);

  // real-pdf/jtai/80559_southend-on-sea_jtai_2018-05-09.pdf: a point’s last sentence on the next page;
  // real-pdf/jtai/80538_plymouth_jtai_2020-01-08.pdf on one line: a point’s last sentence, with no
  // full stop, taken for the heading of the point after it.
  it('reads a paragraph between two points as the rest of the point before it', () => {
    const text = improvementsThen([]).replace('to plan services, and leaders do not know what they found.', 'However, the board has begun to act on them.');
    expect(read(text).improvements).toEqual([
      'Plans for young people are not always reviewed when their lives change.',
      'The board does not check how well its training works. Its audits are not used However, the board has begun to act on them.',
      'Caseloads are too high in two teams.',
    ]);
    expectReadTheSameRunTogether(text);
  });

  // real-pdf/focused-visit/80534_nottinghamshire_focused-visit_2018-02-22.pdf: the letter’s points
  // for improvement come last, its closing straight after them.
  it('reads the letter’s closing after the last point as the letter’s, not the point’s', () => {
    const text = improvementsThen([]);
    expect(read(text).improvements).toHaveLength(3);
    expect(read(text).findings.at(-1)!.text).toBe('Ofsted will take the findings from this visit into account when planning your next inspection or visit.');
    expectReadTheSameRunTogether(text);
  });

  // real-pdf/focused-visit/80476_kent_focused-visit_2024-02-27.pdf, 80552_shropshire_focused-visit_2019-09-27.pdf:
  // the sentence that opens the visit's account of its evidence, or its closing, in the paragraph before it.
  it('leaves a paragraph that holds a known opening after a sentence of its own whole', () => {
    const opening = 'Inspectors looked at the front door. This visit was carried out in line with the inspection of local authority children’s services (ILACS) framework.';
    expect(read(focusedVisit([opening, ...HEADLINE])).findings.map((f) => f.text)).toContain(opening);
  });
});

describe('a JTAI’s areas for priority action, none', () => {
  // real-pdf/jtai/80436_bracknell-forest_jtai_2019-03-08.pdf, 80454_cornwall_jtai_2018-11-23.pdf: the
  // point saying so has no full stop, and the next section’s heading follows it.
  it('sets the next heading apart from the point saying there are none', () => {
    const text = jointInspection([
      'Areas for priority action',
      '◼ There are no areas for priority action',
      'Areas for improvement',
      '◼ Strategy discussions do not always include health professionals.',
      'Next steps',
      'The local authority should prepare a written statement of proposed action.',
    ]);
    expect(read(text).improvements).toEqual(['There are no areas for priority action', 'Strategy discussions do not always include health professionals.']);
    expectReadTheSameRunTogether(text);
  });

  it('leaves a heading’s words that a name capitalises inside their sentence', () => {
    const text = focusedVisit([...HEADLINE, 'Leaders report to the Leadership and Management Board each month.']);
    expect(read(flat(text)).findings.map((f) => f.text).join(' ')).toContain('report to the Leadership and Management Board each month.');
  });
});
