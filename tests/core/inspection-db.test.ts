import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/analyse';
import { inspectionsFor, rekeyLibrary, rememberDocument } from '../../utils/library/inspection-db';
import { authorityKey } from '../../utils/authority';
import { LensDb } from '../../utils/library/lens-db';
import type { ParsedDocument } from '../../utils/schema';
import { realFixture } from '../helpers/fixtures';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50222964';
const NEWS_URL = 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good';

let db: LensDb;
beforeEach(() => {
  db = new LensDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('the library of inspections', () => {
  it('keeps a report and an article and gives them back by authority, undated first then by date', async () => {
    await rememberDocument(db, REPORT_URL, report);
    await rememberDocument(db, NEWS_URL, article);
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows.map((r) => [r.kind, r.start, r.source])).toEqual([
      ['news', '', NEWS_URL],
      ['ilacs', '2023-05-15', REPORT_URL],
    ]);
    expect(rows[1]!.document).toEqual(report);
  });

  it('replaces, not duplicates, a document read again from the same source', async () => {
    await rememberDocument(db, REPORT_URL, report, 1);
    await rememberDocument(db, REPORT_URL, report, 2);
    const rows = await inspectionsFor(db, 'portsmouth');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.storedAt).toBe(2);
  });

  it('keeps authorities apart', async () => {
    await rememberDocument(db, REPORT_URL, report);
    expect(await inspectionsFor(db, 'southampton')).toEqual([]);
  });

  it('refuses a document that fails the schema, and keeps nothing of it', async () => {
    const broken = { ...report, grades: { overall: 'brilliant' } } as unknown as ParsedDocument;
    await expect(rememberDocument(db, REPORT_URL, broken)).rejects.toThrow();
    expect(await db.inspections.count()).toBe(0);
  });

  it('files documents stored under a key made from a name under the register’s key, once', async () => {
    const bedford = { ...report, authority: 'Bedford Borough', authorityKey: 'bedford-borough' } as ParsedDocument;
    await rememberDocument(db, REPORT_URL, bedford);
    await rememberDocument(db, NEWS_URL, { ...article, authority: 'Testshire', authorityKey: 'testshire' } as ParsedDocument);
    expect(await rekeyLibrary(db, authorityKey)).toBe(1);
    expect((await inspectionsFor(db, 'bedford')).map((r) => [r.source, r.document.authorityKey])).toEqual([[REPORT_URL, 'bedford']]);
    expect(await inspectionsFor(db, 'bedford-borough')).toEqual([]);
    // A name the register does not know stays where it was.
    expect(await inspectionsFor(db, 'testshire')).toHaveLength(1);
    expect(await rekeyLibrary(db, authorityKey)).toBe(0);
  });
});
