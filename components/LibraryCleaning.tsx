// The options page's library: every record Ofsted Lens keeps, by the site it was read on, each
// deletable, a site's at once, or all; each deletion says what it did, with Undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeletionTarget } from '../utils/core/library-deletion';
import type { LibraryGroup, LibraryList, LibraryRow, LibrarySort } from '../utils/core/model/library-list';
import { counted } from '../utils/core/model/library-words';

import type { UndoOffer } from '../utils/core/library-deletion';

export type LibraryCleaningProps = {
  /** null while the library is being read. */
  list: LibraryList | null;
  message: string | null;
  sort: LibrarySort;
  onSortChange: (sort: LibrarySort) => void;
  withNotes: boolean;
  onWithNotesChange: (withNotes: boolean) => void;
  /** A deletion or an undo is under way: nothing else starts. */
  busy: boolean;
  onDelete: (target: DeletionTarget) => void;
  undos: readonly UndoOffer[];
  onUndo: (key: number) => void;
  onDismiss: (key: number) => void;
};

/** How many rows a site shows at first, and each time the reader asks for more. */
const PAGE = 10;

function Row({ row, busy, onDelete }: { row: LibraryRow; busy: boolean; onDelete: LibraryCleaningProps['onDelete'] }) {
  const details = [row.from, row.read, row.also, row.notes > 0 ? counted(row.notes, 'note') : null].filter(Boolean).join(' · ');
  return (
    <li class="record" data-record-id={row.id}>
      <div class="record-text">
        <p class="record-title">{row.title}</p>
        <p class="record-what">{row.what}</p>
        <p class="record-from">{details}</p>
        {row.address && <p class="record-address">{row.address}</p>}
      </div>
      <button type="button" class="delete" disabled={busy} aria-label={`Delete “${row.title}”`} onClick={() => onDelete({ kind: 'record', id: row.id })}>
        Delete
      </button>
    </li>
  );
}

function Site({ group, busy, onDelete }: { group: LibraryGroup; busy: boolean; onDelete: LibraryCleaningProps['onDelete'] }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section class="site" data-site={group.site} aria-label={group.heading}>
      <div class="site-head">
        <h3>
          {group.heading} <span class="count">{group.counts}</span>
        </h3>
        <button type="button" class="delete" disabled={busy} aria-label={group.deleteLabel} onClick={() => onDelete({ kind: 'site', site: group.site })}>
          {group.deleteText}
        </button>
      </div>
      <ul class="records">
        {group.rows.slice(0, shown).map((row) => (
          <Row key={row.id} row={row} busy={busy} onDelete={onDelete} />
        ))}
      </ul>
      {shown < group.rows.length && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, group.rows.length - shown)} more of {group.rows.length - shown}
        </button>
      )}
    </section>
  );
}

export function LibraryCleaning(props: LibraryCleaningProps) {
  const { list, busy } = props;
  // The Delete pressed is gone with its record: the keyboard goes on from the newest Undo, or
  // from the heading once no Undo is left, not from the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const newestUndo = useRef<HTMLButtonElement>(null);
  const newest = props.undos[0]?.key;
  const offered = useRef(props.undos.length);
  useEffect(() => {
    if (newest !== undefined && props.undos.length > offered.current) newestUndo.current?.focus();
    else if (props.undos.length < offered.current && !document.activeElement?.closest('.undo')) heading.current?.focus();
    offered.current = props.undos.length;
  }, [newest, props.undos.length]);
  return (
    <section class="library" aria-labelledby="library">
      <h2 id="library" ref={heading} tabIndex={-1}>Your library</h2>
      <p>
        Every report and article Ofsted Lens reads is kept here, on your machine, to show each report what
        earlier inspections said. Delete what you do not want kept; a page you visit again is read again.
      </p>
      <p><a class="library-page-link" href="library.html" target="_blank" rel="noopener noreferrer">Search, filter and sort your library on its own page</a></p>
      {props.undos.map((undo, i) => (
        <div key={undo.key} class="undo" role="status">
          <span>{undo.message}</span>
          <span class="undo-actions">
            <button type="button" ref={i === 0 ? newestUndo : undefined} disabled={busy} onClick={() => props.onUndo(undo.key)}>Undo</button>
            <button type="button" class="dismiss" aria-label="Dismiss" onClick={() => props.onDismiss(undo.key)}>×</button>
          </span>
        </div>
      ))}
      {props.message && <p class="message" role="status">{props.message}</p>}
      {list === null ? (
        <p class="empty">Reading your library…</p>
      ) : list.records === 0 ? (
        <p class="empty">Your library is empty.</p>
      ) : (
        <>
          <p class="count">{list.counts}</p>
          <div class="library-controls">
            <label class="choice">
              Order{' '}
              <select name="library-sort" value={props.sort} onChange={(e) => props.onSortChange((e.target as HTMLSelectElement).value as LibrarySort)}>
                <option value="authority">By authority</option>
                <option value="newest-read">Newest read first</option>
              </select>
            </label>
            <label class="choice">
              <input type="checkbox" name="delete-notes" checked={props.withNotes} onChange={(e) => props.onWithNotesChange((e.target as HTMLInputElement).checked)} />
              Also delete the notes made on these pages
            </label>
            <button type="button" class="delete delete-all" disabled={busy} onClick={() => props.onDelete({ kind: 'all' })}>
              {list.deleteAllText}
            </button>
          </div>
          {list.groups.map((group) => (
            <Site key={group.site} group={group} busy={busy} onDelete={props.onDelete} />
          ))}
        </>
      )}
    </section>
  );
}
