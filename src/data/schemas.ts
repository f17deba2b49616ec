// The zod/mini schemas of every element's input and of a survey response, shared by the browser
// and by servers so both validate the very same shapes. Types are inferred, never written twice.
// Each schema is built in a `/* @__PURE__ */` IIFE so that a bundle keeps only the schemas it uses.
import * as z from 'zod/mini';
import { cesCategory, csatCategory, npsCategory } from '../metrics/index.js';
import type { CesScale, SurveyKind } from '../metrics/index.js';
import type { Calendar, FunnelStageInput, Granularity, NpsInput } from '../metrics/index.js';
import {
  customerColumns,
  periodColumns,
  pointColumns,
  rateColumns,
  type ChurnColumns,
  type ColumnIssue,
} from './churn.js';
import type { Validator } from './loader.js';

// One refinement per number: zod's int/minimum/maximum checks would each pull in their own
// machinery (0.6 kB in every gauge); the message still names the field through the issue path.
export const num = (ok: (v: number) => boolean, message: string) => z.number().check(z.refine(ok, message));
export const count = () => num((v) => Number.isSafeInteger(v) && v >= 0, 'expected a whole number ≥ 0');
const score = () => num((v) => Number.isInteger(v) && v >= 0 && v <= 10, 'expected a whole number 0–10');
export const amount = () => num((v) => v >= 0 && v < Infinity, 'expected a number ≥ 0');
const expectedOneOf = (values: readonly string[]) =>
  `expected one of ${values.map((v) => `"${v}"`).join(', ')}`;
/** One of a few strings: z.custom costs a quarter of z.enum's machinery in every bundle. */
const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((v) => values.includes(v as T), expectedOneOf(values));
const calendar = () => z.optional(oneOf(['gregory', 'persian'] as const));
const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
const granularity = () => oneOf(GRANULARITIES);
/**
 * A granularity that must be there: a missing one is a wrong type, as in zod's own schemas, which
 * is what lets a union report the alternative its input was meant for.
 */
const requiredGranularity = () =>
  z
    .string()
    .check(
      z.refine((v) => GRANULARITIES.includes(v as Granularity), expectedOneOf(GRANULARITIES)),
    ) as z.ZodMiniType<Granularity>;
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

// The <churn-trend> shapes: zod checks the object and its options; the arrays are checked, and
// turned into columns, by one loop per shape (./churn.ts) that names the first bad index. zod's
// array and object schemas would copy every point and run its machinery per point: at a million
// points that was most of a first render.
type Loop<T> = (d: T, issues: ColumnIssue[]) => unknown;
/** The shape, with its loop as a refinement: what servers validate with. */
export const looped = <S extends z.ZodMiniType>(shape: S, loop: Loop<z.output<S>>) =>
  shape.check(z.superRefine((d, ctx) => void loop(d as z.output<S>, ctx.issues as ColumnIssue[]))) as S;
/** An array the shape's loop checks (without zod: zod would copy it and run per item). */
export const list = <T>() => z.unknown() as unknown as z.ZodMiniType<T[]>;
/** An array or a typed array (a `Float64Array`) the shape's loop checks. */
const column = <T>() => z.unknown() as unknown as z.ZodMiniType<ArrayLike<T>>;

/** A rate point: `date` as an ISO date or epoch ms, `rate` 0…1. */
interface RatePoint {
  date: string | number;
  rate: number;
}
/** A per-period point: the period's key and its counts. */
interface PeriodPoint {
  period: string;
  customersAtStart: number;
  customersLost: number;
}
/** A customer record: `start`, and `end` (≥ start) once gone; ISO dates or epoch ms. */
interface CustomerRecord {
  start: string | number;
  end?: string | number | null;
}

const periodsShape = /* @__PURE__ */ (() =>
  z.object({ granularity: requiredGranularity(), calendar: calendar(), points: list<PeriodPoint>() }))();
const ratesShape = /* @__PURE__ */ (() =>
  z.object({ granularity: z.optional(granularity()), calendar: calendar(), points: list<RatePoint>() }))();
const columnsShape = /* @__PURE__ */ (() =>
  z.object({
    granularity: z.optional(granularity()),
    calendar: calendar(),
    dates: column<number | string>(),
    rates: column<number>(),
  }))();
const customersShape = /* @__PURE__ */ (() =>
  z.object({
    granularity: z.optional(granularity()),
    calendar: calendar(),
    customers: list<CustomerRecord>(),
  }))();

const periodsLoop: Loop<z.output<typeof periodsShape>> = (d, issues) =>
  periodColumns(d.points, d.granularity, d.calendar ?? 'gregory', issues);
const ratesLoop: Loop<z.output<typeof ratesShape>> = (d, issues) => pointColumns(d.points, issues);
const columnsLoop: Loop<z.output<typeof columnsShape>> = (d, issues) => rateColumns(d.dates, d.rates, issues);
const customersLoop: Loop<z.output<typeof customersShape>> = (d, issues) =>
  customerColumns(d.customers, issues);

/** `<churn-trend>` input per period: counts (lost ≤ at start) under period keys of `granularity` and `calendar`. */
export const churnPeriodsSchema = /* @__PURE__ */ (() => looped(periodsShape, periodsLoop))();
/** `<churn-trend>` input as ready rates 0…1 by date (ISO date or epoch ms): `{ points: [{ date, rate }] }`. */
export const churnRatesSchema = /* @__PURE__ */ (() => looped(ratesShape, ratesLoop))();
/**
 * `<churn-trend>` input as columns, the form for big series: `{ dates, rates }`, arrays or typed
 * arrays (`Float64Array`) of the same length, dates as epoch ms (or ISO dates), rates 0…1.
 */
export const churnColumnsSchema = /* @__PURE__ */ (() => looped(columnsShape, columnsLoop))();
/** `<churn-trend>` input as customer records `{ start, end? }` (end ≥ start), bucketed by the element. */
export const churnCustomersSchema = /* @__PURE__ */ (() => looped(customersShape, customersLoop))();
/** `<churn-trend>` input, any of its shapes (for servers; the element uses `churnInput`). */
export const churnInputSchema = /* @__PURE__ */ (() =>
  z.union([churnRatesSchema, churnColumnsSchema, churnCustomersSchema, churnPeriodsSchema]))();
/** `<churn-trend>` input, any of its shapes, as a server receives it. */
export type ChurnData = z.infer<typeof churnInputSchema>;

/**
 * Validates `<churn-trend>` input with the shape it asks for (`customers` → records; `dates` →
 * columns; points with a `period` → counts; else rates), with that shape's issue paths, and gives
 * it as columns (`ChurnColumns`): the same verdicts as `churnInputSchema`, each array walked once,
 * without zod's union machinery (0.4 kB) in the browser.
 */
export const churnInput: Validator<ChurnColumns> = {
  safeParse(input: unknown) {
    const d = input as { customers?: unknown; dates?: unknown; points?: { period?: unknown }[] } | null;
    const is = (key: string) => !!d && typeof d == 'object' && key in d;
    const first = Array.isArray(d?.points) ? d.points[0] : undefined;
    const kind = is('customers')
      ? 'customers'
      : is('dates')
        ? 'columns'
        : first && typeof first == 'object' && 'period' in first
          ? 'periods'
          : 'rates';
    // The shape's schema, its loop, and the kind (and key) of the columns it gives.
    const [shape, loop, as] = {
      customers: [customersShape, customersLoop, 'customers'],
      columns: [columnsShape, columnsLoop, 'rates'],
      periods: [periodsShape, periodsLoop, 'periods'],
      rates: [ratesShape, ratesLoop, 'rates'],
    }[kind] as [z.ZodMiniType, Loop<unknown>, ChurnColumns['kind']];
    const r = shape.safeParse(input);
    if (!r.success) return r;
    const issues: ColumnIssue[] = [];
    const { granularity, calendar } = r.data as { granularity?: Granularity; calendar?: Calendar };
    const columns = loop(r.data, issues);
    if (!columns) return { success: false, error: { issues } };
    const data = {
      kind: as,
      ...(granularity && { granularity }),
      ...(calendar && { calendar }),
      [as]: columns,
    };
    return { success: true, data: data as ChurnColumns };
  },
};

/** A string passing `ok`, else the issue `message` at its path. */
const text = (ok: (s: string) => boolean, message: string) => z.string().check(z.refine(ok, message));

/** A version 1–8 UUID. */
const uuid = () =>
  text(
    (v) => /^[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/i.test(v),
    'expected a UUID',
  );
/** The fields every survey body shares after its id, score and category, whatever its kind. */
const responseFields = () => ({
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
  /**
   * Grows with every change of one response (1: the score, 2: the comment …): store a body only
   * when its revision is higher than the stored one's. Absent in bodies of versions before it.
   */
  revision: z.optional(num((v) => Number.isSafeInteger(v) && v >= 1, 'expected a whole number ≥ 1')),
});

/**
 * What a survey checks in its own body before sending it: the fields that come from the page
 * (comment, respondent id, properties, page URL …). Its id, kind, scale, score and category are the
 * survey's own; servers check whole bodies with `surveyResponseSchema`.
 */
export const surveyFieldsSchema = /* @__PURE__ */ (() => z.object(responseFields()))();

/**
 * The `<nps-survey>` POST body; `category` must be the category of `score`. The UUID, URL, date
 * and property checks are refinements: zod's format checks (uuid, url, iso.datetime) and a union
 * of primitives would cost the survey, which every visitor of a site downloads, 2.3 kB more.
 * `surveyResponseSchema` accepts every body this one does (and CSAT and CES bodies).
 */
export const npsResponseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: uuid(),
      score: score(),
      category: oneOf(['detractor', 'passive', 'promoter'] as const),
      ...responseFields(),
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

/** The scales each kind may be answered on; the first is the kind's default (an absent `scale`). */
export const SURVEY_SCALES = { nps: ['0-10'], csat: ['1-5'], ces: ['1-7', '1-5'] } as const;
/** A survey scale: `<min>-<max>`. */
export type SurveyScale = '0-10' | '1-5' | '1-7';

/** The category of a score of a kind on a scale (defaults: NPS, the kind's first scale); throws a RangeError when out of the scale. */
export const surveyCategory = (kind: SurveyKind = 'nps', score: number, scale?: SurveyScale): string =>
  kind == 'csat'
    ? csatCategory(score)
    : kind == 'ces'
      ? cesCategory(score, (scale ?? '1-7') as CesScale)
      : npsCategory(score);

/**
 * The POST body of every survey (`<nps-survey>`, `<csat-survey>`, `<ces-survey>`): what a server
 * that stores all three validates with. `kind` absent means `nps` (the bodies NPS servers have
 * always received pass unchanged) and `scale` absent means the kind's default (`0-10`, `1-5`,
 * `1-7`); `scale` must be one of the kind's, `score` a whole number on it and `category` its
 * category: NPS promoter 9–10 / passive 7–8 / detractor 0–6; CSAT satisfied 4–5 / neutral 3 /
 * unsatisfied 1–2; CES easy (top two) / neutral / hard (bottom two).
 */
export const surveyResponseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: uuid(),
      kind: z.optional(oneOf(['nps', 'csat', 'ces'] as const)),
      scale: z.optional(oneOf(['0-10', '1-5', '1-7'] as const)),
      score: num(Number.isInteger, 'expected a whole number'),
      category: oneOf([
        'detractor',
        'passive',
        'promoter',
        'unsatisfied',
        'neutral',
        'satisfied',
        'hard',
        'easy',
      ] as const),
      ...responseFields(),
    })
    .check(
      z.refine((r) => !r.scale || (SURVEY_SCALES[r.kind ?? 'nps'] as readonly string[]).includes(r.scale), {
        message: 'not a scale of this kind',
        path: ['scale'],
      }),
      z.refine(
        (r) => {
          try {
            return surveyCategory(r.kind, r.score, r.scale) == r.category;
          } catch {
            return false;
          }
        },
        { message: 'does not match score (or the score is off the scale)', path: ['category'] },
      ),
    ))();
/** One survey response of any kind, as posted by the kit's surveys. */
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/**
 * What `computeNps` takes for one NPS shape: the counts, or the scores (of the responses: only
 * NPS ones, a body without `kind` being NPS, so a store of every survey kind can be given as it is).
 */
export const npsInput = (d: NpsShape): NpsInput =>
  d.scores ??
  d.responses?.filter((r) => (r.kind ?? 'nps') == 'nps').map((r) => r.score) ?? {
    promoters: d.promoters ?? 0,
    passives: d.passives ?? 0,
    detractors: d.detractors ?? 0,
  };

/** The stages of either funnel shape. */
export const funnelStages = (d: FunnelData): FunnelStageInput[] => ('stages' in d ? d.stages : d);

/** A bare array of stages as `{ stages }`; anything else as it is (for `funnelObjectSchema`). */
export const wrapStages = (raw: unknown): unknown => (Array.isArray(raw) ? { stages: raw } : raw);
