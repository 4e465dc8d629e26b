// The notes' highlights, drawn as boxes over the quoted text in a closed root of our own. The CSS
// Custom Highlight API would leave the page's DOM untouched too, but its registry
// (`CSS.highlights`) is the page's: it could read every quote, clear them or forge others. The
// boxes follow the text as the page scrolls or reflows: one observer and two listeners ask for a
// redraw, done once per animation frame. They take no pointer input, so a click falls through to
// the page, where it opens the note's card (notes-on-page.ts).
import { onTrusted } from '../../../components/trusted-events';
import { shadowHost } from './shadow-host';

export const HIGHLIGHTS_TAG = 'ofsted-lens-highlights';

// Below the panel and the controls (2147483647), above the page; translucent, so the text shows through.
const HIGHLIGHT_CSS = `.box { position: absolute; background: rgba(255, 213, 0, 0.4); border-radius: 2px; }`;

/** What a note's highlight covers: the text of each text node in its range. */
function textPieces(range: Range): Range[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const pieces: Range[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const piece = doc.createRange();
    piece.selectNodeContents(node);
    if (node === range.startContainer) piece.setStart(node, range.startOffset);
    if (node === range.endContainer) piece.setEnd(node, range.endOffset);
    if (!piece.collapsed && (node as Text).data.slice(piece.startOffset, piece.endOffset).trim()) pieces.push(piece);
  }
  return pieces;
}

type Drawn = { quote: string; pieces: Range[] };

export type Highlights = { draw: (ranges: readonly Range[]) => void };

/** The page's one layer of highlights, made the first time it is asked for. */
export function noteHighlights(doc: Document): Highlights {
  const { host, root } = shadowHost(doc, HIGHLIGHTS_TAG, HIGHLIGHT_CSS, {
    layout: { display: 'block', position: 'fixed', inset: '0', overflow: 'hidden', 'pointer-events': 'none', 'z-index': '2147483646', contain: 'strict' },
  });
  doc.documentElement.append(host);
  const view = doc.defaultView!;
  let drawn: Drawn[] = [];
  let frame = 0;

  const layout = () => {
    frame = 0;
    const boxes = drawn.map(({ quote, pieces }) => {
      const note = doc.createElement('div');
      // Read by the browser tests through the closed root; the page cannot reach it.
      note.dataset.quote = quote;
      for (const rect of pieces.flatMap((piece) => [...piece.getClientRects()])) {
        if (rect.width === 0 || rect.bottom < 0 || rect.top > view.innerHeight || rect.right < 0 || rect.left > view.innerWidth) continue;
        const box = doc.createElement('div');
        box.className = 'box';
        box.style.cssText = `left: ${rect.left}px; top: ${rect.top}px; width: ${rect.width}px; height: ${rect.height}px`;
        note.append(box);
      }
      return note;
    });
    root.replaceChildren(root.firstChild!, ...boxes); // the style stays first
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(layout);
  };
  // Scrolling anywhere (the page, or a box within it) and the window's size move the text; the
  // body's size changes when the page reflows.
  onTrusted(doc, 'scroll', schedule, { capture: true, passive: true });
  onTrusted(view, 'resize', schedule);
  if (view.ResizeObserver && doc.body) new view.ResizeObserver(schedule).observe(doc.body);

  return {
    draw: (ranges) => {
      drawn = ranges.map((range) => ({ quote: range.toString(), pieces: textPieces(range) }));
      schedule();
    },
  };
}
