import { performance } from 'node:perf_hooks';

export type Timing = { runs: number; medianMs: number; p95Ms: number; minMs: number };

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and summarises the wall-clock times. */
export function measure(fn: () => unknown, runs = 500, warmup = 50): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: times[0]! };
}
