/**
 * A sample data set for the demo: NPS answers for two quarters, a sales funnel, leads by source,
 * churn by contract, outreach by rep, and 600 customer records over 2024–2025 drawn from a seeded
 * generator (the same every load).
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

/** Leads by source, this quarter and the last. */
export const leads = [
  { label: { en: 'Web search', fa: 'جست‌وجوی وب' }, value: 1240, previous: 1105 },
  { label: { en: 'Referral', fa: 'معرفی' }, value: 610, previous: 540 },
  { label: { en: 'Paid ads', fa: 'تبلیغات' }, value: 585, previous: 640 },
  { label: { en: 'Social', fa: 'شبکه‌های اجتماعی' }, value: 402, previous: 377 },
  { label: { en: 'Events', fa: 'رویدادها' }, value: 148, previous: 210 },
  { label: { en: 'Email', fa: 'ایمیل' }, value: 135, previous: 98 },
];

/**
 * Customers who left in the last month by contract type, and all customers by it, counted from
 * IBM's public "Telco Customer Churn" sample (7 043 customers, 1 869 churned).
 */
export const churnByContract = [
  { label: { en: 'Month-to-month', fa: 'ماهانه' }, value: 1655 },
  { label: { en: 'One year', fa: 'یک‌ساله' }, value: 166 },
  { label: { en: 'Two year', fa: 'دوساله' }, value: 48 },
];

/** Outreach activity this month per rep: calls, emails, meetings. */
export const outreach = {
  series: { en: ['Calls', 'Emails', 'Meetings'], fa: ['تماس', 'ایمیل', 'جلسه'] },
  items: [
    { label: { en: 'Sara', fa: 'سارا' }, values: [42, 80, 12] },
    { label: { en: 'Omid', fa: 'امید' }, values: [65, 31, 9] },
    { label: { en: 'Lina', fa: 'لینا' }, values: [18, 54, 15] },
    { label: { en: 'Reza', fa: 'رضا' }, values: [30, 22, 6] },
  ],
};

/**
 * Support tickets of the last 30 days (opened, first answered, resolved; the newest still open),
 * from the same seeded generator: about 9 a day, answered within a few hours.
 */
export const tickets: { opened: string; firstResponse?: string; resolved?: string }[] = (() => {
  const next = random(20251201);
  const HOUR = 3_600_000;
  const from = Date.UTC(2025, 10, 1);
  const records: { opened: string; firstResponse?: string; resolved?: string }[] = [];
  for (let i = 0; i < 270; i++) {
    const opened = from + Math.floor(next() * 30 * DAY);
    const answered = opened + Math.floor((0.3 + next() * next() * 9) * HOUR);
    const resolved = answered + Math.floor((1 + next() * 40) * HOUR);
    const iso = (ms: number) => new Date(ms).toISOString();
    const now = from + 30 * DAY;
    records.push({
      opened: iso(opened),
      ...(answered < now ? { firstResponse: iso(answered) } : {}),
      ...(resolved < now ? { resolved: iso(resolved) } : {}),
    });
  }
  return records;
})();
