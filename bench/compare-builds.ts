// Two builds' browser figures in one run, alternating, so a noisy machine weighs on both alike:
// `tsx bench/compare-builds.ts <before build dir> [after build dir]` (after: the bench build).
// Each build's timings must carry the ofsted-lens marks (a bench build, or one from before they
// were limited to it).
import { paintFigures } from './browser';
import { popupFigures } from './notes';

const [before, after] = process.argv.slice(2);
if (!before) throw new Error('tsx bench/compare-builds.ts <before build dir> [after build dir]');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_ONLY=paint or popup measures the one.
const only = process.env.BENCH_ONLY;
const measures = [...(only !== 'popup' ? [paintFigures] : []), ...(only !== 'paint' ? [popupFigures] : [])];
const results: Record<string, Record<string, number[]>> = { before: {}, after: {} };
for (let round = 0; round < rounds; round++) {
  for (const [label, dir] of [['before', before], ['after', after]] as const) {
    for (const measure of measures) {
      for (const figure of await measure(7, dir)) (results[label]![figure.name] ??= []).push(figure.value);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const name of Object.keys(results.before!)) {
  console.log(`${name.padEnd(90)} before ${median(results.before![name]!)}  after ${median(results.after![name]!)}`);
}
