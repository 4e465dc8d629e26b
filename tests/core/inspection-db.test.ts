import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { holdsDocuments, inspectionsFor, ofstedInspectionsFor, rekeyLibrary, rememberDocument } from '../../utils/browser/library/inspection-db';
import { allNotes } from '../../utils/browser/library/read-notes';
import { authorityKey } from '../../utils/core/authorities/authority-key';
import { LensDb } from '../../utils/browser/library/lens-db';
import { provenanceOf } from '../../utils/core/provenance';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import { allInadequate, CHOSEN_FILE, NEWS_PAGE, ON_FILES_API as FILES_API_URL, REPORT_PAGE, startingOn, THIS_REPORT } from '../helpers/portsmouth-reads';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50222964';
const NEWS_URL = 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good';

/** What a hostile page or a doctored file could carry. */
const planted = allInadequate(report);
const report2018 = startingOn(report, '2018-09-03');

let indexedDB: IDBFactory;
let db: LensDb;
beforeEach(() => {
  indexedDB = new IDBFactory();
  db = new LensDb('test', { indexedDB, IDBKeyRange });
});

describe('the library of inspections', () => {
  it('keeps a report and an article and gives them back by authority, undated first then by date', async () => {
    await rememberDocument(db, REPORT_URL, report, 'extension');
    await rememberDocument(db, NEWS_URL, article, 'web-page');
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows.map((r) => [r.kind, r.start, r.source])).toEqual([
      ['news', '', NEWS_URL],
      ['ilacs', '2023-05-15', REPORT_URL],
    ]);
    expect(rows[1]!.document).toEqual(report);
  });

  it('says whether it holds a document from every one of some sources, as the side-by-side page needs', async () => {
    await rememberDocument(db, REPORT_URL, report, 'extension');
    await rememberDocument(db, NEWS_URL, article, 'web-page');
    expect(await holdsDocuments(db, [REPORT_URL, NEWS_URL])).toBe(true);
    expect(await holdsDocuments(db, [REPORT_URL, 'https://files.ofsted.gov.uk/v1/file/1'])).toBe(false);
    // A report PDF's link with a query or fragment is the same file.
    expect(await holdsDocuments(db, [`${REPORT_URL}?download=1#page=2`, NEWS_URL])).toBe(true);
  });

  it('replaces, not duplicates, a document read again from the same source', async () => {
    await rememberDocument(db, REPORT_URL, report, 'extension', 1);
    await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.storedAt).toBe(2);
  });

  it('keeps authorities apart', async () => {
    await rememberDocument(db, REPORT_URL, report, 'extension');
    expect(await inspectionsFor(db, 'southampton')).toEqual([]);
  });

  it('refuses a document that fails the schema, and keeps nothing of it', async () => {
    const broken = { ...report, grades: { overall: 'brilliant' } } as unknown as ParsedDocument;
    await expect(rememberDocument(db, REPORT_URL, broken, 'extension')).rejects.toThrow();
    expect(await db.inspections.count()).toBe(0);
  });

  it('files documents stored under a key made from a name under the register’s key, once', async () => {
    const bedford = { ...report, authority: 'Bedford Borough', authorityKey: 'bedford-borough' } as ParsedDocument;
    await rememberDocument(db, REPORT_URL, bedford, 'extension');
    await rememberDocument(db, NEWS_URL, { ...article, authority: 'Testshire', authorityKey: 'testshire' } as ParsedDocument, 'web-page');
    expect(await rekeyLibrary(db, authorityKey)).toBe(1);
    expect((await inspectionsFor(db, 'bedford')).map((r) => [r.source, r.document.authorityKey])).toEqual([[REPORT_URL, 'bedford']]);
    expect(await inspectionsFor(db, 'bedford-borough')).toEqual([]);
    // A name the register does not know stays where it was.
    expect(await inspectionsFor(db, 'testshire')).toHaveLength(1);
    expect(await rekeyLibrary(db, authorityKey)).toBe(0);
  });

  it('says where each document came from, by who read it and from where, never by what it says', async () => {
    // Four inspections' reports (each an ILACS report, as a page could plant one), each read one way.
    await rememberDocument(db, REPORT_URL, startingOn(report, '2023-05-15'), 'extension');
    await rememberDocument(db, 'https://reports.ofsted.gov.uk/provider/44/80539', startingOn(report, '2018-09-03'), 'web-page');
    await rememberDocument(db, 'https://www.portsmouth.gov.uk/news/ofsted-2022', startingOn(report, '2022-03-07'), 'web-page');
    await rememberDocument(db, 'https://example.org/my-copy.pdf', startingOn(report, '2014-03-10'), 'extension');
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(Object.fromEntries(rows.map((r) => [r.source, [r.provenance, r.site]]))).toEqual({
      [REPORT_URL]: ['ofsted-pdf', 'files.ofsted.gov.uk'],
      'https://reports.ofsted.gov.uk/provider/44/80539': ['ofsted-site', 'reports.ofsted.gov.uk'],
      'https://www.portsmouth.gov.uk/news/ofsted-2022': ['news', 'www.portsmouth.gov.uk'],
      'https://example.org/my-copy.pdf': ['user-file', ''],
    });
    expect((await ofstedInspectionsFor(db, 'portsmouth')).map((r) => r.source).sort()).toEqual([REPORT_URL, 'https://reports.ofsted.gov.uk/provider/44/80539']);
  });
});

describe('one record per inspection, whatever address it was read from', () => {
  it('keeps one record of a report read from both file hosts, a chosen file and Ofsted’s report site, with every address', async () => {
    await rememberDocument(db, FILES_API_URL, report, 'extension', 1);
    await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    await rememberDocument(db, CHOSEN_FILE, planted, 'extension', 3);
    await rememberDocument(db, REPORT_PAGE, report, 'web-page', 4);
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ identity: THIS_REPORT, source: REPORT_PAGE, provenance: 'ofsted-site', document: report, storedAt: 4 });
    expect(rows[0]!.sources.sort()).toEqual([CHOSEN_FILE, FILES_API_URL, REPORT_PAGE, REPORT_URL].sort());
  });

  it('never lets a chosen file replace the document or provenance of Ofsted’s copy: it only notes its address', async () => {
    const kept = await rememberDocument(db, REPORT_URL, report, 'extension', 1);
    expect(await rememberDocument(db, CHOSEN_FILE, planted, 'extension', 2)).toEqual({ ...kept, sources: [REPORT_URL, CHOSEN_FILE] });
    expect(await inspectionsFor(db, 'portsmouth')).toEqual([{ ...kept, sources: [REPORT_URL, CHOSEN_FILE] }]);
  });

  it('lets Ofsted’s copy replace a chosen file’s, keeping the file’s address', async () => {
    await rememberDocument(db, CHOSEN_FILE, planted, 'extension', 1);
    await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    expect(await inspectionsFor(db, 'portsmouth')).toEqual([
      expect.objectContaining({ source: REPORT_URL, provenance: 'ofsted-pdf', document: report, sources: [REPORT_URL, CHOSEN_FILE] }),
    ]);
  });

  it('gives a web page’s panel Ofsted’s copy with only its addresses on Ofsted’s hosts, not the files the reader chose', async () => {
    await rememberDocument(db, REPORT_URL, report, 'extension', 1);
    await rememberDocument(db, CHOSEN_FILE, planted, 'extension', 2);
    await rememberDocument(db, REPORT_PAGE, report, 'web-page', 3);
    expect((await ofstedInspectionsFor(db, 'portsmouth')).map((r) => r.sources)).toEqual([[REPORT_PAGE, REPORT_URL]]);
    expect((await inspectionsFor(db, 'portsmouth')).map((r) => r.sources)).toEqual([[REPORT_PAGE, REPORT_URL, CHOSEN_FILE]]);
  });

  it('keeps a news page posing as the report apart, read before or after it, and leaves the genuine record as it was', async () => {
    await rememberDocument(db, NEWS_PAGE, planted, 'web-page', 1);
    const genuine = await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    await rememberDocument(db, NEWS_PAGE, planted, 'web-page', 3);
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows.map((r) => [r.identity, r.provenance, r.sources])).toEqual([
      [NEWS_PAGE, 'news', [NEWS_PAGE]],
      [THIS_REPORT, 'ofsted-pdf', [REPORT_URL]],
    ]);
    expect(rows.find((r) => r.provenance === 'ofsted-pdf')).toEqual(genuine);
  });

  it('merges a report PDF read once without its first day and again with it, from either host', async () => {
    await rememberDocument(db, FILES_API_URL, startingOn(report, null), 'extension', 1);
    await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    expect((await inspectionsFor(db, 'portsmouth')).map((r) => [r.identity, r.sources])).toEqual([[THIS_REPORT, [REPORT_URL, FILES_API_URL]]]);
  });

  it('keeps other inspections of the authority as they are', async () => {
    await rememberDocument(db, 'https://files.ofsted.gov.uk/v1/file/50002412', report2018, 'extension', 1);
    await rememberDocument(db, REPORT_URL, report, 'extension', 2);
    await rememberDocument(db, FILES_API_URL, report, 'extension', 3);
    expect((await inspectionsFor(db, 'portsmouth')).map((r) => r.identity)).toEqual(['report:portsmouth:ilacs:2018-09-03', THIS_REPORT]);
  });

  it('merges a report filed under a key made from a name with the same report under the register’s key', async () => {
    const bedford = (key: string) => ({ ...report, authority: 'Bedford Borough', authorityKey: key }) as ParsedDocument;
    await rememberDocument(db, REPORT_URL, bedford('bedford-borough'), 'extension', 1);
    await rememberDocument(db, CHOSEN_FILE, bedford('bedford'), 'extension', 2);
    expect(await rekeyLibrary(db, authorityKey)).toBe(1);
    expect((await inspectionsFor(db, 'bedford')).map((r) => [r.identity, r.provenance, r.sources])).toEqual([
      ['report:bedford:ilacs:2023-05-15', 'ofsted-pdf', [REPORT_URL, CHOSEN_FILE]],
    ]);
  });
});

describe('upgrading a library kept with a record per address (version 3)', () => {
  const V3_INSPECTIONS = '++id, &source, authorityKey, [authorityKey+start], kind';
  const V3_NOTES = '&id, url, context.authorityKey, context.judgement, context.grade, *tags, createdAt, updatedAt';
  const row = (source: string, doc: ParsedDocument, via: 'extension' | 'web-page', storedAt: number) => ({
    source, ...provenanceOf(source, via), kind: doc.kind, authorityKey: doc.authorityKey, start: doc.inspection?.start ?? '', document: doc, storedAt,
  });
  const laterRead = { ...report, leadInspector: 'Read from files.api.ofsted.gov.uk' } as ParsedDocument;
  const undated = startingOn(report, null);
  const notes = [
    sampleNote({ id: 'note-files-0001', url: REPORT_URL }),
    sampleNote({ id: 'note-files-api-0002', url: FILES_API_URL, comment: 'on the other host' }),
    sampleNote({ id: 'note-news-0003', url: NEWS_PAGE }),
    sampleNote({ id: 'note-reader-0004', url: 'chrome-extension://abcdefghijklmnop/reader.html?src=x' }),
  ];

  async function versionThreeLibrary(): Promise<void> {
    const v3 = new Dexie('upgrading', { indexedDB, IDBKeyRange });
    v3.version(3).stores({ inspections: V3_INSPECTIONS, notes: V3_NOTES });
    await v3.open();
    await v3.table('inspections').bulkAdd([
      row(REPORT_URL, report, 'extension', 1),
      row(REPORT_PAGE, report, 'web-page', 2),
      row(FILES_API_URL, laterRead, 'extension', 3),
      row(NEWS_PAGE, planted, 'web-page', 4),
      row('https://example.org/my-copy.pdf', planted, 'extension', 5),
      row('https://files.ofsted.gov.uk/v1/file/777', undated, 'extension', 6),
      row('https://files.api.ofsted.gov.uk/v1/file/777', undated, 'extension', 7),
      row('https://files.ofsted.gov.uk/v1/file/50002412', report2018, 'extension', 8),
    ]);
    await v3.table('notes').bulkAdd(notes);
    v3.close();
  }

  it('merges each inspection’s records into one, keeping the most trusted, newest document and every address', async () => {
    await versionThreeLibrary();
    const upgraded = new LensDb('upgrading', { indexedDB, IDBKeyRange });
    const rows = await inspectionsFor(upgraded, 'portsmouth');
    expect(rows.map((r) => [r.identity, r.provenance, r.source, r.storedAt])).toEqual([
      ['ofsted-file:777', 'ofsted-pdf', 'https://files.api.ofsted.gov.uk/v1/file/777', 7],
      ['report:portsmouth:ilacs:2018-09-03', 'ofsted-pdf', 'https://files.ofsted.gov.uk/v1/file/50002412', 8],
      [THIS_REPORT, 'ofsted-pdf', FILES_API_URL, 3],
      // The news page carrying the same inspection (and other grades) stays apart, as it was.
      [NEWS_PAGE, 'news', NEWS_PAGE, 4],
    ]);
    const [file777, , merged, news] = rows;
    expect(merged!.document).toEqual(laterRead);
    // The user's file was the newest read, but never replaces Ofsted's copy: only its address is kept.
    expect(merged!.sources.sort()).toEqual([FILES_API_URL, REPORT_PAGE, REPORT_URL, 'https://example.org/my-copy.pdf'].sort());
    expect(file777!.sources.sort()).toEqual(['https://files.api.ofsted.gov.uk/v1/file/777', 'https://files.ofsted.gov.uk/v1/file/777']);
    expect(news!.document).toEqual(planted);
    expect(news!.sources).toEqual([NEWS_PAGE]);
    upgraded.close();
  });

  it('loses no note, and goes on keeping one record per inspection', async () => {
    await versionThreeLibrary();
    const upgraded = new LensDb('upgrading', { indexedDB, IDBKeyRange });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await allNotes(upgraded)).sort(byId)).toEqual([...notes].sort(byId));
    await rememberDocument(upgraded, REPORT_URL, report, 'extension', 9);
    expect(await upgraded.inspections.where('identity').equals(THIS_REPORT).count()).toBe(1);
    expect(await upgraded.inspections.count()).toBe(4);
    upgraded.close();
  });
});
