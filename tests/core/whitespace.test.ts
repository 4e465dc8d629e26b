// The seed report (Portsmouth's 2023 ILACS report as text) read the same whatever its white space:
// pasted into one paragraph, a paragraph to a line, with exotic spaces or tabs, double-spaced, or
// with CRLF line ends (tests/helpers/whitespace.ts; the real PDFs are held to the same in
// tests/real-pdf/whitespace.test.ts).
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { withoutRunInFurniture } from '../../utils/core/text/page-furniture';
import { plainSpaces, plainText } from '../../utils/core/text/plain-text';
import { textToBlocks } from '../../utils/core/text/text-blocks';
import { realFixture } from '../helpers/fixtures';
import { assertReadsTheSame, reading, TRANSFORMATIONS, wordsUnderJudgements } from '../helpers/whitespace';

const text = realFixture('portsmouth-ilacs-2023.txt');

describe('the seed report read whatever its white space', () => {
  it('is read in full as it is, so that what follows compares a whole reading', () => {
    const read = reading({ text });
    expect(read).toMatchObject({ kind: 'ilacs', grades: { overall: 'good', leaders: 'good' }, inspection: { start: '2023-05-15' } });
    expect('findings' in read && read.findings).toHaveLength(53);
  });

  it.each(TRANSFORMATIONS.map((t) => [t.name, t] as const))('reads the same kind, grades, dates and findings with %s', (_name, transformation) => {
    assertReadsTheSame({ text }, transformation, 10);
  });
});

describe('an article read from its page’s own paragraphs', () => {
  it('keeps a caption’s dash after a full stop in its paragraph, where a report’s run-together text starts a point there', () => {
    const line = 'Inspectors are to visit the council’s children’s services. - Credit: A Photographer/Agency2021';
    expect(textToBlocks(line, { glued: false })).toEqual([line]);
    expect(textToBlocks(line)).toEqual(['Inspectors are to visit the council’s children’s services.', '- Credit: A Photographer/Agency2021']);
  });

  it('keeps paragraphs apart by blank lines, one gap wider, as they are, where a report’s text so spaced is single-spaced', () => {
    const text = 'First paragraph of the story.\n\nSecond paragraph of the story.\n\n\n\nThird paragraph.';
    expect(plainSpaces(text)).toBe(text);
    expect(plainText(text)).toBe('First paragraph of the story.\nSecond paragraph of the story.\n\nThird paragraph.');
  });
});

describe('findings compared as words under judgements, where a rewriting has lost where paragraphs end', () => {
  const doc = analyseDocument({ text });
  const findings = doc && doc.kind !== 'news' ? doc.findings : [];
  const compared = (changed: typeof findings) => JSON.stringify(wordsUnderJudgements(changed, true));
  const same = compared(findings);

  it('reads two paragraphs run into one as the same words under the same judgement', () => {
    const [first, second, ...rest] = findings;
    const runTogether = { ...first!, text: `${first!.text} ${second!.text}` };
    expect(compared([runTogether, { ...second!, text: '' }, ...rest].filter((f) => f.text))).not.toBe(same);
    expect(JSON.stringify(wordsUnderJudgements([runTogether, ...rest], false))).toBe(JSON.stringify(wordsUnderJudgements(findings, false)));
  });

  it('tells a finding lost', () => {
    expect(compared(findings.filter((_, i) => i !== 7))).not.toBe(same);
  });

  it('tells a finding moved under another judgement', () => {
    expect(compared(findings.map((f, i) => (i === 7 ? { ...f, judgement: 'leaders' as const } : f)))).not.toBe(same);
  });

  it('tells a finding run into by a page’s number or running header', () => {
    const polluted = (words: string) => findings.map((f, i) => (i === 7 ? { ...f, text: f.text.replace(/ (\S+)$/, ` ${words} $1`) } : f));
    expect(compared(polluted('4'))).not.toBe(same);
    expect(compared(polluted('Inspection of Portsmouth City Council local authority children’s services'))).not.toBe(same);
  });

  it('tells a graded report’s finding renumbered', () => {
    expect(compared(findings.map((f, i) => (i === 7 ? { ...f, number: f.number + 1 } : f)))).not.toBe(same);
  });
});

describe('a page’s furniture run into the sentences of a report on one line', () => {
  const header = 'Inspection of Testshire local authority children’s services';
  const bodies = [
    'Social workers visit children often and write to them in plain words, so that children know why decisions were made about',
    'Managers oversee plans for children in need closely, and they check that actions happen on time; when they do not, managers ask',
    'Leaders know the strengths and weaknesses of their services well, because they listen to children, to families and to staff and',
    'Carers are trained well for the children they look after, and they are supported by supervising social workers who visit',
    'Advisers keep in touch with care leavers in ways that suit them, and they help them to find homes, work and training that',
  ];
  // Each page's body, then its running header, its number and the inspection's dates, as pdf.js orders them.
  const ends = ['them.', 'why.', 'use them well.', 'them at home.', 'they choose.'];
  const report = bodies.map((body, n) => `${body} ${header} ${n + 2} 1 to 5 May 2023 ${ends[n]}`).join(' ');
  const read = bodies.map((body, n) => `${body} ${ends[n]}`).join(' ');

  it('takes out each page’s number with the running header before it and the dates after it', () => {
    const [line] = withoutRunInFurniture([report]);
    expect(line).toBe(read);
  });

  it('takes out a footnote at a page’s foot and its mark in the sentence', () => {
    const note = 'This joint inspection was conducted under section 20 of the Children Act 2004.';
    const noted = report.replace('Managers oversee plans', 'Managers 1 oversee plans').replace(`managers ask ${header} 3`, `managers ask 1 ${note} ${header} 3`);
    const [line] = withoutRunInFurniture([noted]);
    expect(line).toBe(read);
  });

  it('takes out the page number that counts or labels nothing where a page has two of its number, in a report with no running header', () => {
    // A SIF report has no running header; page 16's body says "… up to the age of 16 is 90% …"
    // after its number (real-pdf/inspection/80476_kent_cs-inspection_2017-06-13.pdf on one line).
    const pages = bodies.map((body, n) => `${body} ${ends[n]} ${bodies[(n + 1) % bodies.length]} ${ends[(n + 1) % bodies.length]}`);
    pages[2] = pages[2]!.replace('Carers are trained', 'Carers of children up to the age of 4 are trained');
    const numbered = pages.map((page, n) => (n === 0 ? page : page.replace(' and ', ` and ${n + 2} `)));
    const [line] = withoutRunInFurniture([numbered.join(' ')]);
    expect(line).toBe(pages.join(' '));
  });

  it('takes out the page number standing a page’s length from its neighbours, not the same number inside a sentence before it', () => {
    // "… and the 25 pupils in inadequate schools … closely monitored. 25 77. Attendance …"
    // (real-pdf/inspection/80573_trafford_cs-inspection_2015-05-12.pdf on one line); "… used for 8%
    // of 20 BME children …", page 20's number, a count further on (real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf).
    // Each page opens a numbered paragraph, as in the report.
    const pages = bodies.map((body, n) => `${n + 40}. ${body} ${ends[n]} ${bodies[(n + 1) % bodies.length]} ${ends[(n + 1) % bodies.length]}`);
    pages[2] = pages[2]!.replace('who visit them at home.', 'who visit the 14 homes they run.');
    const numbered = pages.map((page, n) => (n === 0 ? page : `${page} ${n + 12}`));
    const [line] = withoutRunInFurniture([numbered.join(' ')]);
    expect(line).toBe(pages.join(' '));
  });

  it('keeps a year’s range whose second year starts the next line, in a paragraph', () => {
    const blocks = textToBlocks('Nearly a quarter of children looked after for more than a year in 2012-\n13 had not had a health or dental check. This is a priority.');
    expect(blocks).toEqual(['Nearly a quarter of children looked after for more than a year in 2012- 13 had not had a health or dental check. This is a priority.']);
  });

  it('keeps a number that counts something or labels a stage', () => {
    const [line] = withoutRunInFurniture(['Children in Year 6 and at key stage 2 attend well, and 5 A* to C grades were achieved by 3 in 10 pupils.']);
    expect(line).toBe('Children in Year 6 and at key stage 2 attend well, and 5 A* to C grades were achieved by 3 in 10 pupils.');
  });
});
