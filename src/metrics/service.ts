import type { Customer } from './churn-series.js';
import type { DateInput } from './periods.js';
import { summary } from './stats.js';
import type { Summary } from './stats.js';
import { amount, epochMs, fail, list, toTime } from './validate.js';

/** A support ticket: when it was opened, first answered and resolved (absent or null while not yet). */
export interface Ticket {
  opened: DateInput;
  firstResponse?: DateInput | null;
  resolved?: DateInput | null;
}

/** Durations (milliseconds) of the tickets that have the field. */
export interface DurationStats extends Summary {
  /** Share 0…1 of the counted tickets done within `target` ms; null without a target or tickets. */
  withinTarget: number | null;
}

const DAY = 864e5;

/** Epoch ms of `v`, else RangeError naming `<name>[i].<field>` (the name is built only on failure). */
const at = (name: string, i: number, field: string, v: unknown): number => {
  const t = epochMs(v);
  return t === t ? t : fail(`${name}[${i}].${field}`, 'a valid date', v);
};

/** Durations `field − opened` (ms) of the tickets with `field`, summarized; withinTarget = #(duration ≤ target) ÷ count. */
function durations(
  tickets: ReadonlyArray<Ticket>,
  field: 'firstResponse' | 'resolved',
  target: number | undefined,
): DurationStats {
  const n = list('tickets', tickets);
  const limit = target == null ? NaN : amount('target', target);
  const d = new Float64Array(n);
  let c = 0;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const ticket = Object(tickets[i]) as Ticket;
    const o = at('tickets', i, 'opened', ticket.opened);
    const v = ticket[field];
    if (v == null) continue;
    const x = at('tickets', i, field, v) - o;
    if (x < 0) fail(`tickets[${i}].${field}`, `on or after tickets[${i}].opened`, v);
    if (x <= limit) within++;
    d[c++] = x;
  }
  return { ...summary(d, c), withinTarget: limit === limit && c ? within / c : null };
}

/**
 * First-response time = firstResponse − opened (ms) per ticket that has a first response: count,
 * mean, median, and the share within `target` ms. A response before `opened` is a RangeError
 * naming `tickets[i].firstResponse`.
 */
export const firstResponseTime = (
  tickets: ReadonlyArray<Ticket>,
  options: { target?: number } = {},
): DurationStats => durations(tickets, 'firstResponse', options.target);

/**
 * Resolution time = resolved − opened (ms) per resolved ticket: count, mean, median, and the share
 * within `target` ms. A resolution before `opened` is a RangeError naming `tickets[i].resolved`.
 */
export const resolutionTime = (
  tickets: ReadonlyArray<Ticket>,
  options: { target?: number } = {},
): DurationStats => durations(tickets, 'resolved', options.target);

/**
 * Cases per day = tickets opened in the UTC days [from, to] ÷ number of those days (default
 * first..last opened day); null with no tickets and no range to count over.
 */
export function casesPerDay(
  tickets: ReadonlyArray<{ opened: DateInput }>,
  options: { from?: DateInput; to?: DateInput } = {},
): number | null {
  const n = list('tickets', tickets);
  const days = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.floor(at('tickets', i, 'opened', Object(tickets[i]).opened) / DAY);
    days[i] = d;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const f = options.from == null ? lo : Math.floor(toTime('from', options.from) / DAY);
  const t = options.to == null ? hi : Math.floor(toTime('to', options.to) / DAY);
  if (f == Infinity || t == -Infinity) return null;
  if (t < f) fail('to', 'on or after from', options.to);
  let c = 0;
  for (let i = 0; i < n; i++) if (days[i]! >= f && days[i]! <= t) c++;
  return c / (t - f + 1);
}

/**
 * Relationship length = mean and median tenure (at − start, ms) of the customers active at `at`
 * (start ≤ at and no end or end > at); `at` defaults to the latest start or end in the records.
 * An end before its start is a RangeError naming `customers[i].end`.
 */
export function relationshipLength(
  customers: ReadonlyArray<Customer>,
  options: { at?: DateInput } = {},
): Summary {
  const n = list('customers', customers);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const c = Object(customers[i]) as Customer;
    const s = at('customers', i, 'start', c.start);
    const e = c.end == null ? Infinity : at('customers', i, 'end', c.end);
    if (e < s) fail(`customers[${i}].end`, `on or after customers[${i}].start`, c.end);
    starts[i] = s;
    ends[i] = e;
    hi = Math.max(hi, e < Infinity ? e : s);
  }
  const t = options.at == null ? hi : toTime('at', options.at);
  const d = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (starts[i]! <= t && ends[i]! > t) d[k++] = t - starts[i]!;
  return summary(d, k);
}
