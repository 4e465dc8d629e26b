// Beside each linked finding, a marker ("2018: still a concern") right after the sentence it
// belongs to, that opens what the earlier inspection said, where, and a way to read it there. Each
// marker is its own shadow host with no attribute: the page sees an empty element, never which
// inspection or relation it stands for, and a marker the filter hides is not on the page at all.
// Page text is only ever set as text.
import { CHIP_CSS } from '../../../components/panel-styles';
import { onTrusted } from '../../../components/trusted-events';
import { DEFAULT_MARKER_FILTER, markerShown, type FindingMarker, type MarkerFilter } from '../../core/model/finding-markers';
import type { Report } from '../../core/schema/domain';
import { actionButton } from './action-button';
import { shadowHost } from './shadow-host';

export const MARKER_TAG = 'ofsted-lens-marker';

const MARKER_CSS = `${CHIP_CSS}
button { font: 600 12px/1.4 system-ui, sans-serif; margin-left: 0.4em; padding: 0 0.55em; border-radius: 0.8em; border: 1px solid #1d3557; background: #eef3fb; color: #1d3557; cursor: pointer; }
/* A dot in the relation's colour beside its words: amber still a concern, green improved, red declined, grey a strength. */
button::before { content: ''; display: inline-block; width: 0.6em; height: 0.6em; margin-right: 0.35em; border-radius: 50%; background: #6b7280; vertical-align: 0; }
button.persisting::before { background: #b45309; }
button.improved::before { background: #15803d; }
button.declined::before { background: #b91c1c; }
button:focus-visible, .open:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.box { display: block; margin: 0.4em 0; padding: 0.5em 0.7em; border-left: 4px solid #1d3557; background: #f6f8fb; color: #1b1b1b; font: 13px/1.45 system-ui, sans-serif; }
.box[hidden] { display: none; }
.box > span { display: block; }
.title { font-weight: 700; }
.where, .back { color: #4a4a4a; font-size: 12px; }
.said { margin: 0.2em 0; font-style: italic; }
a, .open { color: #1d4ed8; }
.open { margin: 0; padding: 0; border: 0; background: none; font: inherit; text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  button { background: #1e293b; color: #dbeafe; border-color: #93c5fd; }
  button::before { background: #9ca3af; }
  button.persisting::before { background: #fbbf24; }
  button.improved::before { background: #4ade80; }
  button.declined::before { background: #f87171; }
  .box { background: #1e1e1e; color: #f2f2f2; border-left-color: #93c5fd; }
  .where, .back { color: #c8c8c8; }
  a, .open { color: #93c5fd; }
}
`;

export type MarkerOptions = {
  filter?: MarkerFilter;
  /**
   * How a web page's marker opens the earlier report in the reader: a page cannot open the
   * extension's pages itself, so this asks the background. Absent in the reader, where a link does.
   */
  openInReader?: (src: string, paragraph: number | null) => void;
};

export type ShownMarkers = {
  /** How many markers are on the page. */
  shown: () => number;
  setFilter: (filter: MarkerFilter) => void;
  /** Scrolls to a finding's paragraph and puts focus on its marker for `when`, if that shows. False when the paragraph is not on the page. */
  reveal: (findingId: string, when: string) => boolean;
};

type Placed = { marker: FindingMarker; host: HTMLElement; button: HTMLButtonElement };
/** Where markers go in a paragraph: after a text node that ends with their sentence, or at the end. */
type Slot = { element: HTMLElement; after: Text | null; placed: Placed[] };

function earlierSourceControl(doc: Document, marker: FindingMarker, options: MarkerOptions): HTMLElement | null {
  const source = marker.source;
  if (!source) return null;
  if (source.kind === 'reader' && options.openInReader) {
    const open = options.openInReader;
    const button = actionButton(doc, source.text, () => open(source.src, source.paragraph));
    button.className = 'open';
    return button;
  }
  const link = doc.createElement('a');
  link.href = source.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = source.text;
  return link;
}

function markerElement(doc: Document, marker: FindingMarker, options: MarkerOptions): Placed {
  const { host, root } = shadowHost(doc, MARKER_TAG, MARKER_CSS, { layout: { display: 'inline', font: '12px/1.4 system-ui, sans-serif' } });
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = marker.relation;
  button.textContent = marker.label;
  button.setAttribute('aria-expanded', 'false');
  const box = doc.createElement('span');
  box.className = 'box';
  box.hidden = true;
  const line = (className: string, text: string) => Object.assign(doc.createElement('span'), { className, textContent: text });
  box.append(line('title', marker.title), line('where', marker.where), line('said', `“${marker.said}”`));
  if (marker.refersBack) box.append(line('back', marker.refersBack));
  const source = earlierSourceControl(doc, marker, options);
  if (source) box.append(source);
  const show = (open: boolean) => {
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  onTrusted(button, 'click', () => show(box.hidden));
  onTrusted(root, 'keydown', (event) => {
    if (event.key !== 'Escape' || box.hidden) return;
    show(false);
    button.focus();
  });
  root.append(button, box);
  return { marker, host, button };
}

const FOLDED: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-' };
const fold = (c: string) => FOLDED[c] ?? c;

function textNodes(node: Node, into: Text[] = []): Text[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) into.push(child as Text);
    else if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== MARKER_TAG) textNodes(child, into);
  }
  return into;
}

/** The text node and offset where `sentence` ends in `element`, spaces, quotes and dashes folded. */
function sentenceEnd(element: HTMLElement, sentence: string): { node: Text; offset: number } | null {
  let flat = '';
  const ends: Array<{ node: Text; offset: number }> = [];
  for (const node of textNodes(element)) {
    for (let i = 0; i < node.data.length; i++) {
      const c = fold(node.data[i]!);
      const space = /\s/.test(c);
      if (space && (flat === '' || flat.endsWith(' '))) continue;
      flat += space ? ' ' : c;
      ends.push({ node, offset: i + 1 });
    }
  }
  const wanted = [...sentence].map(fold).join('').replace(/\s+/g, ' ').trim();
  const at = wanted ? flat.indexOf(wanted) : -1;
  return at < 0 ? null : ends[at + wanted.length - 1]!;
}

/**
 * A text node that ends where the sentence does, or null to go at the paragraph's end. A node is
 * split with splitText, the one way that keeps the page's live ranges (the notes' highlights) on
 * the same words; its head stays in the node, so the slot of a sentence that ended with the whole
 * node moves to the new tail, which now ends there.
 */
function anchorAfter(element: HTMLElement, sentence: string, slots: Map<Text | null, Slot>): Text | null {
  const end = sentenceEnd(element, sentence);
  if (!end) return null;
  const { node, offset } = end;
  if (offset === node.data.length) return node;
  const tail = node.splitText(offset);
  const ended = slots.get(node);
  if (ended) {
    slots.delete(node);
    slots.set(tail, Object.assign(ended, { after: tail }));
  }
  return node;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/^\d{1,3}\.\s*/, '').trim();

/** Each finding's paragraph on the page, found by how it starts. */
function findingParagraphs(doc: Document, report: Pick<Report, 'findings'>): Map<string, HTMLElement> {
  const paragraphs = [...doc.body.querySelectorAll<HTMLElement>('p, li, div')].filter((el) => !el.querySelector('p, li, div'));
  const found = new Map<string, HTMLElement>();
  for (const finding of report.findings) {
    const start = normalise(finding.text).slice(0, 60);
    const element = paragraphs.find((el) => normalise(el.textContent ?? '').startsWith(start));
    if (element) found.set(finding.id, element);
  }
  return found;
}

/** Puts the markers on the page's paragraphs, those the filter (by default, concerns and changes) shows. */
export function addFindingMarkers(doc: Document, report: Pick<Report, 'findings'>, markers: readonly FindingMarker[], options: MarkerOptions = {}): ShownMarkers {
  const paragraphs = findingParagraphs(doc, report);
  const slots: Slot[] = [];
  for (const [findingId, element] of paragraphs) {
    const own = markers.filter((m) => m.findingId === findingId);
    if (own.length === 0 || element.querySelector(MARKER_TAG)) continue;
    const here = new Map<Text | null, Slot>();
    for (const marker of own) {
      const after = anchorAfter(element, marker.at, here);
      const slot = here.get(after) ?? { element, after, placed: [] };
      slot.placed.push(markerElement(doc, marker, options));
      here.set(after, slot);
    }
    slots.push(...here.values());
  }

  let filter = options.filter ?? DEFAULT_MARKER_FILTER;
  const visible = (placed: Placed) => markerShown(filter, placed.marker.relation);
  const draw = () => {
    for (const slot of slots) {
      for (const placed of slot.placed) placed.host.remove();
      const hosts = slot.placed.filter(visible).map((p) => p.host);
      if (hosts.length === 0) continue;
      if (slot.after && slot.element.contains(slot.after)) slot.after.after(...hosts);
      else slot.element.append(...hosts);
    }
  };
  draw();
  return {
    shown: () => slots.reduce((n, slot) => n + slot.placed.filter(visible).length, 0),
    setFilter: (next) => {
      filter = next;
      draw();
    },
    reveal: (findingId, when) => {
      const element = paragraphs.get(findingId);
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      const placed = slots.flatMap((s) => s.placed).find((p) => p.marker.findingId === findingId && p.marker.when === when && visible(p));
      placed?.button.focus({ preventScroll: true });
      return true;
    },
  };
}
