// A site other than Ofsted's adds only a few new records a minute and keeps only its newest
// records of an authority; Ofsted's own reads are never limited, a page read again is not a new
// record, and a record above the caps kept before them is left out of what the library gives back.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { inspectionsFor, rememberDocument } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import { recordOfRead } from '../../utils/core/library-identity';
import { LIBRARY_LIMITS, NewRecordRate } from '../../utils/core/library-limits';
import { CAPS } from '../../utils/core/schema/caps';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { allInadequate, portsmouth2023, startingOn } from '../helpers/portsmouth-reads';

const report = portsmouth2023();
const planted = startingOn(allInadequate(report), '2022-03-07');
const HOSTILE = 'https://www.cypnow.co.uk/news/article/portsmouth';
const SECOND = 1_000;

let db: LensDb;
beforeEach(() => {
  db = new LensDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

const sources = async (key = 'portsmouth') => (await inspectionsFor(db, key)).map((r) => r.source).sort();

describe('new records a minute', () => {
  it('lets a site add three in a minute, then none until a minute has passed since the first; another site is counted apart', () => {
    const rate = new NewRecordRate();
    expect([0, 10, 20, 30].map((s) => rate.take('www.cypnow.co.uk', s * SECOND))).toEqual([true, true, true, false]);
    expect(rate.take('www.communitycare.co.uk', 30 * SECOND)).toBe(true);
    expect(rate.take('www.cypnow.co.uk', 59 * SECOND)).toBe(false);
    expect(rate.take('www.cypnow.co.uk', 60 * SECOND)).toBe(true);
  });

  it('stores three of a page reloading itself as ?n=1…12 in 31 s', async () => {
    const rate = new NewRecordRate();
    for (let n = 1; n <= 12; n++) await rememberDocument(db, `${HOSTILE}?n=${n}`, planted, 'web-page', n * 2.5 * SECOND, rate);
    expect(await sources()).toEqual([1, 2, 3].map((n) => `${HOSTILE}?n=${n}`));
  });

  it('counts only new records: the same page read again is kept up to date', async () => {
    const rate = new NewRecordRate();
    for (let i = 0; i < LIBRARY_LIMITS.newRecordsPerMinute; i++) await rememberDocument(db, `${HOSTILE}?n=${i}`, planted, 'web-page', i * SECOND, rate);
    const again = await rememberDocument(db, `${HOSTILE}?n=0`, report, 'web-page', 10 * SECOND, rate);
    expect(again).toMatchObject({ source: `${HOSTILE}?n=0`, storedAt: 10 * SECOND });
    expect(await rememberDocument(db, `${HOSTILE}?n=9`, planted, 'web-page', 11 * SECOND, rate)).toBeNull();
  });

  it('never limits Ofsted’s own site or the extension’s reads', async () => {
    const rate = new NewRecordRate();
    for (let year = 2010; year < 2020; year++) {
      await rememberDocument(db, `https://reports.ofsted.gov.uk/reports/portsmouth-${year}`, startingOn(report, `${year}-01-10`), 'web-page', year, rate);
      await rememberDocument(db, `https://files.ofsted.gov.uk/v1/file/${year}`, startingOn(report, `${year}-06-10`), 'extension', year, rate);
    }
    expect(await sources()).toHaveLength(20);
  });
});

describe('records per site and authority', () => {
  it('keeps a news site’s newest ten records of an authority, and no other site’s or authority’s records go', async () => {
    const southampton = { ...planted, authority: 'Southampton', authorityKey: 'southampton' } as ParsedDocument;
    await rememberDocument(db, 'https://files.ofsted.gov.uk/v1/file/1', report, 'extension', 0);
    await rememberDocument(db, 'https://www.communitycare.co.uk/portsmouth', planted, 'web-page', 0);
    await rememberDocument(db, `${HOSTILE}/southampton`, southampton, 'web-page', 0);
    for (let n = 1; n <= 14; n++) await rememberDocument(db, `${HOSTILE}?n=${n}`, planted, 'web-page', n * SECOND);
    const kept = await sources();
    expect(kept.filter((s) => s.startsWith(HOSTILE))).toEqual(Array.from({ length: 10 }, (_, i) => `${HOSTILE}?n=${i + 5}`).sort());
    expect(kept).toContain('https://files.ofsted.gov.uk/v1/file/1');
    expect(kept).toContain('https://www.communitycare.co.uk/portsmouth');
    expect(await sources('southampton')).toEqual([`${HOSTILE}/southampton`]);
  });
});

describe('a record above the caps, kept before there were any', () => {
  it('is left out of the authority’s documents, which the rest still are', async () => {
    await rememberDocument(db, 'https://files.ofsted.gov.uk/v1/file/1', report, 'extension', 0);
    const bloated = { ...planted, findings: planted.kind === 'news' ? [] : planted.findings.map((f) => ({ ...f, text: f.text.repeat(CAPS.paragraph / 100) })) };
    const row = recordOfRead({ source: HOSTILE, via: 'web-page' }, report, 1)!;
    await db.inspections.add({ ...row, document: bloated as ParsedDocument });
    expect(await db.inspections.count()).toBe(2);
    expect(await sources()).toEqual(['https://files.ofsted.gov.uk/v1/file/1']);
  });
});
