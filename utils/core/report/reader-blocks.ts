// The reader shows a report as clean text: the same blocks the parser reads (page furniture
// gone, split paragraphs joined), each typed for display and placed on the PDF page it starts on.
// A judgement box that pdf.js breaks into pieces ("The experiences and progress of children" /
// "Inadequate" / "who need help and protection") is put back together here and read with the
// judgement table's own reader, so no piece of a label ever stands as a heading of its own.
import { GRADE_PATTERN, gradeFromWords } from '../vocabulary/grades';
import { BULLET_ITEM } from '../vocabulary/bullets';
import { GRADED_SENTENCE, judgementOfLabel, splitLabelAndRest } from '../vocabulary/judgement-wordings';
import { collapseSpace } from '../text/collapse-space';
import { textToBlocks } from '../text/text-blocks';
import { isTablePiece, readJudgementTable } from './judgement-table';
import type { Grade, JudgementKey, ParsedDocument } from '../schema/domain';

export type ReaderBlock =
  | { type: 'heading'; text: string; page: number; judgement: JudgementKey | null; grade: Grade | null }
  /** Pieces of a judgement table or box, read as the judgements they name. */
  | { type: 'judgement-pieces'; lines: string[]; page: number; judgements: JudgementKey[] }
  | { type: 'table-row'; cells: string[]; page: number }
  | { type: 'bullet'; text: string; page: number }
  | { type: 'finding'; text: string; page: number; number: number; findingId: string }
  | { type: 'paragraph'; text: string; page: number };

const squash = (text: string) => text.replace(/\s+/g, '');

/** A contents page's heading, its first line. */
export const CONTENTS_HEADING = /^(?:Contents|Table of contents)$/i;

/**
 * The page each block starts on: where its opening words stand in the pages' text, searched from
 * just after the block before, so a heading that the contents page lists too ("Summary of
 * findings 3", real-pdf/inspection/80482_leicester_cs-inspection_2015-03-20.pdf) is placed where it
 * stands, not on the contents page. A block whose words are not found keeps the page before.
 */
function pagesOf(blocks: readonly string[], pages: readonly string[]): number[] {
  const squashed = pages.map(squash);
  let length = 0;
  const starts = squashed.map((page) => (length += page.length) - page.length);
  const whole = squashed.join('');
  // A contents page's lines may be gone from the blocks already (page furniture): a heading it lists is placed where it stands.
  const contents = pages.map((text) => CONTENTS_HEADING.test(text.split('\n').find((line) => line.trim())?.trim() ?? ''));
  const pageOf = (at: number) => starts.findLastIndex((start) => start <= at) + 1;
  let cursor = 0;
  let page = 1;
  return blocks.map((text) => {
    const probe = squash(text).slice(0, 40);
    let found = probe ? whole.indexOf(probe, cursor) : -1;
    // On a contents page, the words stand there only if they stand nowhere after it.
    for (let later = found; later !== -1 && contents[pageOf(found) - 1]; ) {
      later = whole.indexOf(probe, later + 1);
      if (later !== -1 && !contents[pageOf(later) - 1]) found = later;
    }
    if (found !== -1) {
      cursor = found + probe.length;
      page = pageOf(found);
    }
    return page;
  });
}

const TRAILING_GRADE = new RegExp(String.raw`[\s:\-–]*\b(?:${GRADE_PATTERN})\b[.\s]*$`, 'i');

/** A judgement heading as the report words it, without the grade the chip shows ("…help and protection: outstanding"). */
export function headingWithoutGrade(text: string): string {
  return text.replace(TRAILING_GRADE, '') || text;
}

/** The report's words of a box of pieces: the label's words, in order, without its grade. */
export function labelOfPieces(lines: readonly string[]): string {
  const grade = new RegExp(String.raw`(?:^|\s)(?:${GRADE_PATTERN})(?=\s|$)`, 'gi');
  return collapseSpace(lines.join(' ').replace(/\t/g, ' ').replace(grade, ' ').replace(/\b(?:key )?judgement grade\b/i, '')).replace(/[\s:]+$/, '');
}

function gradedSentence(text: string): { key: JudgementKey; rest: string } | null {
  const match = GRADED_SENTENCE.exec(text);
  const key = match ? judgementOfLabel(match[1]!) : null;
  return key ? { key, rest: `is ${match![2]}` } : null;
}

/** Runs of table pieces that read as judgements, each one block; the other blocks typed on their own. */
export function readerBlocks(pages: readonly string[], doc: ParsedDocument | null): ReaderBlock[] {
  const findings = doc && doc.kind !== 'news' ? doc.findings : [];
  const grades = doc && doc.kind !== 'news' ? doc.grades : {};
  const typed = (text: string, page: number): ReaderBlock => {
    if (text.includes('\t')) return { type: 'table-row', cells: text.split('\t'), page };
    const bullet = BULLET_ITEM.exec(text)?.[1];
    if (bullet) return { type: 'bullet', text: bullet, page };
    const numbered = /^(\d{1,3})\.\s+(.*)$/s.exec(text);
    const finding = numbered ? findings.find((f) => f.number === Number(numbered[1]) && f.text.startsWith(numbered[2]!.slice(0, 40))) : undefined;
    if (finding) return { type: 'finding', text: finding.text, page, number: finding.number, findingId: finding.id };
    const split = text.length < 200 ? (splitLabelAndRest(text) ?? gradedSentence(text)) : null;
    const question = text.length < 120 && /^What\b.*\?$/.test(text);
    if (split || question || (text.length < 120 && !/[.!?]$/.test(text))) {
      // A grade only where the heading states one ("…help and protection: outstanding"), and only one the parser read.
      const gradeOnly = split?.rest ? gradeFromWords(split.rest) : null;
      const stated = gradeOnly ?? (split?.rest ? gradeFromWords(split.rest.replace(/^(?:is|are|it is)\s+/, '')) : null);
      const grade = stated && split ? (grades[split.key] ?? null) : null;
      return { type: 'heading', text: grade && gradeOnly ? headingWithoutGrade(text) : text, page, judgement: split?.key ?? null, grade };
    }
    return { type: 'paragraph', text, page };
  };
  const texts = textToBlocks(pages.join('\n\n'));
  const pageAt = pagesOf(texts, pages);
  const blocks: ReaderBlock[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!isTablePiece(texts[i]!)) {
      blocks.push(typed(texts[i]!, pageAt[i]!));
      continue;
    }
    const from = i;
    while (i + 1 < texts.length && isTablePiece(texts[i + 1]!)) i += 1;
    const lines = texts.slice(from, i + 1);
    const reading = readJudgementTable(lines.map((line) => line.replace(/\t/g, ' ')));
    // The front page's table, when the parser read it, is drawn from its grades: every piece of it goes, read here or not.
    const frontTable = pageAt[from] === 1 && doc?.kind !== 'news' && doc?.gradesRead === 'read' && reading !== null;
    if (reading?.status === 'read' || frontTable) blocks.push({ type: 'judgement-pieces', lines, page: pageAt[from]!, judgements: Object.keys(reading!.grades) as JudgementKey[] });
    else lines.forEach((line, k) => blocks.push(typed(line, pageAt[from + k]!)));
  }
  return blocks;
}
