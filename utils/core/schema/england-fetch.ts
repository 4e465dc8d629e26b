// What a run fetching England's reports keeps in the extension's storage, so that it goes on where
// it stopped after the browser or its background restarts. Read back through these schemas: a
// state that does not parse is no run at all, never half of one.
import * as z from 'zod/mini';
import { address, GradeSchema, isoDate } from './domain';

/** Which reports a run reads: each authority's latest ILACS report and the letters since, or every report back to 2013. */
export const EnglandScopeSchema = z.enum(['latest', 'since-2013']);
export type EnglandScope = z.infer<typeof EnglandScopeSchema>;

/**
 * Why a request failed: the server's status, or null when no answer came (the network); `mayRetry`
 * false when the answer will not change whatever its status (a web page where a PDF should be).
 */
export const FetchFailureSchema = z.object({
  status: z.nullable(z.number().check(z.int())),
  message: z.string().check(z.maxLength(500)),
  mayRetry: z.boolean(),
});
export type FetchFailure = z.infer<typeof FetchFailureSchema>;

const count = z.number().check(z.int(), z.nonnegative());
const key = z.string().check(z.regex(/^[a-z0-9-]+$/));

/** A report PDF an authority's page listed, still to be read. */
const QueuedSchema = z.object({ src: address, authorityKey: key });

/** A request that failed and will be tried again, not before `notBefore`. */
const RetrySchema = z.object({ url: address, attempt: count, notBefore: z.number(), failure: FetchFailureSchema });

/** A request that failed for good (or after its last try), said in the run's list of failures. */
const FailedSchema = z.object({ url: address, authorityKey: key, failure: FetchFailureSchema, attempts: count });

export const EnglandRunSchema = z.object({
  scope: EnglandScopeSchema,
  status: z.enum(['running', 'paused', 'stopped', 'done']),
  /** Why the run stopped by itself (a changed page layout), in words. */
  stoppedBecause: z.nullable(z.string()),
  startedAt: z.number(),
  /** Requests made and the time they took with their pauses, for the time left. */
  requests: count,
  busyMs: z.number().check(z.nonnegative()),
  /** The authorities to visit, in order, and how many of them have been visited. */
  authorities: z.array(key),
  pagesDone: count,
  queue: z.array(QueuedSchema),
  /** How many PDFs the pages read so far listed for reading. */
  listed: count,
  retry: z.nullable(RetrySchema),
  /** Every address this run has had an answer from (page or PDF), never requested again. */
  fetched: z.array(address),
  /** Report PDFs read into the library. */
  reportsRead: count,
  /** Listed PDFs that were not children's services reports (an area SEND inspection, say). */
  notReports: count,
  /** PDFs already in the library when listed, not fetched. */
  alreadyHeld: count,
  failed: z.array(FailedSchema),
  /** The authorities whose pages, read one after another, had no report list. */
  pagesWithoutList: z.array(key),
});
export type EnglandRun = z.infer<typeof EnglandRunSchema>;

/**
 * Every report PDF any run has read into the library (kept across runs): what "Remove everything
 * fetched" deletes, and nothing else.
 */
export const EnglandFetchedSchema = z.array(address);

/** For tests and benchmarks: the pause between requests, the first retry's wait, and a shorter list of authorities. */
export const EnglandTuningSchema = z.object({
  pauseMs: z.optional(count),
  firstRetryMs: z.optional(count),
  authorities: z.optional(z.array(key)),
});
export type EnglandTuning = z.infer<typeof EnglandTuningSchema>;

/** Each authority's newest graded ILACS report the runs have read: England's picture and the neighbours take it where it is newer than the official statistics. */
export const EnglandReadGradesSchema = z.array(z.object({ key, start: isoDate, overall: GradeSchema }));
export type EnglandReadGrades = z.infer<typeof EnglandReadGradesSchema>;
