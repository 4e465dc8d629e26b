// Notes on a page: the "Save" control beside a selection, highlights drawn over the quotes in a
// closed root of our own (note-highlights.ts), and a small card with the comment, edit and delete
// when a highlight is clicked. Page text is only ever set as text.
import type { Note } from '../../core/schema/storage';
import { rangeFromOffsets, type TextMap } from '../../core/page/text-map';
import { actionButton } from './action-button';
import { noteHighlights, type Highlights } from './note-highlights';
import { shadowHost, type ShadowHost } from './shadow-host';
import { onTrusted } from '../../../components/trusted-events';

export const SAVE_TAG = 'ofsted-lens-save';
export const CARD_TAG = 'ofsted-lens-note-card';

const CONTROL_CSS = `.place { position: absolute; }
button, textarea { font: 13px/1.4 system-ui, sans-serif; }
button { padding: 0.2em 0.7em; border-radius: 0.8em; border: 1px solid #1d3557; background: #1d3557; color: #fff; cursor: pointer; }
button.quiet { background: #fff; color: #1d3557; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.card { width: 18rem; padding: 0.6rem; background: #fff; color: #1b1b1b; border: 1px solid #6b6b6b; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.2); }
.card p { margin: 0 0 0.5rem; white-space: pre-wrap; }
textarea { width: 100%; box-sizing: border-box; min-height: 4rem; margin-bottom: 0.4rem; }
.row { display: flex; gap: 0.4rem; }
@media (prefers-color-scheme: dark) { .card { background: #1e1e1e; color: #f2f2f2; } button.quiet { background: #1e1e1e; color: #dbeafe; } }`;

// The host is a point at the page's origin, of no size, so the page cannot measure what it shows;
// its content is placed from there, in page coordinates.
const CONTROL_LAYOUT = { display: 'block', position: 'absolute', left: '0', top: '0', width: '0', height: '0', overflow: 'visible', 'z-index': '2147483647' };

type PlacedControl = ShadowHost & { place: HTMLElement };

/** One control of a kind at a time, placed at page coordinates. */
function placedControl(doc: Document, tag: string, x: number, y: number): PlacedControl {
  doc.querySelector(tag)?.remove();
  const control = shadowHost(doc, tag, CONTROL_CSS, { layout: CONTROL_LAYOUT });
  const place = doc.createElement('div');
  place.className = 'place';
  place.style.setProperty('left', `${Math.round(x)}px`);
  place.style.setProperty('top', `${Math.round(y)}px`);
  control.root.append(place);
  doc.documentElement.append(control.host);
  return { ...control, place };
}

// Not `instanceof Element`: the unit tests' DOM (linkedom) has its own classes.
const elementOf = (node: Node | null): Element | null => (node && 'closest' in node ? (node as Element) : (node?.parentElement ?? null));
const isOurs = (node: Node | null) => !!elementOf(node)?.closest(`${SAVE_TAG}, ${CARD_TAG}, ofsted-lens-panel`);

/** The current selection, when it is page text worth saving. */
export function pageSelection(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.toString().trim() || isOurs(range.commonAncestorContainer)) return null;
  return range;
}

/** Shows "Save" beside each new selection; returns how to stop. */
export function offerSaveOnSelection(doc: Document, save: (range: Range) => void): () => void {
  const show = (event: Event) => {
    // A press on our own button must not replace it under the pointer.
    if (isOurs(event.target as Node)) return;
    const range = pageSelection(doc);
    if (!range) return void doc.querySelector(SAVE_TAG)?.remove();
    const rect = range.getBoundingClientRect();
    const view = doc.defaultView!;
    const { place, host } = placedControl(doc, SAVE_TAG, rect.right + view.scrollX + 4, rect.bottom + view.scrollY + 4);
    const saved = range.cloneRange();
    const button = actionButton(doc, 'Save note', () => {
      host.remove();
      save(saved);
    });
    button.setAttribute('aria-label', 'Save the selected text as an Ofsted Lens note');
    place.append(button);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Shift' || event.key.startsWith('Arrow')) show(event);
  };
  const stops = [onTrusted(doc, 'mouseup', show), onTrusted(doc, 'keyup', onKey)];
  return () => stops.forEach((stop) => stop());
}

export type PlacedNote = { note: Note; range: Range | null };

const highlightLayers = new WeakMap<Document, Highlights>();

/** Draws the placed notes' highlights; notes not placed are left to the popup to list. */
export function paintHighlights(doc: Document, placed: readonly PlacedNote[]): void {
  let layer = highlightLayers.get(doc);
  if (!layer) highlightLayers.set(doc, (layer = noteHighlights(doc)));
  layer.draw(placed.flatMap((p) => (p.range ? [p.range] : [])));
}

export function placeNotes(map: TextMap, notes: readonly Note[], locate: (note: Note) => { start: number; end: number } | null): PlacedNote[] {
  return notes.map((note) => {
    const at = locate(note);
    return { note, range: at ? rangeFromOffsets(map, at.start, at.end) : null };
  });
}

export type CardActions = { edit: (note: Note, comment: string) => void; remove: (note: Note) => void };

/** Clicking a highlight shows its note's card; returns how to stop. */
export function openCardOnClick(doc: Document, placed: () => readonly PlacedNote[], actions: CardActions): () => void {
  const onClick = (event: MouseEvent) => {
    if (isOurs(event.target as Node)) return;
    const caret = doc.caretRangeFromPoint?.(event.clientX, event.clientY);
    const hit = caret && placed().find((p) => p.range?.isPointInRange(caret.startContainer, caret.startOffset));
    if (!hit) return void doc.querySelector(CARD_TAG)?.remove();
    const view = doc.defaultView!;
    const { place, host } = placedControl(doc, CARD_TAG, event.clientX + view.scrollX, event.clientY + view.scrollY + 12);
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Ofsted Lens note');
    const comment = doc.createElement('textarea');
    comment.value = hit.note.comment;
    comment.setAttribute('aria-label', 'Comment');
    const row = doc.createElement('div');
    row.className = 'row';
    const save = actionButton(doc, 'Save comment', () => {
      actions.edit(hit.note, comment.value);
      host.remove();
    });
    const remove = actionButton(doc, 'Delete note', () => {
      actions.remove(hit.note);
      host.remove();
    }, true);
    row.append(save, remove);
    card.append(comment, row);
    place.append(card);
    comment.focus();
  };
  return onTrusted(doc, 'click', onClick);
}
