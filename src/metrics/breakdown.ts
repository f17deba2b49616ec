// Categorical breakdowns: values per label (leads by source, churn by contract type, tickets by
// channel), optionally per series (outreach by rep and type), with shares, the change against a
// previous period and an "Other" bucket. One grouping for the whole module (revenue.ts uses it).
import { amount, fail, finite, isInt, list } from './validate.js';

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
  /** (value − previous) ÷ previous; null when previous is 0 or absent. */
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

/** The row indexes in order (`sort`), and how many stand alone before the rest is folded. */
function order(g: Pick<Groups, 'labels' | 'values'>, { sort = 'desc', maxBars }: BreakdownOptions = {}) {
  if (sort != 'desc' && sort != 'none') fail('sort', '"desc" or "none"', sort);
  if (maxBars !== undefined && !isInt(maxBars, 1, Infinity)) fail('maxBars', 'a whole number ≥ 1', maxBars);
  const ids = sort == 'none' ? g.labels.map((_, i) => i) : byValue(g);
  const n = ids.length;
  return { ids, keep: maxBars && n > maxBars ? maxBars - 1 : n };
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
  options?: BreakdownOptions,
): Breakdown {
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
  const { ids, keep } = order(g, options);
  const total = g.total;
  const row = (label: string, value: number, previous: number, i: number): BreakdownRow => ({
    label,
    value,
    share: total && value / total,
    ...(previous === previous && { previous }),
    change: previous ? finite(`rows[${i}].change`, (value - previous) / previous) : null,
  });
  const out = ids.slice(0, keep).map((j, i) => row(g.labels[j]!, g.values[j]!, g.previous[j]!, i));
  const rest = ids.slice(keep);
  if (rest.length) {
    const sum = (a: number[]) => rest.reduce((s, j) => s + a[j]!, 0);
    out.push({
      ...row('Other', sum(g.values), sum(g.previous), keep),
      other: true,
      members: rest.map((j) => g.labels[j]!),
    });
  }
  return { total, rows: out };
}

/** Stacked input in columns: the series' names, and per label one value per series. */
export interface StackedColumns {
  series: ReadonlyArray<string>;
  items: ReadonlyArray<{ label: string; values: ReadonlyArray<number> }>;
}

/** One row (category) of a stacked breakdown. */
export interface StackedRow {
  /** The label; the `other` row's is `Other`, for the caller to localize. */
  label: string;
  /** The row's value in each series, in the order of `series`. */
  values: number[];
  /** The sum of `values`. */
  total: number;
  /** total ÷ the grand total, 0…1 (0 when that is 0). */
  share: number;
  other?: true;
  members?: string[];
}

/** What `stackedBreakdown` gives: rows and series in columns. */
export interface StackedBreakdown {
  total: number;
  /** Series names, in order of first appearance (or as given). */
  series: string[];
  /** Each series' total over every row, in the order of `series`. */
  seriesTotals: number[];
  rows: StackedRow[];
}

/**
 * Stacked breakdown: values summed per label and series; each row has one value per series and
 * its total, share = row total ÷ grand total; rows sorted and folded into `other` as in
 * `breakdown` (by row total). Takes records `{ label, series, value }` or columns
 * `{ series, items: [{ label, values }] }` (one value per series). RangeError naming the field
 * for a value that is not a non-negative finite number or a label or series that is not a string.
 */
export function stackedBreakdown(
  input: ReadonlyArray<{ label: string; series: string; value: number }> | StackedColumns,
  options?: BreakdownOptions,
): StackedBreakdown {
  const series = group();
  const rows = group();
  // Per row label, its values per series index.
  const cells: number[][] = [];
  const add = (label: unknown, s: unknown, value: number, at: string) => {
    if (typeof label != 'string') fail(`${at}.label`, 'a string', label);
    if (typeof s != 'string') fail(`${at}.series`, 'a string', s);
    const row = (cells[rows.add(label as string, value)] ??= []);
    const k = series.add(s as string, value);
    row[k] = (row[k] ?? 0) + value;
  };
  if (Array.isArray(input)) {
    for (let i = 0, n = list('rows', input); i < n; i++) {
      const { label, series: s, value } = Object(input[i]);
      add(label, s, amount(`rows[${i}].value`, value), `rows[${i}]`);
    }
  } else {
    const { series: names, items } = Object(input) as StackedColumns;
    const m = list('series', names);
    for (let k = 0, s; k < m; k++)
      series.add(typeof (s = names[k]) == 'string' ? s : fail(`series[${k}]`, 'a string', s), 0);
    for (let i = 0, n = list('items', items); i < n; i++) {
      const { label, values } = Object(items[i]);
      const at = `items[${i}]`;
      if (list(`${at}.values`, values) != m) fail(`${at}.values`, `${m} values, one per series`, values);
      for (let k = 0; k < m; k++) add(label, names[k], amount(`${at}.values[${k}]`, values[k]), at);
    }
  }
  const width = series.labels.length;
  const full = (r: number[] = []) => Array.from({ length: width }, (_, k) => r[k] ?? 0);
  const { ids, keep } = order(rows, options);
  const total = rows.total;
  const row = (label: string, values: number[], sum: number): StackedRow => ({
    label,
    values,
    total: sum,
    share: total && sum / total,
  });
  const out = ids.slice(0, keep).map((j) => row(rows.labels[j]!, full(cells[j]), rows.values[j]!));
  const rest = ids.slice(keep);
  if (rest.length) {
    const values = full().map((_, k) => rest.reduce((s, j) => s + (cells[j]?.[k] ?? 0), 0));
    out.push({
      ...row(
        'Other',
        values,
        rest.reduce((s, j) => s + rows.values[j]!, 0),
      ),
      other: true,
      members: rest.map((j) => rows.labels[j]!),
    });
  }
  return { total, series: series.labels, seriesTotals: series.values, rows: out };
}
