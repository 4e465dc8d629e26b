// Page text written into Markdown (the notes' export, the comparison's scrutiny paper): escaped
// where Markdown would read it as markup, so a pasted export never runs markup from a page.

/**
 * Text in a paragraph or list item: a backslash before what would otherwise start HTML (`<`) or a
 * link (`[`, `]`). Report prose rarely has them.
 */
export const mdText = (text: string) => text.replace(/[\\<[\]]/g, '\\$&');

/**
 * Text on one line that may start a list item or a line: as `mdText`, with its white space runs
 * made one space and a leading mark that would start a heading, quote, list or rule escaped.
 */
export const mdLine = (text: string) =>
  mdText(text.replace(/\s+/g, ' ').trim())
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+*=_-])/, '\\$1');

/** Text in a table cell: as `mdLine`, with `|` (which would end the cell) escaped. */
export const mdCell = (text: string) => mdLine(text).replace(/\|/g, '\\|');

/** An address as an autolink, `<…>`, with any angle bracket or space in it percent-encoded. */
export const mdLink = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
