// The aggregate routes' bodies, each shaped as its element's input and computed with the kit's own
// metrics (src/metrics) from rows the database counted. Ranges are [from, to) in UTC.
import { kpiInput, kpiMetrics, type KpiInput } from '../../src/data/kpi.js';
import { churnInput } from '../../src/data/schemas.js';
import {
  breakdown,
  churnSeries,
  csatCategory,
  dealStats,
  npsCategory,
  type Calendar,
  type Granularity,
} from '../../src/metrics/index.js';
import { countAll, countOf, type Db } from './db.js';

const DAY = 864e5;

/** A range [from, to) as ISO date-times. */
export interface Range {
  from: string;
  to: string;
}
/** A query's mistake, answered 400 with its issues. */
export class QueryError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const iso = (t: number) => new Date(t).toISOString();
/** Epoch ms of a query's date (`2025-01-31` is UTC midnight, or a date-time with Z or an offset). */
function dateParam(name: string, v: string): number {
  const t = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/.test(v) ? Date.parse(v) : NaN;
  if (t !== t)
    throw new QueryError(name, 'expected an ISO date (2025-01-31) or date-time with Z or an offset');
  return t;
}

/** `from` and `to` of a query (to exclusive); default: the `days` days up to the end of today (UTC). */
export function rangeOf(
  q: { from?: string | undefined; to?: string | undefined },
  now: number,
  days = 90,
): Range {
  const to = q.to ? dateParam('to', q.to) : Math.floor(now / DAY) * DAY + DAY;
  const from = q.from ? dateParam('from', q.from) : to - days * DAY;
  if (from >= to) throw new QueryError('to', 'must be after from');
  return { from: iso(from), to: iso(to) };
}
/** The range of equal length just before. */
export const previousRange = ({ from, to }: Range): Range => {
  const f = Date.parse(from);
  return { from: iso(f - (Date.parse(to) - f)), to: from };
};

// ---- NPS, CSAT ----

/** The answers of `kind` (on its one scale: NPS 0–10, CSAT 1–5) submitted in [from, to), counted per score. */
async function scoreCounts(db: Db, kind: 'nps' | 'csat', { from, to }: Range, segment?: string) {
  let q = db
    .selectFrom('responses')
    .select(['score', countAll().as('n')])
    .where('kind', '=', kind)
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<', to);
  if (segment) q = q.where('segment', '=', segment);
  return (await q.groupBy('score').execute()).map((r) => [Number(r.score), countOf(r.n)] as const);
}
type NpsCounts = {
  promoters: number;
  passives: number;
  detractors: number;
};
async function npsCounts(db: Db, range: Range, segment?: string): Promise<NpsCounts> {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const [score, n] of await scoreCounts(db, 'nps', range, segment))
    counts[`${npsCategory(score)}s` as keyof NpsCounts] += n;
  return counts;
}
async function csatCounts(db: Db, range: Range) {
  const counts = { satisfied: 0, neutral: 0, unsatisfied: 0 };
  for (const [score, n] of await scoreCounts(db, 'csat', range)) counts[csatCategory(score)] += n;
  return counts;
}

/** `<nps-gauge>` input: the counts of [from, to) and `previous`, those of the range before. */
export async function npsBody(db: Db, range: Range, segment?: string) {
  const [current, previous] = await Promise.all([
    npsCounts(db, range, segment),
    npsCounts(db, previousRange(range), segment),
  ]);
  return { ...current, previous };
}

// ---- funnel ----

/** The key of the first month that starts at or after `t`. */
const monthAtOrAfter = (t: string): string => {
  const d = new Date(t);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const m = new Date(first < d.getTime() ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : first);
  return m.toISOString().slice(0, 7);
};
/** The months of a monthly table (funnel, spend, revenue, renewals) that a range sums: those starting in [from, to). */
const monthsOf = ({ from, to }: Range): Range => ({ from: monthAtOrAfter(from), to: monthAtOrAfter(to) });
async function funnelStagesOf(db: Db, range: Range) {
  const months = monthsOf(range);
  const rows = await db
    .selectFrom('funnel')
    .select(['stage', 'position', (eb) => eb.fn.sum<string | number>('value').as('value')])
    .where('month', '>=', months.from)
    .where('month', '<', months.to)
    .groupBy(['stage', 'position'])
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ label: r.stage, value: countOf(r.value) }));
}
/** `<funnel-view>` input: stage counts of the months starting in [from, to), with the range before as `previous`. */
export async function funnelBody(db: Db, range: Range) {
  const [current, before] = await Promise.all([
    funnelStagesOf(db, range),
    funnelStagesOf(db, previousRange(range)),
  ]);
  const previous = new Map(before.map((s) => [s.label, s.value]));
  return {
    stages: current.map((s) => (previous.has(s.label) ? { ...s, previous: previous.get(s.label)! } : s)),
  };
}

// ---- churn ----

const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'];
/** `<churn-trend>` input per period, counted by `churnSeries` from the customer records. */
export async function churnBody(
  db: Db,
  q: { granularity?: string | undefined; calendar?: string | undefined; from?: string; to?: string },
) {
  const granularity = (q.granularity ?? 'month') as Granularity;
  if (!GRANULARITIES.includes(granularity))
    throw new QueryError('granularity', `expected one of ${GRANULARITIES.join(', ')}`);
  const calendar = (q.calendar ?? 'gregory') as Calendar;
  if (calendar != 'gregory' && calendar != 'persian')
    throw new QueryError('calendar', 'expected gregory or persian');
  if (granularity == 'day' && !q.from) throw new QueryError('from', 'required with granularity=day');
  const rows = await db.selectFrom('customers').select(['start_date', 'end_date']).execute();
  const series = churnSeries(
    rows.map((r) => ({ start: r.start_date, end: r.end_date })),
    {
      granularity,
      calendar,
      ...(q.from && { from: new Date(dateParam('from', q.from)) }),
      ...(q.to && { to: new Date(dateParam('to', q.to)) }),
    },
  );
  const body = {
    granularity,
    calendar,
    points: series.map((p) => ({
      period: p.period,
      customersAtStart: p.customersAtStart,
      customersLost: p.customersLost,
    })),
  };
  const check = churnInput.safeParse(body);
  if (!check.success) throw new Error('churn body fails its own schema');
  return body;
}

// ---- KPI cards ----

/** Amounts summed in floating point, to the cent. */
const cents = (x: number) => Math.round(x * 100) / 100;
/** The demo's gross margin (CLV, marketing ROI). */
const GROSS_MARGIN = 0.6;

/** Customers active at `t`: started before it and not ended before it (DESIGN.md's cohort definition). */
const activeAt = (db: Db, t: string) =>
  db
    .selectFrom('customers')
    .where('start_date', '<', t)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', t)]));
/** Customers active at `from` and those of them lost in [from, to). */
async function churnCounts(db: Db, { from, to }: Range) {
  const active = activeAt(db, from);
  const [s, l] = await Promise.all([
    active.select(countAll().as('n')).executeTakeFirstOrThrow(),
    active.where('end_date', '<', to).select(countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { customersAtStart: countOf(s.n), customersLost: countOf(l.n) };
}
/** Customers active at `from` and at `to` (the same cohort definition). */
async function growthCounts(db: Db, { from, to }: Range) {
  const [s, e] = await Promise.all(
    [from, to].map((t) => activeAt(db, t).select(countAll().as('n')).executeTakeFirstOrThrow()),
  );
  return { customersAtStart: countOf(s!.n), customersAtEnd: countOf(e!.n) };
}
/** Customers who started in [from, to). */
async function newCustomers(db: Db, { from, to }: Range) {
  const r = await db
    .selectFrom('customers')
    .select(countAll().as('n'))
    .where('start_date', '>=', from)
    .where('start_date', '<', to)
    .executeTakeFirstOrThrow();
  return countOf(r.n);
}
/** The customer records relationship length counts at `to`: those it holds active then (start ≤ at < end). */
async function tenuresAt(db: Db, { to }: Range) {
  const rows = await db
    .selectFrom('customers')
    .select(['start_date', 'end_date'])
    .where('start_date', '<=', to)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', to)]))
    .orderBy('start_date')
    .execute();
  return {
    customers: rows.map((c) =>
      c.end_date ? { start: c.start_date, end: c.end_date } : { start: c.start_date },
    ),
    at: to,
  };
}
async function decided(db: Db, { from, to }: Range) {
  const rows = await db
    .selectFrom('deals')
    .select(['created', 'closed', 'won', 'amount'])
    .where('closed', '>=', from)
    .where('closed', '<', to)
    .orderBy('closed')
    .execute();
  return rows.map((d) => ({
    created: d.created,
    closed: d.closed,
    won: d.won == 1,
    amount: Number(d.amount),
  }));
}
async function ticketsOf(db: Db, { from, to }: Range) {
  const rows = await db
    .selectFrom('tickets')
    .select(['opened', 'first_response', 'resolved'])
    .where('opened', '>=', from)
    .where('opened', '<', to)
    .orderBy('opened')
    .execute();
  return rows.map((t) => ({ opened: t.opened, firstResponse: t.first_response, resolved: t.resolved }));
}
async function cesScores(db: Db, { from, to }: Range) {
  const rows = await db
    .selectFrom('responses')
    .select('score')
    .where('kind', '=', 'ces')
    .where('scale', '=', '1-7')
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<', to)
    .orderBy('submitted_at')
    .execute();
  return rows.map((r) => Number(r.score));
}
async function stageTotals(db: Db, range: Range) {
  const stages = await funnelStagesOf(db, range);
  const at = (label: string) => stages.find((s) => s.label == label)?.value ?? 0;
  return { leads: at('Leads'), visitors: at('Visitors') };
}
/** CLV's inputs: mean monthly charge of the customers active at `to`, the margin, the range's churn rate. */
async function clvInputs(db: Db, range: Range) {
  const r = await activeAt(db, range.to)
    .select((eb) => eb.fn.avg<string | number>('monthly_charges').as('avg'))
    .executeTakeFirstOrThrow();
  const c = await churnCounts(db, range);
  const churnRate = c.customersAtStart ? c.customersLost / c.customersAtStart : 0;
  return { averageRevenue: cents(Number(r.avg ?? 0)), grossMargin: GROSS_MARGIN, churnRate };
}
/** The revenue of the deals won in [from, to): the new revenue of the money metrics. */
const wonRevenue = async (db: Db, r: Range) => cents(dealStats(await decided(db, r)).revenue);
/** Spend per channel over the months of the range. */
async function spendOf(db: Db, range: Range) {
  const months = monthsOf(range);
  const rows = await db
    .selectFrom('spend')
    .select(['channel', (eb) => eb.fn.sum<string | number>('amount').as('amount')])
    .where('month', '>=', months.from)
    .where('month', '<', months.to)
    .groupBy('channel')
    .execute();
  const by = new Map(rows.map((r) => [r.channel, cents(countOf(r.amount))]));
  const at = (channel: string) => by.get(channel) ?? 0;
  return { marketing: at('marketing'), sales: at('sales'), retention: at('retention') };
}
/** Expansion, contraction and churned revenue over the months of the range. */
async function revenueMoves(db: Db, range: Range) {
  const months = monthsOf(range);
  const r = await db
    .selectFrom('revenue')
    .select((eb) => [
      eb.fn.sum<string | number>('expansion').as('expansion'),
      eb.fn.sum<string | number>('contraction').as('contraction'),
      eb.fn.sum<string | number>('churned').as('churned'),
    ])
    .where('month', '>=', months.from)
    .where('month', '<', months.to)
    .executeTakeFirstOrThrow();
  return {
    expansion: cents(countOf(r.expansion)),
    contraction: cents(countOf(r.contraction)),
    churned: cents(countOf(r.churned)),
  };
}
/** Contracts due for renewal over the months of the range, and how many of them renewed. */
async function renewalCounts(db: Db, range: Range) {
  const months = monthsOf(range);
  const r = await db
    .selectFrom('renewals')
    .select((eb) => [
      eb.fn.sum<string | number>('renewed').as('renewed'),
      eb.fn.sum<string | number>('due').as('due'),
    ])
    .where('month', '>=', months.from)
    .where('month', '<', months.to)
    .executeTakeFirstOrThrow();
  return { renewed: countOf(r.renewed), dueForRenewal: countOf(r.due) };
}

type Inputs = (db: Db, r: Range) => Promise<Record<string, unknown>>;
/** The inputs of every metric of the registry, for one range. */
const KPI_INPUTS: Record<string, Inputs> = {
  nps: (db, r) => npsCounts(db, r),
  csat: csatCounts,
  ces: async (db, r) => ({ scores: await cesScores(db, r) }),
  'close-rate': async (db, r) => {
    const s = dealStats(await decided(db, r));
    return { won: s.won, lost: s.lost };
  },
  'average-deal-size': async (db, r) => {
    const s = dealStats(await decided(db, r));
    return { revenue: cents(s.revenue), deals: s.won };
  },
  'sales-cycle': async (db, r) => ({ deals: (await decided(db, r)).filter((d) => d.won) }),
  'first-response-time': async (db, r) => ({ tickets: await ticketsOf(db, r) }),
  'resolution-time': async (db, r) => ({ tickets: await ticketsOf(db, r) }),
  'cases-per-day': async (db, r) => ({
    tickets: (await ticketsOf(db, r)).map((t) => ({ opened: t.opened })),
    from: r.from.slice(0, 10),
    to: new Date(Date.parse(r.to) - DAY).toISOString().slice(0, 10),
  }),
  'churn-rate': churnCounts,
  'retention-rate': churnCounts,
  'customer-growth': growthCounts,
  'relationship-length': tenuresAt,
  'renewal-rate': renewalCounts,
  'conversion-rate': stageTotals,
  clv: clvInputs,
  // Acquisition is marketing and sales spend; retention spend over the customers kept.
  cac: async (db, r) => {
    const [s, n] = await Promise.all([spendOf(db, r), newCustomers(db, r)]);
    return { spend: s.marketing + s.sales, newCustomers: n };
  },
  'retention-cost': async (db, r) => {
    const [s, c] = await Promise.all([spendOf(db, r), churnCounts(db, r)]);
    return { spend: s.retention, retainedCustomers: c.customersAtStart - c.customersLost };
  },
  'cost-per-lead': async (db, r) => {
    const [s, t] = await Promise.all([spendOf(db, r), stageTotals(db, r)]);
    return { spend: s.marketing, leads: t.leads };
  },
  'revenue-per-lead': async (db, r) => {
    const [revenue, t] = await Promise.all([wonRevenue(db, r), stageTotals(db, r)]);
    return { revenue, leads: t.leads };
  },
  // Every deal comes from a marketing source (the seed's deals.source), so all won revenue is attributed.
  'marketing-roi': async (db, r) => {
    const [attributedRevenue, s] = await Promise.all([wonRevenue(db, r), spendOf(db, r)]);
    return { attributedRevenue, marketingCost: s.marketing, grossMargin: GROSS_MARGIN };
  },
  // The gain is the revenue won and expanded; the cost, every channel's spend.
  roi: async (db, r) => {
    const [won, m, s] = await Promise.all([wonRevenue(db, r), revenueMoves(db, r), spendOf(db, r)]);
    return { gain: cents(won + m.expansion), cost: cents(s.marketing + s.sales + s.retention) };
  },
  'net-new-revenue': async (db, r) => {
    const [newRevenue, m] = await Promise.all([wonRevenue(db, r), revenueMoves(db, r)]);
    return { newRevenue, ...m };
  },
};
/**
 * Metrics whose `previous` is the range before's value rather than its inputs, computed by the
 * registry's own metric: thousands of customer records a second time would double the body.
 */
const PREVIOUS_AS_VALUE = new Set(['relationship-length']);
/** Targets the demo's cards show (support answers within 4 hours, resolves within 2 days). */
const KPI_TARGETS: Record<string, string | number> = {
  'first-response-time': 'PT4H',
  'resolution-time': 'P2D',
};
export const KPI_SUPPORTED = Object.keys(KPI_INPUTS);

/** `<kpi-card metric>` input for [from, to), its `previous` the same inputs for the range before (or their value); undefined for an unknown metric. */
export async function kpiBody(db: Db, metric: string, range: Range): Promise<KpiInput | undefined> {
  const inputs = Object.hasOwn(KPI_INPUTS, metric) ? KPI_INPUTS[metric] : undefined;
  if (!inputs || !kpiMetrics[metric]) return undefined;
  const [current, before] = await Promise.all([inputs(db, range), inputs(db, previousRange(range))]);
  // With no value (no customers then), the inputs themselves, which say as much.
  const previous = PREVIOUS_AS_VALUE.has(metric)
    ? (kpiMetrics[metric].compute(before).value ?? before)
    : before;
  const target = KPI_TARGETS[metric];
  const body: KpiInput = { ...current, previous, ...(target !== undefined && { target }) };
  // The card's own validator runs the metric: a body it would refuse is our bug, not the page's.
  const check = kpiInput(metric).safeParse(body);
  if (!check.success) throw new Error(`kpi ${metric} body fails its own schema`);
  return body;
}

// ---- breakdowns ----

type Items = { label: string; value: number; previous?: number }[];
const itemsWithPrevious = (current: Items, before: Items): Items => {
  const p = new Map(before.map((i) => [i.label, i.value]));
  // The kit's breakdown merges and orders the rows as the bars will show them.
  return breakdown(current.map((i) => ({ ...i, previous: p.get(i.label) ?? 0 }))).rows.map((r) => ({
    label: r.label,
    value: r.value,
    ...(r.previous !== undefined && { previous: r.previous }),
  }));
};
type Counted = (db: Db, r: Range) => Promise<Items>;
const grouped =
  (
    table: 'deals' | 'tickets' | 'responses',
    column: 'source' | 'channel' | 'locale',
    time: string,
  ): Counted =>
  async (db, { from, to }) => {
    // Column and table names come from this file's own list, never from the request.
    const rows = await db
      .selectFrom(table)
      .select((eb) => [eb.ref(column as 'source').as('label'), countAll().as('n')])
      .where(time as 'created', '>=', from)
      .where(time as 'created', '<', to)
      .groupBy(column as 'source')
      .execute();
    return rows.map((r) => ({ label: String(r.label), value: countOf(r.n) }));
  };
const BREAKDOWNS: Record<string, Counted> = {
  'leads-by-source': grouped('deals', 'source', 'created'),
  'tickets-by-channel': grouped('tickets', 'channel', 'opened'),
  'responses-by-locale': grouped('responses', 'locale', 'submitted_at'),
};
export const BREAKDOWN_NAMES = [...Object.keys(BREAKDOWNS), 'churn-by-contract'];

/** `<breakdown-bars>` input named `name` for [from, to) with `previous` per item; undefined for an unknown name. */
export async function breakdownBody(db: Db, name: string, range: Range) {
  if (name == 'churn-by-contract') {
    // Stacked: customers by contract, still active and churned (the Telco sample's own split).
    const rows = await db
      .selectFrom('customers')
      .select(['contract', 'churned', countAll().as('n')])
      .groupBy(['contract', 'churned'])
      .orderBy('contract')
      .execute();
    const by = new Map<string, number[]>();
    for (const r of rows) {
      const v = by.get(r.contract) ?? [0, 0];
      v[Number(r.churned) ? 1 : 0]! += countOf(r.n);
      by.set(r.contract, v);
    }
    return { series: ['Stayed', 'Churned'], items: [...by].map(([label, values]) => ({ label, values })) };
  }
  const count = Object.hasOwn(BREAKDOWNS, name) ? BREAKDOWNS[name] : undefined;
  if (!count) return undefined;
  const [current, before] = await Promise.all([count(db, range), count(db, previousRange(range))]);
  return { items: itemsWithPrevious(current, before) };
}
