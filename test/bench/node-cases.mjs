// Node benches of the built metrics layer (dist/metrics.js) with tinybench. Inputs are made
// once, seeded, before any timing.
import { Bench } from 'tinybench';
import { mulberry32 as prng } from '../tools/prng.js';

const DAY = 864e5;

/** 1,000,000 scores 0–10 as a number[] and as the same values in a Uint8Array. */
function scores(n) {
  const random = prng(11);
  const array = Array.from({ length: n }, () => Math.floor(random() * 11));
  return { array, bytes: Uint8Array.from(array) };
}

/**
 * `n` customers starting over 36 months from 2022-01-01; about a third end later within the span.
 * The same customers as ISO date strings and as epoch-ms numbers.
 */
function customers(n) {
  const random = prng(12);
  const from = Date.UTC(2022, 0, 1);
  const days = (Date.UTC(2025, 0, 1) - from) / DAY; // 36 months
  const iso = [];
  const epoch = [];
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const start = from + Math.floor(random() * days) * DAY;
    const ends = random() < 1 / 3;
    const end = ends ? start + Math.floor(random() * ((from + days * DAY - start) / DAY)) * DAY : undefined;
    iso.push(ends ? { start: day(start), end: day(end) } : { start: day(start) });
    epoch.push(ends ? { start, end } : { start });
  }
  return { iso, epoch };
}

/** Runs the Node benches; returns rows `{ name, mean, median, samples }` (ms). */
export async function runNodeCases({ only }) {
  const { computeNps, churnSeries } = await import(new URL('../../dist/metrics.js', import.meta.url).href);
  const wanted = (id) => !only.length || only.some((o) => id.includes(o));
  const bench = new Bench({ time: 1500, iterations: 15, warmupIterations: 3, warmupTime: 200 });
  if (wanted('node-nps')) {
    const { array, bytes } = scores(1_000_000);
    // Checked once so that a broken build cannot bench an exception.
    if (computeNps(array).total !== 1_000_000) throw new Error('computeNps(number[]) gave a wrong total');
    bench.add('computeNps, 1,000,000 scores, number[]', () => computeNps(array));
    bench.add('computeNps, 1,000,000 scores, Uint8Array', () => computeNps(bytes));
  }
  if (wanted('node-churn')) {
    const { iso, epoch } = customers(100_000);
    const months = churnSeries(iso, { granularity: 'month' }).length;
    if (months < 36 || churnSeries(epoch, { granularity: 'month' }).length !== months)
      throw new Error(`churnSeries gave ${months} months, or differed between ISO and epoch ms`);
    bench.add("churnSeries, 100,000 customers, 36 months, ISO 'YYYY-MM-DD'", () =>
      churnSeries(iso, { granularity: 'month' }),
    );
    bench.add('churnSeries, 100,000 customers, 36 months, epoch ms', () =>
      churnSeries(epoch, { granularity: 'month' }),
    );
  }
  if (!bench.tasks.length) return [];
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (!result?.latency) throw new Error(`${task.name}: ${result?.error ?? result?.state ?? 'no result'}`);
    return {
      name: task.name,
      mean: result.latency.mean,
      median: result.latency.p50,
      samples: result.latency.samplesCount,
    };
  });
}
