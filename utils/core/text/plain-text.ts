// A document's text as every reader after it expects it, made once where a document comes in
// (analyseDocument, a page read as it is recognised): lines ended by "\n" alone, and every kind of
// space a space. The same report copied from a web page, saved from Word or typed into a .txt file
// arrives with CRLF line ends, no-break spaces (U+00A0) or thin ones (U+2009, U+202F) between its
// words, or tabs for its spaces; the title and table patterns are written with plain spaces.

// Matched a run at a time, each character of a run replaced by one space: offsets into the text
// stay where they were.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const TAB = /\t/g;
const SPACE = / /g;
// A run of tabs for one space, with any spaces after it (from its first tab only: a long run of
// spaces with no tab in it is not tried again from each of its spaces).
const TABS_FOR_A_SPACE = /\t[\t ]*/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * pdf.js and the page reader put a tab only between a table's cells, a few dozen in a report of
 * thousands of spaces: a text with more tabs than spaces has tabs for its spaces (a report typed
 * with tabs), and its tabs are read as spaces.
 */
function tabsAreSpaces(text: string): boolean {
  const tabs = count(text, TAB);
  return tabs > 0 && tabs > count(text, SPACE);
}

// A run of line ends, blank lines (spaces and tabs only) between them.
const LINE_BREAKS = /\n(?:[ \t]*\n)*/g;
const lineEnds = (run: string) => run.split('\n').length - 1;

/**
 * How many line ends a text puts between the lines of one paragraph, when that is more than one: a
 * text double-spaced (a blank line after every line, as some editors and mail clients write it)
 * has no two lines one line end apart, and its paragraphs are set apart by more line ends still.
 * Null when it has lines one apart, or when all its breaks are alike (a paragraph to a line).
 */
function lineSpacing(text: string): number | null {
  let least = Infinity;
  let most = 0;
  for (const run of text.match(LINE_BREAKS) ?? []) {
    const ends = lineEnds(run);
    least = Math.min(least, ends);
    most = Math.max(most, ends);
  }
  return least >= 2 && least < Infinity && most >= 2 * least ? least : null;
}

/** A double-spaced text's breaks as single-spaced text has them: a line end within a paragraph, a blank line between. */
function singleSpaced(text: string, spacing: number): string {
  return text.replace(LINE_BREAKS, (run) => (lineEnds(run) >= 2 * spacing ? '\n\n' : '\n'));
}

export function plainText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(ODD_SPACE, (run) => ' '.repeat(run.length));
  const spaced = tabsAreSpaces(text) ? text.replace(TABS_FOR_A_SPACE, ' ') : text;
  const spacing = lineSpacing(spaced);
  return spacing === null ? spaced : singleSpaced(spaced, spacing);
}
