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
// A document listed in STILL_OTHERWISE is one this does not yet hold for, with why: it is held to
// reading otherwise, so that one read the same is taken off the list.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

/** Documents that still read otherwise after a rewriting, by file, with what is not yet read. */
const STILL_OTHERWISE: Partial<Record<TransformationId, Record<string, string>>> = {
  'paragraph-lines': {
    'inspection/80469_gateshead_cs-inspection_2016-03-11.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
    'inspection/80519_westminster_cs-inspection_2016-03-29.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
    'inspection/80538_plymouth_cs-inspection_2015-01-06.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
    'inspection/80552_shropshire_cs-inspection_2017-11-24.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
    'inspection/80557_south-tyneside_cs-inspection_2017-11-24.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
    'inspection/80558_southampton_cs-inspection_2014-09-15.pdf': 'a heading or summary on the lines of the paragraph before it is not set apart',
  },
  'one-line': {
    'inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80482_leicester_cs-inspection_2015-03-20.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80498_haringey_cs-inspection_2014-07-18.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80503_hounslow_cs-inspection_2014-03-21.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80536_oxfordshire_cs-inspection_2014-06-30.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80538_plymouth_cs-inspection_2015-01-06.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80539_portsmouth_cs-inspection_2014-09-01.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80553_slough_cs-inspection_2014-02-14.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80558_southampton_cs-inspection_2014-09-15.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80567_surrey_cs-inspection_2015-06-03.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
    'inspection/80573_trafford_cs-inspection_2015-05-12.pdf': 'its judgement boxes and the summaries under them, run into the paragraphs before, are not set apart',
  },
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
  const otherwise = STILL_OTHERWISE[transformation.id] ?? {};
  const held = gold.filter((entry) => !(entry.file in otherwise));
  it.each(held.map((entry) => [basename(entry.file), entry] as const))(`%s: the kind, grades, dates and findings (${compared})`, (_file, entry) => {
    assertReadsTheSame(input(entry.file), transformation, 3, compared);
  });
  const listed = Object.entries(otherwise);
  if (listed.length > 0) {
    it.each(listed.map(([file, why]) => [basename(file), why, file] as const))('%s still reads otherwise: %s', (_file, _why, file) => {
      expect(() => assertReadsTheSame(input(file), transformation, 3, compared)).toThrow();
    });
  }
});
