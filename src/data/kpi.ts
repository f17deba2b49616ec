// The <kpi-card> registry: per metric id its input schema (shared with servers), the metric of
// src/metrics it calls, the kind of its value, whether higher is better and its formula as tokens.
// Nothing here computes a metric: `compute` only picks what each metric function returns.
import * as z from 'zod/mini';
import {
  averageDealSize,
  casesPerDay,
  churnRate,
  closeRate,
  computeCes,
  computeNps,
  conversionRate,
  costPerLead,
  customerAcquisitionCost,
  customerGrowth,
  customerLifetimeValue,
  dealStats,
  firstResponseTime,
  marketingRoi,
  netNewRevenue,
  relationshipLength,
  renewalRate,
  resolutionTime,
  retentionCost,
  retentionRate,
  revenuePerLead,
  roi,
  salesCycleLength,
  type CesScale,
} from '../metrics/index.js';
import { isoDuration } from './duration.js';
import type { Validator } from './loader.js';

/** How a value is formatted: a fraction as percent, money, a length of time (ms), a count, a score, a number. */
export type KpiKind = 'percent' | 'currency' | 'duration' | 'count' | 'score' | 'number';

/** What a metric gives a card: its value, the inputs its formula used and more numbers worth showing. */
export interface KpiResult {
  /** null when the formula has nothing to divide by (no new customers, no tickets…). */
  value: number | null;
  /** The formula's inputs by key: as given, or counted from records (`won`, `lost` from deals). */
  used: Record<string, number>;
  /** More numbers by key: `mean` (of the value's kind), `withinTarget`, `easyShare` (fractions). */
  details?: Record<string, number | null>;
}

/** One metric of the registry. */
export interface KpiMetric {
  kind: KpiKind;
  /** 1: higher is better; −1: lower is better (churn, costs, times); 0: neither (a volume). */
  better: 1 | -1 | 0;
  /**
   * The formula as tokens: input keys, record fields (`closed`, `created`…), numbers, the operators
   * `+ - * / ( )` and `median`/`mean` (of what follows); a card writes it out with localized labels.
   */
  formula: readonly string[];
  /** The numeric inputs (camelCase; kebab-case as attributes), in formula order. */
  inputs: readonly string[];
  /** Inputs that may be left out (the metric's defaults apply). */
  optional: readonly string[];
  /** Records that may stand for the inputs, or are the input: `deals`, `tickets`, `customers`, `scores`. */
  records?: string;
  /** The metric's input: the inputs (or records), options, and `previous`, `series`, `target`. */
  schema: z.ZodMiniType<KpiInput>;
  /** Calls the metric (which throws a RangeError naming a bad field). */
  compute(input: KpiInput): KpiResult;
}

/** A card's input as validated: numbers by key, records, options, and the comparison fields. */
export type KpiInput = Record<string, unknown> & {
  /** The previous period's value, or its inputs (an object of the same fields). */
  previous?: number | Record<string, unknown>;
  /** Values over time for the sparkline. */
  series?: number[];
  /** A target value (a duration: ISO 8601 `PT4H` or ms). */
  target?: number | string;
};

/** What a card shows: the result, the previous value, the series and the target (ms for durations). */
export interface KpiView extends KpiResult {
  previous?: number | null;
  series?: number[];
  target?: number;
}

const AMOUNTS = /* @__PURE__ */ (() =>
  'spend averageRevenue gain cost attributedRevenue marketingCost newRevenue expansion contraction churned revenue'.split(
    ' ',
  ))();
const FRACTIONS = ['grossMargin', 'churnRate'];
const RECORDS = ['deals', 'tickets', 'customers', 'scores'];

/** The kind of an input (or of a detail) by key: money, a fraction, else a count. */
export const inputKind = (key: string, kind: KpiKind): KpiKind =>
  AMOUNTS.includes(key)
    ? 'currency'
    : FRACTIONS.includes(key) || key == 'withinTarget' || key == 'easyShare'
      ? 'percent'
      : key == 'mean'
        ? kind
        : 'count';

const num = (ok: (v: number) => boolean, message: string) =>
  z.number().check(z.refine(ok, message)) as z.ZodMiniType<number>;
const custom = (ok: (v: unknown) => boolean, message: string) => z.custom<unknown>(ok, message);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
/** An optional target field (one schema builder for both schemas). */
const targetField = () => z.optional(custom(isTarget, 'expected a number or an ISO 8601 duration'));
/** Numbers over time: an array of finite numbers (zod's array machinery would cost 0.4 kB). */
const isSeries = (v: unknown) => Array.isArray(v) && v.every(Number.isFinite);
/** A target: a number, or an ISO 8601 duration. */
const isTarget = (v: unknown) => (typeof v == 'string' ? isoDuration(v) >= 0 : Number.isFinite(v));

/** The schema of one field by its key: one builder for every "object of named non-negative numbers". */
const field = (key: string) =>
  FRACTIONS.includes(key)
    ? num((v) => v >= 0 && v <= 1, 'expected a fraction 0…1')
    : AMOUNTS.includes(key)
      ? num((v) => v >= 0 && v < Infinity, 'expected a number ≥ 0')
      : RECORDS.includes(key)
        ? // Records are checked by the metric, which names the record and field (`deals[3].closed`).
          custom((v) => Array.isArray(v) || (key == 'deals' && isCount(v)), 'expected an array')
        : num(isCount, 'expected a whole number ≥ 0');

/** Epoch ms of a target: an ISO 8601 duration or a number. */
export const targetValue = (t: number | string | undefined): number | undefined =>
  typeof t == 'string' ? isoDuration(t) : t;

const ID = /[a-z]\w*/gi;
/** Formula words that are not inputs: record fields, `median`, `mean`, `days`. */
const NOT_INPUTS = /* @__PURE__ */ (() =>
  'median mean created closed opened resolved firstResponse start at days'.split(' '))();

/**
 * A metric: its kind, whether higher is better, its formula ("spend/newCustomers") and what to
 * call. Inputs are the formula's identifiers that are not record fields; `optional` lists those
 * with defaults; `records` the records that may replace them.
 */
function metric(
  kind: KpiKind,
  better: 1 | -1 | 0,
  text: string,
  // `never`: any metric function, whatever its input's type (the schema checked the input).
  call: (d: never) => number | null | KpiResult,
  records?: string,
  optional = '',
): KpiMetric {
  const formula = text.match(/[a-z]\w*|\d+|\S/gi)!;
  const inputs = [...new Set(text.match(ID))].filter(
    (k) => !NOT_INPUTS.includes(k) && (k == 'deals' || !RECORDS.includes(k)),
  );
  const opt = optional.split(' ');
  const keys = [...new Set([...inputs, ...(records ? [records] : [])])];
  const shape: Record<string, z.ZodMiniType> = {
    previous: z.optional(
      custom(
        (v) => Number.isFinite(v) || schema.safeParse(v).success,
        'expected a number or the same inputs',
      ),
    ),
    series: z.optional(custom(isSeries, 'expected an array of numbers')),
    target: targetField(),
  };
  for (const k of keys) shape[k] = z.optional(field(k));
  // Required: the records, or every input that is not optional.
  const required = (inputs.length ? inputs : [records!])
    .filter((k) => !opt.includes(k))
    .map((k) =>
      z.refine<Record<string, unknown>>(
        (d) => d[k] !== undefined || (!!records && d[records] !== undefined),
        {
          path: [k],
          message: 'required',
        },
      ),
    );
  const schema = z.looseObject(shape).check(...required) as unknown as z.ZodMiniType<KpiInput>;
  return {
    kind,
    better,
    formula,
    inputs,
    optional: opt.filter(Boolean),
    records,
    schema,
    compute(d) {
      const r = call(d as never);
      if (r !== null && typeof r == 'object') return r;
      const used: Record<string, number> = {};
      for (const k of inputs) if (typeof d[k] == 'number') used[k] = d[k];
      return { value: r, used };
    },
  };
}

const dealsOf = (d: KpiInput) => dealStats(d.deals as never);
const summary = (s: { count: number; mean: number | null; median: number | null }, records: string) => ({
  value: s.median,
  used: { [records]: s.count },
  details: { mean: s.mean },
});
const tickets = (f: typeof firstResponseTime) => (d: KpiInput) => {
  const s = f(d.tickets as never, { target: targetValue(d.target) });
  return { ...summary(s, 'tickets'), details: { mean: s.mean, withinTarget: s.withinTarget } };
};

/** Every metric a `<kpi-card metric="…">` shows, by id. */
export const kpiMetrics: Record<string, KpiMetric> = /* @__PURE__ */ (() => ({
  'renewal-rate': metric('percent', 1, 'renewed/dueForRenewal', renewalRate),
  'close-rate': metric(
    'percent',
    1,
    'won/(won+lost)',
    (d: KpiInput) => {
      if (!d.deals) return closeRate(d as never);
      const s = dealsOf(d);
      return { value: s.closeRate, used: { won: s.won, lost: s.lost } };
    },
    'deals',
  ),
  'conversion-rate': metric('percent', 1, 'leads/visitors', conversionRate),
  cac: metric('currency', -1, 'spend/newCustomers', customerAcquisitionCost),
  'retention-cost': metric('currency', -1, 'spend/retainedCustomers', retentionCost),
  clv: metric('currency', 1, 'averageRevenue*grossMargin/churnRate', customerLifetimeValue),
  roi: metric('percent', 1, '(gain-cost)/cost', roi),
  'marketing-roi': metric(
    'percent',
    1,
    '(attributedRevenue*grossMargin-marketingCost)/marketingCost',
    marketingRoi,
    undefined,
    'grossMargin',
  ),
  'net-new-revenue': metric(
    'currency',
    1,
    'newRevenue+expansion-contraction-churned',
    netNewRevenue,
    undefined,
    'expansion contraction churned',
  ),
  'churn-rate': metric('percent', -1, 'customersLost/customersAtStart', churnRate),
  'retention-rate': metric('percent', 1, '1-customersLost/customersAtStart', retentionRate),
  'customer-growth': metric(
    'percent',
    1,
    '(customersAtEnd-customersAtStart)/customersAtStart',
    customerGrowth,
  ),
  'revenue-per-lead': metric('currency', 1, 'revenue/leads', revenuePerLead),
  'cost-per-lead': metric('currency', -1, 'spend/leads', costPerLead),
  'average-deal-size': metric(
    'currency',
    1,
    'revenue/deals',
    (d: KpiInput) => {
      if (typeof d.deals == 'number') return averageDealSize(d as never);
      const s = dealsOf(d);
      return { value: s.averageDealSize, used: { revenue: s.revenue, deals: s.won } };
    },
    'deals',
  ),
  'sales-cycle': metric(
    'duration',
    -1,
    'median(closed-created)',
    (d: KpiInput) => summary(salesCycleLength(d.deals as never), 'deals'),
    'deals',
  ),
  nps: metric(
    'score',
    1,
    '(promoters-detractors)*100/(promoters+passives+detractors)',
    (d: KpiInput) => {
      const r = computeNps((d.scores ?? d) as never);
      return {
        value: r.score,
        used: { promoters: r.promoters, passives: r.passives, detractors: r.detractors },
      };
    },
    'scores',
  ),
  ces: metric(
    'score',
    1,
    'mean(scores)',
    (d: KpiInput) => {
      const r = computeCes(d.scores as never, { scale: d.scale as CesScale });
      return { value: r.mean, used: { scores: r.total }, details: { easyShare: r.easyShare } };
    },
    'scores',
  ),
  'first-response-time': metric(
    'duration',
    -1,
    'median(firstResponse-opened)',
    tickets(firstResponseTime),
    'tickets',
  ),
  'resolution-time': metric('duration', -1, 'median(resolved-opened)', tickets(resolutionTime), 'tickets'),
  'cases-per-day': metric(
    'number',
    0,
    'tickets/days',
    (d: KpiInput) => ({
      value: casesPerDay(d.tickets as never, d as never),
      used: { tickets: (d.tickets as unknown[]).length },
    }),
    'tickets',
  ),
  'relationship-length': metric(
    'duration',
    1,
    'median(at-start)',
    (d: KpiInput) => summary(relationshipLength(d.customers as never, d as never), 'customers'),
    'customers',
  ),
}))();

/** Each metric's input schema by id, for servers: `kpiSchemas.cac.safeParse(body)`. */
export const kpiSchemas: Record<string, z.ZodMiniType<KpiInput>> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(kpiMetrics).map(([id, m]) => [id, m.schema])))();

/** A ready value without a metric: `{ value, previous?, series?, target? }`. */
export const kpiValueSchema = /* @__PURE__ */ (() =>
  z.looseObject({
    value: z.number(),
    previous: z.optional(z.number()),
    series: z.optional(custom(isSeries, 'expected an array of numbers')),
    target: targetField(),
  }))();

type Issue = { code: 'custom'; path: PropertyKey[]; message: string; input: unknown };
const failure = (path: PropertyKey[], message: string, input?: unknown) => ({
  success: false as const,
  error: { issues: [{ code: 'custom', path, message, input } as Issue] },
});

/**
 * Validates a card's input for metric `id` (or a ready `value` without one) and calls the metric,
 * once per input: a RangeError of the metric becomes an issue at the field it names
 * (`deals[3].closed`). What a server that computes the card's numbers itself can call too.
 */
export const kpiInput = (id: string | null | undefined): Validator<KpiView> => ({
  safeParse(input) {
    const m = id ? kpiMetrics[id] : undefined;
    if (id && !m) return failure(['metric'], `unknown metric "${id}"`, id);
    const r = (m?.schema ?? (kpiValueSchema as z.ZodMiniType<KpiInput>)).safeParse(input);
    if (!r.success) return r;
    const d = r.data;
    let at: PropertyKey[] = [];
    try {
      const result = m ? m.compute(d) : { value: d.value as number, used: {} };
      const p = d.previous;
      at = ['previous'];
      const previous = p === undefined || typeof p == 'number' ? p : m!.compute(p as KpiInput).value;
      const target = m?.kind == 'duration' ? targetValue(d.target) : (d.target as number | undefined);
      return { success: true, data: { ...result, previous, series: d.series, target } };
    } catch (e) {
      const message = String((e as Error).message ?? e);
      // "deals[3].closed must be a valid date (got x)": the field is the first word.
      const field = message.split(' ')[0]!;
      return failure(
        [
          ...at,
          ...field
            .split(/[.[\]]+/)
            .filter(Boolean)
            .map((k) => (/^\d+$/.test(k) ? +k : k)),
        ],
        message,
      );
    }
  },
});
