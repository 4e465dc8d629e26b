// The new records each site added in the last minute (library-limits.ts), kept in the session's
// storage where there is one: a service worker that Chrome stops when idle and starts again for
// the next page still counts what the pages before it added, so a page cannot wait for the
// background to sleep and add three more. Forgotten when the browser closes, as they are stale by then.
import { NewRecordRate } from '../../core/library-limits';
import { RecentRecordsSchema } from '../../core/schema/storage';
import type { SessionArea } from './document-starts';

const KEY = 'new-records';

/** The rate as the background left it before it last stopped, saved again at every count. */
export async function keptRecordRate(session: Pick<SessionArea, 'get' | 'set'> | undefined): Promise<NewRecordRate> {
  const stored = session ? (await session.get(KEY).catch(() => ({}) as Record<string, unknown>))[KEY] : undefined;
  const recent = RecentRecordsSchema.safeParse(stored);
  return new NewRecordRate(recent.success ? recent.data : {}, (next) => void session?.set({ [KEY]: next }).catch(() => undefined));
}
