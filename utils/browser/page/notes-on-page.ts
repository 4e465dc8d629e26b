// Notes on a page: the "Save" control beside a selection, highlights drawn over the quotes in a
// closed root of our own (note-highlights.ts), and a small card with the comment, a way to edit it
// and delete with undo when a highlight is clicked. Page text is only ever set as text. The
// controls sit in the top layer, pinned against the page's CSS, and the ones that save or delete
// act only when the reader could see them (click-guard.ts). No text is typed here: a web page
// sees every key typed in it, so the comment is written in Ofsted Lens's own window.
import type { Note } from '../../core/schema/storage';
import { rangeFromOffsets, type TextMap } from '../../core/page/text-map';
import { actionButton } from './action-button';
import { guardedButton } from './click-guard';
import { PANEL_TAG } from './mount-panel';
import { noteHighlights, type Highlights } from './note-highlights';
import { raise, shadowHost, type ShadowHost } from './shadow-host';
import { onTrusted } from '../../../components/trusted-events';

export const SAVE_TAG = 'ofsted-lens-save';
export const CARD_TAG = 'ofsted-lens-note-card';

const CONTROL_CSS = `.place { position: absolute; }
button { font: 13px/1.4 system-ui, sans-serif; }
button { padding: 0.2em 0.7em; border-radius: 0.8em; border: 1px solid #1d3557; background: #1d3557; color: #fff; cursor: pointer; }
button.quiet { background: #fff; color: #1d3557; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.card { width: 18rem; padding: 0.6rem; background: #fff; color: #1b1b1b; border: 1px solid #6b6b6b; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.2); font: 13px/1.4 system-ui, sans-serif; }
.card p { margin: 0 0 0.5rem; white-space: pre-wrap; }
.card .none { color: #4a4a4a; font-style: italic; }
.card .refused { color: #b00020; font-weight: 600; }
.row { display: flex; gap: 0.4rem; }
@media (prefers-color-scheme: dark) { .card { background: #1e1e1e; color: #f2f2f2; } .card .none { color: #c8c8c8; } .card .refused { color: #ff8a8a; } button.quiet { background: #1e1e1e; color: #dbeafe; border-color: #93c5fd; } }`;

// The host is a point at the page's origin, of no size, so the page cannot measure what it shows;
// its content is placed from there, in page coordinates.
const CONTROL_LAYOUT = { display: 'block', position: 'absolute', left: '0', top: '0', width: '0', height: '0', overflow: 'visible', 'z-index': '2147483647' };

type PlacedControl = ShadowHost & { place: HTMLElement };

/** One control of a kind at a time, placed at page coordinates. */
function placedControl(doc: Document, tag: string, x: number, y: number): PlacedControl {
  doc.querySelector(tag)?.remove();
  const control = shadowHost(doc, tag, CONTROL_CSS, { layout: CONTROL_LAYOUT, topLayer: true });
  const place = doc.createElement('div');
  place.className = 'place';
  place.style.setProperty('left', `${Math.round(x)}px`);
  place.style.setProperty('top', `${Math.round(y)}px`);
  control.root.append(place);
  doc.documentElement.append(control.host);
  raise(control);
  return { ...control, place };
}

// Not `instanceof Element`: the unit tests' DOM (linkedom) has its own classes.
const elementOf = (node: Node | null): Element | null => (node && 'closest' in node ? (node as Element) : (node?.parentElement ?? null));
const isOurs = (node: Node | null) => !!elementOf(node)?.closest(`${SAVE_TAG}, ${CARD_TAG}, ${PANEL_TAG}`);

/** The current selection, when it is page text worth saving. */
export function pageSelection(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.toString().trim() || isOurs(range.commonAncestorContainer)) return null;
  return range;
}

/** Shows why a click on a guarded control was refused, under the control. */
function sayRefused(doc: Document, container: HTMLElement): (message: string) => void {
  return (message) => {
    container.querySelector('.refused')?.remove();
    const said = doc.createElement('p');
    said.className = 'refused';
    said.setAttribute('role', 'alert');
    said.textContent = message;
    container.append(said);
  };
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
    const control = placedControl(doc, SAVE_TAG, rect.right + view.scrollX + 4, rect.bottom + view.scrollY + 4);
    const saved = range.cloneRange();
    const box = doc.createElement('div');
    const button = guardedButton(doc, control, 'Save note', () => {
      control.host.remove();
      save(saved);
    }, (message) => {
      box.className = 'card';
      sayRefused(doc, box)(message);
    });
    button.setAttribute('aria-label', 'Save the selected text as an Ofsted Lens note');
    box.append(button);
    control.place.append(box);
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

export type CardActions = {
  /** The note as stored now: its comment may have been edited in Ofsted Lens's own window since the page was read. */
  current: (note: Note) => Promise<Note>;
  /** Opens the note in Ofsted Lens's own window, where its comment is written. */
  edit: (note: Note) => void;
  /** Deletes the note; resolves to it as it was stored, or null when it was not deleted. */
  remove: (note: Note) => Promise<Note | null>;
  /** Puts a deleted note back exactly as it was; resolves true once stored. */
  restore: (note: Note) => Promise<boolean>;
};

/** The point's place in the page's text: Chromium's caretRangeFromPoint, or the standard caretPositionFromPoint (Firefox). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range) return { node: range.startContainer, offset: range.startOffset };
  const position = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  return position ? { node: position.offsetNode, offset: position.offset } : null;
}

function cardText(doc: Document, note: Note): HTMLElement {
  const comment = doc.createElement('p');
  comment.className = note.comment ? 'comment' : 'comment none';
  comment.textContent = note.comment || 'No comment yet.';
  return comment;
}

const PANEL_GAP = 8;

/**
 * Moves a card placed at the click out of the panel's column, to the side of it the page's text is
 * on: the card is in the top layer, so it would lie over the panel and hide it.
 */
function clearOfPanel(doc: Document, control: PlacedControl, card: HTMLElement): void {
  const panel = doc.querySelector(PANEL_TAG)?.getBoundingClientRect();
  if (!panel || panel.width === 0) return;
  const box = card.getBoundingClientRect();
  if (box.right + PANEL_GAP <= panel.left || box.left >= panel.right + PANEL_GAP) return;
  const view = doc.defaultView!;
  const panelOnRight = panel.left + panel.width / 2 > view.innerWidth / 2;
  const left = panelOnRight ? Math.max(0, panel.left - PANEL_GAP - box.width) : panel.right + PANEL_GAP;
  control.place.style.setProperty('left', `${Math.round(left + view.scrollX)}px`);
}

/** Clicking a highlight shows its note's card; returns how to stop. */
export function openCardOnClick(doc: Document, placed: () => readonly PlacedNote[], actions: CardActions): () => void {
  const onClick = (event: MouseEvent) => {
    if (isOurs(event.target as Node)) return;
    const caret = caretAt(doc, event.clientX, event.clientY);
    const hit = caret && placed().find((p) => p.range?.isPointInRange(caret.node, caret.offset));
    if (!hit) return void doc.querySelector(CARD_TAG)?.remove();
    const view = doc.defaultView!;
    const control = placedControl(doc, CARD_TAG, event.clientX + view.scrollX, event.clientY + view.scrollY + 12);
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Ofsted Lens note');
    const refused = sayRefused(doc, card);
    let comment = cardText(doc, hit.note);
    void actions.current(hit.note).then((note) => {
      const fresh = cardText(doc, note);
      comment.replaceWith(fresh);
      comment = fresh;
    }, () => undefined);
    const row = doc.createElement('div');
    row.className = 'row';
    const edit = actionButton(doc, 'Edit comment', () => actions.edit(hit.note));
    const remove = guardedButton(doc, control, 'Delete note', () => {
      void actions.remove(hit.note).then((deleted) => deleted && showUndo(doc, control, card, deleted, actions));
    }, refused, true);
    row.append(edit, remove);
    card.append(comment, row);
    control.place.append(card);
    clearOfPanel(doc, control, card);
    edit.focus();
  };
  return onTrusted(doc, 'click', onClick);
}

/** The card of a deleted note: "Note deleted" and Undo, which stores it again exactly as it was. */
function showUndo(doc: Document, control: PlacedControl, card: HTMLElement, note: Note, actions: CardActions): void {
  const said = doc.createElement('p');
  said.setAttribute('role', 'status');
  said.textContent = 'Note deleted.';
  const undo = guardedButton(doc, control, 'Undo', () => {
    void actions.restore(note).then((restored) => restored && control.host.remove());
  }, sayRefused(doc, card));
  const row = doc.createElement('div');
  row.className = 'row';
  row.append(undo);
  card.replaceChildren(said, row);
  undo.focus();
}
