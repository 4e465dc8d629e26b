// The options page's library section: reads the records' summaries, deletes as the reader asks,
// and keeps each deletion's rows in memory, for Undo, until the reader dismisses it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryCleaning } from '../../components/LibraryCleaning';
import { useLibraryDeletions } from '../../utils/browser/library/use-library-deletions';
import { librarySummaries, noteCountsByPage } from '../../utils/browser/library/library-cleaning';
import type { LensDb } from '../../utils/browser/library/lens-db';
import { libraryList, type LibrarySort, type LibrarySummary } from '../../utils/core/model/library-list';

export function LibrarySection({ db }: { db: LensDb }) {
  const [library, setLibrary] = useState<{ summaries: LibrarySummary[]; noteCounts: Map<string, number> } | null>(null);
  const [sort, setSort] = useState<LibrarySort>('authority');
  const [withNotes, setWithNotes] = useState(false);
  const reload = () =>
    Promise.all([librarySummaries(db), noteCountsByPage(db)]).then(
      ([summaries, noteCounts]) => setLibrary({ summaries, noteCounts }),
      () => deletions.setMessage('Your library could not be read.'),
    );
  const deletions = useLibraryDeletions(db, reload, withNotes);
  const { busy, message, onDelete, undos: pending, onUndo, onDismiss } = deletions;
  useEffect(() => {
    void reload();
    // Pages read in other tabs while this one waited are listed when it is looked at again.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  const list = useMemo(() => library && libraryList(library.summaries, library.noteCounts, sort), [library, sort]);

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
      onDismiss={onDismiss}
    />
  );
}
