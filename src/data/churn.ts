// <churn-trend> input as columns, and any of its shapes as one time series. Each shape is checked
// and converted in one pass that names the first bad index: no object per point, no copy of an
// array that is already a column, each date parsed once, a sort only when the input is unsorted.
// Composition only: every number comes from src/metrics.
import {
  churnRate,
  churnSeries,
  epochMs,
  periodKey,
  periodStart,
  periodStartOfKey,
} from '../metrics/index.js';
import type { Calendar, CustomerColumns, Granularity } from '../metrics/index.js';

/**
 * A problem found in a column, in zod's raw-issue form (so zod's `superRefine` and the loader take
 * it as is): a wrong type (`expected` names the type) or a value out of range (`message`).
 */
export type ColumnIssue =
  | { code: 'custom'; path: (string | number)[]; message: string; input: unknown }
  | {
      code: 'invalid_type';
      path: (string | number)[];
      expected: Expected;
      message: string;
      input: unknown;
    };

/** What a column of rates holds, gathered while it is read: the lowest, highest and latest rate, their sum and count (NaN skipped). */
export interface RateSummary {
  low: number;
  high: number;
  latest: number;
  sum: number;
  count: number;
}

/** Dated churn rates in columns, ascending in time: `t` epoch ms (UTC), `rate` 0…1, and their summary. */
export interface RateColumns {
  t: ArrayLike<number>;
  rate: ArrayLike<number>;
  summary: RateSummary;
}

/** Per-period counts in columns, ascending: each period's key, first day (epoch ms), customers at its start and lost in it. */
export interface PeriodColumns {
  t: Float64Array;
  period: string[];
  atStart: Float64Array;
  lost: Float64Array;
}

/**
 * `<churn-trend>` input after validation (what `churnInput` gives the loader): the shape it came
 * in, with its numbers in columns. Rates and per-period counts are sorted by time; customer
 * records are bucketed later, in the element's granularity and calendar.
 */
export type ChurnColumns =
  | { kind: 'rates'; granularity?: Granularity; calendar?: Calendar; rates: RateColumns }
  | { kind: 'periods'; granularity: Granularity; calendar?: Calendar; periods: PeriodColumns }
  | { kind: 'customers'; granularity?: Granularity; calendar?: Calendar; customers: CustomerColumns };

/** A churn series in columns, ascending in time, with the granularity and calendar its periods use. */
export interface Trend {
  granularity: Granularity;
  calendar: Calendar;
  /** Number of points. */
  length: number;
  /** Time of each point, epoch ms (UTC). */
  t: ArrayLike<number>;
  /** Churn rate of each point, NaN where there is none (no customers at a period's start). */
  churn: ArrayLike<number>;
  /** The churn rates' extremes, latest, sum and count. */
  summary: RateSummary;
  /** Period keys (`2024-03`, `1403-01`…) when the input was per period or raw customers. */
  period?: readonly string[];
  /** Counts when the input had them. */
  counts?: {
    atStart: ArrayLike<number>;
    lost: ArrayLike<number>;
    new?: ArrayLike<number>;
    atEnd?: ArrayLike<number>;
  };
  /**
   * How many of the last points are partial periods, which the data does not cover entirely
   * (0 when none): periods not over at `now`, and, from customer records, periods that end after
   * the day of the latest date in the records. Only a suffix can be partial.
   */
  partial: number;
  /** True when customer records spanned more than MAX_PERIODS periods: only the latest are made. */
  clipped?: boolean;
}

const DAY = 864e5;
/** The shortest period of each granularity in days, in either calendar (Feb; the Persian Dey–Esfand quarter). */
const SHORTEST = { day: 1, week: 7, month: 28, quarter: 89, year: 365 };
/** The most periods made from customer records (27 years of days, 833 of months). */
export const MAX_PERIODS = 10_000;

/** Whether `v` can be a date at all: a string, a number or a Date (else a wrong type, like a missing key). */
const datelike = (v: unknown): boolean => typeof v == 'string' || typeof v == 'number' || v instanceof Date;
/** The issue of a value that is not a date: of a wrong type, or not a valid date. */
const dateIssue = (path: (string | number)[], v: unknown): ColumnIssue =>
  datelike(v) ? issue(path, DATE, v) : wrongType(path, 'date', v);

const issue = (path: (string | number)[], message: string, input: unknown): ColumnIssue => ({
  code: 'custom',
  path,
  message,
  input,
});
type Expected = 'number' | 'string' | 'object' | 'array' | 'date';
const wrongType = (path: (string | number)[], expected: Expected, input: unknown): ColumnIssue => ({
  code: 'invalid_type',
  path,
  expected,
  message: `expected ${expected}`,
  input,
});

const DATE = 'expected an ISO date or epoch ms';
const RATE = 'expected a rate 0…1';
const COUNT = 'expected a whole number ≥ 0';

/** The issue of a value that must be a finite number passing `ok`, or undefined. */
const numberIssue = (
  path: (string | number)[],
  v: unknown,
  ok: (v: number) => boolean,
  message: string,
): ColumnIssue | undefined =>
  typeof v != 'number' || !(Math.abs(v) < Infinity)
    ? wrongType(path, 'number', v)
    : ok(v)
      ? undefined
      : issue(path, message, v);

const isRate = (v: number) => v >= 0 && v <= 1;
const isCount = (v: number) => Number.isInteger(v) && v >= 0;

/** True when `a[i] ≤ a[i + 1]` everywhere. */
const ascending = (a: ArrayLike<number>): boolean => {
  for (let i = 1; i < a.length; i++) if (a[i - 1]! > a[i]!) return false;
  return true;
};

/** The order of `t`'s indices by time (stable): only called when `t` is not sorted. */
const order = (t: ArrayLike<number>): Uint32Array =>
  new Uint32Array(t.length).map((_, i) => i).sort((a, b) => t[a]! - t[b]! || a - b);

/** `column` reordered by `by`, as a Float64Array. */
const gather = (column: ArrayLike<number>, by: Uint32Array): Float64Array =>
  Float64Array.from(by, (i) => column[i]!);

/**
 * The rate columns a loop has read, sorted by time when they were not (into new columns: the
 * caller's stay as they were), with the summary it gathered; ready rates are never NaN, so the
 * latest is the last.
 */
function rateColumnsOf(
  t: ArrayLike<number>,
  rate: ArrayLike<number>,
  sorted: boolean,
  low: number,
  high: number,
  sum: number,
): RateColumns {
  if (!sorted) {
    const by = order(t);
    [t, rate] = [gather(t, by), gather(rate, by)];
  }
  const n = rate.length;
  return { t, rate, summary: { low, high, latest: n ? rate[n - 1]! : NaN, sum, count: n } };
}

/** An array, or a typed array of numbers (not a DataView). */
const isColumn = (v: unknown): v is ArrayLike<unknown> =>
  Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

/** True when `v` is an array; else an issue at `key`. */
const isList = (v: unknown, key: string, issues: ColumnIssue[]): v is readonly unknown[] =>
  Array.isArray(v) || !issues.push(wrongType([key], 'array', v));

/**
 * Rates from `{ dates, rates }` columns: dates as epoch ms (or ISO strings, Dates), rates 0…1, as many
 * of each. A typed array or an all-number array is used as it is when sorted.
 */
export function rateColumns(dates: unknown, rates: unknown, issues: ColumnIssue[]): RateColumns | undefined {
  for (const [key, v] of [
    ['dates', dates],
    ['rates', rates],
  ] as const)
    if (!isColumn(v)) {
      issues.push(wrongType([key], 'array', v));
      return;
    }
  return columns(dates as ArrayLike<unknown>, rates as ArrayLike<unknown>, issues);
}

function columns(
  dates: ArrayLike<unknown>,
  rates: ArrayLike<unknown>,
  issues: ColumnIssue[],
): RateColumns | undefined {
  const n = dates.length;
  if (rates.length != n) {
    issues.push(issue(['rates'], `expected ${n} rates, one per date (got ${rates.length})`, rates));
    return;
  }
  if (dates instanceof Float64Array && rates instanceof Float64Array) {
    const fast = floatColumns(dates, rates);
    if (fast) return fast;
    // A bad value: the general loop below finds it and names it.
  }
  const t = dates as ArrayLike<number>;
  let parsed: Float64Array | undefined;
  let sorted = true;
  // The summary, gathered on the way.
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  for (let i = 0, last = -Infinity; i < n; i++) {
    const d = dates[i];
    // Numbers (the usual case, and every item of a typed array) need no parsing.
    const ms = typeof d == 'number' && Math.abs(d) <= 864e13 ? d : epochMs(d);
    if (ms !== ms) {
      issues.push(dateIssue(['dates', i], d));
      return;
    }
    if (typeof d != 'number' && !parsed) {
      // Strings among the dates: parse into a column of their own, once.
      parsed = new Float64Array(n);
      for (let k = 0; k < i; k++) parsed[k] = dates[k] as number;
    }
    if (parsed) parsed[i] = ms;
    const r = rates[i];
    if (!(typeof r == 'number' && r >= 0 && r <= 1)) {
      issues.push(numberIssue(['rates', i], r, isRate, RATE)!);
      return;
    }
    if (ms < last) sorted = false;
    last = ms;
    if (r < low) low = r;
    if (r > high) high = r;
    sum += r;
  }
  return rateColumnsOf(parsed ?? t, rates as ArrayLike<number>, sorted, low, high, sum);
}

/**
 * Two Float64Arrays, the form for big series: every item is a number, so one tight loop checks
 * ranges and order and sums as it goes; undefined at the first bad value.
 */
function floatColumns(dates: Float64Array, rates: Float64Array): RateColumns | undefined {
  const n = dates.length;
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  let sorted = true;
  for (let i = 0, last = -Infinity; i < n; i++) {
    const d = dates[i]!;
    const r = rates[i]!;
    if (!(d >= -864e13 && d <= 864e13 && r >= 0 && r <= 1)) return;
    if (d < last) sorted = false;
    last = d;
    if (r < low) low = r;
    if (r > high) high = r;
    sum += r;
  }
  return rateColumnsOf(dates, rates, sorted, low, high, sum);
}

/** Rates from `[{ date, rate }, …]`: one pass into two Float64Arrays. */
export function pointColumns(points: unknown, issues: ColumnIssue[]): RateColumns | undefined {
  if (!isList(points, 'points', issues)) return;
  const n = points.length;
  const t = new Float64Array(n);
  const rate = new Float64Array(n);
  let sorted = true;
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  for (let i = 0, last = -Infinity; i < n; i++) {
    const p = points[i] as { date?: unknown; rate?: unknown } | null;
    if (!p || typeof p != 'object') {
      issues.push(wrongType(['points', i], 'object', p));
      return;
    }
    const { date, rate: r } = p;
    const ms = typeof date == 'number' && Math.abs(date) <= 864e13 ? date : epochMs(date);
    if (ms !== ms || !(typeof r == 'number' && r >= 0 && r <= 1)) {
      issues.push(
        ms !== ms
          ? dateIssue(['points', i, 'date'], date)
          : numberIssue(['points', i, 'rate'], r, isRate, RATE)!,
      );
      return;
    }
    if (ms < last) sorted = false;
    t[i] = last = ms;
    rate[i] = r;
    if (r < low) low = r;
    if (r > high) high = r;
    sum += r;
  }
  return rateColumnsOf(t, rate, sorted, low, high, sum);
}

/** The summary of a column of rates (NaN skipped), in one pass. */
function summarize(rate: ArrayLike<number>): RateSummary {
  let low = Infinity;
  let high = -Infinity;
  let sum = 0;
  let count = 0;
  let latest = NaN;
  for (let i = 0; i < rate.length; i++) {
    const r = rate[i]!;
    if (r !== r) continue;
    if (r < low) low = r;
    if (r > high) high = r;
    sum += r;
    count++;
    latest = r;
  }
  return { low, high, latest, sum, count };
}

/**
 * Per-period counts from `[{ period, customersAtStart, customersLost }, …]`: keys of `granularity`
 * in `calendar` (each placed at its period's first day), lost ≤ at start.
 */
export function periodColumns(
  points: unknown,
  granularity: Granularity,
  calendar: Calendar,
  issues: ColumnIssue[],
): PeriodColumns | undefined {
  if (!isList(points, 'points', issues)) return;
  const n = points.length;
  const t = new Float64Array(n);
  const period: string[] = [];
  const atStart = new Float64Array(n);
  const lost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as { period?: unknown; customersAtStart?: unknown; customersLost?: unknown } | null;
    if (!p || typeof p != 'object') {
      issues.push(wrongType(['points', i], 'object', p));
      return;
    }
    const bad =
      numberIssue(['points', i, 'customersAtStart'], p.customersAtStart, isCount, COUNT) ??
      numberIssue(['points', i, 'customersLost'], p.customersLost, isCount, COUNT);
    if (bad) {
      issues.push(bad);
      return;
    }
    if ((p.customersLost as number) > (p.customersAtStart as number)) {
      issues.push(issue(['points', i, 'customersLost'], 'must not exceed customersAtStart', p.customersLost));
      return;
    }
    let start = NaN;
    if (typeof p.period == 'string') {
      try {
        start = periodStartOfKey(p.period, granularity, calendar).getTime();
      } catch {
        // Reported below.
      }
    }
    if (start !== start) {
      const path = ['points', i, 'period'];
      // The example is the key of 2024-03-05 (`2024-W10`, Persian `1402-12-15`); none for a granularity zod reports.
      let example = '';
      try {
        example = periodKey(17095968e5, granularity, calendar);
      } catch {
        // Reported by the shape.
      }
      issues.push(
        typeof p.period == 'string'
          ? issue(path, `expected a ${granularity} key such as ${example}`, p.period)
          : wrongType(path, 'string', p.period),
      );
      return;
    }
    t[i] = start;
    period.push(p.period as string);
    atStart[i] = p.customersAtStart as number;
    lost[i] = p.customersLost as number;
  }
  if (ascending(t)) return { t, period, atStart, lost };
  const by = order(t);
  return {
    t: gather(t, by),
    period: Array.from(by, (i) => period[i]!),
    atStart: gather(atStart, by),
    lost: gather(lost, by),
  };
}

/** Customer records `[{ start, end? }, …]` (dates as ISO strings, epoch ms or Dates; end ≥ start) in columns; a missing end is Infinity. */
export function customerColumns(customers: unknown, issues: ColumnIssue[]): CustomerColumns | undefined {
  if (!isList(customers, 'customers', issues)) return;
  const n = customers.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i] as { start?: unknown; end?: unknown } | null;
    if (!c || typeof c != 'object') {
      issues.push(wrongType(['customers', i], 'object', c));
      return;
    }
    const s = epochMs(c.start);
    if (s !== s) {
      issues.push(dateIssue(['customers', i, 'start'], c.start));
      return;
    }
    const e = c.end == null ? Infinity : epochMs(c.end);
    if (e !== e) {
      issues.push(dateIssue(['customers', i, 'end'], c.end));
      return;
    }
    if (e < s) {
      issues.push(issue(['customers', i, 'end'], 'must not be before start', c.end));
      return;
    }
    start[i] = s;
    end[i] = e;
  }
  return { start, end };
}

/**
 * Validated input as a time series. Per-period points sit at their period's first day (keys in
 * the data's calendar); customer records are bucketed by `churnSeries` into the data's
 * granularity and calendar, else the element's (`fallback`). Rates that are one per period (of
 * that granularity and calendar) stand for their periods: each sits at its period's first day,
 * under that period's tick and label. Other rates (more than one in a period, such as daily
 * rates under months) are samples, at their dates, used as they are, and never partial.
 * `now` (default: the current time) ends what the data can cover.
 */
export function churnTrend(
  data: ChurnColumns,
  fallback: { granularity: Granularity; calendar: Calendar; now?: number },
): Trend {
  const granularity = data.granularity ?? fallback.granularity;
  // Period keys without a calendar are Gregorian; records and dates take the element's calendar.
  const calendar = data.calendar ?? (data.kind == 'periods' ? 'gregory' : fallback.calendar);
  const start = (t: number) => periodStart(t, granularity, calendar).getTime();
  // Periods beginning at or after the start of the one holding `cover` are partial.
  let cover = fallback.now ?? Date.now();
  let trend: Pick<Trend, 't' | 'churn' | 'period' | 'counts'> & { summary?: RateSummary };
  /** Where customer records were cut to the latest MAX_PERIODS periods (epoch ms). */
  let cut: number | undefined;
  if (data.kind == 'rates') {
    const { t, rate, summary } = data.rates;
    const n = t.length;
    // More rates than periods could begin in their span are not one per period: no date is read.
    const starts =
      n <= (t[n - 1]! - t[0]!) / (SHORTEST[granularity] * DAY) + 2 ? Float64Array.from(t, start) : undefined;
    const one = starts?.every((s, i) => !i || s > starts[i - 1]!);
    if (!one) cover = Infinity;
    trend = { t: one ? starts! : t, churn: rate, summary };
  } else if (data.kind == 'periods') {
    const { t, period, atStart, lost } = data.periods;
    trend = {
      t,
      churn: t.map((_, i) => churnRate({ customersAtStart: atStart[i]!, customersLost: lost[i]! }) ?? NaN),
      period,
      counts: { atStart, lost },
    };
  } else {
    const { customers } = data;
    // The records cover time up to the end of the day of their latest date.
    let latest = -Infinity;
    let earliest = Infinity;
    for (let i = 0; i < customers.start.length; i++) {
      latest = Math.max(
        latest,
        customers.start[i]!,
        customers.end[i]! < Infinity ? customers.end[i]! : -Infinity,
      );
      earliest = Math.min(earliest, customers.start[i]!);
    }
    // At most MAX_PERIODS periods, the latest: records spanning 0001 to 9999 asked for 120,000
    // months and blocked the page for seconds.
    const span = (MAX_PERIODS - 1) * SHORTEST[granularity] * DAY;
    if (latest - earliest > span) cut = latest - span;
    const series = churnSeries(customers, { granularity, calendar, from: cut });
    const column = (f: (p: (typeof series)[number]) => number) => Float64Array.from(series, f);
    cover = Math.min(cover, (Math.floor(latest / DAY) + 1) * DAY);
    trend = {
      t: column((p) => Date.parse(p.start)),
      churn: column((p) => p.churnRate ?? NaN),
      period: series.map((p) => p.period),
      counts: {
        atStart: column((p) => p.customersAtStart),
        lost: column((p) => p.customersLost),
        new: column((p) => p.newCustomers),
        atEnd: column((p) => p.customersAtEnd),
      },
    };
  }
  const { t, churn } = trend;
  const n = t.length;
  const from = n && cover < Infinity ? start(cover) : Infinity;
  let p = n;
  while (p && t[p - 1]! >= from) p--;
  return {
    granularity,
    calendar,
    length: n,
    ...trend,
    summary: trend.summary ?? summarize(churn),
    partial: n - p,
    ...(cut === undefined ? {} : { clipped: true }),
  };
}
