// Random and mutated report text: the recogniser and parsers must not throw, must finish quickly,
// and must never state a grade that the text does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { gradeFromWords } from '../../utils/core/vocabulary/grades';
import { parseNews } from '../../utils/core/news/parse-news';
import { parseReport } from '../../utils/core/report/parse-report';
import { realFixture } from '../helpers/fixtures';

const report = realFixture('portsmouth-ilacs-2023.txt');
const news = realFixture('portsmouth-news-2018.txt');
const paragraphs = report.split(/\n\s*\n/);
// Any white space between a grade's words: the reader reads a no-break space as a space.
const GRADE_WORDS = /outstanding|good|requires?\s+improvement|inadequate/i;

/** Every grade in a result must be stated somewhere in the text it came from. */
function gradesAreStated(text: string, grades: Record<string, string | undefined>): boolean {
  const stated = new Set((text.match(new RegExp(GRADE_WORDS.source, 'gi')) ?? []).map((w) => gradeFromWords(w.replace(/\s+/g, ' '))));
  return Object.values(grades).every((g) => stated.has(g as never));
}

const mutation = fc.oneof(
  fc.constant((t: string) => t.slice(0, Math.floor(t.length / 3))),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => t.replace(/ /g, '\u00a0')),
  fc.constant((t: string) => `\u202e${t}\u202c`),
  fc.constant((t: string) => t.replace(/e/g, '\u0000e')),
  fc.constant((t: string) => t.split('\n').reverse().join('\n')),
  fc.constant((t: string) => t.replace(/Good/g, 'Goo\nd')),
);

describe('hostile and damaged text', () => {
  it('never throws on arbitrary strings, and states no grade that is not in them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const doc = analyseDocument({ text });
        return doc === null || gradesAreStated(text, doc.grades);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text behind a report’s opening, and states only grades the text states', () => {
    const opening = "Inspection of Testshire County Council local authority children's services\n\nInspection dates: 1 to 5 May 2023\n\nLead inspector: Ann Example, His Majesty's Inspector\n\n";
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('\t', '\n', 'Good', 'Overall effectiveness', '12. ', ': good', '- ')), { maxLength: 200 }), (parts) => {
        const text = opening + parts.join('');
        const doc = analyseDocument({ text });
        return doc?.kind === 'ilacs' && gradesAreStated(text, doc.grades);
      }),
      { numRuns: 300 },
    );
  });

  it('survives shuffled paragraphs of the real report, stating only grades the text states', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(paragraphs, { minLength: 1 }), (picked) => {
        const text = picked.join('\n\n');
        const parsed = parseReport(text, 'ilacs');
        return gradesAreStated(text, parsed.grades) && parsed.findings.every((f) => f.text.length > 0);
      }),
      { numRuns: 100 },
    );
  });

  it('survives truncation, control and right-to-left characters, odd line ends and split words', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce((t, m) => m(t), report);
        const doc = analyseDocument({ text });
        return doc === null || gradesAreStated(text, doc.grades);
      }),
      { numRuns: 100 },
    );
  });

  it('puts grade words in odd places without inventing a judgement', () => {
    fc.assert(
      fc.property(fc.constantFrom('good', 'Outstanding', 'inadequate', 'requires improvement'), fc.nat(news.length), (word, at) => {
        const text = `${news.slice(0, at)} ${word} ${news.slice(at)}`;
        const article = parseNews(text);
        return gradesAreStated(text, article.grades);
      }),
      { numRuns: 100 },
    );
  });

  // How fast is the bench's business (npm run bench); this holds that a huge text is read whole.
  it('reads a report several megabytes long, with its grades', () => {
    const huge = report + '\n\n' + paragraphs.slice(30).join('\n\n').repeat(400);
    expect(huge.length).toBeGreaterThan(3_000_000);
    const doc = analyseDocument({ text: huge });
    expect(doc?.kind).toBe('ilacs');
    expect(doc?.grades.overall).toBe('good');
  });
});
