/**
 * 600 customer records over 2023–2025 for the churn stories, drawn from a seeded generator (the
 * same every load). The demo's dashboard takes its data from the collector (demo/server/).
 */

/** mulberry32: a tiny seeded PRNG, so the demo shows the same figures on every load. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Customers who signed up between 2023 and 2025; about a third of them have left. */
export const customers: { start: string; end?: string }[] = (() => {
  const next = random(20240101);
  const from = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2025, 11, 31) - from;
  const records: { start: string; end?: string }[] = [];
  for (let i = 0; i < 600; i++) {
    const start = from + Math.floor(next() * span);
    const end = start + Math.floor(30 + next() * 700) * DAY;
    records.push(
      end < Date.UTC(2026, 0, 1) && next() < 0.55
        ? { start: isoDate(start), end: isoDate(end) }
        : { start: isoDate(start) },
    );
  }
  return records;
})();
