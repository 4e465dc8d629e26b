import { describe, expect, it } from 'vitest';
import { fetchPdfWithRetry } from '../../utils/browser/pdf/fetch-with-retry';

const SRC = 'https://files.ofsted.gov.uk/v1/file/50222964';
const pdf = () => new Response(new Uint8Array([37, 80, 68, 70]), { status: 200 });

function scripted(answers: Array<() => Response>) {
  const calls: string[] = [];
  const fetchImpl = (async (url: string) => {
    calls.push(url);
    const next = answers.shift();
    if (!next) throw new TypeError('network down');
    return next();
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe('fetching a report PDF with retries', () => {
  it('tries again after a server error, waiting longer each time, and returns the PDF', async () => {
    const { calls, fetchImpl } = scripted([() => new Response('', { status: 503 }), () => new Response('', { status: 502 }), pdf]);
    const waits: number[] = [];
    const bytes = await fetchPdfWithRetry(SRC, { fetchImpl, sleep: async (ms) => void waits.push(ms) });
    expect(bytes).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('gives up after three attempts and says why', async () => {
    const { calls, fetchImpl } = scripted([]);
    await expect(fetchPdfWithRetry(SRC, { fetchImpl, sleep: async () => undefined })).rejects.toThrow(/could not be fetched/);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a report that is not there', async () => {
    const { calls, fetchImpl } = scripted([() => new Response('', { status: 404 })]);
    await expect(fetchPdfWithRetry(SRC, { fetchImpl, sleep: async () => undefined })).rejects.toThrow(/404/);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a web page sent where the PDF should be (Ofsted’s "Report not found"), and says so', async () => {
    const page = () => new Response('<!DOCTYPE html><html><head><title>Report not found</title></head><body><h1>Report not found</h1></body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const { calls, fetchImpl } = scripted([page, page, page]);
    await expect(fetchPdfWithRetry(SRC, { fetchImpl, sleep: async () => undefined })).rejects.toThrow(/did not return this report: it answered with a web page/);
    expect(calls).toHaveLength(1);
  });

  it('never fetches from anywhere but Ofsted’s report hosts', async () => {
    const { calls, fetchImpl } = scripted([pdf]);
    await expect(fetchPdfWithRetry('https://example.org/report.pdf', { fetchImpl })).rejects.toThrow(/only opens report PDFs/);
    expect(calls).toHaveLength(0);
  });
});
