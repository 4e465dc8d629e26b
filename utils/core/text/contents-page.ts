// A report's contents page: the heading "Contents", then the report's sections each with the page
// it starts on, the pages counting up ("The local authority<TAB>3" / "Summary of findings<TAB>3" /
// "What does the local authority need to improve?<TAB>4", the SIF reports of 2013–18). It repeats
// the headings of the report below it, and a heading read there would open its section a page
// early; it is no part of the report's reading. Found by its shape, whatever white space stands
// before each page (a tab as pdf.js sets it, a space where tabs were written as spaces).

const CONTENTS = /^Contents$/i;
// A section's title, with a letter in it, and its page.
const ENTRY = /^(?=.*\p{L}).+?[\t ]+(\d{1,3})$/u;
/** Fewer entries than this could be any lines ending with a number. */
const LEAST_ENTRIES = 3;

/** The contents page's lines, each with its entries, as blank lines; every other line as it was. */
export function withoutContents(lines: readonly string[]): string[] {
  const heading = lines.findIndex((line) => CONTENTS.test(line.trim()));
  if (heading === -1) return [...lines];
  let end = heading + 1;
  let entries = 0;
  let lastPage = 0;
  for (let i = heading + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const page = ENTRY.exec(line)?.[1];
    if (page === undefined || Number(page) < lastPage) break;
    lastPage = Number(page);
    entries += 1;
    end = i + 1;
  }
  if (entries < LEAST_ENTRIES) return [...lines];
  return lines.map((line, i) => (i >= heading && i < end ? '' : line));
}
