// The seed report (Portsmouth's 2023 ILACS report as text) read the same whatever its white space:
// pasted into one paragraph, a paragraph to a line, with exotic spaces or tabs, double-spaced, or
// with CRLF line ends (tests/helpers/whitespace.ts; the real PDFs are held to the same in
// tests/real-pdf/whitespace.test.ts).
import { describe, expect, it } from 'vitest';
import { plainSpaces, plainText } from '../../utils/core/text/plain-text';
import { textToBlocks } from '../../utils/core/text/text-blocks';
import { realFixture } from '../helpers/fixtures';
import { assertReadsTheSame, reading, TRANSFORMATIONS } from '../helpers/whitespace';

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
