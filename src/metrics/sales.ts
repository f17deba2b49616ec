import type { DateInput } from './periods.js';
import { closeRate } from './revenue.js';
import { summary } from './stats.js';
import type { DurationSummary } from './stats.js';
import { amount, count, dateAt, elapsed, fail, finite, list, ratio } from './validate.js';

/** Customer-base growth = (customers at end − customers at start) ÷ customers at start (may be negative); null when at start is 0. */
export const customerGrowth = ({
  customersAtStart,
  customersAtEnd,
}: {
  customersAtStart: number;
  customersAtEnd: number;
}): number | null => {
  const s = count('customersAtStart', customersAtStart);
  return ratio(count('customersAtEnd', customersAtEnd) - s, s);
};

/** Revenue per lead = revenue ÷ leads; null when there were no leads. */
export const revenuePerLead = ({ revenue, leads }: { revenue: number; leads: number }): number | null =>
  ratio(amount('revenue', revenue), count('leads', leads));

/** Cost per lead = spend ÷ leads; null when there were no leads. */
export const costPerLead = ({ spend, leads }: { spend: number; leads: number }): number | null =>
  ratio(amount('spend', spend), count('leads', leads));

/** Average deal size = revenue of won deals ÷ won deals; null when none was won. */
export const averageDealSize = ({ revenue, deals }: { revenue: number; deals: number }): number | null =>
  ratio(amount('revenue', revenue), count('deals', deals));

/** A deal: created; closed when decided (`won` true for a win, else lost); `amount` its value. */
export interface Deal {
  created: DateInput;
  closed?: DateInput | null;
  won?: boolean | null;
  amount?: number | null;
}

export interface DealStats {
  /** Closed with `won === true`. */
  won: number;
  /** Closed without `won === true`. */
  lost: number;
  /** Not closed. */
  open: number;
  /** won ÷ (won + lost); null when none was decided. */
  closeRate: number | null;
  /** Mean amount of the won deals that have one; null when none has. */
  averageDealSize: number | null;
  /** Sum of the won deals' amounts. */
  revenue: number;
  /** Sales cycle of the won deals, closed − created (ms). */
  salesCycle: DurationSummary;
}

/**
 * Deal statistics: open = no `closed`; won = closed with `won === true`; lost = other closed;
 * close rate = won ÷ (won + lost); revenue = Σ won amounts; average deal size = revenue ÷ won
 * deals with an amount; sales cycle = closed − created (ms) of the won deals. `closed` before
 * `created` is a RangeError naming `deals[i].closed`.
 */
export function dealStats(deals: ReadonlyArray<Deal>): DealStats {
  const n = list('deals', deals);
  const cycle = new Float64Array(n);
  let won = 0;
  let lost = 0;
  let priced = 0;
  let revenue = 0;
  for (let i = 0; i < n; i++) {
    const d = Object(deals[i]) as Deal;
    const c = dateAt('deals', i, 'created', d.created);
    const w = d.won;
    if (w != null && typeof w != 'boolean') fail(`deals[${i}].won`, 'true, false or null', w);
    const a = d.amount == null ? null : amount(`deals[${i}].amount`, d.amount);
    if (d.closed == null) continue;
    const x = elapsed('deals', i, d, 'closed', 'created', c);
    if (w !== true) {
      lost++;
      continue;
    }
    cycle[won++] = x;
    if (a !== null) {
      priced++;
      revenue += a;
    }
  }
  revenue = finite('revenue', revenue);
  return {
    won,
    lost,
    open: n - won - lost,
    closeRate: closeRate({ won, lost }),
    averageDealSize: averageDealSize({ revenue, deals: priced }),
    revenue,
    salesCycle: summary(cycle.subarray(0, won)),
  };
}

/** Sales-cycle length = closed − created (ms) of the won deals: count, mean, median (see `dealStats`). */
export const salesCycleLength = (deals: ReadonlyArray<Deal>): DurationSummary => dealStats(deals).salesCycle;
