import { amount, finite, list, ratio } from './validate.js';

export interface FunnelStageInput {
  label: string;
  value: number;
}

export interface FunnelStage {
  label: string;
  value: number;
  /** value ÷ previous value; null for the first stage or when the previous value is 0. */
  fromPrevious: number | null;
  /** value ÷ first value; null when the first value is 0. */
  fromFirst: number | null;
  /** previous − value (negative when a stage grows) and its share of the previous; null for the first stage. */
  dropOff: { count: number; share: number | null } | null;
}

/**
 * Per stage: fromPrevious = value ÷ previous, fromFirst = value ÷ first, dropOff = previous − value
 * (share ÷ previous); nothing clamped. A value must be a non-negative finite number (RangeError
 * naming `stages[i].value`); a ratio that overflows (a tiny previous stage) is a RangeError naming it.
 */
export function computeFunnel(stages: ReadonlyArray<FunnelStageInput>): FunnelStage[] {
  const out: FunnelStage[] = [];
  let first = 0;
  let prev = 0;
  for (let i = 0, n = list('stages', stages); i < n; i++) {
    const at = `stages[${i}].`;
    const { label, value: v } = Object(stages[i]);
    const value = amount(at + 'value', v);
    if (!i) first = value;
    const count = prev - value;
    out.push({
      label,
      value,
      fromPrevious: i ? finite(at + 'fromPrevious', ratio(value, prev)) : null,
      fromFirst: finite(at + 'fromFirst', ratio(value, first)),
      // |previous − value| ≤ max(previous, value), so the share is finite when fromPrevious is.
      dropOff: i ? { count, share: ratio(count, prev) } : null,
    });
    prev = value;
  }
  return out;
}

/** Funnel conversion = last stage value ÷ first stage value; null when there are no stages or the first is 0. */
export function funnelConversion(stages: ReadonlyArray<FunnelStageInput>): number | null {
  const f = computeFunnel(stages);
  return f.length ? f[f.length - 1]!.fromFirst : null;
}
