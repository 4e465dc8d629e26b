// A document's text as every reader after it expects it, made once where a document comes in
// (analyseDocument, a page read as it is recognised): lines ended by "\n" alone, and every kind of
// space a space. The same report copied from a web page, saved from Word or typed into a .txt file
// arrives with CRLF line ends, no-break spaces (U+00A0) or thin ones (U+2009, U+202F) between its
// words, or tabs for its spaces; the title and table patterns are written with plain spaces.

// Matched a run at a time, each character of a run replaced by one space: offsets into the text
// stay where they were.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// A run of tabs for one space, with any spaces after it (from its first tab only: a long run of
// spaces with no tab in it is not tried again from each of its spaces).
const TABS_FOR_A_SPACE = /\t[\t ]*/g;
// A run of line ends, blank lines (spaces and tabs only) between them.
const LINE_BREAKS = /\n(?:[ \t]*\n)*/g;
const lineEnds = (run: string) => run.split('\n').length - 1;

const TAB = 9;
const LINE_END = 10;
const SPACE = 32;

/**
 * What a text's white space says of how it was written, in one pass over it (a page may be a
 * megabyte of spaces): its tabs and spaces, and the fewest and most line ends between two lines.
 */
function whiteSpaceOf(text: string): { tabs: number; spaces: number; leastBreak: number; mostBreak: number } {
  let tabs = 0;
  let spaces = 0;
  let leastBreak = Infinity;
  let mostBreak = 0;
  let ends = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LINE_END) ends += 1;
    else if (c === TAB) tabs += 1;
    else if (c === SPACE) spaces += 1;
    else if (ends > 0) {
      leastBreak = Math.min(leastBreak, ends);
      mostBreak = Math.max(mostBreak, ends);
      ends = 0;
    }
  }
  return { tabs, spaces, leastBreak, mostBreak };
}

/**
 * pdf.js and the page reader put a tab only between a table's cells, a few dozen in a report of
 * thousands of spaces: a text with more tabs than spaces has tabs for its spaces (a report typed
 * with tabs), and its tabs are read as spaces.
 */
const tabsAreSpaces = ({ tabs, spaces }: { tabs: number; spaces: number }) => tabs > 0 && tabs > spaces;

/**
 * How many line ends a text puts between the lines of one paragraph, when that is more than one: a
 * text double-spaced (a blank line after every line, as some editors and mail clients write it)
 * has no two lines one line end apart, and its paragraphs are set apart by more line ends still.
 * Null when it has lines one apart, or when all its breaks are alike (a paragraph to a line).
 */
function lineSpacing({ leastBreak, mostBreak }: { leastBreak: number; mostBreak: number }): number | null {
  return leastBreak >= 2 && leastBreak < Infinity && mostBreak >= 2 * leastBreak ? leastBreak : null;
}

/** A double-spaced text's breaks as single-spaced text has them: a line end within a paragraph, a blank line between. */
function singleSpaced(text: string, spacing: number): string {
  return text.replace(LINE_BREAKS, (run) => (lineEnds(run) >= 2 * spacing ? '\n\n' : '\n'));
}

// A report's labelled head lines, and its table's head, as they start a line.
// A letter's title too ("… Manchester M1 2WD Joint targeted area inspection of the multi-agency
// response to …", real-pdf/jtai/80428_bedford_jtai_2023-03-31.pdf on one line).
// A letter's title too ("… Manchester M1 2WD Joint targeted area inspection of the multi-agency
// response to …", real-pdf/jtai/80428_bedford_jtai_2023-03-31.pdf on one line), and the letter's
// first sentence after it, in the words every letter opens with.
const LETTER_HEAD = String.raw`Joint targeted area inspection (?:of|in)\b|Focused visit to\b|Monitoring visit (?:to|of)\b|This letter summarises\b|Between \d{1,2} |(?:Her|His) Majesty['’]s Chief Inspector\b`;
const HEAD_LINE_INSIDE = new RegExp(String.raw` (?=Inspection dates?\s*:|Lead inspectors?\s*:|Judgement Grade\b|${LETTER_HEAD})`, 'g');
/** Reports state their title, dates and table within the first page (recognise.ts reads as much). */
const HEAD_LENGTH = 4000;

/**
 * A document run onto one line (a .txt file flattened, a page's text copied out of one element)
 * has lost the lines its head stood on: "… children's services Inspection dates: 15 to 19 May
 * 2023 Lead inspector: … Judgement Grade The impact of leaders …". Its labelled lines and its
 * table's head, in its first page, each start a paragraph again, as the report sets them out;
 * nothing else of the line is guessed.
 */
function headOnItsLines(text: string): string {
  if (text.includes('\n')) return text;
  const head = text.slice(0, HEAD_LENGTH);
  return head.replace(HEAD_LINE_INSIDE, '\n\n') + text.slice(HEAD_LENGTH);
}

/** Line ends and spaces made plain, the lines as they were: what an article is read from. */
export function plainSpaces(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(ODD_SPACE, (run) => ' '.repeat(run.length));
  return tabsAreSpaces(whiteSpaceOf(text)) ? text.replace(TABS_FOR_A_SPACE, ' ') : text;
}

/**
 * Line ends and spaces made plain, a double-spaced text single-spaced and a one-line report's head
 * lines restored: what a report is recognised and read from. (An article's paragraphs stand apart
 * by blank lines, with a wider gap here and there, which reads as double spacing: an article is
 * read from its plain spaces alone.)
 */
export function plainText(raw: string): string {
  const spaced = plainSpaces(raw);
  const spacing = lineSpacing(whiteSpaceOf(spaced));
  return headOnItsLines(spacing === null ? spaced : singleSpaced(spaced, spacing));
}
