// Writing the reader's notes to the database: every write validated with the schema first,
// imports all-or-nothing. The reads are in read-notes.ts.
import type { LensDb } from './lens-db';
import { NoteSchema, type Note } from '../../core/schema/storage';
import { NotesBackupSchema } from '../../core/schema/backup';
import { describeIssues } from '../../core/notes/issues';
import { describeDuplicates, duplicateIds, planImport, type ImportCounts, type ImportUndo } from '../../core/notes/import-plan';

/**
 * The notes a write may reach: any (the popup, the reader, the background) or only those of one
 * page, for that page's content script, so no page's script can touch another page's notes.
 */
export type NoteScope = 'any' | { page: string };

const inScope = (scope: NoteScope, note: Pick<Note, 'url'>) => scope === 'any' || note.url === scope.page;

export class OtherPagesNoteError extends Error {
  constructor() {
    super("A page can change only its own notes.");
  }
}

export async function saveNote(db: LensDb, note: Note, scope: NoteScope = 'any'): Promise<Note> {
  const valid = NoteSchema.parse(note);
  if (!inScope(scope, valid)) throw new OtherPagesNoteError();
  await db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(valid.id);
    if (existing && !inScope(scope, existing)) throw new OtherPagesNoteError();
    await db.notes.put(valid);
  });
  return valid;
}

export type NoteEdit = Partial<Pick<Note, 'comment' | 'tags' | 'colour' | 'found'>>;

export async function updateNote(db: LensDb, id: string, edit: NoteEdit, now = Date.now(), scope: NoteScope = 'any'): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note || !inScope(scope, note)) return null;
    const updated = NoteSchema.parse({ ...note, ...edit, updatedAt: edit.found !== undefined && Object.keys(edit).length === 1 ? note.updatedAt : now });
    await db.notes.put(updated);
    return updated;
  });
}

/** Deletes a note and returns it, so the popup can offer to undo; null when there is none in scope. */
export async function deleteNote(db: LensDb, id: string, scope: NoteScope = 'any'): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note || !inScope(scope, note)) return null;
    await db.notes.delete(id);
    return note;
  });
}

export type ImportResult = { ok: true; counts: ImportCounts; undo: ImportUndo } | { ok: false; error: string };

/**
 * Imports a backup whole or not at all: a note the library lacks is added, one it holds is replaced
 * only by a newer copy (import-plan.ts); a backup holding one id twice is refused.
 */
export async function importBackup(db: LensDb, json: string): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `The file is not JSON: ${(error as Error).message}` };
  }
  const backup = NotesBackupSchema.safeParse(data);
  if (!backup.success) return { ok: false, error: `The file is not an Ofsted Lens notes backup: ${describeIssues(backup.error.issues)}` };
  const duplicates = duplicateIds(backup.data.notes);
  if (duplicates.length > 0) return { ok: false, error: describeDuplicates(duplicates) };
  const ids = backup.data.notes.map((n) => n.id);
  try {
    return await db.transaction('rw', db.notes, async () => {
      const stored = (await db.notes.bulkGet(ids)).filter((note): note is Note => note !== undefined);
      const plan = planImport(backup.data.notes, new Map(stored.map((note) => [note.id, note])));
      await db.notes.bulkPut(plan.write);
      return { ok: true as const, counts: plan.counts, undo: plan.undo };
    });
  } catch (error) {
    return { ok: false, error: `Nothing was imported: ${(error as Error).message}` };
  }
}

/** Puts the library back as it was before an import: the notes it added deleted, those it replaced restored. */
export async function undoImport(db: LensDb, undo: ImportUndo): Promise<void> {
  const replaced = undo.replaced.map((note) => NoteSchema.parse(note));
  await db.transaction('rw', db.notes, async () => {
    await db.notes.bulkDelete(undo.added);
    await db.notes.bulkPut(replaced);
  });
}
