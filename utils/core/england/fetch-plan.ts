// A run fetching England's reports, worked out step by step without touching the network: which
// request comes next, and what each answer does to the run. The browser side (england-fetch.ts)
// makes the requests; everything it decides is here, so it is tested in Node.
import { authorityByKey, AUTHORITIES } from '../authorities/match';
import { providerUrl } from '../authorities/context';
import type { ProviderEvent } from '../page/provider-page';
import { ofstedFileId } from '../sites';
import type { EnglandRun, EnglandScope, FetchFailure } from '../schema/england-fetch';
import { MAX_ATTEMPTS, mayPass, retryWait } from './fetch-failure';

/** The first year "every report" reaches back to. */
export const EARLIEST = '2013-01-01';
const INSPECTION = /children['’]s services inspection|inspection of local authority children/i;
// Listed on an authority's page but not about its children's services: never fetched.
const NOT_CHILDRENS_SERVICES = /\bSEND\b|special educational needs/i;

/** The documents of an authority's page that a run reads: its latest inspection and every letter since, or all since 2013. */
export function documentsInScope(events: readonly ProviderEvent[], scope: EnglandScope): ProviderEvent[] {
  const dated = events.filter((e) => e.date !== null && e.date >= EARLIEST && !NOT_CHILDRENS_SERVICES.test(e.title));
  if (scope === 'since-2013') return dated;
  const latest = dated.filter((e) => INSPECTION.test(e.title)).reduce<string | null>((max, e) => (max === null || e.date! > max ? e.date : max), null);
  return latest === null ? dated : dated.filter((e) => e.date! >= latest);
}

/** The authorities a run visits: the register's, each with a page on reports.ofsted.gov.uk. */
export function authoritiesToVisit(only?: readonly string[]): string[] {
  const keys = only ?? AUTHORITIES.map((a) => a.key);
  return keys.filter((key) => pageOf(key) !== null);
}

function pageOf(key: string): string | null {
  const authority = authorityByKey(key);
  return authority && providerUrl(authority);
}

export function newRun(scope: EnglandScope, authorities: readonly string[], now: number): EnglandRun {
  return {
    scope, status: 'running', stoppedBecause: null, startedAt: now, requests: 0, busyMs: 0,
    authorities: [...authorities], pagesDone: 0, queue: [], listed: 0, retry: null, fetched: [],
    reportsRead: 0, notReports: 0, alreadyHeld: 0, failed: [], pagesWithoutList: [],
  };
}

export type Request = { kind: 'page' | 'pdf'; url: string; authorityKey: string };
export type NextStep = Request | { kind: 'wait'; ms: number } | { kind: 'none' };

/** The request the run makes now: the current authority's listed PDFs first, then the next page. */
function current(run: EnglandRun): Request | null {
  const queued = run.queue[0];
  if (queued) return { kind: 'pdf', url: queued.src, authorityKey: queued.authorityKey };
  const key = run.authorities[run.pagesDone];
  const url = key && pageOf(key);
  return key && url ? { kind: 'page', url, authorityKey: key } : null;
}

export function nextStep(run: EnglandRun, now: number): NextStep {
  if (run.status !== 'running') return { kind: 'none' };
  const request = current(run);
  if (!request) return { kind: 'none' };
  if (run.retry?.url === request.url && run.retry.notBefore > now) return { kind: 'wait', ms: run.retry.notBefore - now };
  return request;
}

/** A run with nothing left to request is done. */
function settled(run: EnglandRun): EnglandRun {
  return run.status === 'running' && current(run) === null ? { ...run, status: 'done' } : run;
}

const sameFile = (a: string) => {
  const id = ofstedFileId(a);
  return (b: string) => (id === null ? a === b : ofstedFileId(b) === id);
};

/** Whether the library holds a report PDF, from either file host. */
export type Held = (src: string) => boolean;

/** The time a request and its pause took, counted towards the time left. */
const timed = (run: EnglandRun, tookMs: number): EnglandRun => ({ ...run, requests: run.requests + 1, busyMs: run.busyMs + tookMs });

function moveOn(run: EnglandRun, request: Request): EnglandRun {
  return request.kind === 'page' ? { ...run, pagesDone: run.pagesDone + 1, retry: null } : { ...run, queue: run.queue.slice(1), retry: null };
}

function answered(run: EnglandRun, url: string): EnglandRun {
  return run.fetched.includes(url) ? run : { ...run, fetched: [...run.fetched, url] };
}

/** An authority's page was read: its documents in scope are queued, but those held or fetched already. */
export function afterPage(run: EnglandRun, request: Request, events: readonly ProviderEvent[], held: Held, tookMs: number): EnglandRun {
  let next = timed(answered(run, request.url), tookMs);
  if (events.length === 0) {
    const without = [...next.pagesWithoutList, request.authorityKey];
    next = { ...moveOn(next, request), pagesWithoutList: without };
    if (without.length >= 2) {
      const names = without.slice(-2).map((key) => authorityByKey(key)?.name ?? key).join(' and ');
      return {
        ...next,
        status: 'stopped',
        stoppedBecause: `Stopped: Ofsted's pages for ${names} showed no list of reports. Ofsted may have changed how its pages are laid out, so nothing more was read rather than read wrongly.`,
      };
    }
    return settled(next);
  }
  const wanted = documentsInScope(events, run.scope).map((e) => e.href);
  const unique = wanted.filter((src, i) => wanted.findIndex(sameFile(src)) === i);
  const seen = (src: string) => next.fetched.some(sameFile(src)) || next.queue.some((q) => sameFile(src)(q.src));
  const fresh = unique.filter((src) => !held(src) && !seen(src));
  next = moveOn(next, request);
  return settled({
    ...next,
    pagesWithoutList: [],
    queue: [...next.queue, ...fresh.map((src) => ({ src, authorityKey: request.authorityKey }))],
    listed: next.listed + fresh.length,
    alreadyHeld: next.alreadyHeld + unique.filter(held).length,
  });
}

/** A listed PDF was fetched and read: into the library, or found not to be a children's services report. */
export function afterPdf(run: EnglandRun, request: Request, kept: boolean, tookMs: number): EnglandRun {
  const next = moveOn(timed(answered(run, request.url), tookMs), request);
  return settled(kept ? { ...next, reportsRead: next.reportsRead + 1 } : { ...next, notReports: next.notReports + 1 });
}

/**
 * A request failed: tried again after a growing wait when it may pass, up to MAX_ATTEMPTS tries;
 * otherwise said among the run's failures, and the run goes on without it.
 */
export function afterFailure(run: EnglandRun, request: Request, failure: FetchFailure, now: number, tookMs: number, firstRetryMs?: number): EnglandRun {
  const attempt = run.retry?.url === request.url ? run.retry.attempt + 1 : 1;
  const next = timed(failure.status === null ? run : answered(run, request.url), tookMs);
  if (mayPass(failure) && attempt < MAX_ATTEMPTS) {
    return { ...next, retry: { url: request.url, attempt, notBefore: now + retryWait(attempt, firstRetryMs), failure } };
  }
  const failed = { url: request.url, authorityKey: request.authorityKey, failure, attempts: attempt };
  return settled({ ...moveOn(next, request), failed: [...next.failed, failed] });
}

export function pause(run: EnglandRun): EnglandRun {
  return run.status === 'running' ? { ...run, status: 'paused' } : run;
}

export function resume(run: EnglandRun): EnglandRun {
  return run.status === 'paused' ? settled({ ...run, status: 'running' }) : run;
}

/** Authorities whose page and listed PDFs are all done. */
export function authoritiesDone(run: EnglandRun): number {
  return run.pagesDone - (run.queue.length > 0 ? 1 : 0);
}

/**
 * The time left, from the time each request has taken so far and the PDFs each page has listed on
 * average; null until a few requests give something to go by.
 */
export function timeLeftMs(run: EnglandRun): number | null {
  if (run.requests < 3 || run.pagesDone === 0) return null;
  const perRequest = run.busyMs / run.requests;
  const perPage = run.listed / run.pagesDone;
  const pagesLeft = run.authorities.length - run.pagesDone;
  return Math.round((pagesLeft * (1 + perPage) + run.queue.length) * perRequest);
}

