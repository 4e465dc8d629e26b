// Fetching England's reports, planned without the network: what each authority's page gives to
// read, the order of requests, retries with growing and bounded waits where a failure may pass, a
// changed page layout stopping the run, and nothing requested twice.
import { describe, expect, it } from 'vitest';
import { afterFailure, afterPage, afterPdf, authoritiesDone, authoritiesToVisit, documentsInScope, newRun, nextStep, pause, resume, timeLeftMs, type Request } from '../../utils/core/england/fetch-plan';
import { failureInWords, MAX_ATTEMPTS, MAX_RETRY_WAIT_MS, mayPass, retryWait } from '../../utils/core/england/fetch-failure';
import type { ProviderEvent } from '../../utils/core/page/provider-page';
import { EnglandRunSchema, type EnglandRun } from '../../utils/core/schema/england-fetch';

const file = (id: number) => `https://files.ofsted.gov.uk/v1/file/${id}`;
const event = (date: string, title: string, id: number): ProviderEvent => ({ date, dates: [date], title, href: file(id) });
const PORTSMOUTH: ProviderEvent[] = [
  event('2024-02-01', "Children's services monitoring visit", 6),
  event('2023-05-15', "Children's services inspection", 5),
  event('2023-01-10', 'Area SEND full inspection', 9),
  event('2022-01-26', "Children's services focused visit", 4),
  event('2018-09-03', "Children's services inspection", 3),
  event('2014-06-09', "Children's services inspection", 2),
  event('2010-03-01', 'Inspection of safeguarding and looked after children services', 1),
];
const nothingHeld = () => false;
const T0 = 1_000_000;

function pageStep(run: EnglandRun): Request {
  const step = nextStep(run, T0);
  if (step.kind !== 'page' && step.kind !== 'pdf') throw new Error(`expected a request, got ${step.kind}`);
  return step;
}

describe('what an authority’s page gives to read', () => {
  it('the latest inspection and every letter since it, and no SEND inspection', () => {
    expect(documentsInScope(PORTSMOUTH, 'latest').map((e) => e.href)).toEqual([file(6), file(5)]);
  });

  it('every children’s services report back to 2013, chosen', () => {
    expect(documentsInScope(PORTSMOUTH, 'since-2013').map((e) => e.href)).toEqual([file(6), file(5), file(4), file(3), file(2)]);
  });
});

describe('the order of requests', () => {
  it('visits every authority of the register with a page on reports.ofsted.gov.uk', () => {
    expect(authoritiesToVisit()).toHaveLength(153);
    expect(authoritiesToVisit(['portsmouth', 'no-such-place'])).toEqual(['portsmouth']);
  });

  it('reads an authority’s listed PDFs before the next authority’s page, then is done', () => {
    let run = newRun('latest', ['portsmouth', 'barnet'], T0);
    const first = pageStep(run);
    expect(first).toEqual({ kind: 'page', url: 'https://reports.ofsted.gov.uk/provider/44/80539', authorityKey: 'portsmouth' });
    run = afterPage(run, first, PORTSMOUTH, nothingHeld, 100);
    expect(pageStep(run)).toMatchObject({ kind: 'pdf', url: file(6) });
    expect(authoritiesDone(run)).toBe(0);
    run = afterPdf(run, pageStep(run), true, 100);
    run = afterPdf(run, pageStep(run), false, 100);
    expect(authoritiesDone(run)).toBe(1);
    expect(pageStep(run)).toMatchObject({ kind: 'page', authorityKey: 'barnet' });
    run = afterPage(run, pageStep(run), [event('2022-03-01', "Children's services inspection", 77)], nothingHeld, 100);
    run = afterPdf(run, pageStep(run), true, 100);
    expect(run).toMatchObject({ status: 'done', reportsRead: 2, notReports: 1, pagesDone: 2 });
    expect(nextStep(run, T0)).toEqual({ kind: 'none' });
    expect(EnglandRunSchema.safeParse(run).success).toBe(true);
  });
});

describe('nothing fetched twice', () => {
  it('skips PDFs the library holds and those this run has had already, from either file host', () => {
    let run = newRun('since-2013', ['portsmouth', 'barnet'], T0);
    run = afterPage(run, pageStep(run), PORTSMOUTH, (src) => src === file(5), 100);
    expect(run.queue.map((q) => q.src)).toEqual([file(6), file(4), file(3), file(2)]);
    expect(run.alreadyHeld).toBe(1);
    while (run.queue.length > 0) run = afterPdf(run, pageStep(run), true, 100);
    // Barnet's page lists one of Portsmouth's files again, on the other host.
    const again = { ...event('2023-01-01', "Children's services inspection", 4), href: 'https://files.api.ofsted.gov.uk/v1/file/4' };
    run = afterPage(run, pageStep(run), [again], nothingHeld, 100);
    expect(run.queue).toEqual([]);
    expect(run.status).toBe('done');
  });
});

describe('failures', () => {
  const failure503 = { status: 503, message: 'the server answered 503', mayRetry: true };
  const failure404 = { status: 404, message: 'the server answered 404', mayRetry: true };

  it('a 503 is tried again after a wait that grows, and said among the failures after the last try', () => {
    let run = newRun('latest', ['portsmouth'], T0);
    const request = pageStep(run);
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      run = afterFailure(run, request, failure503, T0, 100, 1_000);
      const step = nextStep(run, T0);
      expect(step.kind).toBe('wait');
      if (step.kind === 'wait') waits.push(step.ms);
      expect(nextStep(run, run.retry!.notBefore)).toEqual(request);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    run = afterFailure(run, request, failure503, T0, 100, 1_000);
    expect(run.failed).toEqual([{ url: request.url, authorityKey: 'portsmouth', failure: failure503, attempts: MAX_ATTEMPTS }]);
    expect(run.status).toBe('done');
  });

  it('a 503 that passes on its retry leaves no failure behind', () => {
    let run = newRun('latest', ['portsmouth'], T0);
    const request = pageStep(run);
    run = afterFailure(run, request, failure503, T0, 100, 1_000);
    run = afterPage(run, request, PORTSMOUTH, nothingHeld, 100);
    expect(run.retry).toBeNull();
    expect(run.failed).toEqual([]);
    expect(run.queue).toHaveLength(2);
  });

  it('a 404 is said at once and not tried again; the run goes on', () => {
    let run = newRun('latest', ['portsmouth'], T0);
    run = afterPage(run, pageStep(run), PORTSMOUTH, nothingHeld, 100);
    run = afterFailure(run, pageStep(run), failure404, T0, 100, 1_000);
    expect(run.retry).toBeNull();
    expect(run.failed).toHaveLength(1);
    expect(run.fetched).toContain(file(6));
    expect(pageStep(run)).toMatchObject({ kind: 'pdf', url: file(5) });
  });

  it('waits double and stop growing at the bound', () => {
    expect([1, 2, 3].map((a) => retryWait(a, 500))).toEqual([500, 1_000, 2_000]);
    expect(retryWait(40, 10_000)).toBe(MAX_RETRY_WAIT_MS);
  });

  it('retries what may pass (5xx, 429, no answer), never a 404 or an answer that will not change', () => {
    expect(mayPass({ status: 503, message: '', mayRetry: true })).toBe(true);
    expect(mayPass({ status: 429, message: '', mayRetry: true })).toBe(true);
    expect(mayPass({ status: null, message: 'the network failed', mayRetry: true })).toBe(true);
    expect(mayPass({ status: 404, message: '', mayRetry: true })).toBe(false);
    expect(mayPass({ status: null, message: 'a web page where the PDF should be', mayRetry: false })).toBe(false);
  });

  it('says each failure plainly', () => {
    expect(failureInWords({ status: 503, message: '', mayRetry: true })).toBe('the server answered 503');
    expect(failureInWords({ status: 404, message: '', mayRetry: true })).toBe('not found (the server answered 404)');
    expect(failureInWords({ status: null, message: 'the network failed', mayRetry: true })).toBe('no answer from the server (the network failed)');
  });
});

describe('a changed page layout', () => {
  it('stops the run, naming both authorities, when two pages in a row show no list of reports', () => {
    let run = newRun('latest', ['portsmouth', 'barnet', 'barnsley'], T0);
    run = afterPage(run, pageStep(run), [], nothingHeld, 100);
    expect(run.status).toBe('running');
    run = afterPage(run, pageStep(run), [], nothingHeld, 100);
    expect(run.status).toBe('stopped');
    expect(run.stoppedBecause).toMatch(/Portsmouth and Barnet showed no list of reports/);
    expect(nextStep(run, T0)).toEqual({ kind: 'none' });
  });

  it('one page without a list between pages with lists does not stop it', () => {
    let run = newRun('latest', ['portsmouth', 'barnet', 'barnsley'], T0);
    run = afterPage(run, pageStep(run), [], nothingHeld, 100);
    run = afterPage(run, pageStep(run), [event('2022-03-01', "Children's services inspection", 77)], nothingHeld, 100);
    run = afterPdf(run, pageStep(run), true, 100);
    run = afterPage(run, pageStep(run), [], nothingHeld, 100);
    expect(run.status).toBe('done');
  });
});

describe('pause, resume and the time left', () => {
  it('a paused run asks for nothing until resumed', () => {
    const run = pause(newRun('latest', ['portsmouth'], T0));
    expect(nextStep(run, T0)).toEqual({ kind: 'none' });
    expect(nextStep(resume(run), T0)).toMatchObject({ kind: 'page' });
  });

  it('the time left comes from the time each request took and the PDFs each page listed', () => {
    let run = newRun('latest', ['portsmouth', 'barnet', 'barnsley'], T0);
    expect(timeLeftMs(run)).toBeNull();
    run = afterPage(run, pageStep(run), PORTSMOUTH, nothingHeld, 1_000);
    run = afterPdf(run, pageStep(run), true, 1_000);
    run = afterPdf(run, pageStep(run), true, 1_000);
    // Two pages left, each with a page and two PDFs on this average, at a second each.
    expect(timeLeftMs(run)).toBe(6_000);
  });
});
