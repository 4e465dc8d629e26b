import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { holdsDocuments, inspectionsFor, ofstedInspectionsFor, rekeyLibrary, rememberDocument } from '../../utils/browser/library/inspection-db';
import { authorityKey } from '../../utils/core/authorities/authority-key';
import { LensDb } from '../../utils/browser/library/lens-db';
import type { ParsedDocument } from '../../utils/core/schema/domain';
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
    const fake = { ...report } as ParsedDocument; // an ILACS report, as a page could plant one
    await rememberDocument(db, REPORT_URL, report, 'extension');
    await rememberDocument(db, 'https://reports.ofsted.gov.uk/provider/44/80539', report, 'web-page');
    await rememberDocument(db, 'https://www.portsmouth.gov.uk/news/ofsted-2022', fake, 'web-page');
    await rememberDocument(db, 'https://example.org/my-copy.pdf', report, 'extension');
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
