// The popup's notes: the current page's or the whole library's, searchable, filterable, editable.
// Every piece of note text is rendered as text (Preact escapes it), never as HTML.
import { useState } from 'preact/hooks';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../utils/core/vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../utils/core/vocabulary/judgements';
import { filterOptions, noteLink, type NoteQuery } from '../utils/core/notes/query-notes';
import { noteOrigin } from '../utils/core/notes/note-origin';
import type { Grade, JudgementKey } from '../utils/core/schema/domain';
import type { Note } from '../utils/core/schema/storage';
import { GradeChip } from './GradeChip';

const PAGE_SIZE = 50;

export type NotesLibraryProps = {
  scope: 'page' | 'all';
  onScopeChange: (scope: 'page' | 'all') => void;
  page: { kindLabel: string | null; grades: Partial<Record<JudgementKey, Grade>> } | null;
  notes: Note[];
  allNotes: Note[];
  query: NoteQuery;
  onQueryChange: (query: NoteQuery) => void;
  /** Resolves true once stored; on false the edit stays open, so the reader's text is not lost. */
  onEdit: (note: Note, comment: string, tags: string[]) => Promise<boolean>;
  onDelete: (note: Note) => void;
  /** What can be undone, in words ("Note deleted.", what an import did), shown with an Undo button. */
  undo: string | null;
  onUndo: () => void;
  onExport: (format: 'md' | 'csv' | 'json', notes: Note[]) => void;
  onImport: (file: File) => void;
  message: string | null;
  /** True until the library has been read once: the empty state says so, not "No notes yet". */
  loading: boolean;
};

type NoteItemProps = {
  note: Note;
  onEdit: NotesLibraryProps['onEdit'];
  onDelete: NotesLibraryProps['onDelete'];
  /** Opens with its comment ready to write (the note's own window, from its card on a page). */
  startEditing?: boolean;
};

export function NoteItem({ note, onEdit, onDelete, startEditing = false }: NoteItemProps) {
  const [editing, setEditing] = useState(startEditing);
  const [comment, setComment] = useState(note.comment);
  const [tags, setTags] = useState(note.tags.join(', '));
  const c = note.context;
  const origin = noteOrigin(note);
  const where = [c.findingNumber ? `Paragraph ${c.findingNumber}` : null, c.judgement ? JUDGEMENT_LABELS[c.judgement] : null].filter(Boolean).join(' · ');
  return (
    <li class="note" data-note-id={note.id}>
      <p class="report" data-report="">
        {origin.report}
        {origin.year && <span class="year"> ({origin.year})</span>}
      </p>
      <blockquote class="quote">{note.quote}</blockquote>
      {(where || c.grade) && (
        <p class="meta">
          {where}
          {c.grade && <> <GradeChip grade={c.grade} /></>}
        </p>
      )}
      <p class="meta" data-saved="">
        Saved {origin.where} on <span class="date">{origin.when}</span>
        {!note.found && <span class="missing"> · not found on the page</span>}
      </p>
      {editing ? (
        <div class="edit">
          <label>Your comment <textarea name="comment" autoFocus={startEditing} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} /></label>
          <label>Tags <input name="tags" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} /></label>
          <button type="button" onClick={() => void onEdit(note, comment, tags.split(',').map((t) => t.trim()).filter(Boolean)).then((saved) => saved && setEditing(false))}>Save</button>
          <button type="button" onClick={() => setEditing(false)}>Cancel</button>
        </div>
      ) : (
        <>
          {note.comment && (
            <p class="comment-block">
              <span class="comment-label">Your comment</span>
              <span class="comment">{note.comment}</span>
            </p>
          )}
          {note.tags.length > 0 && <p class="tags">{note.tags.map((t) => <span key={t} class="tag">{t}</span>)}</p>}
          <p class="actions">
            <a href={noteLink(note)} target="_blank" rel="noopener noreferrer">Open</a>
            <button type="button" onClick={() => setEditing(true)}>Edit</button>
            <button type="button" onClick={() => onDelete(note)}>Delete</button>
          </p>
        </>
      )}
    </li>
  );
}

/** One of the popup's filters, labelled above its choices, "Any" first. */
function Filter({ label, chosen, options, onChoose }: { label: string; chosen: string | null; options: ReadonlyArray<readonly [string, string]>; onChoose: (value: string | null) => void }) {
  return (
    <label>
      {label}
      <select onChange={(e) => onChoose((e.target as HTMLSelectElement).value || null)}>
        <option value="">Any</option>
        {options.map(([key, name]) => <option key={key} value={key} selected={chosen === key}>{name}</option>)}
      </select>
    </label>
  );
}

export function NotesLibrary(props: NotesLibraryProps) {
  const { query, onQueryChange, notes } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const options = filterOptions(props.allNotes);
  const set = (patch: Partial<NoteQuery>) => { setShown(PAGE_SIZE); onQueryChange({ ...query, ...patch }); };
  const value = (e: Event) => (e.target as HTMLSelectElement).value || null;
  return (
    <section class="library" aria-label="Notes">
      <div class="scope" role="group" aria-label="Which notes">
        <button type="button" aria-pressed={props.scope === 'page'} onClick={() => props.onScopeChange('page')}>This page</button>
        <button type="button" aria-pressed={props.scope === 'all'} onClick={() => props.onScopeChange('all')}>All notes</button>
      </div>
      {props.scope === 'page' && props.page && (
        <p class="page-summary">
          {props.page.kindLabel}{' '}
          {JUDGEMENT_ORDER.filter((k) => props.page!.grades[k]).map((k) => <span key={k} title={JUDGEMENT_LABELS[k]}><GradeChip grade={props.page!.grades[k]!} /> </span>)}
        </p>
      )}
      <input type="search" name="search" placeholder="Search quotes, comments, tags" aria-label="Search notes" value={query.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
      <div class="filters">
        <Filter label="Authority" chosen={query.authorityKey} options={options.authorities} onChoose={(authorityKey) => set({ authorityKey })} />
        <Filter label="Judgement" chosen={query.judgement} options={JUDGEMENT_ORDER.map((k) => [k, JUDGEMENT_LABELS[k]])} onChoose={(judgement) => set({ judgement: judgement as JudgementKey | null })} />
        <Filter label="Grade" chosen={query.grade} options={GRADES_BEST_FIRST.map((g) => [g, GRADE_LABELS[g]])} onChoose={(grade) => set({ grade: grade as Grade | null })} />
        <Filter label="Tag" chosen={query.tag} options={options.tags.map((t) => [t, t])} onChoose={(tag) => set({ tag })} />
        <label>Sort
          <select onChange={(e) => set({ sort: (value(e) ?? 'newest') as NoteQuery['sort'] })}>
            <option value="newest" selected={query.sort === 'newest'}>Newest first</option>
            <option value="oldest" selected={query.sort === 'oldest'}>Oldest first</option>
            <option value="position" selected={query.sort === 'position'}>Position in the report</option>
          </select>
        </label>
      </div>
      {props.message && <p class="message" role="status">{props.message}</p>}
      {props.undo && (
        <p class="message undo" role="status">
          {props.undo} <button type="button" onClick={props.onUndo}>Undo</button>
        </p>
      )}
      {notes.length === 0 ? (
        <p class="empty">{props.loading ? 'Reading your notes…' : props.allNotes.length === 0 ? 'No notes yet. Select text on a report or news page and choose “Save note”.' : 'No notes match.'}</p>
      ) : (
        <>
          <p class="count">{notes.length === 1 ? '1 note' : `${notes.length} notes`}</p>
          <ul class="notes">{notes.slice(0, shown).map((n) => <NoteItem key={n.id} note={n} onEdit={props.onEdit} onDelete={props.onDelete} />)}</ul>
          {shown < notes.length && <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE)}>Show {Math.min(PAGE_SIZE, notes.length - shown)} more</button>}
        </>
      )}
      <div class="io">
        <span>Export {notes.length === props.allNotes.length ? 'all' : 'these'}:</span>
        <button type="button" onClick={() => props.onExport('md', notes)}>Markdown</button>
        <button type="button" onClick={() => props.onExport('csv', notes)}>CSV</button>
        <button type="button" onClick={() => props.onExport('json', props.allNotes)}>Backup (JSON, all)</button>
        <label class="import">Import a backup <input type="file" name="import" accept="application/json,.json" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) props.onImport(f); }} /></label>
      </div>
    </section>
  );
}

