// Fetching report PDFs in the background: a few attempts with growing waits for failures that may
// pass (network errors, 429 and 5xx), none for answers that will not change (404, or Ofsted's
// "Report not found" web page where the PDF should be, which fetchPdf says is not worth retrying).
import { fetchPdf, ReaderError } from './load-report';

export type RetryOptions = { attempts?: number; firstDelayMs?: number; sleep?: (ms: number) => Promise<void>; fetchImpl?: typeof fetch };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof ReaderError) || !error.retry) return false;
  const { status } = error;
  return status === undefined || status === 429 || status >= 500;
}

export async function fetchPdfWithRetry(src: string, options: RetryOptions = {}): Promise<Uint8Array> {
  const { attempts = 3, firstDelayMs = 500, sleep = wait, fetchImpl } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchPdf(src, fetchImpl);
    } catch (error) {
      if (attempt >= attempts || !isWorthRetrying(error)) throw error;
      await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
