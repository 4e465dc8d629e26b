// The new records a news site's pages added in the last minute outlive a restart of the background
// (a service worker Chrome stops when idle): the background started again still refuses the fourth.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { keptRecordRate } from '../../utils/browser/extension/kept-record-rate';
import { inspectionsFor, rememberDocument } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import { allInadequate, portsmouth2023, startingOn } from '../helpers/portsmouth-reads';
import { sessionArea } from '../helpers/session-area';

const planted = startingOn(allInadequate(portsmouth2023()), '2022-03-07');
const HOSTILE = 'https://www.cypnow.co.uk/news/article/portsmouth';
const SECOND = 1_000;

let db: LensDb;
beforeEach(() => {
  db = new LensDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

const sources = async () => (await inspectionsFor(db, 'portsmouth')).map((r) => r.source).sort();
const stored = (n: number) => `${HOSTILE}?n=${n}`;

describe('new records a minute, across a restart of the background', () => {
  it('refuses a site’s fourth new record within the minute after the background is started again', async () => {
    const session = sessionArea();
    const before = await keptRecordRate(session);
    for (const n of [1, 2, 3]) await rememberDocument(db, stored(n), planted, 'web-page', n * SECOND, before);

    const restarted = await keptRecordRate(session);
    expect(await rememberDocument(db, stored(4), planted, 'web-page', 30 * SECOND, restarted)).toBeNull();
    expect(await rememberDocument(db, stored(5), planted, 'web-page', 61 * SECOND, restarted)).toMatchObject({ source: stored(5) });
    expect(await sources()).toEqual([1, 2, 3, 5].map(stored));
  });

  it('counts another site apart, and forgets what is more than a minute old', async () => {
    const session = sessionArea();
    const before = await keptRecordRate(session);
    for (const s of [0, 1, 2]) expect(before.take('www.cypnow.co.uk', s * SECOND)).toBe(true);
    const restarted = await keptRecordRate(session);
    expect(restarted.take('www.communitycare.co.uk', 3 * SECOND)).toBe(true);
    expect(restarted.take('www.cypnow.co.uk', 59 * SECOND)).toBe(false);
    expect(session.items['new-records']).toEqual({ 'www.cypnow.co.uk': [0, 1, 2].map((s) => s * SECOND), 'www.communitycare.co.uk': [3 * SECOND] });
    expect(restarted.take('www.cypnow.co.uk', 70 * SECOND)).toBe(true);
    expect(session.items['new-records']).toEqual({ 'www.cypnow.co.uk': [70 * SECOND] });
  });

  it('starts from nothing when what the session holds is not a count of new records', async () => {
    const session = sessionArea();
    session.items['new-records'] = { 'www.cypnow.co.uk': 'many' };
    const rate = await keptRecordRate(session);
    expect([0, 1, 2, 3].map((s) => rate.take('www.cypnow.co.uk', s * SECOND))).toEqual([true, true, true, false]);
  });

  it('counts in memory alone where the browser has no session storage', async () => {
    const rate = await keptRecordRate(undefined);
    expect([0, 1, 2, 3].map((s) => rate.take('www.cypnow.co.uk', s * SECOND))).toEqual([true, true, true, false]);
  });
});
