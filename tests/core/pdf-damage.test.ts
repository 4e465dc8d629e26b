// What PDF text extraction does to a report, applied to the real report: the parse must not change.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../utils/core/report/parse-report';
import { textToBlocks } from '../../utils/core/text/text-blocks';
import { realFixture } from '../helpers/fixtures';

const clean = realFixture('portsmouth-ilacs-2023.txt');
const expected = parseReport(clean, 'ilacs');

/** Breaks every long line at ~90 characters, as a PDF's visual lines are. */
function hardWrap(text: string, width = 90): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || line.includes('\t')) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** Inserts a running header, footer and page number every `every` lines. */
function withPageFurniture(text: string, every = 25): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if (i > 0 && i % every === 0) {
      out.push('', `Inspection of Portsmouth City Council local authority children’s services`, `${page} of 14`, '');
      page += 1;
    }
  });
  return out.join('\n');
}

function comparable(report: ReturnType<typeof parseReport>) {
  return {
    grades: report.grades,
    improvements: report.improvements,
    findings: report.findings.map((f) => ({ n: f.number, j: f.judgement, text: f.text, refs: f.priorReferences.map((r) => r.year) })),
  };
}

describe('reading report text damaged as PDF extraction damages it', () => {
  it('reads the same report when every paragraph is hard-wrapped into visual lines', () => {
    expect(comparable(parseReport(hardWrap(clean), 'ilacs'))).toEqual(comparable(expected));
  });

  it('reads the same report with running headers and "N of M" page numbers between pages', () => {
    expect(comparable(parseReport(withPageFurniture(clean), 'ilacs'))).toEqual(comparable(expected));
  });

  it('reads the same report with Windows line ends, non-breaking and doubled spaces', () => {
    const odd = clean.replace(/\n/g, '\r\n').replace(/ the /g, ' the\u00a0 ').replace(/\. /g, '.  ');
    const parsed = comparable(parseReport(odd, 'ilacs'));
    expect(parsed.grades).toEqual(expected.grades);
    expect(parsed.findings.map((f) => f.text.replace(/\s+/g, ' '))).toEqual(
      comparable(expected).findings.map((f) => f.text.replace(/\s+/g, ' ')),
    );
  });

  it('rejoins a word hyphenated across a line break, and keeps a real compound’s hyphen', () => {
    expect(textToBlocks('Senior leaders know the needs of chil-\ndren in care well.')).toEqual([
      'Senior leaders know the needs of children in care well.',
    ]);
    expect(textToBlocks('Once in pre-\nproceedings, help is effective.')).toEqual(['Once in pre-proceedings, help is effective.']);
  });

  it('drops lone page numbers and "Page N of M" lines', () => {
    expect(textToBlocks('First paragraph ends here.\n\n12\n\nPage 3 of 40\n\nSecond paragraph.')).toEqual([
      'First paragraph ends here.',
      'Second paragraph.',
    ]);
  });
});
