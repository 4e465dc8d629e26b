// The popup page opened as a window of its own on one note (popup.html?note=<id>), from the note's
// card on a web page: the comment is written here, where the page cannot see the keys.
import { useEffect, useState } from 'preact/hooks';
import { NoteItem } from '../../components/NotesLibrary';
import { describeWriteError } from '../../utils/core/notes/write-errors';
import type { LensDb } from '../../utils/browser/library/lens-db';
import type { Note } from '../../utils/core/schema/storage';

const noteStore = () => import('../../utils/browser/library/note-store');

export function NoteWindow({ db, id }: { db: LensDb; id: string }) {
  const [note, setNote] = useState<Note | null | 'reading'>('reading');
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    db.notes.get(id).then((found) => setNote(found ?? null), () => setMessage('Your notes could not be read.'));
  }, [id]);
  const failed = (what: string) => (error: unknown) => setMessage(`${what} ${describeWriteError(error)}`);

  return (
    <section class="library" aria-labelledby="note-heading">
      <h1 id="note-heading">Your note</h1>
      {message && <p class="message" role="status">{message}</p>}
      {deleted ? (
        <p class="message" role="status">
          Note deleted.{' '}
          <button type="button" onClick={() => void noteStore().then(({ saveNote }) => saveNote(db, deleted)).then(() => { setNote(deleted); setDeleted(null); }, failed('The note could not be restored.'))}>Undo</button>
        </p>
      ) : note === 'reading' ? (
        <p class="empty">Reading the note…</p>
      ) : note === null ? (
        <p class="empty">This note is no longer in your library.</p>
      ) : (
        <ul class="notes">
          <NoteItem
            note={note}
            startEditing
            onEdit={(n, comment, tags) =>
              noteStore().then(({ updateNote }) => updateNote(db, n.id, { comment, tags })).then(
                () => { window.close(); return true; },
                (error: unknown) => { failed('The note could not be saved. Your text is still in the box.')(error); return false; },
              )
            }
            onDelete={(n) => void noteStore().then(({ deleteNote }) => deleteNote(db, n.id)).then((gone) => gone && setDeleted(gone), failed('The note could not be deleted.'))}
          />
        </ul>
      )}
    </section>
  );
}
