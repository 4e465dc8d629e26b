// Every real Ofsted PDF's text, as pdf.js gives it, read the same whatever its white space, each
// transformation of tests/helpers/whitespace.ts run on every document (fast-check choosing within
// it: which exotic spaces, how many tabs or blank lines). The kind, grades and dates are compared
// after every one, and the findings too:
// - CRLF line ends, no-break and thin spaces, tabs for spaces, blank lines between lines: nothing
//   is lost, and every finding is compared whole (its number, judgement and words, white space
//   collapsed).
// - Each paragraph on one line, and the whole document on one line: the findings as words under
//   judgements (wordsUnderJudgements in tests/helpers/whitespace.ts): each judgement's findings in
//   turn, their words joined, with a graded report's paragraph numbers. These rewritings take away
//   the only mark of where some paragraphs end (a letter's unnumbered paragraphs that pdf.js set one
//   line apart; on one line, every line), so where one finding ends and the next begins is not
//   compared; a finding lost, moved under another judgement, renumbered, or run into with a page's
//   number, running header or footnote still reads otherwise (tests/core/whitespace.test.ts shows
//   each).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import type { PageInput } from '../../utils/core/recognise/detectors';
import { REAL_PDF } from '../helpers/fixtures';
import { assertReadsTheSame, TRANSFORMATIONS, type Compared, type TransformationId } from '../helpers/whitespace';

type GoldEntry = { file: string; kind: string | null };
const gold = JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as GoldEntry[];
const texts = new Map<string, PageInput>();

const COMPARED: Record<TransformationId, Compared> = {
  crlf: 'whole',
  'exotic-spaces': 'whole',
  tabs: 'whole',
  'blank-lines': 'whole',
  'paragraph-lines': 'words',
  'one-line': 'words',
};

beforeAll(async () => {
  for (const { file } of gold) {
    const { text, pdf } = await readDocument(join(REAL_PDF, file));
    texts.set(file, { text, pdf });
  }
}, 300_000);

function input(file: string): PageInput {
  const read = texts.get(file);
  if (!read) throw new Error(`${file} was not read`);
  return read;
}

describe.each(TRANSFORMATIONS.map((t) => [t.name, t] as const))('Real PDFs read the same with %s', (_name, transformation) => {
  const compared = COMPARED[transformation.id];
  it.each(gold.map((entry) => [basename(entry.file), entry] as const))(`%s: the kind, grades, dates and findings (${compared})`, (_file, entry) => {
    assertReadsTheSame(input(entry.file), transformation, 3, compared);
  });
});
