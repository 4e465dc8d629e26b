// A run fetching England's reports in the reader's words, for the library page: where it stands,
// what failed and why, what is being tried again, and the storage it uses.
import { authorityByKey } from '../authorities/match';
import { authoritiesDone, timeLeftMs } from '../england/fetch-plan';
import { failureInWords, MAX_ATTEMPTS } from '../england/fetch-failure';
import type { EnglandRun, EnglandScope } from '../schema/england-fetch';
import { counted } from './library-words';

export const SCOPE_LABELS: Record<EnglandScope, string> = {
  latest: 'Each authority’s latest inspection report and the letters since',
  'since-2013': 'Every report back to 2013',
};

export type EnglandFetchView = {
  status: EnglandRun['status'] | 'none';
  /** "Fetching", "Paused", "Stopped", "Done". */
  heading: string;
  done: number;
  total: number;
  /** "12 of 153 authorities · 30 reports read · 2 failures". */
  counts: string;
  /** "About 4 minutes left", or null when not running or not yet known. */
  timeLeft: string | null;
  /** A request being tried again, said with why and when. */
  retrying: string | null;
  stoppedBecause: string | null;
  failures: string[];
  scope: string | null;
};

const nameOf = (key: string) => authorityByKey(key)?.name ?? key;

/** "about 40 seconds", "about 4 minutes", "about 2 hours 10 minutes". */
export function durationInWords(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `about ${counted(seconds, 'second')}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${counted(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `about ${counted(hours, 'hour')}${rest ? ` ${counted(rest, 'minute')}` : ''}`;
}

/** "840 KB", "12.4 MB". */
export function bytesInWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const HEADINGS: Record<EnglandRun['status'], string> = { running: 'Fetching', paused: 'Paused', stopped: 'Stopped', done: 'Done' };

export function englandFetchView(run: EnglandRun | null, now: number): EnglandFetchView {
  if (!run) return { status: 'none', heading: '', done: 0, total: 0, counts: '', timeLeft: null, retrying: null, stoppedBecause: null, failures: [], scope: null };
  const done = authoritiesDone(run);
  const total = run.authorities.length;
  const failures = run.failed.length;
  const counts = [
    `${done} of ${total} ${total === 1 ? 'authority' : 'authorities'}`,
    `${counted(run.reportsRead, 'report')} read`,
    ...(run.alreadyHeld > 0 ? [`${run.alreadyHeld} already held`] : []),
    failures === 1 ? '1 failure' : `${failures} failures`,
  ].join(' · ');
  const left = run.status === 'running' ? timeLeftMs(run) : null;
  const retry = run.retry;
  const retrying = retry && run.status === 'running'
    ? `Trying ${retry.url} again in ${durationInWords(Math.max(0, retry.notBefore - now))}: ${failureInWords(retry.failure)} (try ${retry.attempt + 1} of ${MAX_ATTEMPTS}).`
    : null;
  return {
    status: run.status,
    heading: HEADINGS[run.status],
    done,
    total,
    counts,
    timeLeft: left === null ? null : `${durationInWords(left)} left`,
    retrying,
    stoppedBecause: run.stoppedBecause,
    failures: run.failed.map((f) => `${nameOf(f.authorityKey)}: ${f.url}: ${failureInWords(f.failure)}${f.attempts > 1 ? ` (tried ${f.attempts} times)` : ''}.`),
    scope: SCOPE_LABELS[run.scope],
  };
}
