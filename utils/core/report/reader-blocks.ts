// The reader shows a report as clean text: the same blocks the parser reads (page furniture
// gone, split paragraphs joined), each typed for display and placed on the PDF page it starts on.
import { gradeFromWords } from '../vocabulary/grades';
import { BULLET_ITEM } from '../vocabulary/bullets';
import { splitLabelAndRest } from '../vocabulary/judgement-wordings';
import { textToBlocks } from '../text/text-blocks';
import type { Grade, JudgementKey, ParsedDocument } from '../schema/domain';

export type ReaderBlock =
  | { type: 'title'; text: string; page: number }
  | { type: 'heading'; text: string; page: number; judgement: JudgementKey | null; grade: Grade | null }
  | { type: 'table-row'; cells: string[]; page: number; judgement: JudgementKey | null; grade: Grade | null }
  | { type: 'bullet'; text: string; page: number }
  | { type: 'finding'; text: string; page: number; number: number; findingId: string }
  | { type: 'paragraph'; text: string; page: number };

const squash = (text: string) => text.replace(/\s+/g, '');

/** The page a block starts on; `squashedPages` are the pages without white space, made once. */
function pageOf(text: string, squashedPages: readonly string[]): number {
  const probe = squash(text).slice(0, 40);
  const index = squashedPages.findIndex((page) => page.includes(probe));
  return index === -1 ? 1 : index + 1;
}

export function readerBlocks(pages: readonly string[], doc: ParsedDocument | null): ReaderBlock[] {
  const findings = doc && doc.kind !== 'news' ? doc.findings : [];
  // A table cell's grade is shown only when the parser read the table, and only a grade it read:
  // the reader never shows a grade the panel refused.
  const tableGrades = doc && doc.kind !== 'news' && doc.gradesRead === 'read' ? new Set(Object.values(doc.grades)) : new Set<Grade>();
  const cellGrade = (cells: readonly string[], judgement: JudgementKey | null): Grade | null => {
    const grade = gradeFromWords(cells.slice(1).join(' '));
    if (judgement) return doc?.grades[judgement] ?? null;
    return grade && tableGrades.has(grade) ? grade : null;
  };
  const blocks = textToBlocks(pages.join('\n\n'));
  const squashedPages = pages.map(squash);
  return blocks.map((text, i): ReaderBlock => {
    const page = pageOf(text, squashedPages);
    if (i === 0) return { type: 'title', text, page };
    if (text.includes('\t')) {
      const cells = text.split('\t');
      const split = splitLabelAndRest(cells[0]!);
      return { type: 'table-row', cells, page, judgement: split?.key ?? null, grade: cellGrade(cells, split?.key ?? null) };
    }
    const bullet = BULLET_ITEM.exec(text)?.[1];
    if (bullet) return { type: 'bullet', text: bullet, page };
    const numbered = /^(\d{1,3})\.\s+(.*)$/s.exec(text);
    const finding = numbered ? findings.find((f) => f.number === Number(numbered[1]) && f.text.startsWith(numbered[2]!.slice(0, 40))) : undefined;
    if (finding) return { type: 'finding', text: finding.text, page, number: finding.number, findingId: finding.id };
    const split = text.length < 200 ? splitLabelAndRest(text) : null;
    if (split || (text.length < 120 && !/[.!?]$/.test(text))) {
      return { type: 'heading', text, page, judgement: split?.key ?? null, grade: split?.rest ? gradeFromWords(split.rest) : null };
    }
    return { type: 'paragraph', text, page };
  });
}
