// The library page: search across every document held, then the documents themselves, filtered and
// sorted, each with its grades, where it came from and the reader's notes on it, and deletable
// with Undo.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CatalogueEntry, FilterChoices, LibraryFilter, LibraryOrder } from '../utils/core/model/library-catalogue';
import { ORDER_LABELS } from '../utils/core/model/library-catalogue';
import { THEME_CHOICES, type LibraryQuery, type SearchResult } from '../utils/core/model/library-search';
import { counted } from '../utils/core/model/library-words';
import { LibraryHits } from './LibraryHits';
import type { UndoOffer } from '../utils/core/library-deletion';

export type LibraryPageProps = {
  /** null while the library is being read. */
  entries: readonly CatalogueEntry[] | null;
  total: number;
  choices: FilterChoices | null;
  filter: LibraryFilter;
  onFilterChange: (filter: LibraryFilter) => void;
  order: LibraryOrder;
  onOrderChange: (order: LibraryOrder) => void;
  /** Whether every document has been read, and so its grades known (the list shows from summaries before). */
  gradesRead: boolean;
  /** Whether the index of every paragraph is ready to search. */
  searchReady: boolean;
  onSearch: (query: LibraryQuery) => void;
  result: SearchResult | null;
  onMoreHits: () => void;
  message: string | null;
  busy: boolean;
  withNotes: boolean;
  onWithNotesChange: (withNotes: boolean) => void;
  onDelete: (id: number) => void;
  undos: readonly UndoOffer[];
  onUndo: (key: number) => void;
  onDismiss: (key: number) => void;
  /** The section fetching England's reports, drawn after the documents. */
  england?: ComponentChildren;
};

const FILTERS: ReadonlyArray<[keyof LibraryFilter, string, string]> = [
  ['authority', 'Authority', 'Any authority'],
  ['region', 'Region', 'Any region'],
  ['kind', 'Kind', 'Any kind'],
  ['year', 'Year', 'Any year'],
  ['judgement', 'Judgement', 'Overall / any'],
  ['grade', 'Grade', 'Any grade'],
];

/** How many documents the list shows at first, and each time the reader asks for more. */
const PAGE = 50;

function SearchForm({ ready, onSearch }: { ready: boolean; onSearch: LibraryPageProps['onSearch'] }) {
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ text, theme });
      }}
    >
      <label class="field grow">
        Words, or a "phrase in quotes"
        <input type="search" name="q" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} placeholder='e.g. "return home interviews"' />
      </label>
      <label class="field">
        Practice theme
        <select name="theme" value={theme} onChange={(e) => setTheme((e.target as HTMLSelectElement).value)}>
          <option value="">Any theme</option>
          {THEME_CHOICES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!ready}>
        {ready ? 'Search' : 'Indexing…'}
      </button>
    </form>
  );
}

function Entry({ entry, busy, onDelete }: { entry: CatalogueEntry; busy: boolean; onDelete: (id: number) => void }) {
  return (
    <li class="entry" data-entry-id={entry.id}>
      <div class="entry-text">
        <p class="entry-title">
          {entry.href ? (
            <a href={entry.href} target="_blank" rel="noopener noreferrer">
              {entry.title}
            </a>
          ) : (
            entry.title
          )}
          {entry.region && <span class="region"> · {entry.region}</span>}
        </p>
        <p class="entry-what">{entry.what}</p>
        {entry.gradeWords.length > 0 && (
          <ul class="grades">
            {entry.gradeWords.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        )}
        <p class="entry-from">{entry.from}</p>
        {entry.notes.length > 0 && (
          <details class="notes">
            <summary>Your {counted(entry.notes.length, 'note')}</summary>
            <ul>
              {entry.notes.map((n) => (
                <li key={n.id}>
                  <q>{n.quote}</q>
                  {n.comment && <span class="comment"> {n.comment}</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <button type="button" class="delete" disabled={busy} aria-label={`Delete “${entry.title}”, ${entry.what}`} onClick={() => onDelete(entry.id)}>
        Delete
      </button>
    </li>
  );
}

export function LibraryPage(props: LibraryPageProps) {
  const { entries, choices, filter, busy } = props;
  const [shown, setShown] = useState(PAGE);
  return (
    <main class="library-page">
      <h1>Your library</h1>
      <p class="lead">
        Every report, letter and article Ofsted Lens has read, kept on your machine. Search what inspectors said across all of them.
        {props.england && (
          <>
            {' '}
            <a href="#england">Fetch England’s reports</a> to search every authority’s.
          </>
        )}
      </p>
      <SearchForm ready={props.searchReady} onSearch={props.onSearch} />
      {choices && (
        <fieldset class="filters">
          <legend>Only documents of</legend>
          {FILTERS.map(([key, label, any]) => (
            <label key={key} class="field">
              {label}
              <select name={`filter-${key}`} value={filter[key]} onChange={(e) => props.onFilterChange({ ...filter, [key]: (e.target as HTMLSelectElement).value })}>
                <option value="">{any}</option>
                {choices[key].map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {props.result && <LibraryHits result={props.result} onMore={props.onMoreHits} />}
      {props.undos.map((undo) => (
        <div key={undo.key} class="undo" role="status">
          <span>{undo.message}</span>
          <span class="undo-actions">
            <button type="button" disabled={busy} onClick={() => props.onUndo(undo.key)}>Undo</button>
            <button type="button" class="dismiss" aria-label="Dismiss" onClick={() => props.onDismiss(undo.key)}>×</button>
          </span>
        </div>
      ))}
      {props.message && <p class="message" role="status">{props.message}</p>}
      <section class="documents" aria-labelledby="documents">
        <h2 id="documents">Documents</h2>
        {entries === null ? (
          <p class="empty">Reading your library…</p>
        ) : props.total === 0 ? (
          <p class="empty">Your library is empty. Reports and articles you read with Ofsted Lens are kept here.</p>
        ) : (
          <>
            <div class="list-controls">
              <p class="count">
                {entries.length === props.total ? counted(props.total, 'document') : `${counted(entries.length, 'document')} of ${props.total}`}
                {!props.gradesRead && <span class="muted"> · reading their grades…</span>}
              </p>
              <label class="field inline">
                Order{' '}
                <select name="order" value={props.order} onChange={(e) => props.onOrderChange((e.target as HTMLSelectElement).value as LibraryOrder)}>
                  {(Object.keys(ORDER_LABELS) as LibraryOrder[]).map((o) => (
                    <option key={o} value={o}>
                      {ORDER_LABELS[o]}
                    </option>
                  ))}
                </select>
              </label>
              <label class="inline">
                <input type="checkbox" name="delete-notes" checked={props.withNotes} onChange={(e) => props.onWithNotesChange((e.target as HTMLInputElement).checked)} /> Also delete the
                notes made on their pages
              </label>
            </div>
            <ul class="entries">
              {entries.slice(0, shown).map((entry) => (
                <Entry key={entry.id} entry={entry} busy={busy} onDelete={props.onDelete} />
              ))}
            </ul>
            {shown < entries.length && (
              <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
              </button>
            )}
          </>
        )}
      </section>
      {props.england}
    </main>
  );
}
