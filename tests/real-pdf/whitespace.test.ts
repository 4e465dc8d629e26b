// Every real Ofsted PDF's text, as pdf.js gives it, read the same whatever its white space, each
// transformation of tests/helpers/whitespace.ts run on every document (fast-check choosing within
// it: which exotic spaces, how many tabs or blank lines).
//
// What is compared depends on what the transformation leaves to read:
// - CRLF line ends, no-break and thin spaces, tabs for spaces, blank lines between lines: nothing
//   is lost, and the whole reading is compared (kind, grades, dates, every finding's number,
//   judgement and words, white space collapsed).
// - Each paragraph on one line: the kind, grades and dates. A letter's paragraphs that pdf.js set
//   one line apart, and a page's running header or footnote set beside a paragraph, are run into
//   it: which words were a paragraph's own is no longer written (the seed report, which has no
//   furniture, is read whole: tests/core/whitespace.test.ts).
// - The whole document on one line: the grades of every document, and the kind and dates of every
//   graded report (ILACS, SIF) and of every document that is not ours. A letter on one line has
//   lost the line its title stood on and the lines that set its paragraphs apart: telling its kind
//   and visit dates from its run-together head is recognition's and the head reading's business
//   (issue 23 part 1), not the white space reading's.
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

const graded = (entry: GoldEntry) => entry.kind === 'ilacs' || entry.kind === 'sif';
const COMPARED: Record<TransformationId, (entry: GoldEntry) => Compared> = {
  crlf: () => 'whole',
  'exotic-spaces': () => 'whole',
  tabs: () => 'whole',
  'blank-lines': () => 'whole',
  'paragraph-lines': () => 'head',
  'one-line': (entry) => (graded(entry) || entry.kind === null ? 'head' : 'grades'),
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
  it.each(gold.map((entry) => [`${basename(entry.file)}: ${COMPARED[transformation.id](entry)}`, entry] as const))('%s', (_name, entry) => {
    assertReadsTheSame(input(entry.file), transformation, 3, COMPARED[transformation.id](entry));
  });
});
