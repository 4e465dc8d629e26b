// What importing a notes backup does to the library, worked out before anything is written. A
// note the library lacks is added; one it holds is replaced only by a newer copy (updatedAt), so an
// older backup never puts back a comment written since. A backup holding one id twice is refused:
// which of its copies is the note, Ofsted Lens cannot tell.
import type { Note } from '../schema/storage';

export type ImportCounts = {
  /** Not in the library: added. */
  added: number;
  /** The backup's copy newer: the library's replaced by it. */
  updated: number;
  /** The library's copy newer: kept, the backup's left out. */
  kept: number;
  /** The same edit in both (the same updatedAt): nothing to do. */
  skipped: number;
};

/** What undoes an import exactly: the notes it added, and those it replaced, as they were. */
export type ImportUndo = { added: string[]; replaced: Note[] };

export type ImportPlan = { write: Note[]; counts: ImportCounts; undo: ImportUndo };

/** The ids a backup holds more than once, each with how many times, in the file's order. */
export function duplicateIds(notes: readonly Pick<Note, 'id'>[]): Array<[id: string, times: number]> {
  const times = new Map<string, number>();
  for (const { id } of notes) times.set(id, (times.get(id) ?? 0) + 1);
  return [...times].filter(([, n]) => n > 1);
}

/** `library`: the notes already stored under the backup's ids. The backup holds each id once. */
export function planImport(backup: readonly Note[], library: ReadonlyMap<string, Note>): ImportPlan {
  const plan: ImportPlan = { write: [], counts: { added: 0, updated: 0, kept: 0, skipped: 0 }, undo: { added: [], replaced: [] } };
  for (const note of backup) {
    const stored = library.get(note.id);
    if (!stored) {
      plan.write.push(note);
      plan.undo.added.push(note.id);
      plan.counts.added += 1;
    } else if (note.updatedAt > stored.updatedAt) {
      plan.write.push(note);
      plan.undo.replaced.push(stored);
      plan.counts.updated += 1;
    } else if (note.updatedAt < stored.updatedAt) {
      plan.counts.kept += 1;
    } else {
      plan.counts.skipped += 1;
    }
  }
  return plan;
}

/** Whether the import wrote anything: only then is there something to undo. */
export const changedAnything = (counts: ImportCounts) => counts.added + counts.updated > 0;

/** e.g. "Backup imported: 2 added, 1 updated (the backup's copy was newer), 1 kept (yours was newer), 0 skipped (the same as yours)." */
export function describeImport({ added, updated, kept, skipped }: ImportCounts): string {
  return `Backup imported: ${added} added, ${updated} updated (the backup’s copy was newer), ${kept} kept (yours was newer), ${skipped} skipped (the same as yours).`;
}

/** Why a backup with one id twice is refused, naming the ids (the first five). */
export function describeDuplicates(duplicates: ReadonlyArray<[id: string, times: number]>, limit = 5): string {
  const named = duplicates.slice(0, limit).map(([id, n]) => `${id} ${n === 2 ? 'twice' : `${n} times`}`);
  const more = duplicates.length > limit ? ` and ${duplicates.length - limit} more` : '';
  return `The backup holds more than one note with the same id (${named.join(', ')}${more}): Ofsted Lens cannot tell which copy to keep.`;
}
