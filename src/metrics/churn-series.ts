import { churnRate } from './churn.js';
import { boundaries, periodKey } from './periods.js';
import type { Calendar, DateInput, Granularity } from './periods.js';
import { epochMs, fail, toTime } from './validate.js';

/** A customer relationship: active from `start`; gone from `end` when given. */
export interface Customer {
  start: DateInput;
  end?: DateInput | null;
}

/**
 * Customer records in columns: `start[i]` and `end[i]` in epoch ms (UTC), `end[i]` NaN or
 * Infinity while customer i is still active. Read as they are: no object per customer, no date
 * parsing (what `<churn-trend>` hands over after validating records once).
 */
export interface CustomerColumns {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

export interface ChurnSeriesOptions {
  granularity: Granularity;
  /** Default 'gregory'. */
  calendar?: Calendar;
  /** First period: the one holding this date (default: earliest start). */
  from?: DateInput;
  /** Last period: the one holding this date (default: latest start or end). */
  to?: DateInput;
}

export interface ChurnPeriod {
  /** Period key: '2024-03', '2024-Q1', '2024'. */
  period: string;
  /** First day, 'YYYY-MM-DD' (UTC). */
  start: string;
  /** Exclusive end (next period's first day), 'YYYY-MM-DD' (UTC). */
  end: string;
  customersAtStart: number;
  customersLost: number;
  newCustomers: number;
  customersAtEnd: number;
  churnRate: number | null;
  retentionRate: number | null;
}

const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Per period [s, e): atStart = #(start < s ≤ end or no end); lost = #(active at s, s ≤ end < e); new = #(s ≤ start < e); atEnd = atStart − lost + new − newAndLost; churn = lost ÷ atStart. */
export function churnSeries(
  customers: ReadonlyArray<Customer> | CustomerColumns,
  { granularity, calendar = 'gregory', from, to }: ChurnSeriesOptions,
): ChurnPeriod[] {
  const columns = 'start' in customers ? customers : undefined;
  const records = columns ? undefined : (customers as ReadonlyArray<Customer>);
  const n = columns ? columns.start.length : records!.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const c = records?.[i];
    let s: number;
    let e: number;
    if (columns) {
      s = epochMs(columns.start[i]);
      e = columns.end[i]!;
      e = e !== e || e == Infinity ? Infinity : epochMs(e);
    } else {
      s = epochMs(c!.start);
      e = c!.end == null ? Infinity : epochMs(c!.end);
    }
    starts[i] = s;
    ends[i] = e;
    if (s !== s) fail(`customers[${i}].start`, 'a valid date', columns ? columns.start[i] : c!.start);
    if (e !== e) fail(`customers[${i}].end`, 'a valid date', columns ? columns.end[i] : c!.end);
    if (e < s) throw new RangeError(`customers[${i}].end is before customers[${i}].start`);
    lo = Math.min(lo, s);
    hi = Math.max(hi, s, e < Infinity ? e : s);
  }
  // Defaults: from = earliest start, to = latest start or end; one given bound stretches the other.
  let f = from == null ? lo : toTime('from', from);
  const t = to == null ? Math.max(hi, f) : toTime('to', to);
  if (from == null) f = Math.min(f, t);
  if (f == Infinity) return [];
  const b = boundaries(f, t, granularity, calendar);
  const p = b.length - 1;
  // Index k of the period [b[k], b[k+1]) holding time x: −1 before the first, p after the last.
  const at = (x: number): number => {
    let l = 0;
    let h = b.length;
    while (l < h) {
      const m = (l + h) >> 1;
      if (b[m]! <= x) l = m + 1;
      else h = m;
    }
    return l - 1;
  };
  const active = new Int32Array(p + 1); // difference array of customersAtStart
  const fresh = new Int32Array(p + 1);
  const lost = new Int32Array(p + 1);
  const freshLost = new Int32Array(p + 1);
  for (let i = 0; i < n; i++) {
    const s = at(starts[i]!);
    const e = at(ends[i]!);
    if (s >= 0) fresh[s]!++;
    if (e >= 0 && e < p) (s == e ? freshLost : lost)[e]!++;
    // Active at the start of periods s + 1 … min(e, p − 1).
    if (s + 1 <= Math.min(e, p - 1)) {
      active[s + 1]!++;
      active[Math.min(e, p - 1) + 1]!--;
    }
  }
  const out: ChurnPeriod[] = [];
  for (let k = 0, a = 0; k < p; k++) {
    a += active[k]!;
    const customersLost = lost[k]!;
    const newCustomers = fresh[k]!;
    const c = churnRate({ customersAtStart: a, customersLost });
    out.push({
      period: periodKey(b[k]!, granularity, calendar),
      start: isoDay(b[k]!),
      end: isoDay(b[k + 1]!),
      customersAtStart: a,
      customersLost,
      newCustomers,
      customersAtEnd: a - customersLost + newCustomers - freshLost[k]!,
      churnRate: c,
      retentionRate: c === null ? null : 1 - c,
    });
  }
  return out;
}
