// Deleting from the library with Undo, as the options page and the library page both offer it: a
// deletion or an undo runs one at a time, then the page reads the library again, and what went is
// kept in memory for Undo until the reader dismisses it.
import { useState } from 'preact/hooks';
import { deleteFromLibrary, undoDeletion } from './library-cleaning';
import type { LensDb, StoredInspection } from './lens-db';
import { describeDeletion, type Deletion, type DeletionTarget, type UndoOffer } from '../../core/library-deletion';
import { counted } from '../../core/model/library-words';
import { describeWriteError } from '../../core/notes/write-errors';

type Pending = UndoOffer & { deletion: Deletion<StoredInspection> };

let nextKey = 1;

export function useLibraryDeletions(db: LensDb, reload: () => Promise<unknown>, withNotes: boolean) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending[]>([]);

  /** Runs a deletion or an undo; what it then says shows with the list as it has become. */
  const act = (work: () => Promise<() => void>, failure: string) => {
    setBusy(true);
    setMessage(null);
    const done = (say: () => void) => () => {
      setBusy(false);
      say();
    };
    void work().then(
      (say) => reload().then(done(say)),
      (error: unknown) => reload().then(done(() => setMessage(`${failure} ${describeWriteError(error)}`))),
    );
  };
  const onDelete = (target: DeletionTarget) =>
    act(async () => {
      const deletion = await deleteFromLibrary(db, target, withNotes);
      if (deletion.records.length === 0) return () => setMessage('That is no longer in your library.');
      return () => setPending((offers) => [{ key: nextKey++, message: describeDeletion(deletion), deletion }, ...offers]);
    }, 'Nothing was deleted.');
  const onUndo = (key: number) => {
    const offer = pending.find((p) => p.key === key);
    if (!offer) return;
    act(async () => {
      await undoDeletion(db, offer.deletion);
      const { records, notes } = offer.deletion;
      return () => {
        setPending((offers) => offers.filter((p) => p.key !== key));
        setMessage(`Put back ${counted(records.length, 'record')}${notes.length > 0 ? ` and ${counted(notes.length, 'note')}` : ''}.`);
      };
    }, 'Nothing was put back.');
  };
  const onDismiss = (key: number) => setPending((offers) => offers.filter((p) => p.key !== key));
  return { busy, message, setMessage, undos: pending as readonly UndoOffer[], onDelete, onUndo, onDismiss };
}
