// A run fetching England's reports in the library page's words.
import { describe, expect, it } from 'vitest';
import { afterFailure, afterPage, afterPdf, newRun, nextStep, type Request } from '../../utils/core/england/fetch-plan';
import { bytesInWords, durationInWords, englandFetchView } from '../../utils/core/model/england-fetch-view';

const T0 = 5_000_000;
const step = (run: ReturnType<typeof newRun>) => nextStep(run, T0) as Request;

describe('the England’s reports section’s words', () => {
  it('says nothing of a run never started', () => {
    expect(englandFetchView(null, T0)).toMatchObject({ status: 'none', failures: [] });
  });

  it('counts authorities done, reports read and failures, says a retry with its wait, and each failure plainly', () => {
    let run = newRun('latest', ['portsmouth', 'barnet'], T0);
    run = afterPage(run, step(run), [{ date: '2023-05-15', dates: [], title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/5' }], () => false, 1_000);
    run = afterFailure(run, step(run), { status: 404, message: '', mayRetry: true }, T0, 1_000);
    run = afterFailure(run, step(run), { status: 503, message: '', mayRetry: true }, T0, 1_000, 10_000);
    const view = englandFetchView(run, T0 + 2_000);
    expect(view.heading).toBe('Fetching');
    expect(view.counts).toBe('1 of 2 authorities · 0 reports read · 1 failure');
    expect(view.retrying).toBe('Trying https://reports.ofsted.gov.uk/provider/44/80487 again in about 8 seconds: the server answered 503 (try 2 of 4).');
    expect(view.failures).toEqual(['Portsmouth: https://files.ofsted.gov.uk/v1/file/5: not found (the server answered 404).']);
    expect(view.timeLeft).toBe('about 2 seconds left');
  });

  it('a finished run is done, with no time left', () => {
    let run = newRun('latest', ['portsmouth'], T0);
    run = afterPage(run, step(run), [{ date: '2023-05-15', dates: [], title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/5' }], () => false, 1_000);
    run = afterPdf(run, step(run), true, 1_000);
    expect(englandFetchView(run, T0)).toMatchObject({ heading: 'Done', counts: '1 of 1 authority · 1 report read · 0 failures', timeLeft: null });
  });

  it('says durations and sizes in words', () => {
    expect(durationInWords(1_200)).toBe('about 1 second');
    expect(durationInWords(4 * 60_000)).toBe('about 4 minutes');
    expect(durationInWords(130 * 60_000)).toBe('about 2 hours 10 minutes');
    expect(bytesInWords(300_000)).toBe('293 KB');
    expect(bytesInWords(13_000_000)).toBe('12.4 MB');
  });
});
