// What deleting from the library removes: one record, every record read on a site, or all of them;
// the notes made on their pages only when the reader asks. The database applies it
// (utils/browser/library/library-cleaning.ts) and keeps what it removed for Undo.
import type { InspectionRecord, Note } from './schema/storage';
import { summaryOf, titleOf } from './model/library-list';
import { counted } from './model/library-words';

export type DeletionTarget = { kind: 'record'; id: number } | { kind: 'site'; site: string } | { kind: 'all' };

/**
 * The notes on the deleted records' pages (any address each was read from), except those on a
 * page a record still kept was also read from: that page is still in the library.
 */
export function notesOnPages<N extends Pick<Note, 'url'>>(deleted: readonly Pick<InspectionRecord, 'sources'>[], stillHeld: ReadonlySet<string>, notes: readonly N[]): N[] {
  const pages = new Set(deleted.flatMap((r) => r.sources).filter((address) => !stillHeld.has(address)));
  return notes.filter((n) => pages.has(n.url));
}

/** What was deleted, and kept for Undo until the reader dismisses it. */
export type Deletion<R extends InspectionRecord & { id?: number } = InspectionRecord & { id?: number }> = {
  target: DeletionTarget;
  records: R[];
  /** The notes deleted with them, when the reader asked. */
  notes: Note[];
  /** The notes on their pages that were kept, when the reader did not ask. */
  notesKept: number;
};

/** A deletion that can still be undone, until dismissed: its key and what it did, in words. */
export type UndoOffer = { key: number; message: string };

const onTheirPages = (records: number) => (records === 1 ? 'its page' : 'their pages');

/** "Deleted 2 records from www.cypnow.co.uk. The 3 notes made on their pages are kept." */
export function describeDeletion({ target, records, notes, notesKept }: Deletion): string {
  const [only] = records;
  const what =
    target.kind === 'record' && only && only.id !== undefined
      ? `Deleted “${titleOf(summaryOf({ ...only, id: only.id }))}”`
      : target.kind === 'site'
        ? `Deleted ${counted(records.length, 'record')} ${target.site === '' ? 'of files you opened' : `from ${target.site}`}`
        : records.length === 1
          ? 'Deleted the only record'
          : `Deleted all ${counted(records.length, 'record')}`;
  if (notes.length > 0) return `${what} and ${notes.length === 1 ? 'the note' : `the ${counted(notes.length, 'note')}`} made on ${onTheirPages(records.length)}.`;
  if (notesKept > 0) return `${what}. ${notesKept === 1 ? 'The note' : `The ${counted(notesKept, 'note')}`} made on ${onTheirPages(records.length)} ${notesKept === 1 ? 'is' : 'are'} kept.`;
  return `${what}.`;
}
