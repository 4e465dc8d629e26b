import Dexie, { type DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { rememberDocument } from '../../utils/browser/library/inspection-db';
import { deleteFromLibrary, librarySummaries, noteCountsByPage, undoDeletion } from '../../utils/browser/library/library-cleaning';
import { LensDb } from '../../utils/browser/library/lens-db';
import { summaryOf } from '../../utils/core/model/library-list';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import { CHOSEN_FILE, ON_FILES, ON_FILES_API, portsmouth2023, REPORT_PAGE, startingOn } from '../helpers/portsmouth-reads';

const report = portsmouth2023();
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
const NEWS = 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good';
const NEWS_AGAIN = 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good-2';
const OTHER_NEWS = 'https://www.cypnow.co.uk/news/portsmouth-ofsted';
const REPORT_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';

let indexedDB: IDBFactory;
let db: LensDb;
/** Whether anything read a record's value (its document) from the inspections table since the last reset. */
let valuesRead: string[];

beforeEach(() => {
  indexedDB = new IDBFactory();
  db = new LensDb('test', { indexedDB, IDBKeyRange });
  valuesRead = [];
  // Dexie's lowest layer: every read of the inspections table that returns records, not only keys, is noted.
  db.use({
    stack: 'dbcore',
    name: 'note-value-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'inspections') return table;
        return {
          ...table,
          get: (req) => (valuesRead.push('get'), table.get(req)),
          getMany: (req) => (valuesRead.push('getMany'), table.getMany(req)),
          query: (req) => (req.values && valuesRead.push(`query ${req.query.index.name ?? 'primary key'}`), table.query(req)),
          openCursor: (req) => (req.values && valuesRead.push(`cursor ${req.query.index.name ?? 'primary key'}`), table.openCursor(req)),
        };
      },
    }),
  });
});

/** A library: the 2023 report read from both file hosts and Ofsted's site, the 2018 one, two news pages on one site and one on another, and a file the reader opened. */
async function fill(): Promise<void> {
  await rememberDocument(db, ON_FILES, report, 'extension', Date.UTC(2025, 5, 3, 12));
  await rememberDocument(db, ON_FILES_API, report, 'extension', Date.UTC(2025, 5, 3, 12, 1));
  await rememberDocument(db, REPORT_2018, startingOn(report, '2018-09-03'), 'extension', Date.UTC(2025, 5, 4, 12));
  await rememberDocument(db, NEWS, article, 'web-page', Date.UTC(2025, 5, 5, 12));
  await rememberDocument(db, NEWS_AGAIN, article, 'web-page', Date.UTC(2025, 5, 5, 12, 1));
  await rememberDocument(db, OTHER_NEWS, article, 'web-page', Date.UTC(2025, 5, 6, 12));
  await rememberDocument(db, CHOSEN_FILE, startingOn(report, '2014-03-10'), 'extension', Date.UTC(2025, 5, 7, 12));
  await db.notes.bulkAdd([
    sampleNote({ id: 'note-report-0001', url: ON_FILES }),
    sampleNote({ id: 'note-report-0002', url: ON_FILES_API }),
    sampleNote({ id: 'note-news-0003', url: NEWS }),
    sampleNote({ id: 'note-news-0004', url: NEWS_AGAIN }),
    sampleNote({ id: 'note-other-0005', url: OTHER_NEWS }),
    sampleNote({ id: 'note-elsewhere-0006', url: REPORT_PAGE }),
  ]);
}

const everything = async () => ({ inspections: await db.inspections.toArray(), notes: await db.notes.orderBy('id').toArray() });
const sites = async () => (await db.inspections.toArray()).map((r) => r.site).sort();
const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

describe('listing the library', () => {
  it('gives each record’s summary, the same as the whole record’s, without reading a single document', async () => {
    await fill();
    const whole = (await db.inspections.toArray()).map((r) => summaryOf({ ...r, id: r.id! }));
    valuesRead = [];
    const listed = await librarySummaries(db);
    expect(valuesRead).toEqual([]);
    expect(byId(listed)).toEqual(byId(whole));
    expect(listed.find((s) => s.start === '2023-05-15')).toMatchObject({ site: 'files.api.ofsted.gov.uk',
      provenance: 'ofsted-pdf', kind: 'ilacs', authority: 'Portsmouth City Council', headline: null, addresses: [ON_FILES_API, ON_FILES],
    });
    expect(listed.find((s) => s.source === NEWS)).toMatchObject({ provenance: 'news', site: 'www.childrenfirst.news', headline: "Ofsted rates Portsmouth 'good'" });
  });

  it('still lists a record its summary index lacks, reading that one whole', async () => {
    await fill();
    // A page that names its authority's key but not its name: a null is no index key.
    const unnamed = { ...article, authority: null } as ParsedDocument;
    await rememberDocument(db, 'https://www.cypnow.co.uk/news/unnamed', unnamed, 'web-page', 9);
    // As a library written by hand or by an older build could hold: no site.
    const news = (await db.inspections.where('source').equals(NEWS).first())!;
    const siteless = Object.fromEntries(Object.entries(news).filter(([field]) => field !== 'site' && field !== 'id'));
    const id = await db.inspections.add({ ...siteless, identity: 'https://example.org/siteless', source: 'https://example.org/siteless', sources: ['https://example.org/siteless'] } as never);
    valuesRead = [];
    const listed = await librarySummaries(db);
    expect(valuesRead).toEqual(['getMany']);
    expect(listed).toHaveLength(8);
    expect(listed.find((s) => s.source === 'https://www.cypnow.co.uk/news/unnamed')).toMatchObject({ authority: null, authorityKey: 'portsmouth', headline: "Ofsted rates Portsmouth 'good'" });
    expect(listed.find((s) => s.id === id)).toMatchObject({ source: 'https://example.org/siteless', headline: "Ofsted rates Portsmouth 'good'" });
  });

  it('lists a library kept by the version before, once opened', async () => {
    const v4 = new Dexie('older', { indexedDB, IDBKeyRange });
    v4.version(4).stores({ inspections: '++id, &identity, source, *sources, authorityKey, [authorityKey+start], kind' });
    await v4.open();
    const earlier = new LensDb('earlier', { indexedDB, IDBKeyRange });
    await rememberDocument(earlier, NEWS, article, 'web-page', 1);
    const row = await earlier.inspections.toArray();
    earlier.close();
    await v4.table('inspections').bulkAdd(row);
    v4.close();
    const upgraded = new LensDb('older', { indexedDB, IDBKeyRange });
    expect((await librarySummaries(upgraded)).map((s) => [s.source, s.headline])).toEqual([[NEWS, "Ofsted rates Portsmouth 'good'"]]);
    upgraded.close();
  });

  it('counts the notes on each page from the notes’ index', async () => {
    await fill();
    await db.notes.add(sampleNote({ id: 'note-news-0007', url: NEWS }));
    const counts = await noteCountsByPage(db);
    expect(Object.fromEntries(counts)).toEqual({ [ON_FILES]: 1, [ON_FILES_API]: 1, [NEWS]: 2, [NEWS_AGAIN]: 1, [OTHER_NEWS]: 1, [REPORT_PAGE]: 1 });
  });
});

describe('deleting from the library', () => {
  it('deletes one record, and keeps the notes made on its pages unless asked', async () => {
    await fill();
    const record = (await db.inspections.where('identity').equals('report:portsmouth:ilacs:2023-05-15').first())!;
    const deletion = await deleteFromLibrary(db, { kind: 'record', id: record.id! }, false);
    expect(deletion.records).toEqual([record]);
    expect(deletion.notes).toEqual([]);
    expect(deletion.notesKept).toBe(2);
    expect(await db.inspections.get(record.id!)).toBeUndefined();
    expect(await db.inspections.count()).toBe(5);
    expect(await db.notes.count()).toBe(6);
  });

  it('deletes every record of one site and nothing of any other', async () => {
    await fill();
    const deletion = await deleteFromLibrary(db, { kind: 'site', site: 'www.childrenfirst.news' }, false);
    expect(deletion.records.map((r) => r.source).sort()).toEqual([NEWS, NEWS_AGAIN]);
    expect(await sites()).toEqual(['', 'files.api.ofsted.gov.uk', 'files.ofsted.gov.uk', 'www.cypnow.co.uk']);
    expect(await db.notes.count()).toBe(6);
  });

  it('deletes the files the reader opened as a site of their own', async () => {
    await fill();
    const deletion = await deleteFromLibrary(db, { kind: 'site', site: '' }, false);
    expect(deletion.records.map((r) => r.source)).toEqual([CHOSEN_FILE]);
    expect(await sites()).not.toContain('');
  });

  it('deletes the notes made on the deleted records’ pages when asked, and no other note', async () => {
    await fill();
    const deletion = await deleteFromLibrary(db, { kind: 'site', site: 'www.childrenfirst.news' }, true);
    expect(deletion.notes.map((n) => n.id).sort()).toEqual(['note-news-0003', 'note-news-0004']);
    expect(deletion.notesKept).toBe(0);
    expect((await db.notes.orderBy('id').primaryKeys()).sort()).toEqual(['note-elsewhere-0006', 'note-other-0005', 'note-report-0001', 'note-report-0002']);
  });

  it('deletes all records, with the notes on their pages when asked, keeping a note on a page the library never held', async () => {
    await fill();
    const deletion = await deleteFromLibrary(db, { kind: 'all' }, true);
    expect(deletion.records).toHaveLength(6);
    expect(await db.inspections.count()).toBe(0);
    expect(await db.notes.orderBy('id').primaryKeys()).toEqual(['note-elsewhere-0006']);
  });

  it('keeps a note on a page a record it keeps was also read from', async () => {
    await fill();
    // Two records that share an address, as a library kept by hand or by an older build could hold.
    const portsmouth = (await db.inspections.where('identity').equals(NEWS).first())!;
    await db.inspections.add({ ...portsmouth, id: undefined, identity: `${NEWS}#southampton`, authorityKey: 'southampton' });
    const deletion = await deleteFromLibrary(db, { kind: 'record', id: portsmouth.id! }, true);
    expect(deletion.notes).toEqual([]);
    expect(await db.notes.get('note-news-0003')).toBeDefined();
  });
});

describe('undoing a deletion', () => {
  it.each([
    ['one record', { kind: 'record', id: 1 }],
    ['a site’s records', { kind: 'site', site: 'www.childrenfirst.news' }],
    ['every record', { kind: 'all' }],
  ] as const)('puts back %s and the notes deleted with them exactly as they were', async (_, target) => {
    await fill();
    const before = await everything();
    const deletion = await deleteFromLibrary(db, target, true);
    expect(deletion.records.length).toBeGreaterThan(0);
    expect(await everything()).not.toEqual(before);
    await undoDeletion(db, deletion);
    expect(await everything()).toEqual(before);
  });

  it('puts back a deleted report read again since as one record with the new read, every address kept', async () => {
    await fill();
    const original = (await db.inspections.where('identity').equals('report:portsmouth:ilacs:2023-05-15').first())!;
    const deletion = await deleteFromLibrary(db, { kind: 'record', id: original.id! }, false);
    await rememberDocument(db, REPORT_PAGE, report, 'web-page', Date.UTC(2025, 6, 1));
    await undoDeletion(db, deletion);
    const rows = await db.inspections.where('identity').equals('report:portsmouth:ilacs:2023-05-15').toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources.sort()).toEqual([ON_FILES, ON_FILES_API, REPORT_PAGE].sort());
    expect(await db.inspections.count()).toBe(6);
  });
});
