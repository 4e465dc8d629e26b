// The background's run fetching England's reports, with its pages and PDFs answered by fakes: the
// state kept after each answer lets a new runner (the background restarted) go on where the last
// stopped, with nothing requested twice; pause holds it; removing takes only what runs read.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { ENGLAND_TUNING_KEY, englandFetch, type EnglandFetchDeps } from '../../utils/browser/extension/england-fetch';
import { rememberDocument } from '../../utils/browser/library/inspection-db';
import { LensDb } from '../../utils/browser/library/lens-db';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import type { AuthorityPageReply } from '../../utils/core/schema/messages';
import { realFixture } from '../helpers/fixtures';

vi.mock('wxt/browser', () => ({ browser: {} }));

const REPORT = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt'), pdf: true }) as ParsedDocument;
const file = (id: number) => `https://files.ofsted.gov.uk/v1/file/${id}`;
const PAGES: Record<string, number[]> = {
  'https://reports.ofsted.gov.uk/provider/44/80539': [11, 12],
  'https://reports.ofsted.gov.uk/provider/44/80487': [21],
};

function memoryStorage() {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, structuredClone(more)),
    remove: async (key: string) => void delete items[key],
  };
}

function world(db: LensDb, storage = memoryStorage()) {
  const requests: string[] = [];
  const readPage = async (url: string): Promise<AuthorityPageReply> => {
    requests.push(url);
    const ids = PAGES[url] ?? [];
    return { page: { authority: null, authorityKey: null, events: ids.map((id) => ({ date: '2024-01-0' + (id % 9 || 1), dates: [], title: "Children's services focused visit", href: file(id) })) }, failure: null };
  };
  const readPdf = async (src: string) => {
    requests.push(src);
    return { document: { ...REPORT, inspection: { start: `2024-01-${src.slice(-2)}`, end: '2024-02-01' } }, error: null };
  };
  const deps = (more: Partial<EnglandFetchDeps> = {}): EnglandFetchDeps => ({ db, storage, readPage, readPdf, sleep: async () => undefined, ...more });
  return { storage, requests, deps };
}

let db: LensDb;
beforeEach(() => {
  db = new LensDb('england-fetch-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('a run fetching England’s reports', () => {
  it('reads every authority’s listed PDFs into the library, once each', async () => {
    const { storage, requests, deps } = world(db);
    await storage.set({ [ENGLAND_TUNING_KEY]: { pauseMs: 0, authorities: ['portsmouth', 'barnet'] } });
    const england = englandFetch(deps());
    await england.act('start', 'latest');
    await england.idle();
    expect(requests).toEqual(['https://reports.ofsted.gov.uk/provider/44/80539', file(11), file(12), 'https://reports.ofsted.gov.uk/provider/44/80487', file(21)]);
    expect(await england.load()).toMatchObject({ status: 'done', reportsRead: 3, pagesDone: 2 });
  });

  it('goes on after the background restarts, asking nothing it had an answer to', async () => {
    const { storage, requests, deps } = world(db);
    await storage.set({ [ENGLAND_TUNING_KEY]: { pauseMs: 0, authorities: ['portsmouth', 'barnet'] } });
    // The first background stops (is never given another turn) once two requests are answered.
    let turns = 0;
    const first = englandFetch(deps({ sleep: () => (++turns >= 2 ? new Promise(() => undefined) : Promise.resolve()) }));
    await first.act('start', 'latest');
    await vi.waitFor(() => expect(turns).toBe(2));
    expect(requests).toHaveLength(2);
    const second = englandFetch(deps());
    second.kick();
    await second.idle();
    expect(requests).toEqual(['https://reports.ofsted.gov.uk/provider/44/80539', file(11), file(12), 'https://reports.ofsted.gov.uk/provider/44/80487', file(21)]);
    expect(await second.load()).toMatchObject({ status: 'done', reportsRead: 3 });
  });

  it('a paused run asks nothing more until resumed', async () => {
    const { storage, requests, deps } = world(db);
    await storage.set({ [ENGLAND_TUNING_KEY]: { pauseMs: 0, authorities: ['portsmouth', 'barnet'] } });
    const england: ReturnType<typeof englandFetch> = englandFetch(deps({ sleep: async () => void (requests.length === 1 && (await england.act('pause'))) }));
    await england.act('start', 'latest');
    await england.idle();
    expect(requests).toHaveLength(1);
    expect((await england.load())?.status).toBe('paused');
    await england.act('resume');
    await england.idle();
    expect(requests).toHaveLength(5);
  });

  it('“Remove everything fetched” deletes only what runs read, and keeps the reader’s own records', async () => {
    const { storage, deps } = world(db);
    await storage.set({ [ENGLAND_TUNING_KEY]: { pauseMs: 0, authorities: ['portsmouth'] } });
    await rememberDocument(db, 'https://files.ofsted.gov.uk/v1/file/99', { ...REPORT, inspection: { start: '2019-01-07', end: '2019-01-18' } }, 'extension');
    const england = englandFetch(deps());
    await england.act('start', 'latest');
    await england.idle();
    expect(await db.inspections.count()).toBe(3);
    await england.act('remove');
    expect((await db.inspections.toArray()).map((r) => r.source)).toEqual(['https://files.ofsted.gov.uk/v1/file/99']);
    expect(await england.load()).toBeNull();
  });
});
