// Hostile pages, round two: reading takes time in proportion to the text. Each way a text comes in
// (recognise, a report read from its text, a news article read from its text, and a page read
// through its DOM as the detection script reads it) is fed adversarial runs of 100 KB and of 1 MB
// in the same run, and must take under 15 times as long on the megabyte: what was quadratic took a
// hundred times as long, or far longer. Times are CPU time, not the clock's (other processes, and
// the other test files, share the machine), the least of a few runs of each size taken in turn.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { parseNews } from '../../utils/core/news/parse-news';
import { readRecognisedPage } from '../../utils/core/page/page-reading';
import { recognise } from '../../utils/core/recognise/recognise';
import type { ParsedDocument } from '../../utils/core/schema/domain';

const SMALL = 100_000;
const LARGE = 1_000_000;
const BOUND = 15;
/**
 * Below this, a 100 KB run is timed as taking this long: a megabyte may then take 45 ms, where the
 * noise of a machine running other tests beside this one is as much as the reading itself.
 */
const FLOOR_MS = 3;
const TRIES = 6;

/** One kind of adversarial run, `size` characters of it as text, and as a page's HTML where a page writes it otherwise. */
type Run = { name: string; text: (size: number) => string; html?: (size: number) => string };

const RUNS: readonly Run[] = [
  { name: 'spaces', text: (size) => ' '.repeat(size) },
  { name: 'tabs', text: (size) => '\t'.repeat(size) },
  { name: 'no-break spaces', text: (size) => '\u00a0'.repeat(size) },
  {
    name: 'empty table cells',
    text: (size) => `Name${'\t'.repeat(size)}Good`,
    html: (size) => `<table><tr><td>Name</td>${'<td></td>'.repeat(Math.ceil(size / 9))}<td>Good</td></tr></table>`,
  },
  { name: 'a long word', text: (size) => 'safeguarding'.repeat(Math.ceil(size / 12)) },
  { name: 'repeated capitals', text: (size) => "A A-A A'A Aa ".repeat(Math.ceil(size / 13)) },
  { name: 'repeated punctuation', text: (size) => '.,;:!?-–()"\'…'.repeat(Math.ceil(size / 13)) },
  { name: 'repeated "Inspection of " heads', text: (size) => 'Inspection of '.repeat(Math.ceil(size / 14)) },
  { name: 'digits and full stops', text: (size) => `${'1'.repeat(size / 2)}${'.'.repeat(size / 2)}` },
  // Each name may be read as one judgement or two ("children in care" and "care leavers").
  { name: 'judgements joined by "and"', text: (size) => `${'children in care and care leavers and '.repeat(Math.ceil(size / 38))}help; good` },
];

/** A document with its adversarial runs: the runs share the size, in one paragraph or one each, between words. */
type Recipe = { runs: readonly Run[]; together: boolean };

function runsOf({ runs, together }: Recipe, size: number, write: (run: Run, size: number) => string): string[] {
  const written = runs.map((run) => `x${write(run, Math.floor(size / runs.length))}x`);
  return together ? [written.join(' and ')] : written;
}

/** Where the runs go: the paragraphs before them, the title first, and the paragraph after, read only if the runs are read through. */
type Template = { before: readonly string[]; after: string };

const REPORT: Template = {
  before: [
    "Inspection of Testshire County Council local authority children's services",
    'Inspection dates: 1 to 5 May 2023',
    'Lead inspector: Ann Example, His Majesty’s Inspector',
    'Judgement\tGrade',
    'The impact of leaders on social work practice with children and families\tGood',
    'The experiences and progress of children who need help and protection\tGood',
    'Overall effectiveness\tGood',
    'What needs to improve',
    '1. Leaders know their services well:',
  ],
  after: '2. Care leavers in Testshire are well supported.',
};
const NEWS: Template = {
  before: [
    "Ofsted rates Leeds 'good'",
    "Services for children in Leeds have been rated good by Ofsted inspectors. Children in care and care leavers are well supported by the local authority's social workers, who know them well. " +
      'Inspectors found that leaders have a clear understanding of the quality of practice across the service, and that help and protection is good. '.repeat(3),
  ],
  after: 'Inspectors found that some care leavers in Leeds wait too long for a home.',
};

const text = ({ before, after }: Template) => (recipe: Recipe, size: number) => [...before, ...runsOf(recipe, size, (run, n) => run.text(n)), after].join('\n\n');

const escapeHtml = (words: string) => words.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = ({ before, after }: Template) => (recipe: Recipe, size: number): Document => {
  const runs = runsOf(recipe, size, (run, n) => run.html?.(n) ?? `<p>${escapeHtml(run.text(n))}</p>`);
  const [title, ...paragraphs] = before.map(escapeHtml);
  const html = `<!doctype html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${runs.join('')}<p>${escapeHtml(after)}</p></main></body></html>`;
  return parseHTML(html).document as unknown as Document;
};
const lastFinding = (doc: ParsedDocument | null) => (doc && doc.kind !== 'news' ? doc.findings.at(-1) : undefined);

// The collector, run once a pair of inputs is made and before either is timed: a megabyte's DOM
// just made is otherwise moved by the collector during the runs after it, and timed as theirs.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function cpuMs(read: () => unknown): number {
  const start = process.cpuUsage();
  read();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * How many times longer a megabyte takes than 100 KB: the two are timed in turn, so that each meets
 * the machine and the heap as the other does, until the least of each is under the bound or the
 * tries run out.
 */
function growth<T>(small: T, large: T, read: (input: T) => unknown): { ratio: number; smallMs: number; largeMs: number } {
  read(small);
  let [smallMs, largeMs] = [Infinity, Infinity];
  const ratio = () => largeMs / Math.max(smallMs, FLOOR_MS);
  for (let i = 0; i < TRIES && !(ratio() < BOUND); i++) {
    smallMs = Math.min(smallMs, cpuMs(() => read(small)));
    largeMs = Math.min(largeMs, cpuMs(() => read(large)));
  }
  return { ratio: ratio(), smallMs, largeMs };
}

const recipe: fc.Arbitrary<Recipe> = fc.record({ runs: fc.shuffledSubarray([...RUNS], { minLength: 2, maxLength: 4 }), together: fc.boolean() });
/** Every kind of run alone, then a few mixtures. */
const EACH_RUN: Array<[Recipe]> = RUNS.map((run) => [{ runs: [run], together: true }]);

/** `read` takes one input of a recipe and size; `check` says what the 100 KB one must read as, so the runs are known to reach the reader. */
function takesLinearTime<T, R>(make: (recipe: Recipe, size: number) => T, read: (input: T) => R, check: (result: R) => void, mixtures: number) {
  fc.assert(
    fc.property(recipe, (drawn) => {
      const [small, large] = [make(drawn, SMALL), make(drawn, LARGE)];
      collectGarbage();
      check(read(small));
      const { ratio, smallMs, largeMs } = growth(small, large, read);
      expect(ratio, `${drawn.runs.map((run) => run.name).join(', ')}: ${smallMs.toFixed(1)} ms for 100 KB, ${largeMs.toFixed(1)} ms for 1 MB`).toBeLessThan(BOUND);
    }),
    { examples: EACH_RUN, numRuns: EACH_RUN.length + mixtures },
  );
}

describe('reading hostile text takes time in proportion to its length', () => {
  it('recognises a news article of a megabyte of adversarial runs', () => {
    takesLinearTime(text(NEWS), (article) => recognise({ text: article }), (kind) => expect(kind).toBe('news'), 3);
  });

  it('reads a report of a megabyte of adversarial runs, to its last finding after them', () => {
    takesLinearTime(
      text(REPORT),
      (report) => analyseDocument({ text: report }),
      (doc) => {
        expect(doc).toMatchObject({ kind: 'ilacs', authority: 'Testshire County Council', grades: { overall: 'good' } });
        expect(lastFinding(doc)).toMatchObject({ number: 2, text: REPORT.after.slice(3) });
      },
      3,
    );
  });

  it('reads a news article of a megabyte of adversarial runs, to the concern after them', () => {
    takesLinearTime(
      text(NEWS),
      (article) => parseNews(article),
      (article) => {
        expect(article).toMatchObject({ kind: 'news', authority: 'Leeds', grades: { overall: 'good' } });
        expect(article.points.map((point) => point.text)).toContain(NEWS.after);
      },
      2,
    );
  });

  it('reads a report page of a megabyte of adversarial runs and cells through its DOM, to its last finding after them', () => {
    takesLinearTime(
      page(REPORT),
      (doc) => readRecognisedPage(doc, 'https://reports.ofsted.gov.uk/reports/testshire-ilacs-2023'),
      (reading) => {
        expect(reading).toMatchObject({ kind: 'document', doc: { kind: 'ilacs', authority: 'Testshire County Council' } });
        expect(lastFinding(reading.kind === 'document' ? reading.doc : null)).toMatchObject({ number: 2, text: REPORT.after.slice(3) });
      },
      2,
    );
  });

  it('reads a news page of a megabyte of adversarial runs and cells through its DOM, to its last paragraph', () => {
    takesLinearTime(
      page(NEWS),
      (doc) => readRecognisedPage(doc, 'https://www.communitycare.co.uk/2023/05/10/ofsted-rates-leeds-good/'),
      (reading) => {
        expect(reading).toMatchObject({ kind: 'news', page: { title: "Ofsted rates Leeds 'good'" } });
        expect(reading.kind === 'news' && reading.page.text.endsWith(NEWS.after)).toBe(true);
      },
      2,
    );
  });
});
