// library.html: every document the library holds, searchable across all of them, filtered, sorted
// and deletable with Undo. An extension page, so it reads the library itself. The list shows first,
// from the records' summaries (their indexes' keys, as the options page lists them); then every
// document is read for its grades, and its paragraphs indexed a chunk at a time, so the page opens
// at once however large the library.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryPage } from '../../components/LibraryPage';
import { EnglandFetch } from '../../components/EnglandFetch';
import { useEnglandFetch } from '../../utils/browser/library/use-england-fetch';
import { englandFetchView } from '../../utils/core/model/england-fetch-view';
import { useLibraryDeletions } from '../../utils/browser/library/use-library-deletions';
import { benchMark } from '../../utils/browser/extension/bench-mark';
import { LensDb } from '../../utils/browser/library/lens-db';
import { librarySummaries } from '../../utils/browser/library/library-cleaning';
import { readWholeLibrary } from '../../utils/browser/library/library-page';
import { catalogue, catalogueOfSummaries, filterChoices, filteredAndSorted, NO_FILTER, type CatalogueEntry, type LibraryFilter, type LibraryOrder, type StoredRecord } from '../../utils/core/model/library-catalogue';
import { HITS_SHOWN, LibrarySearch, type LibraryQuery } from '../../utils/core/model/library-search';

const db = new LensDb();

/** `records` is null while only the summaries are read. */
type Held = { entries: CatalogueEntry[]; records: StoredRecord[] | null };

function Library() {
  const [held, setHeld] = useState<Held | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [order, setOrder] = useState<LibraryOrder>('authority');
  const [withNotes, setWithNotes] = useState(false);
  const [search, setSearch] = useState<LibrarySearch | null>(null);
  const [query, setQuery] = useState<LibraryQuery | null>(null);
  const [shownHits, setShownHits] = useState(HITS_SHOWN);
  const first = useRef(true);

  const failed = () => deletions.setMessage('Your library could not be read.');
  const reload = () =>
    // The summaries first, from the indexes alone, and only then the documents: read together,
    // the summaries wait for the documents (Chromium's IndexedDB, 1,000 reports: bench/library.ts).
    Promise.all([librarySummaries(db), db.notes.toArray()])
      .then(([list, notes]) => setHeld((now) => (now?.records ? now : { entries: catalogueOfSummaries(list, notes), records: null })))
      .then(() => readWholeLibrary(db))
      .then(({ records, notes }) => {
        setSearch(null);
        setHeld({ entries: catalogue(records, notes), records });
      }, failed);
  const deletions = useLibraryDeletions(db, reload, withNotes);
  const england = useEnglandFetch(() => void reload());
  useEffect(() => void reload(), []);
  useEffect(() => {
    if (!held) return;
    if (first.current) {
      first.current = false;
      benchMark('library-ready');
    }
    if (!held.records) return;
    const records = held.records;
    benchMark('library-read');
    // After the list is painted, a chunk at a time: indexing every paragraph takes longer than reading the library.
    let current = true;
    const timer = setTimeout(() => {
      const built = new LibrarySearch(held.entries, records);
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
      gradesRead={held?.records != null}
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
      england={
        <EnglandFetch
          view={englandFetchView(england.run, Date.now())}
          fetched={england.fetched}
          storageUsed={england.storageUsed}
          message={england.message}
          onStart={england.start}
          onPause={england.pause}
          onResume={england.resume}
          onRemove={england.remove}
        />
      }
    />
  );
}

render(<Library />, document.getElementById('app')!);
