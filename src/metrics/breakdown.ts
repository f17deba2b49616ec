// Categorical breakdowns: values per label (leads by source, churn by contract type, tickets by
// channel), optionally per series (outreach by rep and type), with shares, the change against a
// previous period and an "Other" bucket. One grouping for the whole module (revenue.ts uses it).
import { amount, fail, isInt, list, shownRatio } from './validate.js';

/** Sums per label, in order of first appearance: what `group` gives. */
export interface Groups {
  labels: string[];
  /** The sum of each label's values. */
  values: number[];
  /** The sum of each label's previous values; NaN when one of its items had none. */
  previous: number[];
  total: number;
  /** Adds `value` (and `previous`) to `label`'s sums; gives `label`'s index. */
  add(label: string, value: number, previous?: number): number;
}

/** An empty `Groups` to `add` to. */
export function group(): Groups {
  const index = new Map<string, number>();
  const g: Groups = {
    labels: [],
    values: [],
    previous: [],
    total: 0,
    add(label, value, previous) {
      let i = index.get(label);
      if (i === undefined) {
        index.set(label, (i = g.labels.push(label) - 1));
        g.values.push(0);
        g.previous.push(0);
      }
      g.values[i]! += value;
      // NaN (missing) sticks: a sum with a missing part is no previous value at all.
      g.previous[i]! += previous ?? NaN;
      g.total += value;
      return i;
    },
  };
  return g;
}

/** The indexes of `g`'s labels by value desc, then label asc (by UTF-16 code units). */
export const byValue = ({ labels, values }: Pick<Groups, 'labels' | 'values'>): number[] =>
  labels.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || (labels[a]! < labels[b]! ? -1 : 1));

/** Options of `breakdown` and `stackedBreakdown`. */
export interface BreakdownOptions {
  /** `desc` (default): by value desc, then label; `none`: in order of first appearance. */
  sort?: 'desc' | 'none';
  /** At most this many rows (≥ 1; default: no limit): the rest is folded into one `other` row. */
  maxBars?: number;
}

/** One row of a breakdown. */
export interface BreakdownRow {
  /** The label; the `other` row's is `Other`, for the caller to localize. */
  label: string;
  value: number;
  /** value ÷ total, 0…1 (0 when the total is 0). */
  share: number;
  /** The previous period's value, when every item of the row had one. */
  previous?: number;
  /** (value − previous) ÷ previous; null when previous is 0 or absent, or the change overflows. */
  change: number | null;
  /** The row that folds every label beyond `maxBars − 1`. */
  other?: true;
  /** The labels folded into the `other` row, in row order. */
  members?: string[];
}

/** What `breakdown` gives. */
export interface Breakdown {
  total: number;
  rows: BreakdownRow[];
}

/**
 * Breakdown: values summed per label (duplicates merged), share = value ÷ total, change =
 * (value − previous) ÷ previous; sorted by value desc then label (or in the given order with
 * `sort: 'none'`), and beyond `maxBars` rows, every row from the `maxBars`-th on folded into one
 * last row flagged `other` (its value, and its previous when each member has one, summed) with
 * its `members`. Values and previous values must be non-negative finite numbers (RangeError
 * naming `rows[i].value`).
 */
export function breakdown(
  rows: ReadonlyArray<{ label: string; value: number; previous?: number }>,
  { sort = 'desc', maxBars = Infinity }: BreakdownOptions = {},
): Breakdown {
  if (sort != 'desc' && sort != 'none') fail('sort', '"desc" or "none"', sort);
  if (maxBars != Infinity && !isInt(maxBars, 1, Infinity)) fail('maxBars', 'a whole number ≥ 1', maxBars);
  const g = group();
  for (let i = 0, n = list('rows', rows); i < n; i++) {
    const { label, value, previous } = Object(rows[i]);
    if (typeof label != 'string') fail(`rows[${i}].label`, 'a string', label);
    g.add(
      label,
      amount(`rows[${i}].value`, value),
      previous == null ? previous : amount(`rows[${i}].previous`, previous),
    );
  }
  const { labels, values, previous, total } = g;
  const ids = sort == 'none' ? labels.map((_, i) => i) : byValue(g);
  const keep = ids.length > maxBars ? maxBars - 1 : ids.length;
  const rest = ids.splice(keep);
  const sum = (a: number[]) => rest.reduce((s, j) => s + a[j]!, 0);
  const row = (label: string, value: number, previous: number): BreakdownRow => ({
    label,
    value,
    share: total && value / total,
    ...(previous === previous && { previous }),
    // None when too large to represent (1e308 against 1e-300), like none against 0.
    change: shownRatio(value - previous, previous),
  });
  const out = ids.map((j) => row(labels[j]!, values[j]!, previous[j]!));
  if (rest.length)
    out.push({
      ...row('Other', sum(values), sum(previous)),
      other: true,
      members: rest.map((j) => labels[j]!),
    });
  return { total, rows: out };
}

/** One row (category) of a stacked breakdown. */
export interface StackedRow {
  /** The label; the `other` row's is `Other`, for the caller to localize. */
  label: string;
  /** The row's value in each series, in the order of `series`. */
  values: number[];
  /** The row's total: the sum of `values`. */
  value: number;
  /** value ÷ the grand total, 0…1 (0 when that is 0). */
  share: number;
  other?: true;
  members?: string[];
}

/** What `stackedBreakdown` gives: the rows, and the series in columns. */
export interface StackedBreakdown {
  total: number;
  /** Series names, in order of first appearance. */
  series: string[];
  /** Each series' total over every row, in the order of `series`. */
  seriesTotals: number[];
  rows: StackedRow[];
}

/**
 * Stacked breakdown: the rows of `breakdown` (by label: totals, shares, order, `other`), each with
 * its value in every series (0 where it has none; summed over the members for `other`), and each
 * series' total. RangeError naming the field (`rows[i].value`, `rows[i].series`).
 */
export function stackedBreakdown(
  rows: ReadonlyArray<{ label: string; series: string; value: number }>,
  options?: BreakdownOptions,
): StackedBreakdown {
  const { total, rows: out } = breakdown(rows, options);
  const series = group();
  const cells = new Map<string, number[]>();
  rows.forEach(({ label, series: s, value }, i) => {
    if (typeof s != 'string') fail(`rows[${i}].series`, 'a string', s);
    const k = series.add(s, value);
    const c = cells.get(label) ?? [];
    cells.set(label, c);
    c[k] = (c[k] ?? 0) + value;
  });
  return {
    total,
    series: series.labels,
    seriesTotals: series.values,
    rows: out.map(({ label, value, share, other, members }) => ({
      label,
      values: series.labels.map((_, k) =>
        (members ?? [label]).reduce((sum, l) => sum + (cells.get(l)![k] ?? 0), 0),
      ),
      value,
      share,
      ...(other && { other, members }),
    })),
  };
}
