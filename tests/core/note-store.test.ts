import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { inspectionsFor, rememberDocument } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import { notesToBackup } from '../../utils/core/notes/export';
import { deleteNote, importBackup, saveNote, undoImport, updateNote } from '../../utils/browser/library/note-store';
import { describeDuplicates, describeImport } from '../../utils/core/notes/import-plan';
import { allNotes, newestNotes, notesForUrl } from '../../utils/browser/library/read-notes';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';

let indexedDB: IDBFactory;
let db: LensDb;
beforeEach(() => {
  indexedDB = new IDBFactory();
  db = new LensDb('test', { indexedDB, IDBKeyRange });
});

describe('the notes store', () => {
  it('saves, updates and deletes a note, and gives it back for undo', async () => {
    await saveNote(db, sampleNote());
    const updated = await updateNote(db, 'note-0001-aaaa', { comment: 'Persisting since 2018', tags: ['EET'] }, 42);
    expect(updated).toMatchObject({ comment: 'Persisting since 2018', tags: ['EET'], updatedAt: 42 });
    const deleted = await deleteNote(db, 'note-0001-aaaa');
    expect(deleted?.comment).toBe('Persisting since 2018');
    expect(await db.notes.count()).toBe(0);
    await saveNote(db, deleted!);
    expect(await db.notes.count()).toBe(1);
  });

  it('answers queries by each index', async () => {
    await saveNote(db, sampleNote());
    await saveNote(db, sampleNote({ id: 'note-0002-bbbb', url: 'https://example.org/a', tags: ['workforce'], createdAt: 5, updatedAt: 5, context: { ...sampleNote().context, authorityKey: 'hull', judgement: 'leaders', grade: 'good' } }));
    expect((await notesForUrl(db, sampleNote().url)).map((n) => n.id)).toEqual(['note-0001-aaaa']);
    expect(await db.notes.where('context.authorityKey').equals('hull').primaryKeys()).toEqual(['note-0002-bbbb']);
    expect(await db.notes.where('context.judgement').equals('careLeavers').primaryKeys()).toEqual(['note-0001-aaaa']);
    expect(await db.notes.where('context.grade').equals('good').primaryKeys()).toEqual(['note-0002-bbbb']);
    expect(await db.notes.where('tags').equals('EET').primaryKeys()).toEqual(['note-0001-aaaa']);
    expect((await allNotes(db)).map((n) => n.id)).toEqual(['note-0001-aaaa', 'note-0002-bbbb']);
    expect(await db.notes.where('updatedAt').above(10).count()).toBe(1);
  });

  it('gives the popup’s first screen the newest notes, newest first, no more than asked', async () => {
    for (const [i, createdAt] of [30, 10, 50, 20, 40].entries()) await saveNote(db, sampleNote({ id: `note-000${i}-newest`, createdAt, updatedAt: createdAt }));
    expect((await newestNotes(db, 3)).map((n) => n.createdAt)).toEqual([50, 40, 30]);
    expect(await newestNotes(db, 10)).toHaveLength(5);
  });

  it('refuses a note that fails the schema and writes nothing', async () => {
    await expect(saveNote(db, sampleNote({ colour: 'purple' as never }))).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });
});

describe("a web page's script, confined to its own notes", () => {
  const PAGE = 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023';
  const OTHER = 'https://www.communitycare.co.uk/2023/07/20/portsmouth-good/';
  const scope = { page: PAGE };

  it("saves, edits and deletes its own page's notes", async () => {
    await saveNote(db, sampleNote({ url: PAGE }), scope);
    expect(await updateNote(db, 'note-0001-aaaa', { comment: 'mine' }, 5, scope)).toMatchObject({ comment: 'mine' });
    expect(await deleteNote(db, 'note-0001-aaaa', scope)).toMatchObject({ url: PAGE });
    expect(await db.notes.count()).toBe(0);
  });

  it("cannot edit, delete or overwrite another page's note, which is left exactly as it was", async () => {
    const theirs = await saveNote(db, sampleNote({ url: OTHER, comment: 'theirs' }));
    expect(await updateNote(db, theirs.id, { comment: 'forged' }, 5, scope)).toBeNull();
    expect(await deleteNote(db, theirs.id, scope)).toBeNull();
    // The same id, claimed for this page: refused, not put over the other page's note.
    await expect(saveNote(db, sampleNote({ url: PAGE, comment: 'forged' }), scope)).rejects.toThrow(/only its own notes/);
    await expect(saveNote(db, sampleNote({ id: 'note-new', url: OTHER }), scope)).rejects.toThrow(/only its own notes/);
    expect(await db.notes.toArray()).toEqual([theirs]);
  });
});

describe('migration from the first schema version', () => {
  it('keeps every stored inspection and adds the notes table', async () => {
    const v1 = new Dexie('migrating', { indexedDB, IDBKeyRange });
    v1.version(1).stores({ inspections: '++id, &source, authorityKey, [authorityKey+start], kind' });
    const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
    await v1.open();
    await v1.table('inspections').add({ source: 'https://files.ofsted.gov.uk/v1/file/1', kind: 'ilacs', authorityKey: 'portsmouth', start: '2023-05-15', document: report, storedAt: 1 });
    v1.close();

    const v2 = new LensDb('migrating', { indexedDB, IDBKeyRange });
    // Stored before provenance was kept: a report PDF's address says it came from Ofsted's file host.
    expect(await inspectionsFor(v2, 'portsmouth')).toEqual([
      expect.objectContaining({ source: 'https://files.ofsted.gov.uk/v1/file/1', document: report, provenance: 'ofsted-pdf', site: 'files.ofsted.gov.uk', identity: 'report:portsmouth:ilacs:2023-05-15' }),
    ]);
    await saveNote(v2, sampleNote());
    expect(await v2.notes.count()).toBe(1);
    const earlier = { ...report, inspection: { start: '2018-09-03', end: '2018-09-14' } } as ParsedDocument;
    await rememberDocument(v2, 'https://files.ofsted.gov.uk/v1/file/2', earlier, 'extension');
    expect(await v2.inspections.count()).toBe(2);
  });
});

describe('importing a backup', () => {
  it('imports a valid backup, and importing it twice does not duplicate notes', async () => {
    const file = notesToBackup([sampleNote(), sampleNote({ id: 'note-0002-bbbb' })], 7);
    expect(await importBackup(db, file)).toMatchObject({ ok: true, counts: { added: 2, updated: 0, kept: 0, skipped: 0 } });
    expect(await importBackup(db, file)).toMatchObject({ ok: true, counts: { added: 0, updated: 0, kept: 0, skipped: 2 } });
    expect(await db.notes.count()).toBe(2);
  });

  it('refuses a backup holding two notes of one id whole, naming the id, and writes nothing', async () => {
    await saveNote(db, sampleNote({ id: 'note-0009-kept', comment: 'mine' }));
    const file = notesToBackup([sampleNote({ comment: 'first copy' }), sampleNote({ id: 'note-0002-bbbb' }), sampleNote({ comment: 'second copy' })]);
    expect(await importBackup(db, file)).toEqual({
      ok: false,
      error: 'The backup holds more than one note with the same id (note-0001-aaaa twice): Ofsted Lens cannot tell which copy to keep.',
    });
    expect(await allNotes(db)).toEqual([sampleNote({ id: 'note-0009-kept', comment: 'mine' })]);
  });

  it('keeps a newer comment in the library over an older backup’s, and takes a newer backup’s over an older one', async () => {
    await saveNote(db, sampleNote({ id: 'note-edited-here', comment: 'written after the backup', updatedAt: 200 }));
    await saveNote(db, sampleNote({ id: 'note-edited-there', comment: 'as it was', updatedAt: 100 }));
    const file = notesToBackup([
      sampleNote({ id: 'note-edited-here', comment: 'the backup’s older words', updatedAt: 100 }),
      sampleNote({ id: 'note-edited-there', comment: 'edited on the other machine', updatedAt: 300 }),
    ]);
    expect(await importBackup(db, file)).toMatchObject({ ok: true, counts: { added: 0, updated: 1, kept: 1, skipped: 0 } });
    expect((await db.notes.get('note-edited-here'))?.comment).toBe('written after the backup');
    expect((await db.notes.get('note-edited-there'))?.comment).toBe('edited on the other machine');
  });

  it('counts the notes added, updated, kept and skipped, and undo puts back exactly the notes as they were', async () => {
    const before = [
      sampleNote({ id: 'note-a-kept', comment: 'newer here', updatedAt: 500 }),
      sampleNote({ id: 'note-b-updated', comment: 'older here', tags: ['here'], updatedAt: 100 }),
      sampleNote({ id: 'note-c-skipped', updatedAt: 50 }),
      sampleNote({ id: 'note-d-untouched', comment: 'not in the backup' }),
    ];
    for (const note of before) await saveNote(db, note);
    const file = notesToBackup([
      sampleNote({ id: 'note-a-kept', comment: 'older in the backup', updatedAt: 400 }),
      sampleNote({ id: 'note-b-updated', comment: 'newer in the backup', tags: [], updatedAt: 150 }),
      sampleNote({ id: 'note-c-skipped', updatedAt: 50 }),
      sampleNote({ id: 'note-e-added' }),
      sampleNote({ id: 'note-f-added' }),
    ]);
    const result = await importBackup(db, file);
    if (!result.ok) throw new Error(result.error);
    expect(result.counts).toEqual({ added: 2, updated: 1, kept: 1, skipped: 1 });
    expect(describeImport(result.counts)).toBe('Backup imported: 2 added, 1 updated (the backup’s copy was newer), 1 kept (yours was newer), 1 skipped (the same as yours).');
    expect((await db.notes.get('note-b-updated'))?.comment).toBe('newer in the backup');
    expect(await db.notes.count()).toBe(6);

    await undoImport(db, result.undo);
    expect((await allNotes(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
  });

  it('names at most five duplicated ids, and how many times each', () => {
    const ids: Array<[string, number]> = [['a', 2], ['b', 3], ['c', 2], ['d', 2], ['e', 2], ['f', 2], ['g', 4]];
    expect(describeDuplicates(ids)).toBe('The backup holds more than one note with the same id (a twice, b 3 times, c twice, d twice, e twice and 2 more): Ofsted Lens cannot tell which copy to keep.');
  });

  it('refuses a file that is not JSON, saying so, and keeps the library as it was', async () => {
    await saveNote(db, sampleNote());
    const result = await importBackup(db, '{"format": "ofsted-lens-notes", ');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is not JSON/) });
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses a backup with one bad note whole, saying what is wrong and where', async () => {
    await saveNote(db, sampleNote());
    const backup = JSON.parse(notesToBackup([sampleNote({ id: 'note-0003-cccc' }), sampleNote({ id: 'note-0004-dddd' })]));
    backup.notes[1].context.grade = 'brilliant';
    const result = await importBackup(db, JSON.stringify(backup));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/notes\[1\]\.context\.grade/);
    expect((await allNotes(db)).map((n) => n.id)).toEqual(['note-0001-aaaa']);
  });

  it('keeps hostile text as text: HTML and script in every field are stored verbatim, never run', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const note = sampleNote({ id: 'note-0005-eeee', title: hostile, quote: hostile, comment: hostile, tags: [hostile], anchor: { ...sampleNote().anchor, quote: { ...sampleNote().anchor.quote, exact: hostile, prefix: hostile, suffix: hostile } } });
    expect(await importBackup(db, notesToBackup([note]))).toMatchObject({ ok: true, counts: { added: 1 } });
    expect((await db.notes.get('note-0005-eeee'))?.quote).toBe(hostile);
  });

  it('refuses a backup whose note points at a javascript: URL', async () => {
    const backup = JSON.parse(notesToBackup([sampleNote()]));
    backup.notes[0].url = 'javascript:alert(1)';
    expect((await importBackup(db, JSON.stringify(backup))).ok).toBe(false);
  });
});
