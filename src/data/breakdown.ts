// The <breakdown-bars> shapes: items, stacked columns, raw records. Each is a plain zod object (no
// union, no enum: their machinery would weigh on every page with bars); `breakdownInput` picks the
// shape by its keys, like `churnInput`. Records are checked and counted in one loop without zod
// (a raw export holds one record per lead or activity: zod would copy each of them).
import * as z from 'zod/mini';
import { group } from '../metrics/breakdown.js';
import type { ColumnIssue } from './churn.js';
import type { Validator } from './loader.js';
import { funnelStageSchema } from './schemas.js';

// A label (non-empty) and an amount (a number ≥ 0): the funnel stage's own fields (read inside
// each schema's IIFE, so that a bundle without these schemas drops them).
const shape = () => funnelStageSchema.shape;

/** One bar: `{ label, value, previous? }`, and `series` when the element stacks records (`stacked`). */
export const breakdownItemSchema = /* @__PURE__ */ (() =>
  z.object({ ...shape(), series: z.optional(shape().label) }))();
/** `<breakdown-bars>` input as items: `{ items: [{ label, value, previous? }] }` (a bare array is wrapped). */
export const breakdownItemsSchema = /* @__PURE__ */ (() =>
  z.object({ items: z.array(breakdownItemSchema) }))();

/** The stacked shape without its length check. */
const stackedShape = /* @__PURE__ */ (() =>
  z.object({
    series: z.array(shape().label),
    items: z.array(z.object({ label: shape().label, values: z.array(shape().value) })),
  }))();
/** The first item of a stacked input without one value per series, as an issue. */
/** Adds the issue of a value at `path`; gives undefined. */
const issue = (
  issues: ColumnIssue[],
  path: (string | number)[],
  message: string,
  input: unknown,
): undefined => void issues.push({ code: 'custom', path, message, input });

function stackIssue(d: z.output<typeof stackedShape>, issues: ColumnIssue[]): void {
  const m = d.series.length;
  const i = d.items.findIndex((it) => it.values.length != m);
  if (i >= 0) issue(issues, ['items', i, 'values'], `expected ${m} values, one a series`, d.items[i]!.values);
}

/**
 * `<breakdown-bars>` stacked input: `{ series: [names], items: [{ label, values: [n…] }] }`, one
 * value per series in each item.
 */
export const breakdownStackedSchema = /* @__PURE__ */ (() =>
  stackedShape.check(z.superRefine((d, ctx) => stackIssue(d, ctx.issues as ColumnIssue[]))))();

/** One raw record: named by `source`, `type` or `label` (the first there), counting `count` (default 1). */
export interface BreakdownRecord {
  source?: string;
  type?: string;
  label?: string;
  count?: number;
}

/** Records counted into items, in order of first appearance; else the first issue, in `issues`. */
function countRecords(
  records: unknown,
  issues: ColumnIssue[],
): { label: string; value: number }[] | undefined {
  const g = group();
  if (!Array.isArray(records)) return issue(issues, ['records'], 'expected an array', records);
  for (let i = 0; i < records.length; i++) {
    const r = Object(records[i]) as BreakdownRecord;
    const name = r.source ?? r.type ?? r.label;
    const n = r.count ?? 1;
    if (!name || typeof name != 'string' || !(Number.isSafeInteger(n) && n >= 0))
      return issue(issues, ['records', i], 'expected { source | type | label, count ≥ 0 }', records[i]);
    g.add(name, n);
  }
  return g.labels.map((label, i) => ({ label, value: g.values[i]! }));
}

const recordsShape = /* @__PURE__ */ (() =>
  z.object({ records: z.unknown() as z.ZodMiniType<BreakdownRecord[]> }))();
/** `<breakdown-bars>` input as raw records `{ records: [{ source|type|label, count? }] }`, counted per name. */
export const breakdownRecordsSchema = /* @__PURE__ */ (() =>
  recordsShape.check(z.superRefine((d, ctx) => void countRecords(d.records, ctx.issues as ColumnIssue[]))))();

/** `<breakdown-bars>` input, any of its shapes (for servers; the element uses `breakdownInput`). */
export const breakdownInputSchema = /* @__PURE__ */ (() =>
  z.union([breakdownStackedSchema, breakdownRecordsSchema, breakdownItemsSchema]))();

/** Validated `<breakdown-bars>` input: items (records come counted into items) or stacked columns. */
export type BreakdownData =
  z.infer<typeof breakdownItemsSchema> | { series: string[]; items: { label: string; values: number[] }[] };

/**
 * Validates `<breakdown-bars>` input with the shape its keys ask for (`records` → records, counted
 * into items; `series` → stacked; else items, a bare array of items too), with that shape's issue
 * paths, without zod's union machinery in the browser.
 */
export const breakdownInput: Validator<BreakdownData> = {
  safeParse(input: unknown) {
    const raw = Array.isArray(input) ? { items: input } : input;
    const d = Object(raw);
    const issues: ColumnIssue[] = [];
    // Records: no zod, the loop checks each of them. Stacked: the schema's check without zod's
    // refinement machinery.
    const r =
      'records' in d
        ? { success: true as const, data: { items: countRecords(d.records, issues)! } }
        : ('series' in d ? stackedShape : breakdownItemsSchema).safeParse(raw);
    if (r.success && 'series' in r.data) stackIssue(r.data as z.output<typeof stackedShape>, issues);
    return issues.length ? { success: false, error: { issues } } : r;
  },
};
