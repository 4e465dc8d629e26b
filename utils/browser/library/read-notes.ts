// Reading the reader's notes from the database. Apart from the writes (note-store.ts), so the
// popup's first screen loads without the schema module: only writes are validated, reads return
// what a validated write stored.
import type { LensDb } from './lens-db';
import type { Note } from '../../core/schema/storage';

export async function notesForUrl(db: LensDb, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(url).sortBy('anchor.position.start');
}

export async function allNotes(db: LensDb): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().toArray();
}

/** The newest notes, for a first screen that need not wait for the whole library. */
export async function newestNotes(db: LensDb, limit: number): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().limit(limit).toArray();
}
