// A failed request to Ofsted's sites: whether trying again may help, how long to wait first, and
// how it is said. A server error or no answer at all may pass; a 404 will not.
import type { FetchFailure } from '../schema/england-fetch';

/** Tries of one request in all, the first included. */
export const MAX_ATTEMPTS = 4;
/** However many tries, no wait is longer than this. */
export const MAX_RETRY_WAIT_MS = 5 * 60 * 1000;
export const FIRST_RETRY_MS = 10_000;

export function mayPass(failure: FetchFailure): boolean {
  const { status } = failure;
  if (!failure.mayRetry) return false;
  return status === null || status === 429 || status === 408 || status >= 500;
}

/** The wait before try `attempt + 1`, after try `attempt` failed: doubling, and bounded. */
export function retryWait(attempt: number, firstMs: number = FIRST_RETRY_MS): number {
  return Math.min(firstMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_WAIT_MS);
}

export function failureInWords(failure: FetchFailure): string {
  if (failure.status === null) return `no answer from the server (${failure.message})`;
  if (failure.status === 404 || failure.status === 410) return `not found (the server answered ${failure.status})`;
  return `the server answered ${failure.status}`;
}
