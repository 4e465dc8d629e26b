// The same document's text with its white space written otherwise, as it arrives from a web page,
// a .txt file, Word or a mail client: each transformation with the choices fast-check makes within
// it (which exotic space, how many tabs or blank lines), and what must read the same after it.
import fc from 'fast-check';
import { analyseDocument } from '../../utils/core/analyse';
import type { PageInput } from '../../utils/core/recognise/detectors';

export type TransformationId = 'one-line' | 'paragraph-lines' | 'exotic-spaces' | 'tabs' | 'blank-lines' | 'crlf';
export type Transformation = { id: TransformationId; name: string; written: fc.Arbitrary<(text: string) => string> };

const cycle = (choices: readonly string[]) => {
  let n = 0;
  return () => choices[n++ % choices.length]!;
};

export const TRANSFORMATIONS: readonly Transformation[] = [
  {
    id: 'one-line',
    name: 'every run of white space one space, the whole document on one line',
    written: fc.constantFrom(' ').map((space) => (text: string) => text.replace(/\s+/g, space).trim()),
  },
  {
    id: 'paragraph-lines',
    name: 'each paragraph on one line',
    written: fc.integer({ min: 1, max: 2 }).map((blank) => (text: string) =>
      text
        .split(/\n[ \t]*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .join('\n'.repeat(blank + 1)),
    ),
  },
  {
    id: 'exotic-spaces',
    name: 'no-break and thin spaces for spaces',
    written: fc.array(fc.constantFrom('\u00a0', '\u2009', '\u202f'), { minLength: 1, maxLength: 6 }).map((spaces) => (text: string) => {
      const next = cycle(spaces);
      return text.replace(/ /g, next);
    }),
  },
  {
    id: 'tabs',
    name: 'tabs for spaces',
    written: fc.integer({ min: 1, max: 2 }).map((tabs) => (text: string) => text.replace(/ /g, '\t'.repeat(tabs))),
  },
  {
    id: 'blank-lines',
    name: 'a blank line inserted between every pdf.js line',
    written: fc
      .record({ blank: fc.integer({ min: 1, max: 2 }), filler: fc.constantFrom('', ' ', '\t') })
      .map(({ blank, filler }) => (text: string) => text.replace(/\n/g, `\n${`${filler}\n`.repeat(blank)}`)),
  },
  {
    id: 'crlf',
    name: 'CRLF line ends',
    written: fc.constantFrom('\r\n').map((end) => (text: string) => text.replace(/\n/g, end)),
  },
];

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

type FindingRead = { number: number; judgement: string | null; text?: string };

/**
 * How much of a reading is compared: all of it; all of it with the findings' words read under
 * their judgements (`words`, below); the findings' numbers and judgements without their words;
 * the kind, grades and dates; the grades alone.
 */
export type Compared = 'whole' | 'words' | 'numbering' | 'head' | 'grades';

/**
 * The findings as a run of words under each judgement in turn: the findings one after another
 * under the same judgement (null before the first, and in letters) make one run, their words
 * joined, white space collapsed; a graded report's runs keep the paragraph numbers their findings
 * were written under. Where a rewriting has taken away the only mark of where a paragraph ended
 * (a letter's unnumbered paragraphs that pdf.js set one line apart, run onto one line), this is
 * what is left to read the same. It still tells a finding lost (its words are missing), moved to
 * another judgement (the runs change), renumbered, or polluted with a page's furniture (words
 * that were not there).
 */
export type WordsUnderJudgement = { judgement: string | null; numbers: number[]; words: string };
type Reading = { kind: string | null; grades?: unknown; inspection?: unknown; findings?: Array<FindingRead | WordsUnderJudgement> };

export function wordsUnderJudgements(findings: ReadonlyArray<{ number: number; judgement: string | null; text: string }>, numbered: boolean): WordsUnderJudgement[] {
  const runs: WordsUnderJudgement[] = [];
  for (const finding of findings) {
    const last = runs.at(-1);
    const numbers = numbered ? [finding.number] : [];
    if (last && last.judgement === finding.judgement) {
      last.numbers.push(...numbers);
      last.words = flat(`${last.words} ${finding.text}`);
    } else runs.push({ judgement: finding.judgement, numbers, words: flat(finding.text) });
  }
  return runs;
}

/** What must not change: the kind, grades, dates, and each finding's number, judgement and words. */
export function reading(input: PageInput, compared: Compared = 'whole'): Reading {
  const doc = analyseDocument(input);
  const grades = doc && doc.kind !== 'news' ? doc.grades : {};
  if (compared === 'grades') return { kind: null, grades };
  if (!doc || doc.kind === 'news') return { kind: doc?.kind ?? null };
  const head = { kind: doc.kind, grades, inspection: doc.inspection };
  if (compared === 'head') return head;
  if (compared === 'words') return { ...head, findings: wordsUnderJudgements(doc.findings, doc.kind === 'ilacs' || doc.kind === 'sif') };
  const numbered = (f: (typeof doc.findings)[number]) => ({ number: f.number, judgement: f.judgement });
  return { ...head, findings: doc.findings.map((f) => (compared === 'numbering' ? numbered(f) : { ...numbered(f), text: flat(f.text) })) };
}

/** Every transformation fast-check writes of `input`'s text reads as the text does, as far as `compared`. */
export function assertReadsTheSame(input: PageInput, transformation: Transformation, runs = 3, compared: Compared = 'whole'): void {
  const expected = reading(input, compared);
  fc.assert(
    fc.property(transformation.written, (write) => {
      const got = reading({ ...input, text: write(input.text) }, compared);
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(describeDifference(expected, got));
    }),
    { numRuns: runs },
  );
}

/** The first thing read otherwise, short enough to read in a failure. */
function describeDifference(expected: Reading, got: Reading): string {
  if (expected.kind !== got.kind) return `kind ${expected.kind} read as ${got.kind}`;
  const [want, have] = [expected.findings ?? [], got.findings ?? []];
  if (JSON.stringify(expected.grades) !== JSON.stringify(got.grades)) return `grades ${JSON.stringify(expected.grades)} read as ${JSON.stringify(got.grades)}`;
  if (JSON.stringify(expected.inspection) !== JSON.stringify(got.inspection)) return `dates ${JSON.stringify(expected.inspection)} read as ${JSON.stringify(got.inspection)}`;
  const at = want.findIndex((f, i) => JSON.stringify(f) !== JSON.stringify(have[i]));
  const n = at === -1 ? want.length : at;
  const [a, b] = [want[n], have[n]];
  if (a && b && 'words' in a && 'words' in b && a.judgement === b.judgement && a.words !== b.words) {
    let k = 0;
    while (a.words[k] === b.words[k]) k += 1;
    const around = (words: string) => words.slice(Math.max(0, k - 80), k + 120);
    return `the words under ${a.judgement} (run ${n + 1} of ${want.length}) differ after ${k} characters: «${around(a.words)}» read as «${around(b.words)}»`;
  }
  return `findings (${want.length} read as ${have.length}) differ from the ${n + 1}th: ${JSON.stringify(want[n])?.slice(0, 300)} read as ${JSON.stringify(have[n])?.slice(0, 300)}`;
}
