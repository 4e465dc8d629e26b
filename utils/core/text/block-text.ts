// A page's text with its structure kept: block elements become paragraphs, list items become
// "- " bullets and table cells are separated by tabs, so the same parsers read HTML and PDF text.
// Takes any DOM (the browser's, or linkedom in Node).
import { collapseSpace } from './collapse-space';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OFSTED-LENS-PANEL']);

/** The text under root; with a limit, only the elements that start before that many characters. */
export function blockText(root: Node, limit = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  // Depth first without recursion, as a page may nest elements deeper than the stack goes: each
  // open element with the child to read next and what closes it. (What closes the elements still
  // open when the limit is reached is white space at the end, which the trim takes off.)
  const open: Array<{ next: Node | null; close: string }> = [{ next: root.firstChild, close: '' }];
  while (open.length > 0 && length < limit) {
    const element = open[open.length - 1]!;
    const child = element.next;
    if (!child) {
      open.pop();
      add(element.close);
      continue;
    }
    element.next = child.nextSibling;
    if (child.nodeType === 3) {
      add(collapseSpace(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (child as Element).hasAttribute('hidden')) continue;
    const block = BLOCKS.has(tag);
    if (tag === 'LI') add('\n\n- ');
    else if (tag === 'TR') add('\n');
    else if (tag === 'TD' || tag === 'TH') add('\t');
    else if (block) add('\n\n');
    open.push({ next: child.firstChild, close: block || tag === 'LI' ? '\n\n' : '' });
  }
  // Whole-string passes rather than line by line: this runs before the panel's first paint.
  // A run of white space is matched from its first character only (the lookbehind): tried again
  // from each of its characters, a long run (a row of 200,000 empty cells) takes quadratic time.
  return parts
    .join('')
    .replace(/^[ \t]+(?=\S)/gm, '')
    .replace(/ {2,}/g, ' ')
    // A tab with a space beside it (a lone tab is already what this makes).
    .replace(/ \t ?|\t /g, '\t')
    .replace(/(?<![^\S\n])[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
