import type { Customer } from './churn-series.js';
import type { DateInput } from './periods.js';
import { summary } from './stats.js';
import type { DurationSummary } from './stats.js';
import { amount, dateAt, elapsed, fail, list, toTime } from './validate.js';

/** A support ticket: when it was opened, first answered and resolved (absent or null while not yet). */
export interface Ticket {
  opened: DateInput;
  firstResponse?: DateInput | null;
  resolved?: DateInput | null;
}

/** Durations (milliseconds) of the tickets that have the field. */
export interface DurationStats extends DurationSummary {
  /** Share 0…1 of the counted tickets done within `target` ms; null without a target or tickets. */
  withinTarget: number | null;
}

const DAY = 864e5;

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
    const o = dateAt('tickets', i, 'opened', ticket.opened);
    if (ticket[field] == null) continue;
    const x = elapsed('tickets', i, ticket, field, 'opened', o);
    if (x <= limit) within++;
    d[c++] = x;
  }
  return { ...summary(d.subarray(0, c)), withinTarget: limit === limit && c ? within / c : null };
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
 * first..last opened day; one given bound stretches the other); null with no tickets and no range.
 */
export function casesPerDay(
  tickets: ReadonlyArray<{ opened: DateInput }>,
  { from, to }: { from?: DateInput; to?: DateInput } = {},
): number | null {
  let lo = Infinity;
  let hi = -Infinity;
  const days = Float64Array.from({ length: list('tickets', tickets) }, (_, i) => {
    const d = Math.floor(dateAt('tickets', i, 'opened', Object(tickets[i]).opened) / DAY);
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
    return d;
  });
  // One given bound stretches the other default (as in churnSeries).
  let f = from == null ? lo : Math.floor(toTime('from', from) / DAY);
  const t = to == null ? Math.max(hi, f) : Math.floor(toTime('to', to) / DAY);
  if (from == null) f = Math.min(f, t);
  if (t < f) fail('to', 'on or after from', to);
  return f > -Infinity && t < Infinity ? days.filter((d) => d >= f && d <= t).length / (t - f + 1) : null;
}

/**
 * Relationship length = mean and median tenure (at − start, ms) of the customers active at `at`
 * (start ≤ at and no end or end > at); `at` defaults to the latest start or end in the records.
 * An end before its start is a RangeError naming `customers[i].end`.
 */
export function relationshipLength(
  customers: ReadonlyArray<Customer>,
  options: { at?: DateInput } = {},
): DurationSummary {
  const n = list('customers', customers);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const c = Object(customers[i]) as Customer;
    const s = (starts[i] = dateAt('customers', i, 'start', c.start));
    ends[i] = c.end == null ? Infinity : s + elapsed('customers', i, c, 'end', 'start', s);
    hi = Math.max(hi, ends[i]! < Infinity ? ends[i]! : s);
  }
  const t = options.at == null ? hi : toTime('at', options.at);
  return summary(starts.filter((s, i) => s <= t && ends[i]! > t).map((s) => t - s));
}
