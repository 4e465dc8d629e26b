// The reader's layout of every real Ofsted PDF in ../shared/fixtures/real-pdf, read as the reader
// reads it (pdf.js page by page, then the parser): the judgement table it draws holds every grade
// the parser read beside its label, each label whole under the vocabulary's name; no line of a
// contents page appears in it or in the text; and no piece of the front page's table stands as a
// heading; each block is placed on its own page, not on the contents page that lists it. Page 1
// alone, as the reader lays it out before the rest is read, gives the same table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePages } from '../../utils/browser/pdf/load-report';
import { readerLayout, type ReaderLayout } from '../../utils/core/model/reader-layout';
import type { LaidOutBlock } from '../../utils/core/model/reader-layout';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { readPdfPages, type PdfJs } from '../../utils/core/text/read-pdf';
import { GRADE_PATTERN } from '../../utils/core/vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../../utils/core/vocabulary/judgements';
import { REAL_PDF } from '../helpers/fixtures';

const gold = JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as Array<{ file: string; kind: string | null }>;
const FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

type Read = { pages: string[]; doc: ParsedDocument | null; layout: ReaderLayout; firstPage: ReaderLayout };
const reads = new Map<string, Read>();

beforeAll(async () => {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const quiet: PdfJs = { getDocument: (src) => pdfjs.getDocument({ ...src, verbosity: 0 } as typeof src) };
  for (const { file } of gold) {
    const pages = await readPdfPages(quiet, new Uint8Array(readFileSync(join(REAL_PDF, file))), FONTS);
    const { doc } = analysePages(pages);
    const first = analysePages(pages.slice(0, 1));
    reads.set(file, { pages, doc, layout: readerLayout(pages, doc), firstPage: readerLayout(first.pages, first.doc) });
  }
}, 300_000);

const textOf = (block: LaidOutBlock) => ('text' in block ? block.text : 'cells' in block ? block.cells.join(' ') : block.lines.join(' '));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A contents page's lines, found apart from the reader: on a page that opens "Contents", each line that ends in a page number. */
function contentsLines(pages: readonly string[]): string[] {
  return pages
    .filter((page) => /^\s*Contents\s*$/m.test(page.split('\n').find((line) => line.trim()) ?? ''))
    .flatMap((page) => page.split('\n').slice(1))
    .filter((line) => /\S.*[\s.]\d{1,3}\s*$/.test(line))
    .map(squash);
}

// Words a judgement label is written in, and grades: a heading of nothing else, on the front page, is a piece of the table.
const LABEL_PIECE = /^(?:\d[\d.]*\s+)?(?:the|experiences?|and|progress|of|children|who|need|help|protection|in|care|leavers|looked|after|achieving|permanence|adoption|performance|leadership|management|governance|impact|leaders|on|social|work|practice|with|families|overall|effectiveness|requires|improvement|to|be|good|outstanding|inadequate|judgement|grade|[\s,:])+$/i;
const STARTS_WITH_GRADE = new RegExp(String.raw`^(?:${GRADE_PATTERN})\s+(?!and\b)[a-z]`, 'i');

describe('the reader’s judgement table and headings on every real PDF', () => {
  it.each(gold.map(({ file }) => [basename(file), file]))('%s: the table holds every parsed grade beside its whole label, and no contents line', (_name, file) => {
    const { pages, doc, layout, firstPage } = reads.get(file)!;
    const graded = !!doc && doc.kind !== 'news' && doc.gradesRead === 'read';
    const expected = graded ? JUDGEMENT_ORDER.filter((key) => doc.grades[key]).map((key) => ({ judgement: key, label: JUDGEMENT_LABELS[key], grade: doc.grades[key] })) : [];
    expect(layout.table.rows, 'rows').toEqual(expected);
    if (graded) expect(layout.head.title, 'title').not.toBe('');

    const contents = contentsLines(pages);
    const drawn = [...layout.table.rows.map((row) => row.label), ...layout.blocks.map(textOf)].map(squash);
    for (const line of contents) expect(drawn, 'a contents line').not.toContain(line);

    const headings = layout.blocks.filter((b) => b.type === 'heading').map((b) => ({ page: b.page, text: textOf(b) }));
    const front = graded ? headings.filter((h) => h.page === 1 && LABEL_PIECE.test(h.text)) : [];
    expect(front, 'pieces of the table as headings on page 1').toEqual([]);
    expect(headings.filter((h) => STARTS_WITH_GRADE.test(h.text)), 'headings that start with a grade').toEqual([]);
    if (graded) expect(layout.blocks.filter((b) => b.page === 1 && b.type === 'table-row'), 'table rows left on page 1').toEqual([]);

    // The head's fields are the head's, not headings; a letter's Ofsted address is left out.
    const page1 = layout.blocks.filter((b) => b.page === 1).map(textOf);
    if (doc) expect(page1.filter((text) => /^(?:Inspection dates?|Lead inspector|Report published):/.test(text)), 'head fields in the text').toEqual([]);
    expect(page1.filter((text) => /Piccadilly Gate|enquiries@ofsted/.test(text)), 'Ofsted’s address on page 1').toEqual([]);
    if (doc && ['focused-visit', 'jtai'].includes(doc.kind)) expect(layout.head.letter?.greeting, 'the letter’s greeting').toMatch(/^Dear /);

    // Each block's page (its link to the PDF) is where it stands, never a contents page that lists it.
    const contentsPages = pages.flatMap((page, i) => (/^\s*Contents\s*$/m.test(page.split('\n').find((line) => line.trim()) ?? '') ? [i + 1] : []));
    expect(layout.blocks.filter((b) => contentsPages.includes(b.page)).map(textOf), 'blocks placed on a contents page').toEqual([]);

    // Page 1 alone (what the reader shows first) draws every grade its front table holds.
    if (graded && doc.kind === 'ilacs') expect(firstPage.table.rows, 'page 1 alone').toEqual(expected);
  });
});

describe('the reader’s page links on a real SIF report', () => {
  it('places the headings the contents page lists on the page they stand on (Leicester 2015: page 3, not the contents on page 2)', () => {
    const { layout } = reads.get('inspection/80482_leicester_cs-inspection_2015-03-20.pdf')!;
    const first = (text: string) => layout.blocks.find((b) => b.type === 'heading' && b.text === text)?.page;
    expect(first('The Local Authority')).toBe(3);
    expect(first('Summary of findings')).toBe(3);
    expect(first('What does the Local Authority need to improve?')).toBe(4);
  });
});
