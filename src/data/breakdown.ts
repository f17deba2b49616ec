// The <breakdown-bars> shapes: items, stacked columns, raw records. zod checks the object; the
// arrays are checked by one loop per shape that names the first bad field, through the same
// `looped` shapes as churn's columns: zod's array machinery (1.2 kB gzip of every page with bars)
// would also copy each item.
// `breakdownInput` picks the shape by its keys, like `churnInput`.
import * as z from 'zod/mini';
import { group } from '../metrics/breakdown.js';
import type { ColumnIssue } from './churn.js';
import type { Validator } from './loader.js';
import { list, looped } from './schemas.js';

type Path = (string | number)[];
/** Adds the issue of a value at `path`; gives undefined. */
const issue = (issues: ColumnIssue[], path: Path, message: string, input: unknown): undefined =>
  void issues.push({ code: 'custom', path, message, input });

/** One bar: a non-empty `label`, a `value` ≥ 0, optional `previous` ≥ 0 and `series` (non-empty). */
export interface BreakdownItem {
  label: string;
  value: number;
  previous?: number;
  series?: string;
}
/** One stacked bar: its `label` and one value ≥ 0 per series. */
export interface StackedItem {
  label: string;
  values: number[];
}

const isLabel = (v: unknown): v is string => typeof v == 'string' && v.length > 0;
const isAmount = (v: unknown): v is number => typeof v == 'number' && v >= 0 && v < Infinity;
const LABEL = 'expected a non-empty string';
/** Also refuses values near 1e308 whose total overflows: no share, sum or "Other" of them could be shown. */
const AMOUNT = 'expected a number ≥ 0 (a finite total)';

/** True when `list` is an array whose items all pass `check` (which adds the issue of the first that fails). */
const each = (
  list: unknown,
  path: Path,
  issues: ColumnIssue[],
  check: (item: Record<string, unknown>, at: Path) => boolean,
): list is unknown[] => {
  if (!Array.isArray(list)) return !issue(issues, path, 'expected an array', list);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!item || typeof item != 'object') return !issue(issues, [...path, i], 'expected an object', item);
    if (!check(item as Record<string, unknown>, [...path, i])) return false;
  }
  return true;
};
/** `ok(item[key])`, else the issue at `at.key`; an optional key may be absent. */
const field = (
  issues: ColumnIssue[],
  item: Record<string, unknown>,
  at: Path,
  key: string,
  ok: (v: unknown) => boolean,
  message: string,
  optional?: boolean,
): boolean =>
  (optional && item[key] === undefined) || ok(item[key]) || !!issue(issues, [...at, key], message, item[key]);

/** Items: `[{ label, value, previous?, series? }]`, the values (and previous values) adding up to a finite total. */
const itemsLoop = (items: unknown, issues: ColumnIssue[]): boolean => {
  let sum = 0;
  let prev = 0;
  return each(
    items,
    ['items'],
    issues,
    (it, at) =>
      field(issues, it, at, 'label', isLabel, LABEL) &&
      field(issues, it, at, 'value', (v) => isAmount((sum += v as number)) && isAmount(v), AMOUNT) &&
      field(
        issues,
        it,
        at,
        'previous',
        (v) => isAmount((prev += v as number)) && isAmount(v),
        AMOUNT,
        true,
      ) &&
      field(issues, it, at, 'series', isLabel, LABEL, true),
  );
};

/** Stacked: `series` names, then items `{ label, values }` with one value ≥ 0 per series, all adding up to a finite total. */
const stackedLoop = (d: { series: unknown; items: unknown }, issues: ColumnIssue[]): boolean => {
  const { series } = d;
  let sum = 0;
  if (!Array.isArray(series)) return !issue(issues, ['series'], 'expected an array', series);
  const bad = series.findIndex((s) => !isLabel(s));
  if (bad >= 0) return !issue(issues, ['series', bad], LABEL, series[bad]);
  return each(d.items, ['items'], issues, (it, at) => {
    const v = it.values;
    if (!field(issues, it, at, 'label', isLabel, LABEL)) return false;
    if (!Array.isArray(v) || v.length != series.length)
      return !issue(issues, [...at, 'values'], `expected ${series.length} values, one a series`, v);
    const k = v.findIndex((x: number) => !isAmount((sum += x)) || !isAmount(x));
    return k < 0 || !issue(issues, [...at, 'values', k], AMOUNT, v[k]);
  });
};

/** One raw record: named by `source`, `type` or `label` (the first there), counting `count` (default 1). */
export interface BreakdownRecord {
  source?: string;
  type?: string;
  label?: string;
  count?: number;
}

/** Records counted into items, in order of first appearance; else the first issue, in `issues`. */
function countRecords(records: unknown, issues: ColumnIssue[]): BreakdownItem[] | undefined {
  const g = group();
  if (!Array.isArray(records)) return issue(issues, ['records'], 'expected an array', records);
  for (let i = 0; i < records.length; i++) {
    const r = Object(records[i]) as BreakdownRecord;
    const name = r.source ?? r.type ?? r.label;
    const n = r.count ?? 1;
    if (!isLabel(name) || !(Number.isSafeInteger(n) && n >= 0))
      return issue(issues, ['records', i], 'expected { source | type | label, count ≥ 0 }', records[i]);
    g.add(name, n);
  }
  return g.labels.map((label, i) => ({ label, value: g.values[i]! }));
}

/** `<breakdown-bars>` input as items: `{ items: [{ label, value, previous?, series? }] }` (a bare array is wrapped). */
export const breakdownItemsSchema = /* @__PURE__ */ (() =>
  looped(z.object({ items: list<BreakdownItem>() }), (d, issues) => itemsLoop(d.items, issues)))();
/**
 * `<breakdown-bars>` stacked input: `{ series: [names], items: [{ label, values: [n…] }] }`, one
 * value per series in each item.
 */
export const breakdownStackedSchema = /* @__PURE__ */ (() =>
  looped(z.object({ series: list<string>(), items: list<StackedItem>() }), stackedLoop))();
/** The records object, its array not yet checked. */
const recordsShape = /* @__PURE__ */ (() => z.object({ records: list<BreakdownRecord>() }))();
/** `<breakdown-bars>` input as raw records `{ records: [{ source|type|label, count? }] }`, counted per name. */
export const breakdownRecordsSchema = /* @__PURE__ */ (() =>
  looped(recordsShape, (d, issues) => countRecords(d.records, issues)))();

/**
 * `<breakdown-bars>` input, any of its shapes (for servers; the element uses `breakdownInput`):
 * like the element, an object with `series` is stacked and one with `records` is records, so a
 * wrong stacked input is not taken for items.
 */
export const breakdownInputSchema = /* @__PURE__ */ (() =>
  z.union([
    breakdownStackedSchema,
    breakdownRecordsSchema,
    z.pipe(
      z.custom<unknown>(
        (d) => !!d && typeof d == 'object' && !('series' in d || 'records' in d),
        'expected items, stacked series or records',
      ),
      breakdownItemsSchema,
    ),
  ]))();

/** Validated `<breakdown-bars>` input: items (records come counted into items) or stacked columns. */
export type BreakdownData = { items: BreakdownItem[] } | { series: string[]; items: StackedItem[] };

/**
 * Validates `<breakdown-bars>` input with the schema its keys ask for (`records` → records, counted
 * into items once; `series` → stacked; else items, a bare array of items too), with that shape's
 * issue paths, each array walked once, without zod's union machinery in the browser.
 */
export const breakdownInput: Validator<BreakdownData> = {
  safeParse(input: unknown) {
    const raw = Array.isArray(input) ? { items: input } : input;
    const d = Object(raw) as Record<string, unknown>;
    if (!('records' in d))
      return 'series' in d ? breakdownStackedSchema.safeParse(raw) : breakdownItemsSchema.safeParse(raw);
    const r = recordsShape.safeParse(raw);
    if (!r.success) return r;
    const issues: ColumnIssue[] = [];
    const items = countRecords(d.records, issues);
    return items ? { success: true, data: { items } } : { success: false, error: { issues } };
  },
};
