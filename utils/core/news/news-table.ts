// A judgement table in a committee paper or a council page ("Judgement | Grade", one row per
// judgement), read the way a report's table is read: by the report's own table reader, which pairs
// the labels and the grades in order and reads nothing when they do not pair. A table that sets an
// earlier inspection's column beside this one's ("Judgement | 2019 | 2023") gives the latest column
// as the grades and the others as prior grades with their years.
import { readJudgementTable } from '../report/judgement-table';
import type { Grade, Grades, JudgementKey } from '../schema/domain';
import { gradeFromWords } from '../vocabulary/grades';
import { BULLET_ITEM } from '../vocabulary/bullets';
import { judgementOfLabel } from '../vocabulary/judgement-wordings';

export type ArticleTable = { grades: Grades; prior: Array<{ year: number; grades: Grades }> };

// The label the report's table reader knows for each judgement, when a paper shortens it.
const TABLE_LABEL: Record<JudgementKey, string | null> = {
  overall: 'Overall effectiveness',
  leaders: 'The impact of leaders on social work practice with children and families',
  helpAndProtection: 'The experiences and progress of children who need help and protection',
  inCare: 'The experiences and progress of children in care',
  careLeavers: 'The experiences and progress of care leavers',
  inCareAndCareLeavers: 'The experiences and progress of children in care and care leavers',
  lookedAfter: 'Children looked after and achieving permanence',
  adoption: 'Adoption performance',
  // The reader leaves the LSCB to the report's sentences; a paper's row for it is read here.
  lscb: null,
};

type Row = { key: JudgementKey; grades: Array<Grade | null> };

function cellsOf(block: string): string[] {
  if (block.includes('\t')) return block.split('\t').map((c) => c.trim());
  if (/\s\|(?:\s|$)/.test(block)) return block.split('|').map((c) => c.trim()).filter(Boolean);
  // "Overall effectiveness: Good", "Help and protection – Requires improvement to be good"
  const m = /^(.{3,120}?)\s*(?::|–|—|\s-\s)\s*((?:requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)\.?)$/i.exec(block);
  return m ? [m[1]!, m[2]!] : [block];
}

function rowOf(block: string): Row | null {
  // Minutes list the judgements as bullets: "- Overall effectiveness: Good".
  const [label, ...rest] = cellsOf(BULLET_ITEM.exec(block)?.[1] ?? block);
  const key = label ? judgementOfLabel(label) : null;
  if (!key || rest.length === 0) return null;
  const grades = rest.filter((c) => c !== '').map((c) => gradeFromWords(c));
  return grades.length > 0 && grades.some((g) => g !== null) ? { key, grades } : null;
}

/** A header row's years, one per grade column: "Judgement\t2019\t2023", "Judgement\tPrevious (2019)\tThis inspection (2023)". */
function headerYears(block: string | undefined, columns: number): number[] | null {
  if (!block?.includes('\t')) return null;
  const years = block.split('\t').slice(1).map((c) => /\b((?:19|20)\d{2})\b/.exec(c)?.[1]).filter((y): y is string => y !== undefined).map(Number);
  return years.length === columns ? years : null;
}

/** One column's grades; an earlier inspection's column may leave a row blank ("n/a" for care leavers before 2023). */
function readColumn(rows: readonly Row[], column: number, gapsAllowed = false): Grades | null {
  const lscb = rows.find((r) => r.key === 'lscb');
  const lines = rows.filter((r) => r.key !== 'lscb' && (!gapsAllowed || r.grades[column])).map((r) => {
    const grade = r.grades[column];
    return grade ? `${TABLE_LABEL[r.key]}\t${gradeWords(grade)}` : TABLE_LABEL[r.key]!;
  });
  const reading = readJudgementTable(lines);
  if (reading?.status !== 'read') return null;
  const lscbGrade = lscb?.grades[column];
  return lscbGrade ? { ...reading.grades, lscb: lscbGrade } : reading.grades;
}

const gradeWords = (grade: Grade) => (grade === 'requires-improvement' ? 'Requires improvement to be good' : grade[0]!.toUpperCase() + grade.slice(1));

/**
 * A table a page's text gives as one line of cells ("Impact of leaders | Outstanding | Help and
 * protection | Good | …"): a row to each pair of a judgement and a grade, when the whole line pairs.
 */
function rowsOfOneLine(block: string): string[] {
  const cells = block.split('|').map((c) => c.trim()).filter(Boolean);
  // A header row's cells ("Judgement | Grade") before the rows.
  if (cells.length >= 2 && !judgementOfLabel(cells[0]!) && !gradeFromWords(cells[1]!) && /^(?:judge?ments?|areas?|grades?|ratings?)$/i.test(cells[1]!)) cells.splice(0, 2);
  const rows: string[] = [];
  // The pairs from the start, up to one that does not pair (a page's text may stop mid-row).
  for (let i = 0; i + 1 < cells.length && judgementOfLabel(cells[i]!) && gradeFromWords(cells[i + 1]!); i += 2) rows.push(`${cells[i]}\t${cells[i + 1]}`);
  return rows.length >= 2 ? rows : [block];
}

/** The first run of two or more judgement rows among an article's blocks, read as a table; null when there is none or it does not read. */
export function readArticleTable(articleBlocks: readonly string[]): ArticleTable | null {
  const blocks = articleBlocks.flatMap((b) => (/\s\|(?:\s|$)/.test(b) ? rowsOfOneLine(b) : [b]));
  for (let i = 0; i < blocks.length; i++) {
    const run: Row[] = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const row = rowOf(blocks[j]!);
      if (!row) break;
      run.push(row);
    }
    if (run.length < 2) continue;
    const columns = Math.max(...run.map((r) => r.grades.length));
    if (columns === 1) {
      const grades = readColumn(run, 0);
      return grades ? { grades, prior: [] } : null;
    }
    const years = headerYears(blocks[i - 1], columns);
    if (!years) return null;
    const latest = years.indexOf(Math.max(...years));
    const grades = readColumn(run, latest);
    if (!grades) return null;
    const prior = years.flatMap((year, column) => {
      const earlier = column === latest ? null : readColumn(run, column, true);
      return earlier ? [{ year, grades: earlier }] : [];
    });
    return { grades, prior };
  }
  return null;
}

// A list under a line giving its grade: "The areas that were rated as 'Requires improvement to be
// good' were:" then "· The impact of leaders …", "· Overall effectiveness." A line about an earlier
// inspection gives its list nothing.
const LIST_INTRO = /\b(?:rated|judged|graded|given|received|awarded)\b[^:]{0,40}?['‘"“]?(requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)\b['’"”]?[^:]{0,30}:$/i;
const EARLIER = /\b(?:previous(?:ly)?|last|earlier|prior|before|(?:19|20)\d{2})\b/i;

/** The grades lists of judgements under such lines give, each judgement once. */
export function readGradedLists(blocks: readonly string[]): Grades {
  const grades: Grades = {};
  let grade: Grade | null = null;
  for (const block of blocks) {
    // Minutes pasted from a word processor keep its middle-dot bullets ("·  Overall effectiveness.").
    const item = BULLET_ITEM.exec(block)?.[1] ?? /^·\s+(\S.*)$/s.exec(block)?.[1];
    if (item === undefined) {
      const intro = LIST_INTRO.exec(block);
      grade = intro && !EARLIER.test(block) ? gradeFromWords(intro[1]!) : null;
      continue;
    }
    const key = grade ? judgementOfLabel(item.replace(/[.;,]\s*$/, '')) : null;
    if (key && grade) grades[key] ??= grade;
  }
  return grades;
}
