// Browser-API side (not core): notes on a page or in the reader, saved and read through the
// background, which alone opens the database.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { describeAnchor, locateAnchor } from '../notes/anchor';
import { noteContext } from '../notes/note-context';
import { offerSaveOnSelection, openCardOnClick, paintHighlights, pageSelection, placeNotes, type PlacedNote } from '../page/notes-on-page';
import { offsetsFromRange, textMap } from '../page/text-map';
import { NoteSchema, TabMessageSchema, type BackgroundMessage, type Note, type ParsedDocument } from '../schema';

const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message);

async function notesFor(url: string): Promise<Note[]> {
  const parsed = z.array(NoteSchema).safeParse(await send({ type: 'notes-for-url', url }));
  return parsed.success ? parsed.data : [];
}

export async function showNotes(doc: Document, url: string, parsed: ParsedDocument | null): Promise<void> {
  const root = doc.body;
  const map = textMap(root);
  let placed: PlacedNote[] = placeNotes(map, await notesFor(url), (note) => locateAnchor(map.text, note.anchor));
  paintHighlights(doc, placed);
  for (const { note, range } of placed) {
    if (note.found !== (range !== null)) void send({ type: 'update-note', id: note.id, edit: { found: range !== null } });
  }

  const saveRange = async (range: Range | null) => {
    if (!range) return;
    const map = textMap(root);
    const at = offsetsFromRange(map, range);
    if (!at) return;
    const anchor = describeAnchor(map.text, at.start, at.end);
    const now = Date.now();
    const note: Note = {
      id: crypto.randomUUID(),
      url,
      title: doc.title.slice(0, 1000),
      quote: anchor.quote.exact,
      anchor,
      context: noteContext(parsed, anchor.quote.exact),
      comment: '',
      tags: [],
      colour: 'yellow',
      createdAt: now,
      updatedAt: now,
      found: true,
    };
    await send({ type: 'save-note', note });
    placed = [...placed, { note, range }];
    paintHighlights(doc, placed);
    doc.getSelection()?.removeAllRanges();
  };

  offerSaveOnSelection(doc, (range) => void saveRange(range));
  openCardOnClick(doc, () => placed, {
    edit: (note, comment) => void send({ type: 'update-note', id: note.id, edit: { comment } }),
    remove: (note) => {
      void send({ type: 'delete-note', id: note.id });
      placed = placed.filter((p) => p.note.id !== note.id);
      paintHighlights(doc, placed);
    },
  });
  browser.runtime.onMessage.addListener((raw) => {
    const message = TabMessageSchema.safeParse(raw);
    if (message.success && message.data.type === 'save-selection' && doc.hasFocus()) void saveRange(pageSelection(doc));
  });
}
