// The front-page judgement table, read from its words rather than its lines. Real PDFs lay the
// table out in every way a Word table can wrap: the grade beside a label's first line ("The
// experiences and progress of<TAB>Good" / "children in care"), beside its last, between its lines,
// before it ("Requires improvement Overall effectiveness" / "to be good"), or itself split around
// the label ("Requires" / "1. Children who need help and protection" / "Improvement"). What stays
// is the order: the rows come top to bottom, so the n-th grade read belongs to the n-th label.
// The table is therefore split into two word streams, the known judgement labels and the grade
// words, and paired in order; any word that is neither ends the table. When the two streams do not
// pair one to one, the table is not read at all: no grade is better than a wrong one.
import type { Grade, Grades, JudgementKey } from '../schema/domain';
import { TABLE_LABELS } from '../vocabulary/judgement-wordings';

export type TableReading = { status: 'read'; grades: Grades } | { status: 'unsure'; grades: Grades };

/** `at`: the word's place among its line's words (split at white space). */
type Token = { word: string; lineStart: boolean; at: number };

/** Every word a grade cell is written in. */
export const GRADE_WORDS: ReadonlySet<string> = new Set(['requires', 'require', 'improvement', 'to', 'be', 'good', 'outstanding', 'inadequate']);
// Row numbers of the SIF table ("1.", "2.1"); a bare number is a footnote or a page number.
const ROW_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.$|^\d{1,2}\.\d{1,2}$/;
// The table stands on the front page, before the report's first section; a body heading such as
// "The experiences and progress of children in care: good" is not a table row.
const FIRST_SECTION = /^(?:What needs to improve|What does the local authority need to improve|Contents\b|Executive summary|Summary of findings|The local authority$)/i;
/** Bounds the search on a report whose table and first section are both missing. */
const FRONT_LINES = 400;
/**
 * And on a front that runs on for pages in one line (a hostile page): the longest front of a real
 * report, up to its first section, is 4,034 characters (real-pdf/inspection/80460_derbyshire_cs-inspection_2019-09-19.pdf).
 */
const FRONT_CHARACTERS = 20_000;

/** The first FRONT_LINES lines, cut off after FRONT_CHARACTERS characters. */
function frontOf(lines: readonly string[]): string[] {
  const front: string[] = [];
  let room = FRONT_CHARACTERS;
  for (const line of lines.slice(0, FRONT_LINES)) {
    if (room <= 0) break;
    front.push(line.slice(0, room));
    room -= line.length + 1;
  }
  return front;
}

function tokenise(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  const front = frontOf(lines);
  const end = front.findIndex((line) => FIRST_SECTION.test(line.trim()));
  for (const line of end === -1 ? front : front.slice(0, end)) {
    line
      .split(/\s+/)
      .filter(Boolean)
      .forEach((raw, i) => {
        // Trailing punctuation is matched from its first character only (the lookbehind): tried from
        // each character of a long run that does not end the word, it takes quadratic time.
        const word = ROW_NUMBER.test(raw) ? raw : raw.toLowerCase().replace(/[’‘]/g, "'").replace(/^[^a-z0-9']+|(?<![^a-z0-9'])[^a-z0-9']+$/g, '');
        if (word) tokens.push({ word, lineStart: i === 0, at: i });
      });
  }
  return tokens;
}

// The words a judgement table or box is written in: its labels, its grades, its row numbers and its headers.
const TABLE_WORDS = new Set([...TABLE_LABELS.flatMap((label) => label.words), ...GRADE_WORDS, 'the', 'key', 'judgement', 'judgements', 'grade']);
const wordsOf = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").split(/[\s,:]+/).filter(Boolean);
const isRowNumberWord = (word: string) => /^\d{1,2}(?:\.\d{1,2})*\.?$/.test(word);

/** A short block written only in a judgement table's words (`longest`: how long a run of its rows may be). */
export function isTablePiece(text: string, longest = 160): boolean {
  if (text.length > longest || /[.!?;]$/.test(text)) return false;
  const words = wordsOf(text);
  return words.length > 0 && words.every((word) => TABLE_WORDS.has(word) || isRowNumberWord(word));
}

const isGradeWord = (token: Token | undefined) => token !== undefined && GRADE_WORDS.has(token.word);

/**
 * Whether the words are all grade words: a row's label followed by part of its grade, the rest
 * of the grade on the line above ("Requires" / "1. Children who need help and protection" /
 * "improvement", real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf).
 */
export function onlyGradeWords(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => GRADE_WORDS.has(word));
}
// A footnote's marker set beside a label ("3. Leadership, management and governance 1 Outstanding",
// Leeds's 2015 SIF report as published) belongs to neither stream.
const isFootnoteMark = (token: Token | undefined) => token !== undefined && /^\d$/.test(token.word);
const isRowNumber = (token: Token | undefined) => token !== undefined && ROW_NUMBER.test(token.word);

/** Grades spelt over several words, read one word at a time. */
class GradeStream {
  readonly grades: Grade[] = [];
  /** Words of "requires improvement to be good" still expected after the last grade. */
  private expecting: string[] = [];
  private valid = true;

  /** Whether the word carries on the grade before it ("to be good" after "Requires improvement"). */
  continues(word: string): boolean {
    return this.expecting[0] === word;
  }

  push(word: string): void {
    if (this.continues(word)) {
      this.expecting.shift();
      if (word === 'improvement') {
        this.grades.push('requires-improvement');
        this.expecting = ['to', 'be', 'good'];
      }
      return;
    }
    // "Requires improvement to" and then no "be good": not how a table cell ends.
    if (this.expecting.length > 0 && this.expecting.length < 3) this.valid = false;
    this.expecting = [];
    if (word === 'good' || word === 'outstanding' || word === 'inadequate') this.grades.push(word);
    else if (word === 'requires' || word === 'require') this.expecting = ['improvement'];
    else this.valid = false;
  }

  get complete(): boolean {
    return this.valid && (this.expecting.length === 0 || this.expecting.length === 3);
  }
}

type LabelMatch = { key: JudgementKey; end: number; gradeWords: string[] };

/** A known label starting at `at`, grade words allowed between its words (they belong to the table's other column). */
function labelAt(tokens: readonly Token[], at: number): LabelMatch | null {
  for (const { words, key } of TABLE_LABELS) {
    let i = at;
    const gradeWords: string[] = [];
    let matched = 0;
    while (matched < words.length && i < tokens.length) {
      if (tokens[i]!.word === words[matched]) {
        matched += 1;
        i += 1;
      } else if (matched > 0 && isGradeWord(tokens[i])) {
        gradeWords.push(tokens[i]!.word);
        i += 1;
      } else break;
    }
    if (matched === words.length) return { key, end: i, gradeWords };
  }
  return null;
}

/**
 * The table's head, "Judgement Grade" (every ILACS report since 2018): with the text's lines run
 * together (a report pasted into one paragraph of a web page, or a .txt file flattened to one line),
 * "… His Majesty's Inspector Judgement Grade The impact of leaders … Good …", what stands before
 * the first row's label is the head, not a line's start.
 */
const isTableHead = (tokens: readonly Token[], at: number) => tokens[at - 2]?.word === 'judgement' && tokens[at - 1]?.word === 'grade';

/** A label can open the table where a row starts: a line's start, after a row number or the table's head, or after a grade written first on its line. */
function opensRow(tokens: readonly Token[], at: number): boolean {
  if (isTableHead(tokens, at)) return true;
  let i = at;
  if (isRowNumber(tokens[i - 1])) i -= 1;
  while (!tokens[i]!.lineStart && isGradeWord(tokens[i - 1])) i -= 1;
  return tokens[i]!.lineStart || isRowNumber(tokens[at - 1]);
}

/** Where the table starts: the first row's label, moved back over grade words that stand before it on their own lines. */
function tableStart(tokens: readonly Token[]): number | null {
  for (let at = 0; at < tokens.length; at++) {
    if (!labelAt(tokens, at) || !opensRow(tokens, at)) continue;
    let start = isRowNumber(tokens[at - 1]) ? at - 1 : at;
    // Grade words before it on its line, when nothing else is ("Requires improvement to 1. Children who need help and protection").
    let lineStart = start;
    while (lineStart > 0 && !tokens[lineStart]!.lineStart && isGradeWord(tokens[lineStart - 1])) lineStart -= 1;
    if (!tokens[lineStart]!.lineStart) return start;
    start = lineStart;
    // Whole lines of grade words just above ("Requires" over "1. Children who need help and protection").
    let above = start;
    while (above > 0 && isGradeWord(tokens[above - 1])) {
      above -= 1;
      if (tokens[above]!.lineStart) start = above;
    }
    return start;
  }
  return null;
}

/**
 * Where the run of grade words and row numbers that `at` stands in ends. The last run looked at is
 * kept: each grade of a long run would otherwise look over the rest of the run again.
 */
function gradeRuns(tokens: readonly Token[]): (at: number) => number {
  let run = { from: 0, end: -1 };
  return (at) => {
    if (at < run.from || at > run.end) {
      let end = at;
      while (isGradeWord(tokens[end]) || isRowNumber(tokens[end])) end += 1;
      run = { from: at, end };
    }
    return run.end;
  };
}

/** Whether a new grade starting at `at` still belongs to the table: some row lacks its grade, or a row's label follows it. */
function gradeBelongs(tokens: readonly Token[], runEnd: number, labels: number, grades: GradeStream): boolean {
  return grades.grades.length < labels || labelAt(tokens, runEnd) !== null;
}

/** The longest grade, "requires improvement to be good", in words. */
const LONGEST_GRADE = 5;

/** `lines`: the report's text, line by line as extracted. */
export function readJudgementTable(lines: readonly string[]): TableReading | null {
  const tokens = tokenise(lines);
  const start = tableStart(tokens);
  if (start === null) return null;
  const reading = tableOnly(readFrom(tokens, start));
  if (reading.status === 'read' || tokens[start]!.lineStart) return reading;
  // With the lines run together, a first row's grade written above its label ("Requires
  // improvement to" / "1. Children who need help and protection" / "be good",
  // real-pdf/inspection/80526_north-east-lincolnshire_cs-inspection_2017-09-25.pdf) stands after
  // the headline's own grade ("… are good Requires improvement to 1. Children who …"): no line
  // start says where the row begins, so the table is read from each grade word before it, nearest
  // first, and the first reading whose streams pair is the table.
  for (let back = 1; back <= LONGEST_GRADE && isGradeWord(tokens[start - back]); back++) {
    const earlier = readFrom(tokens, start - back);
    if (earlier.status === 'read') return tableOnly(earlier);
  }
  return reading;
}

const tableOnly = ({ status, grades }: TableReading): TableReading => ({ status, grades });

/**
 * One table row or judgement heading standing alone, its grade within its label's words or after
 * them ("The experiences and progress of children looked after and achieving Requires improvement
 * permanence": the wrapped row of real-pdf/inspection/80559_southend-on-sea_cs-inspection_2016-07-07.pdf
 * with the tab between its cells gone). Null unless the words are exactly one label and one grade.
 */
export function readTableRow(line: string): { key: JudgementKey; grade: Grade } | null {
  // A list item is not a row: "■ Overall effectiveness: inadequate", the last inspection's grades
  // listed (real-pdf/inspection/80482_leicester_cs-inspection_2017-09-04.pdf).
  if (!/^\s*[\p{L}\d]/u.test(line)) return null;
  const tokens = tokenise([line]);
  const start = isRowNumber(tokens[0]) ? 1 : 0;
  if (!labelAt(tokens, start)) return null;
  const reading = readFrom(tokens, start);
  const rows = Object.entries(reading.grades) as Array<[JudgementKey, Grade]>;
  if (reading.status !== 'read' || rows.length !== 1 || reading.end !== tokens.length) return null;
  const [[key, grade]] = rows as [[JudgementKey, Grade]];
  return { key, grade };
}

/**
 * A paragraph that opens with a judgement row, its heading run into it ("The experiences and
 * progress of children looked after and achieving Requires improvement permanence Summary Outcomes
 * for children …": the wrapped heading of real-pdf/inspection/80559_southend-on-sea_cs-inspection_2016-07-07.pdf
 * once the tab after its label is gone): the row, and the rest. Null unless the words before the
 * rest are exactly one label and one grade.
 */
export function splitLeadingRow(block: string): { row: string; rest: string } | null {
  const words = block.trim().split(/\s+/);
  const tokens = tokenise([words.join(' ')]);
  if (!/^[\p{L}\d]/u.test(words[0] ?? '') || !labelAt(tokens, isRowNumber(tokens[0]) ? 1 : 0)) return null;
  const reading = readFrom(tokens, isRowNumber(tokens[0]) ? 1 : 0);
  const next = tokens[reading.end];
  if (reading.status !== 'read' || Object.keys(reading.grades).length !== 1 || !next) return null;
  return { row: words.slice(0, next.at).join(' '), rest: words.slice(next.at).join(' ') };
}

function readFrom(tokens: readonly Token[], start: number): TableReading & { end: number } {
  const keys: JudgementKey[] = [];
  const grades = new GradeStream();
  const gradeRunEnd = gradeRuns(tokens);
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isGradeWord(token)) {
      if (!grades.continues(token.word) && !gradeBelongs(tokens, gradeRunEnd(i), keys.length, grades)) break;
      grades.push(token.word);
      i += 1;
    } else if (isRowNumber(token) || (isFootnoteMark(token) && (isGradeWord(tokens[i + 1]) || isRowNumber(tokens[i + 1])))) {
      i += 1;
    } else {
      const label = labelAt(tokens, i);
      if (!label) break;
      keys.push(label.key);
      label.gradeWords.forEach((word) => grades.push(word));
      i = label.end;
    }
  }

  const paired = grades.complete && grades.grades.length === keys.length && new Set(keys).size === keys.length;
  if (!paired) return { status: 'unsure', grades: {}, end: i };
  return { status: 'read', grades: Object.fromEntries(keys.map((key, n) => [key, grades.grades[n]!])), end: i };
}
