// A page's text with its structure kept: block elements become paragraphs, list items become
// "- " bullets and table cells are separated by tabs, so the same parsers read HTML and PDF text.
// Takes any DOM (the browser's, or linkedom in Node).
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OFSTED-LENS-PANEL']);

/** The text under root; with a limit, only the elements that start before that many characters. */
export function blockText(root: Node, limit = Infinity): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && out.length < limit; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || (child as Element).hasAttribute('hidden')) continue;
      const block = BLOCKS.has(tag);
      if (tag === 'LI') out += '\n\n- ';
      else if (tag === 'TR') out += '\n';
      else if (tag === 'TD' || tag === 'TH') out += '\t';
      else if (block) out += '\n\n';
      walk(child);
      if (block || tag === 'LI') out += '\n\n';
    }
  };
  walk(root);
  // Whole-string passes rather than line by line: this runs before the panel's first paint.
  // A run of white space is matched from its first character only (the lookbehind): tried again
  // from each of its characters, a long run (a row of 200,000 empty cells) takes quadratic time.
  return out
    .replace(/^[ \t]+(?=\S)/gm, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .replace(/(?<![^\S\n])[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
