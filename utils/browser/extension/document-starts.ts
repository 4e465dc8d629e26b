// The address each web page's document started at, as the background first heard from it, by the
// id the browser gives the document (Chrome and Firefox both do): whatever the document says or
// its page later shows, it speaks for that address alone (callers.ts, movedRefusal). Kept in the
// session's storage where there is one, which the extension's pages alone can read, so a service
// worker that Chrome stops and starts again still knows it; forgotten with the tab.

/** The part of storage.session this needs. */
export type SessionArea = {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
};

type Start = { address: string; tabId: number };

const PREFIX = 'document-start:';

const isStart = (value: unknown): value is Start =>
  typeof value === 'object' && value !== null && typeof (value as Start).address === 'string' && typeof (value as Start).tabId === 'number';

export type DocumentStarts = {
  /** The address the document started at: `address` itself when this is the first the background hears of it. */
  startOf(documentId: string, tabId: number, address: string): Promise<string>;
  /** Forgets the documents of a closed tab. */
  forgetTab(tabId: number): Promise<void>;
};

export function documentStarts(session: SessionArea | undefined): DocumentStarts {
  const known = new Map<string, Start>();
  return {
    async startOf(documentId, tabId, address) {
      const key = PREFIX + documentId;
      let start = known.get(key);
      if (!start && session) {
        const stored = (await session.get(key).catch(() => ({}) as Record<string, unknown>))[key];
        if (isStart(stored)) start = stored;
      }
      if (!start) {
        start = { address, tabId };
        await session?.set({ [key]: start }).catch(() => undefined);
      }
      known.set(key, start);
      return start.address;
    },
    async forgetTab(tabId) {
      const ofTab = (entries: Iterable<[string, unknown]>) => [...entries].flatMap(([key, value]) => (key.startsWith(PREFIX) && isStart(value) && value.tabId === tabId ? [key] : []));
      for (const key of ofTab(known)) known.delete(key);
      if (!session) return;
      const stored = await session.get(null).catch(() => ({}) as Record<string, unknown>);
      await session.remove(ofTab(Object.entries(stored))).catch(() => undefined);
    },
  };
}
