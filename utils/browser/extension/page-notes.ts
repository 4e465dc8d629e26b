// Browser-API side (not core): notes on a page or in the reader, saved and read through the
// background, which alone opens the database.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { describeAnchor, locateAnchor } from '../../core/notes/anchor';
import { noteContext } from '../../core/notes/note-context';
import { offerSaveOnSelection, openCardOnClick, paintHighlights, pageSelection, placeNotes, type PlacedNote } from '../page/notes-on-page';
import { offsetsFromRange, textMap } from '../../core/page/text-map';
import { showWriteFailure } from '../page/write-failure';
import { sendUntilAnswered } from './send-until-answered';
import { sendFromThisDocument, showsLoadedAddress } from './document-address';
import { MOVED_REFUSAL, type Extension } from './callers';
import { onTabMessage, type Listener } from './extension-listeners';
import type { ParsedDocument } from '../../core/schema/domain';
import { NoteSchema, type Note } from '../../core/schema/storage';
import { NoteWriteReplySchema, type BackgroundMessage } from '../../core/schema/messages';

/** Sent for its effect alone: refused (the page has changed address) or not, nothing is thrown into the page. */
const send = (message: BackgroundMessage) => sendFromThisDocument(message).catch(() => undefined);

/** Saves or edits a note through the background; null when stored, else why not. */
async function write(message: Extract<BackgroundMessage, { type: 'save-note' | 'update-note' }>): Promise<string | null> {
  if (!showsLoadedAddress()) return MOVED_REFUSAL;
  const reply = await sendUntilAnswered(async () => {
    const parsed = NoteWriteReplySchema.safeParse(await send(message));
    return parsed.success ? parsed.data : undefined;
  });
  if (!reply) return 'Its notes database did not answer.';
  return 'error' in reply ? reply.error : null;
}

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
    doc.getSelection()?.removeAllRanges();
    await store(note, range);
  };

  /** Stores the note and highlights it; false when it could not be stored (the page then says so, keeping its text). */
  const store = async (note: Note, range: Range | null): Promise<boolean> => {
    const failed = await write({ type: 'save-note', note });
    if (failed) {
      showWriteFailure(doc, { reason: failed, text: note.quote, retry: () => void store(note, range) });
      return false;
    }
    placed = [...placed, { note, range }];
    paintHighlights(doc, placed);
    return true;
  };

  // Where each note deleted from this page was, for its Undo.
  const deletedRanges = new Map<string, Range | null>();

  offerSaveOnSelection(doc, (range) => void saveRange(range));
  openCardOnClick(doc, () => placed, {
    current: async (note) => (await notesFor(url)).find((stored) => stored.id === note.id) ?? note,
    edit: (note) => void send({ type: 'edit-note', id: note.id }),
    remove: async (note) => {
      const deleted = NoteSchema.safeParse(await send({ type: 'delete-note', id: note.id }));
      if (!deleted.success) return null;
      deletedRanges.set(note.id, placed.find((p) => p.note.id === note.id)?.range ?? null);
      placed = placed.filter((p) => p.note.id !== note.id);
      paintHighlights(doc, placed);
      return deleted.data;
    },
    restore: (note) => store(note, deletedRanges.get(note.id) ?? null),
  });
  browser.runtime.onMessage.addListener(saveSelectionOnRequest(doc, () => void saveRange(pageSelection(doc))));
}

/**
 * The context menu's or the shortcut's "save the selection", relayed by the background to the
 * focused page or reader: heard from the extension itself only, never a content script's.
 */
export function saveSelectionOnRequest(doc: Pick<Document, 'hasFocus'>, save: () => void, extension?: Extension): Listener {
  return onTabMessage('save-selection', () => doc.hasFocus() && save(), extension);
}
