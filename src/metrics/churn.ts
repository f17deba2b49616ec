import { count, fail, ratio } from './validate.js';

/** Customers active at the start of a period and how many of them were lost during it. */
export interface ChurnInput {
  customersAtStart: number;
  customersLost: number;
}

/**
 * Churn rate = customers lost ÷ customers active at start (cohort definition), 0…1; null when at
 * start is 0. Some articles give churn as a count of customers lost; the kit's churn is a rate, so
 * that periods and customer bases of different sizes compare, and the count is `churnSeries`'
 * `customersLost` (and this function's input).
 */
export function churnRate({ customersAtStart, customersLost }: ChurnInput): number | null {
  const s = count('customersAtStart', customersAtStart);
  const l = count('customersLost', customersLost);
  return l > s ? fail('customersLost', `at most customersAtStart (${s})`, l) : ratio(l, s);
}

/** Retention rate = 1 − churn rate = share of the customers active at start still active at the end; null when at start is 0. */
export function retentionRate(input: ChurnInput): number | null {
  const c = churnRate(input);
  return c === null ? null : 1 - c;
}
