// Browser-API side (not core): the watch's state in the extension's local storage, read through its
// schema (a damaged value is nothing followed). Only the background writes it, one change at a time.
import { browser } from 'wxt/browser';
import { EMPTY_WATCH, WatchStateSchema, type WatchState } from '../../core/schema/watch';

export const WATCH_KEY = 'watch';

export function watchStateOf(stored: unknown): WatchState {
  const parsed = WatchStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : EMPTY_WATCH;
}

export async function readWatch(): Promise<WatchState> {
  return watchStateOf((await browser.storage.local.get(WATCH_KEY))[WATCH_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored state after every change asked before it; resolves with the state written. */
export function changeWatch(change: (state: WatchState) => WatchState | Promise<WatchState>): Promise<WatchState> {
  const next = queue.then(async () => {
    const before = await readWatch();
    const after = await change(before);
    if (after !== before) await browser.storage.local.set({ [WATCH_KEY]: after });
    return after;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Calls `onChange` with each new state written (in any of the extension's pages). */
export function onWatchChange(onChange: (state: WatchState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && WATCH_KEY in changes) onChange(watchStateOf(changes[WATCH_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
