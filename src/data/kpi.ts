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
  computeCsat,
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
  type DurationSummary,
} from '../metrics/index.js';
import { isoDuration } from './duration.js';
import type { Validator } from './loader.js';
import { amount, count, num } from './schemas.js';

/** How a value is formatted: a fraction as percent, money, a length of time (ms), a count, a score, a number. */
export type KpiKind = 'percent' | 'currency' | 'duration' | 'count' | 'score' | 'number';

/** What a metric gives a card: its value, the inputs its formula used and more numbers worth showing. */
export interface KpiResult {
  /** null when the formula has nothing to divide by (no new customers, no tickets…). */
  value: number | null;
  /** The formula's inputs by key: as given, or counted from records (`won`, `lost` from deals). */
  used: Record<string, number>;
  /** More numbers by key: `mean` (of the value's kind), `withinTarget`, `easyShare` (fractions), `interval` ([low, high]). */
  details?: Record<string, number | readonly number[] | null | undefined>;
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
  /**
   * Records that may stand for the inputs, or are the input: `deals`, `tickets`, `customers`,
   * `scores` (or, for `scores`, survey `responses`: see `answers`).
   */
  records?: string;
  /** The metric's input: the inputs (or records), options, and `previous`, `series`, `target`. */
  schema: z.ZodMiniType<KpiInput>;
  /** Calls the metric (which throws a RangeError naming a bad field). */
  compute(input: KpiInput): KpiResult;
}

/** A card's input as validated: numbers by key, records, options, and the comparison fields. */
export type KpiInput = Record<string, unknown> & {
  /** The previous period's value (a duration: ISO 8601 `PT3H30M` or ms), or its inputs (an object of the same fields). */
  previous?: number | string | Record<string, unknown>;
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
const FRACTIONS = ['grossMargin', 'churnRate', 'withinTarget', 'easyShare'];
/** Formula words that are not inputs: records other than `deals`, record fields, `median`, `mean`, `days`. */
const NOT_INPUTS = /* @__PURE__ */ (() =>
  'tickets customers scores responses median mean created closed opened resolved firstResponse start at days'.split(
    ' ',
  ))();

/** The kind of an input (or of a detail) by key: money, a fraction, the value's own (`mean`, `interval`), else a count. */
export const inputKind = (key: string, kind: KpiKind): KpiKind =>
  AMOUNTS.includes(key)
    ? 'currency'
    : FRACTIONS.includes(key)
      ? 'percent'
      : key == 'mean' || key == 'interval'
        ? kind
        : 'count';

const custom = (ok: (v: unknown) => boolean, message: string) => z.custom<unknown>(ok, message);
/** A target: a number, or an ISO 8601 duration. */
const isTarget = (v: unknown) => (typeof v == 'string' ? isoDuration(v) >= 0 : Number.isFinite(v));

/** Epoch ms of a target: an ISO 8601 duration or a number. */
export const targetValue = (t: number | string | undefined): number | undefined =>
  typeof t == 'string' ? isoDuration(t) : t;

// Made once and shared by every metric's schema.
/** Numbers over time: an array of finite numbers (zod's array machinery would cost 0.4 kB). */
let series: z.ZodMiniType;
let target: z.ZodMiniType;
const fields: Record<string, z.ZodMiniType> = {};
/** The schema of one field by its key: one builder for every "object of named non-negative numbers". */
const field = (key: string) =>
  (fields[key] ??= z.optional(
    FRACTIONS.includes(key)
      ? num((v) => v >= 0 && v <= 1, 'expected a fraction 0…1')
      : AMOUNTS.includes(key)
        ? amount()
        : key == 'deals' || NOT_INPUTS.includes(key)
          ? // Records are checked by the metric, which names the record and field (`deals[3].closed`).
            custom(
              (v) => Array.isArray(v) || (key == 'deals' && Number.isSafeInteger(v) && (v as number) >= 0),
              'expected an array',
            )
          : count(),
  ));
const comparison = () => ({
  series: (series ??= z.optional(
    custom((v) => Array.isArray(v) && v.every(Number.isFinite), 'expected an array of numbers'),
  )),
  target: (target ??= z.optional(custom(isTarget, 'expected a number or an ISO 8601 duration'))),
});

/** A metric function of src/metrics: called with its records (or its inputs) and the options. */
// `never`: any metric function, whatever its input's type (the schema checked the input).
type Call = (
  input: never,
  options: never,
) =>
  | number
  | null
  | KpiResult
  | (DurationSummary & { withinTarget?: number | null })
  | { score: number | null; interval: readonly number[] | null };

/**
 * The scores of the survey responses `{ kind, scale?, score }` of kind `id` (`nps`, `csat`, `ces`;
 * an NPS body without `kind` is NPS), and where each came from; the other kinds are left out. A
 * record on another scale than `scale` is a RangeError naming it (`responses[4].scale`).
 */
const answers = (rs: unknown[], id: string, scale: string): [number[], number[]] => {
  const scores: number[] = [];
  const at: number[] = [];
  rs.forEach((r, i) => {
    const { kind = 'nps', scale: s = scale, score } = Object(r);
    if (kind == id) {
      if (s != scale) throw RangeError(`responses[${i}].scale must be ${scale} (got ${s})`);
      scores.push(score);
      at.push(i);
    }
  });
  return [scores, at];
};

/**
 * A metric from its row: id, kind (first letter), whether higher is better (`+`, `-`, `0`), its
 * formula ("spend/newCustomers"), the records that may stand for its inputs (`-`: none), and the
 * inputs with defaults (comma-separated). Inputs are the formula's identifiers that are not
 * record fields. A value of the metric's call that is a number takes the inputs given as used; a
 * summary (count, mean, median) gives its median, with the count of records and the mean.
 */
function metric(row: string, call: Call): [string, KpiMetric] {
  const [id, kb, text, rec, opt = ''] = row.split(' ') as [string, string, string, string, string?];
  const records = rec == '-' ? undefined : rec;
  const formula = text.match(/[a-z]\w*|\d+|\S/gi)!;
  const inputs = [...new Set(text.match(/[a-z]\w*/gi))].filter((k) => !NOT_INPUTS.includes(k));
  const optional = opt ? opt.split(',') : [];
  const shape: Record<string, z.ZodMiniType> = {
    previous: z.optional(
      custom(
        (v) => isTarget(v) || schema.safeParse(v).success,
        'expected a number, an ISO 8601 duration or the same inputs',
      ),
    ),
    ...comparison(),
  };
  // Scores may come as survey responses.
  const sources = records == 'scores' ? [records, 'responses'] : records ? [records] : [];
  for (const k of [...inputs, ...sources]) shape[k] = field(k);
  // Required: the records, or every input that is not optional.
  const required = (inputs.length ? inputs : [records!])
    .filter((k) => !optional.includes(k))
    .map((k) =>
      z.refine<Record<string, unknown>>(
        (d) => d[k] !== undefined || sources.some((r) => d[r] !== undefined),
        {
          path: [k],
          message: 'required',
        },
      ),
    );
  const schema = z.looseObject(shape).check(...required) as unknown as z.ZodMiniType<KpiInput>;
  const kind = (['percent', 'currency', 'duration', 'number', 'score'] as const).find((k) => k[0] == kb[0])!;
  return [
    id,
    {
      kind,
      better: kb[1] == '+' ? 1 : kb[1] == '-' ? -1 : 0,
      formula,
      inputs,
      optional,
      records,
      schema,
      compute(d) {
        const o: Record<string, unknown> = { ...d, target: targetValue(d.target) };
        let x = records && Array.isArray(d[records]) ? d[records] : o;
        let at: number[] | undefined;
        if (x == o && Array.isArray(d.responses)) {
          // The card's scale: NPS 0–10, CSAT 1–5, CES its `scale`, else that of its first response.
          const first = (d.responses as Record<string, unknown>[]).find((r) => Object(r).kind == id);
          o.scale = id == 'nps' ? '0-10' : id == 'csat' ? '1-5' : (d.scale ?? first?.scale ?? '1-7');
          [x, at] = answers(d.responses, id, o.scale as string);
        }
        let r;
        try {
          r = call(x as never, o as never);
        } catch (e) {
          // A bad score is named where it came from: scores[2] → responses[5].score.
          throw at
            ? RangeError(
                String((e as Error).message).replace(
                  /^scores\[(\d+)]/,
                  (_, j) => `responses[${at![j]}].score`,
                ),
              )
            : e;
        }
        // A number, or a score with its counts and interval (NPS, CSAT): the inputs, given or counted.
        const c = Object(r);
        if (r == null || typeof r == 'number' || 'score' in c) {
          const used: Record<string, number> = {};
          for (const k of inputs) if (typeof (c[k] ?? d[k]) == 'number') used[k] = c[k] ?? d[k];
          return 'score' in c
            ? { value: c.score, used, details: { interval: c.interval } }
            : { value: r as number | null, used };
        }
        return 'median' in r
          ? {
              value: r.median,
              used: { [records!]: r.count },
              details: { mean: r.mean, withinTarget: r.withinTarget },
            }
          : (r as KpiResult);
      },
    },
  ];
}

/** Close rate or average deal size from deal records, or from their counts and amounts. */
const deals =
  (f: Call, pick: (s: ReturnType<typeof dealStats>) => KpiResult) =>
  (x: never, o: never): number | null | KpiResult =>
    Array.isArray(x) ? pick(dealStats(x)) : (f(x, o) as number | null);

/** Every metric a `<kpi-card metric="…">` shows, by id. */
export const kpiMetrics: Record<string, KpiMetric> = /* @__PURE__ */ (() =>
  Object.fromEntries([
    metric('renewal-rate p+ renewed/dueForRenewal -', renewalRate),
    metric(
      'close-rate p+ won/(won+lost) deals',
      deals(closeRate, (s) => ({ value: s.closeRate, used: { won: s.won, lost: s.lost } })),
    ),
    metric('conversion-rate p+ leads/visitors -', conversionRate),
    metric('cac c- spend/newCustomers -', customerAcquisitionCost),
    metric('retention-cost c- spend/retainedCustomers -', retentionCost),
    metric('clv c+ averageRevenue*grossMargin/churnRate -', customerLifetimeValue),
    metric('roi p+ (gain-cost)/cost -', roi),
    metric(
      'marketing-roi p+ (attributedRevenue*grossMargin-marketingCost)/marketingCost - grossMargin',
      marketingRoi,
    ),
    metric(
      'net-new-revenue c+ newRevenue+expansion-contraction-churned - expansion,contraction,churned',
      netNewRevenue,
    ),
    metric('churn-rate p- customersLost/customersAtStart -', churnRate),
    metric('retention-rate p+ 1-customersLost/customersAtStart -', retentionRate),
    metric('customer-growth p+ (customersAtEnd-customersAtStart)/customersAtStart -', customerGrowth),
    metric('revenue-per-lead c+ revenue/leads -', revenuePerLead),
    metric('cost-per-lead c- spend/leads -', costPerLead),
    metric(
      'average-deal-size c+ revenue/deals deals',
      deals(averageDealSize, (s) => ({
        value: s.averageDealSize,
        used: { revenue: s.revenue, deals: s.won },
      })),
    ),
    metric('sales-cycle d- median(closed-created) deals', salesCycleLength),
    metric('nps s+ (promoters-detractors)*100/(promoters+passives+detractors) scores', computeNps),
    metric('ces s+ mean(scores) scores', (x: never, o: never) => {
      const r = computeCes(x, o);
      return { value: r.mean, used: { scores: r.total }, details: { easyShare: r.easyShare } };
    }),
    metric('csat p+ satisfied/(satisfied+neutral+unsatisfied) scores', computeCsat),
    metric('first-response-time d- median(firstResponse-opened) tickets', firstResponseTime),
    metric('resolution-time d- median(resolved-opened) tickets', resolutionTime),
    metric('cases-per-day n0 tickets/days tickets', (x: unknown[], o: never) => ({
      value: casesPerDay(x as never, o),
      used: { tickets: x.length },
    })),
    metric('relationship-length d+ median(at-start) customers', relationshipLength),
  ]))();

/** Each metric's input schema by id, for servers: `kpiSchemas.cac.safeParse(body)`. */
export const kpiSchemas: Record<string, z.ZodMiniType<KpiInput>> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(kpiMetrics).map(([id, m]) => [id, m.schema])))();

/** A ready value without a metric: `{ value, previous?, series?, target? }`. */
export const kpiValueSchema = /* @__PURE__ */ (() =>
  z.looseObject({ value: z.number(), previous: z.optional(z.number()), ...comparison() }))();

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
    const at: PropertyKey[] = [];
    try {
      const result = m ? m.compute(d) : { value: d.value as number, used: {} };
      const p = d.previous;
      at.push('previous');
      const previous =
        p === undefined || typeof p != 'object' ? targetValue(p) : m!.compute(p as KpiInput).value;
      const target = m?.kind == 'duration' ? targetValue(d.target) : (d.target as number | undefined);
      return { success: true, data: { ...result, previous, series: d.series, target } };
    } catch (e) {
      const message = String((e as Error).message ?? e);
      // "deals[3].closed must be a valid date (got x)": the field is the first word.
      for (const k of message.split(' ')[0]!.split(/[.[\]]+/)) if (k) at.push(/^\d+$/.test(k) ? +k : k);
      return failure(at, message);
    }
  },
});
