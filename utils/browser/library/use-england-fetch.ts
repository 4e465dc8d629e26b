// The library page's hold on a run fetching England's reports: the run as the background keeps it
// in storage (followed as it changes), the storage used, and the reader's actions sent to the
// background, which makes the requests. Opening the page wakes the background, so that a run it
// was making when the browser closed goes on.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENGLAND_FETCHED_KEY, ENGLAND_RUN_KEY, type EnglandAction } from '../extension/england-fetch';
import { bytesInWords } from '../../core/model/england-fetch-view';
import { EnglandFetchedSchema, EnglandRunSchema, type EnglandRun, type EnglandScope } from '../../core/schema/england-fetch';
import type { BackgroundMessage } from '../../core/schema/messages';

// The library list is read again as reports come in, at most this often.
const RELOAD_EVERY_MS = 5_000;

async function storageUsed(): Promise<string | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate?.usage === undefined ? null : bytesInWords(estimate.usage);
}

export function useEnglandFetch(onLibraryChanged: () => void) {
  const [run, setRun] = useState<EnglandRun | null>(null);
  const [fetched, setFetched] = useState(0);
  const [used, setUsed] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [, setTick] = useState(0);

  useEffect(() => {
    let lastRead = -1;
    let lastReload = 0;
    const take = (items: Record<string, unknown>) => {
      const next = EnglandRunSchema.safeParse(items[ENGLAND_RUN_KEY]);
      setRun(next.success ? next.data : null);
      const list = EnglandFetchedSchema.safeParse(items[ENGLAND_FETCHED_KEY]);
      const count = list.success ? list.data.length : 0;
      setFetched(count);
      if (count !== lastRead) {
        const first = lastRead === -1;
        lastRead = count;
        if (!first && (Date.now() - lastReload > RELOAD_EVERY_MS || (next.success && next.data.status !== 'running'))) {
          lastReload = Date.now();
          onLibraryChanged();
        }
      }
      void storageUsed().then(setUsed);
    };
    const read = () => void browser.storage.local.get([ENGLAND_RUN_KEY, ENGLAND_FETCHED_KEY]).then(take);
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (ENGLAND_RUN_KEY in changes || ENGLAND_FETCHED_KEY in changes)) read();
    };
    read();
    browser.storage.onChanged.addListener(changed);
    void send('wake');
    // Drawn again each second, so the time left and a retry's wait count down between answers.
    const tick = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => {
      browser.storage.onChanged.removeListener(changed);
      clearInterval(tick);
    };
  }, []);

  function send(action: EnglandAction, scope?: EnglandScope): Promise<unknown> {
    const request: BackgroundMessage = { type: 'england-fetch', action, ...(scope ? { scope } : {}) };
    return browser.runtime.sendMessage(request).catch(() => setMessage('Ofsted Lens’s background did not answer: try again.'));
  }

  return {
    run,
    fetched,
    storageUsed: used,
    message,
    start: (scope: EnglandScope) => {
      setMessage(null);
      void send('start', scope);
    },
    pause: () => void send('pause'),
    resume: () => void send('resume'),
    remove: () => {
      const count = fetched;
      void send('remove').then(() => {
        setMessage(`Removed ${count === 1 ? 'the report' : `${count} reports`} fetched from Ofsted. Your notes are kept.`);
        onLibraryChanged();
      });
    },
  };
}
