// Browser-API side (not core): fetching England's reports when the reader asks, from the library
// page. One request at a time with a pause between; the run's state is kept in the extension's
// storage after every answer, so a run goes on where it stopped when the browser or its background
// restarts. What to request next and what each answer means is worked out in core/england/fetch-plan.ts.
import { browser } from 'wxt/browser';
import type { LensDb } from '../library/lens-db';
import { rememberDocument } from '../library/inspection-db';
import { reportFileAddresses } from '../../core/library-identity';
import { afterFailure, afterPage, afterPdf, authoritiesToVisit, newRun, nextStep, pause, resume, type Request } from '../../core/england/fetch-plan';
import { EnglandFetchedSchema, EnglandRunSchema, EnglandTuningSchema, type EnglandRun, type EnglandScope, type EnglandTuning, type FetchFailure } from '../../core/schema/england-fetch';
import { OffscreenReplySchema, type AuthorityPageReply, type OffscreenReply } from '../../core/schema/messages';
import { heldAmong, readAuthorityPage } from './authority-documents';
import { askReadingPage } from './read-listed-reports';
import { ENGLAND_READ_GRADES_KEY, readLatestGrades } from './read-latest-grades';
import { withReadGrade } from '../../core/england/read-grades';

export const ENGLAND_RUN_KEY = 'englandFetchRun';
/** Every report PDF a run has read into the library, kept across runs: what "Remove everything fetched" removes. */
export const ENGLAND_FETCHED_KEY = 'englandFetched';
/** Set by the tests (and benchmarks) only: shorter pauses and waits, fewer authorities. */
export const ENGLAND_TUNING_KEY = 'englandFetchTuning';

/** A considerate pace for Ofsted's site: one request every few seconds. */
export const PAUSE_MS = 3_000;
// A long wait is slept in parts, each ending in a storage read: Chrome keeps a service worker
// that calls its extension APIs awake, and stops one idle for 30 seconds.
const LONGEST_SLEEP_MS = 20_000;

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };

export type EnglandFetchDeps = {
  db: LensDb;
  storage?: Area;
  readPage?: (url: string) => Promise<AuthorityPageReply>;
  readPdf?: (src: string) => Promise<unknown>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const readOnce = (src: string) => askReadingPage()({ target: 'offscreen', type: 'read-pdf', src, once: true });
const NO_ANSWER: FetchFailure = { status: null, message: 'the page reading PDFs gave no answer', mayRetry: true };

export type EnglandAction = 'start' | 'pause' | 'resume' | 'remove' | 'wake';

export function englandFetch(deps: EnglandFetchDeps) {
  const { db, storage = browser.storage.local as unknown as Area, readPage = readAuthorityPage, readPdf = readOnce, now = Date.now, sleep = wait } = deps;
  let looping: Promise<void> | null = null;

  async function load(): Promise<EnglandRun | null> {
    const parsed = EnglandRunSchema.safeParse((await storage.get(ENGLAND_RUN_KEY))[ENGLAND_RUN_KEY]);
    return parsed.success ? parsed.data : null;
  }
  const save = (run: EnglandRun) => storage.set({ [ENGLAND_RUN_KEY]: run });
  async function tuning(): Promise<EnglandTuning> {
    const parsed = EnglandTuningSchema.safeParse((await storage.get(ENGLAND_TUNING_KEY))[ENGLAND_TUNING_KEY]);
    return parsed.success ? parsed.data : {};
  }
  async function fetchedSoFar(): Promise<string[]> {
    const parsed = EnglandFetchedSchema.safeParse((await storage.get(ENGLAND_FETCHED_KEY))[ENGLAND_FETCHED_KEY]);
    return parsed.success ? parsed.data : [];
  }

  /** Makes one request; its answer, applied to the run as it stands by then (paused meanwhile, say). */
  async function perform(request: Request, firstRetryMs: number | undefined, pauseMs: number): Promise<(run: EnglandRun) => Promise<EnglandRun>> {
    const started = now();
    const took = () => now() - started + pauseMs;
    if (request.kind === 'page') {
      const reply = await readPage(request.url);
      if (!reply.page) return async (run) => afterFailure(run, request, reply.failure ?? NO_ANSWER, now(), took(), firstRetryMs);
      const events = reply.page.events;
      const held = await heldAmong(db, events.map((e) => e.href));
      return async (run) => afterPage(run, request, events, (src) => held.has(src), took());
    }
    const raw = await readPdf(request.url).catch((error: unknown): OffscreenReply => ({ document: null, error: String(error), failure: { ...NO_ANSWER, message: String(error) } }));
    const reply = OffscreenReplySchema.safeParse(raw);
    if (!reply.success) return async (run) => afterFailure(run, request, NO_ANSWER, now(), took(), firstRetryMs);
    const { document, failure } = reply.data;
    if (failure) return async (run) => afterFailure(run, request, failure, now(), took(), firstRetryMs);
    return async (run) => {
      const kept = document ? await rememberDocument(db, request.url, document, 'extension') : null;
      if (kept) await storage.set({ [ENGLAND_FETCHED_KEY]: [...new Set([...(await fetchedSoFar()), request.url])] });
      const grades = kept && withReadGrade(await readLatestGrades(storage), kept.document);
      if (grades) await storage.set({ [ENGLAND_READ_GRADES_KEY]: grades });
      return afterPdf(run, request, kept !== null, took());
    };
  }

  async function loop(): Promise<void> {
    const { pauseMs = PAUSE_MS, firstRetryMs } = await tuning();
    for (;;) {
      const run = await load();
      if (!run) return;
      const step = nextStep(run, now());
      if (step.kind === 'none') {
        if (run.status === 'running') await save({ ...run, status: 'done' });
        return;
      }
      if (step.kind === 'wait') {
        await sleep(Math.min(step.ms, LONGEST_SLEEP_MS));
        continue;
      }
      const apply = await perform(step, firstRetryMs, pauseMs);
      const latest = await load();
      // Removed, or another run started, while the request was out: its answer belongs to no run.
      if (!latest || latest.startedAt !== run.startedAt) return;
      await save(await apply(latest));
      await sleep(pauseMs);
    }
  }

  /** Runs the loop unless it runs already; once it ends, again if the run was resumed as it ended. */
  function kick(): void {
    if (looping) return;
    looping = loop()
      .catch(() => undefined)
      .finally(() => {
        looping = null;
        void load().then((run) => {
          if (run && nextStep(run, now()).kind !== 'none') kick();
        });
      });
  }

  async function start(scope: EnglandScope): Promise<void> {
    const current = await load();
    if (current?.status === 'running') return;
    await save(newRun(scope, authoritiesToVisit((await tuning()).authorities), now()));
    kick();
  }

  /** Deletes every record a run read (notes are kept) and forgets the runs. */
  async function removeAll(): Promise<number> {
    await storage.remove(ENGLAND_RUN_KEY);
    const fetched = await fetchedSoFar();
    const addresses = fetched.flatMap(reportFileAddresses);
    const removed = await db.inspections.where('sources').anyOf(addresses).primaryKeys();
    await db.inspections.bulkDelete(removed);
    await storage.remove(ENGLAND_FETCHED_KEY);
    await storage.remove(ENGLAND_READ_GRADES_KEY);
    return removed.length;
  }

  async function act(action: EnglandAction, scope: EnglandScope = 'latest'): Promise<EnglandRun | null> {
    switch (action) {
      case 'start':
        await start(scope);
        break;
      case 'pause': {
        const run = await load();
        if (run) await save(pause(run));
        break;
      }
      case 'resume': {
        const run = await load();
        if (run) await save(resume(run));
        kick();
        break;
      }
      case 'remove':
        await removeAll();
        break;
      case 'wake':
        kick();
        break;
    }
    return load();
  }

  return { act, kick, load, idle: () => looping ?? Promise.resolve() };
}
