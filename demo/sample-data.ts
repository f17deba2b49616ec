/**
 * A sample data set for the demo: NPS answers for two quarters, a sales funnel, and 600
 * customer records over 2024–2025 drawn from a seeded generator (the same every load).
 */

/** Survey answers of this quarter and the last, as category counts. */
export const nps = {
  current: { promoters: 412, passives: 180, detractors: 96 },
  previous: { promoters: 371, passives: 205, detractors: 118 },
};

/** Visitors → won, this quarter and the last. */
export const funnel = [
  { label: { en: 'Visitors', fa: 'بازدیدکننده' }, value: 48210, previous: 45100 },
  { label: { en: 'Leads', fa: 'سرنخ' }, value: 3120, previous: 2870 },
  { label: { en: 'Qualified', fa: 'واجد شرایط' }, value: 1290, previous: 1302 },
  { label: { en: 'Proposal', fa: 'پیشنهاد' }, value: 410, previous: 388 },
  { label: { en: 'Won', fa: 'برنده' }, value: 162, previous: 131 },
];

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
