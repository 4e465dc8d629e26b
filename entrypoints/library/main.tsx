// library.html: every document the library holds, searchable across all of them, filtered, sorted
// and deletable with Undo. An extension page, so it reads the library itself. The list shows first;
// the index of every paragraph is built just after, so the page opens at once however large the
// library.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryPage } from '../../components/LibraryPage';
import { useLibraryDeletions } from '../../utils/browser/library/use-library-deletions';
import { benchMark } from '../../utils/browser/extension/bench-mark';
import { LensDb } from '../../utils/browser/library/lens-db';
import { readWholeLibrary } from '../../utils/browser/library/library-page';
import { catalogue, filterChoices, filteredAndSorted, NO_FILTER, type CatalogueEntry, type LibraryFilter, type LibraryOrder, type StoredRecord } from '../../utils/core/model/library-catalogue';
import { HITS_SHOWN, LibrarySearch, type LibraryQuery } from '../../utils/core/model/library-search';

const db = new LensDb();

type Held = { entries: CatalogueEntry[]; records: StoredRecord[] };

function Library() {
  const [held, setHeld] = useState<Held | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [order, setOrder] = useState<LibraryOrder>('authority');
  const [withNotes, setWithNotes] = useState(false);
  const [search, setSearch] = useState<LibrarySearch | null>(null);
  const [query, setQuery] = useState<LibraryQuery | null>(null);
  const [shownHits, setShownHits] = useState(HITS_SHOWN);
  const first = useRef(true);

  const reload = () =>
    readWholeLibrary(db).then(
      ({ records, notes }) => {
        setSearch(null);
        setHeld({ entries: catalogue(records, notes), records });
      },
      () => deletions.setMessage('Your library could not be read.'),
    );
  const deletions = useLibraryDeletions(db, reload, withNotes);
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (!held) return;
    if (first.current) {
      first.current = false;
      benchMark('library-ready');
    }
    // After the list is painted, a chunk at a time: indexing every paragraph takes longer than reading the library.
    let current = true;
    const timer = setTimeout(() => {
      const built = new LibrarySearch(held.entries, held.records);
      void built.ready.then(() => {
        if (!current) return;
        setSearch(built);
        benchMark('library-indexed');
      });
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [held]);

  const entries = useMemo(() => held && filteredAndSorted(held.entries, filter, order), [held, filter, order]);
  const choices = useMemo(() => held && filterChoices(held.entries), [held]);
  const result = useMemo(() => (search && query ? search.search(query, filter, shownHits) : null), [search, query, filter, shownHits]);

  return (
    <LibraryPage
      entries={entries}
      total={held?.entries.length ?? 0}
      choices={choices}
      filter={filter}
      onFilterChange={setFilter}
      order={order}
      onOrderChange={setOrder}
      searchReady={search !== null}
      onSearch={(q) => {
        setShownHits(HITS_SHOWN);
        setQuery(q);
      }}
      result={result}
      onMoreHits={() => setShownHits((n) => n + HITS_SHOWN)}
      message={deletions.message}
      busy={deletions.busy}
      withNotes={withNotes}
      onWithNotesChange={setWithNotes}
      onDelete={(id) => deletions.onDelete({ kind: 'record', id })}
      undos={deletions.undos}
      onUndo={deletions.onUndo}
      onDismiss={deletions.onDismiss}
    />
  );
}

render(<Library />, document.getElementById('app')!);
