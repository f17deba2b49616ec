// The zod/mini schemas of every element's input and of a survey response, shared by the browser
// and by servers so both validate the very same shapes. Types are inferred, never written twice.
// Each schema is built in a `/* @__PURE__ */` IIFE so that a bundle keeps only the schemas it uses.
import * as z from 'zod/mini';
import { npsCategory, periodStartOfKey } from '../metrics/index.js';
import type { FunnelStageInput, NpsInput } from '../metrics/index.js';

// One refinement per number: zod's int/minimum/maximum checks would each pull in their own
// machinery (0.6 kB in every gauge); the message still names the field through the issue path.
const num = (ok: (v: number) => boolean, message: string) => z.number().check(z.refine(ok, message));
const count = () => num((v) => Number.isInteger(v) && v >= 0, 'expected a whole number ≥ 0');
const score = () => num((v) => Number.isInteger(v) && v >= 0 && v <= 10, 'expected a whole number 0–10');
const amount = () => num((v) => v >= 0 && v < Infinity, 'expected a number ≥ 0');
/** One of a few strings: z.custom costs a quarter of z.enum's machinery in every bundle. */
const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((v) => values.includes(v as T), `expected one of ${values.map((v) => `"${v}"`).join(', ')}`);
const calendar = () => z.optional(oneOf(['gregory', 'persian'] as const));
const granularity = () => oneOf(['month', 'quarter', 'year'] as const);
// YYYY-MM-DD, optionally with a time and an offset (offset-less means UTC, as in metrics/).
const isoDate = () =>
  z
    .string()
    .check(
      z.refine(
        (s) =>
          /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(s) &&
          Date.parse(s) === Date.parse(s),
        'expected an ISO date',
      ),
    );

/** The fields of one NPS shape: the three counts, or `scores`, or `responses`. */
const npsShape = () => ({
  promoters: z.optional(count()),
  passives: z.optional(count()),
  detractors: z.optional(count()),
  scores: z.optional(z.array(score())),
  responses: z.optional(z.array(z.looseObject({ score: score() }))),
});
interface NpsFields {
  promoters?: number;
  passives?: number;
  detractors?: number;
  scores?: unknown;
  responses?: unknown;
}
/** Exactly one shape: all three counts, or `scores`, or `responses`. */
const oneShape = () =>
  z.refine<NpsFields>((d) => {
    const counts = [d.promoters, d.passives, d.detractors].filter((v) => v !== undefined).length;
    return +(d.scores !== undefined) + +(d.responses !== undefined) + +(counts > 0) == 1 && counts % 3 == 0;
  }, 'expected { promoters, passives, detractors }, { scores } or { responses }');

/**
 * `<nps-gauge>` input: counts `{ promoters, passives, detractors }`, scores `{ scores: [0–10…] }` or
 * responses `{ responses: [{ score, … }] }`; optional `previous` (one of the same shapes) and
 * `target` (−100…100). One object with a refinement rather than a union: zod's union machinery
 * would cost every page that shows a gauge another 0.4 kB.
 */
export const npsInputSchema = /* @__PURE__ */ (() =>
  z
    .object({
      ...npsShape(),
      previous: z.optional(z.object(npsShape()).check(oneShape())),
      target: z.optional(num((v) => v >= -100 && v <= 100, 'expected −100…100')),
    })
    .check(oneShape()))();
/** Validated `<nps-gauge>` input. */
export type NpsData = z.infer<typeof npsInputSchema>;
/** One NPS shape, without `previous`/`target`. */
export type NpsShape = Omit<NpsData, 'previous' | 'target'>;

/** One funnel stage: non-empty label, non-negative finite value, optional non-negative previous value. */
export const funnelStageSchema = /* @__PURE__ */ (() =>
  z.object({
    label: z.string().check(z.refine((s) => s.length > 0, 'must not be empty')),
    value: amount(),
    previous: z.optional(amount()),
  }))();
/** `<funnel-view>` input as an object: `{ stages: [...] }`. */
export const funnelObjectSchema = /* @__PURE__ */ (() => z.object({ stages: z.array(funnelStageSchema) }))();
/**
 * `<funnel-view>` input: `{ stages: [...] }` or a bare array of stages. The element itself
 * wraps a bare array and validates with `funnelObjectSchema`: zod's union would add 0.36 kB.
 */
export const funnelInputSchema = /* @__PURE__ */ (() =>
  z.union([funnelObjectSchema, z.array(funnelStageSchema)]))();
/** Validated `<funnel-view>` input. */
export type FunnelData = z.infer<typeof funnelInputSchema>;
/** One validated funnel stage. */
export type FunnelStageData = z.infer<typeof funnelStageSchema>;

/** `<churn-trend>` input per period: counts (lost ≤ at start) under period keys of `granularity` and `calendar`. */
export const churnPeriodsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      granularity: granularity(),
      calendar: calendar(),
      points: z.array(
        z.object({ period: z.string(), customersAtStart: count(), customersLost: count() }).check(
          z.refine((p) => !(p.customersAtStart >= 0 && p.customersLost > p.customersAtStart), {
            message: 'must not exceed customersAtStart',
            path: ['customersLost'],
          }),
        ),
      ),
    })
    .check(
      // Every period key must name a period of that granularity in that calendar.
      z.superRefine((d, ctx) =>
        d.points.forEach((p, i) => {
          try {
            periodStartOfKey(p.period, d.granularity, d.calendar);
          } catch {
            ctx.issues.push({
              code: 'custom',
              input: p.period,
              path: ['points', i, 'period'],
              message: `expected a ${d.granularity} key such as 2024-03, 2024-Q1 or 2024`,
            });
          }
        }),
      ),
    ))();
/** `<churn-trend>` input as ready rates 0…1 by date. */
export const churnRatesSchema = /* @__PURE__ */ (() =>
  z.object({
    granularity: z.optional(granularity()),
    calendar: calendar(),
    points: z.array(z.object({ date: isoDate(), rate: num((v) => v >= 0 && v <= 1, 'expected a rate 0…1') })),
  }))();
/** `<churn-trend>` input as customer records `{ start, end? }` (end ≥ start), bucketed by the element. */
export const churnCustomersSchema = /* @__PURE__ */ (() =>
  z.object({
    granularity: z.optional(granularity()),
    calendar: calendar(),
    customers: z.array(
      z.object({ start: isoDate(), end: z.optional(z.nullable(isoDate())) }).check(
        z.refine((c) => !c.end || !(Date.parse(c.end) < Date.parse(c.start)), {
          message: 'must not be before start',
          path: ['end'],
        }),
      ),
    ),
  }))();
/** `<churn-trend>` input, any of the three shapes (for servers; the element uses `churnInput`). */
export const churnInputSchema = /* @__PURE__ */ (() =>
  z.union([churnPeriodsSchema, churnRatesSchema, churnCustomersSchema]))();
/** Validated `<churn-trend>` input. */
export type ChurnData = z.infer<typeof churnInputSchema>;

/**
 * Validates `<churn-trend>` input with the one schema its shape asks for (`customers` → records;
 * points with a `period` → counts; else rates): the same answers as `churnInputSchema`, with the
 * issue paths of that shape, and without zod's union machinery (0.4 kB) in the browser.
 */
export const churnInput = {
  safeParse(input: unknown) {
    const d = input as { customers?: unknown; points?: { period?: unknown }[] } | null;
    const schema =
      d && typeof d == 'object' && 'customers' in d
        ? churnCustomersSchema
        : Array.isArray(d?.points) && d.points[0] && typeof d.points[0] == 'object' && 'period' in d.points[0]
          ? churnPeriodsSchema
          : churnRatesSchema;
    return schema.safeParse(input) as ReturnType<typeof churnInputSchema.safeParse>;
  },
};

/** A string passing `ok`, else the issue `message` at its path. */
const text = (ok: (s: string) => boolean, message: string) => z.string().check(z.refine(ok, message));

/**
 * The `<nps-survey>` POST body; `category` must be the category of `score`. The UUID, URL, date
 * and property checks are refinements: zod's format checks (uuid, url, iso.datetime) and a union
 * of primitives would cost the survey, which every visitor of a site downloads, 2.3 kB more.
 */
export const npsResponseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: text(
        (v) => /^[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/i.test(v),
        'expected a UUID',
      ),
      score: score(),
      category: oneOf(['detractor', 'passive', 'promoter'] as const),
      comment: z.optional(text((v) => v.length <= 5000, 'must be at most 5000 characters')),
      question: z.string(),
      locale: z.string(),
      respondentId: z.optional(z.string()),
      properties: z.optional(
        z.record(
          z.string(),
          z.custom<string | number | boolean | null>(
            (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v),
            'expected a string, number, boolean or null',
          ),
        ),
      ),
      page: text((v) => {
        try {
          return /^https?:$/.test(new URL(v).protocol);
        } catch {
          return false;
        }
      }, 'expected an http(s) URL'),
      submittedAt: text(
        (v) =>
          /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
          Date.parse(v) === Date.parse(v),
        'expected an ISO date-time with Z or an offset',
      ),
      suspect: z.optional(z.boolean()),
    })
    .check(
      z.refine(
        // An invalid score is reported by `score` itself; only a valid one is compared.
        (r) => !(r.score >= 0 && r.score <= 10 && r.score % 1 == 0) || npsCategory(r.score) == r.category,
        { message: 'does not match score', path: ['category'] },
      ),
    ))();
/** One survey response as posted by `<nps-survey>`. */
export type NpsResponse = z.infer<typeof npsResponseSchema>;

/** What `computeNps` takes for one NPS shape: the counts, or the scores (of the responses). */
export const npsInput = (d: NpsShape): NpsInput =>
  d.scores ??
  d.responses?.map((r) => r.score) ?? {
    promoters: d.promoters ?? 0,
    passives: d.passives ?? 0,
    detractors: d.detractors ?? 0,
  };

/** The stages of either funnel shape. */
export const funnelStages = (d: FunnelData): FunnelStageInput[] => ('stages' in d ? d.stages : d);

/** A bare array of stages as `{ stages }`; anything else as it is (for `funnelObjectSchema`). */
export const wrapStages = (raw: unknown): unknown => (Array.isArray(raw) ? { stages: raw } : raw);
