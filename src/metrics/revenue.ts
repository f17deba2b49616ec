import { byValue, group } from './breakdown.js';
import { amount, count, fail, finite, fraction, list, ratio } from './validate.js';

/** Renewal rate = renewed ÷ due for renewal, 0…1; null when nothing was due (renewed > due → RangeError). */
export function renewalRate({
  renewed,
  dueForRenewal,
}: {
  renewed: number;
  dueForRenewal: number;
}): number | null {
  const r = amount('renewed', renewed);
  const d = amount('dueForRenewal', dueForRenewal);
  return r > d ? fail('renewed', `at most dueForRenewal (${d})`, r) : ratio(r, d);
}

/** Close rate = won ÷ (won + lost), 0…1; null when nothing was decided. */
export function closeRate({ won, lost }: { won: number; lost: number }): number | null {
  const w = count('won', won);
  return ratio(w, w + count('lost', lost));
}

/**
 * Traffic-to-lead conversion rate = leads ÷ visitors; null when there were no visitors. Some of the
 * source articles write it as visitors ÷ leads (visitors per lead); the kit uses leads ÷ visitors,
 * a share 0…1 that compares across sites of any traffic and reads as a percentage like every other
 * rate here (its inverse is the visitors per lead).
 */
export const conversionRate = ({ visitors, leads }: { visitors: number; leads: number }): number | null =>
  ratio(count('leads', leads), count('visitors', visitors));

/** CAC = spend ÷ new customers; null when there were no new customers. */
export const customerAcquisitionCost = ({
  spend,
  newCustomers,
}: {
  spend: number;
  newCustomers: number;
}): number | null => ratio(amount('spend', spend), count('newCustomers', newCustomers));

/** Customer retention cost = spend ÷ retained customers; null when none were retained. */
export const retentionCost = ({
  spend,
  retainedCustomers,
}: {
  spend: number;
  retainedCustomers: number;
}): number | null => ratio(amount('spend', spend), count('retainedCustomers', retainedCustomers));

/**
 * CLV = average revenue × gross margin ÷ churn rate (margin and churn rate fractions 0…1); null
 * when churn rate is 0 (RangeError when it overflows). The source articles define CLV as the total
 * revenue a customer brings over the whole relationship; that is known only once the relationship
 * has ended. The kit uses the predictive form, the margin of one period times the expected number
 * of periods (1 ÷ churn rate), because it can be computed for customers who are still active, and
 * before a relationship ends. Average revenue and churn rate must be of the same period.
 */
export const customerLifetimeValue = ({
  averageRevenue,
  grossMargin,
  churnRate,
}: {
  averageRevenue: number;
  grossMargin: number;
  churnRate: number;
}): number | null =>
  finite(
    'customerLifetimeValue',
    ratio(
      amount('averageRevenue', averageRevenue) * fraction('grossMargin', grossMargin),
      fraction('churnRate', churnRate),
    ),
  );

/** ROI = (gain − cost) ÷ cost; null when cost is 0 (RangeError when it overflows). */
export const roi = ({ gain, cost }: { gain: number; cost: number }): number | null =>
  finite('roi', ratio(amount('gain', gain) - amount('cost', cost), cost));

/** Marketing ROI = (attributed revenue × gross margin − marketing cost) ÷ marketing cost (margin default 1); null when cost is 0 (RangeError when it overflows). */
export const marketingRoi = ({
  attributedRevenue,
  marketingCost,
  grossMargin = 1,
}: {
  attributedRevenue: number;
  marketingCost: number;
  grossMargin?: number;
}): number | null =>
  finite(
    'marketingRoi',
    ratio(
      amount('attributedRevenue', attributedRevenue) * fraction('grossMargin', grossMargin) -
        amount('marketingCost', marketingCost),
      marketingCost,
    ),
  );

/**
 * Net new revenue = new + expansion − contraction − churned (may be negative; inputs non-negative),
 * summed as (new − contraction) + (expansion − churned) so that only a result beyond ±1.8e308
 * overflows (a RangeError).
 */
export const netNewRevenue = ({
  newRevenue,
  expansion = 0,
  contraction = 0,
  churned = 0,
}: {
  newRevenue: number;
  expansion?: number;
  contraction?: number;
  churned?: number;
}): number =>
  finite(
    'netNewRevenue',
    amount('newRevenue', newRevenue) -
      amount('contraction', contraction) +
      (amount('expansion', expansion) - amount('churned', churned)),
  );

export interface LeadSourceRow {
  source: string;
  count: number;
  /** count ÷ total, 0…1 (0 when the total is 0). */
  share: number;
}

export interface ActivityRow {
  type: string;
  count: number;
  /** count ÷ total, 0…1 (0 when the total is 0). */
  share: number;
}

export interface OutreachActivity {
  total: number;
  byType: ActivityRow[];
}

/** Sums `count` (default 1) per `items[i][key]`; rows sorted by count desc then key asc, share = count ÷ total. */
function tally<K extends string>(
  items: ReadonlyArray<{ count?: number } & Record<K, string>>,
  key: K,
  name: string,
): [number, Array<Record<K, string> & { count: number; share: number }>] {
  const g = group();
  for (let i = 0, n = list(name, items); i < n; i++) {
    const item = Object(items[i]);
    const k: unknown = item[key];
    if (typeof k != 'string') fail(`${name}[${i}].${key}`, 'a string', k);
    g.add(k as string, item.count == null ? 1 : count(`${name}[${i}].count`, item.count));
  }
  const { total, labels, values } = g;
  return [
    total,
    byValue(g).map(
      (j) =>
        ({ [key]: labels[j], count: values[j], share: total && values[j]! / total }) as Record<K, string> & {
          count: number;
          share: number;
        },
    ),
  ];
}

/** Leads by source: count per source (each record counts `count`, default 1), sorted by count desc then source; share = count ÷ total. */
export const leadsBySource = (leads: ReadonlyArray<{ source: string; count?: number }>): LeadSourceRow[] =>
  tally(leads, 'source', 'leads')[1];

/** Outreach activity: total and count per type (each record counts `count`, default 1), sorted by count desc then type; share = count ÷ total. */
export function outreachActivity(
  activities: ReadonlyArray<{ type: string; count?: number }>,
): OutreachActivity {
  const [total, byType] = tally(activities, 'type', 'activities');
  return { total, byType };
}
