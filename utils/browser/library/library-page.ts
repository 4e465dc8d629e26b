// What the library page reads: every record whole (its findings are searched) and every note, in
// one transaction, so the list and the notes agree.
import type { Note } from '../../core/schema/storage';
import type { StoredRecord } from '../../core/model/library-catalogue';
import type { LensDb } from './lens-db';

export async function readWholeLibrary(db: LensDb): Promise<{ records: StoredRecord[]; notes: Note[] }> {
  return db.transaction('r', db.inspections, db.notes, async () => {
    const [rows, notes] = await Promise.all([db.inspections.toArray(), db.notes.toArray()]);
    return { records: rows.filter((r): r is StoredRecord => r.id !== undefined), notes };
  });
}
