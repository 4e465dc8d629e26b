// The options page's library section: reads the records' summaries, deletes as the reader asks,
// and keeps each deletion's rows in memory, for Undo, until the reader dismisses it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryCleaning, type UndoOffer } from '../../components/LibraryCleaning';
import { deleteFromLibrary, librarySummaries, noteCountsByPage, undoDeletion } from '../../utils/browser/library/library-cleaning';
import type { LensDb, StoredInspection } from '../../utils/browser/library/lens-db';
import { describeDeletion, type Deletion, type DeletionTarget } from '../../utils/core/library-deletion';
import { libraryList, type LibrarySort, type LibrarySummary } from '../../utils/core/model/library-list';
import { counted } from '../../utils/core/model/library-words';
import { describeWriteError } from '../../utils/core/notes/write-errors';

type Pending = UndoOffer & { deletion: Deletion<StoredInspection> };

let nextKey = 1;

export function LibrarySection({ db }: { db: LensDb }) {
  const [library, setLibrary] = useState<{ summaries: LibrarySummary[]; noteCounts: Map<string, number> } | null>(null);
  const [sort, setSort] = useState<LibrarySort>('authority');
  const [withNotes, setWithNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending[]>([]);

  const reload = () =>
    Promise.all([librarySummaries(db), noteCountsByPage(db)]).then(
      ([summaries, noteCounts]) => setLibrary({ summaries, noteCounts }),
      () => setMessage('Your library could not be read.'),
    );
  useEffect(() => {
    void reload();
    // Pages read in other tabs while this one waited are listed when it is looked at again.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const list = useMemo(() => library && libraryList(library.summaries, library.noteCounts, sort), [library, sort]);

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

  return (
    <LibraryCleaning
      list={list}
      message={message}
      sort={sort}
      onSortChange={setSort}
      withNotes={withNotes}
      onWithNotesChange={setWithNotes}
      busy={busy}
      onDelete={onDelete}
      undos={pending}
      onUndo={onUndo}
      onDismiss={(key) => setPending((offers) => offers.filter((p) => p.key !== key))}
    />
  );
}
