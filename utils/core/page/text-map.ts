// A page's text as one string, and the way back from offsets in it to DOM ranges: what note
// anchors are described against. Our own elements' text lives in shadow roots, so it is never
// part of it; script and style text is left out.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export type TextMap = { text: string; nodes: Text[]; starts: number[] };

export function textMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => (SKIP.has(node.parentElement?.tagName ?? '') ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += node.nodeValue ?? '';
  }
  return { text, nodes, starts };
}

function position(map: TextMap, offset: number): { node: Text; offset: number } | null {
  let low = 0;
  let high = map.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const node = map.nodes[low];
  return node ? { node, offset: Math.min(offset - map.starts[low]!, node.length) } : null;
}

export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  const from = position(map, start);
  const to = position(map, end);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** A range's start and end as offsets into the map's text, or null when it is outside the map. */
export function offsetsFromRange(map: TextMap, range: Range): { start: number; end: number } | null {
  const at = (container: Node, offset: number): number | null => {
    if (container.nodeType === 3) {
      const i = map.nodes.indexOf(container as Text);
      return i === -1 ? null : map.starts[i]! + offset;
    }
    // An element boundary: the text offset of the first text node at or after it.
    const probe = container.ownerDocument!.createRange();
    probe.setStart(container, offset);
    const i = map.nodes.findIndex((node) => probe.comparePoint(node, 0) >= 0);
    return i === -1 ? map.text.length : map.starts[i]!;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}
