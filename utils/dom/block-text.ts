// A page's text with its structure kept: block elements become paragraphs, list items become
// "- " bullets and table cells are separated by tabs, so the same parsers read HTML and PDF text.
// Takes any DOM (the browser's, or linkedom in Node).
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OFSTED-LENS-PANEL']);

export function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (node as Element).getAttribute('hidden') !== null) return;
    if (tag === 'LI') out.push('\n\n- ');
    else if (tag === 'TR') out.push('\n');
    else if (tag === 'TD' || tag === 'TH') out.push('\t');
    else if (BLOCKS.has(tag)) out.push('\n\n');
    node.childNodes.forEach(walk);
    if (tag === 'LI' || BLOCKS.has(tag)) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+(?=\S)/, '').replace(/[ ]+/g, ' ').replace(/ ?\t ?/g, '\t').replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
