import { amount, list, shownRatio as shown } from './validate.js';

export interface FunnelStageInput {
  label: string;
  value: number;
}

export interface FunnelStage {
  label: string;
  value: number;
  /** value ÷ previous value; null for the first stage, when the previous value is 0, or when the ratio overflows. */
  fromPrevious: number | null;
  /** value ÷ first value; null when the first value is 0 or the ratio overflows. */
  fromFirst: number | null;
  /** previous − value (negative when a stage grows) and its share of the previous; null for the first stage. */
  dropOff: { count: number; share: number | null } | null;
}

/**
 * Per stage: fromPrevious = value ÷ previous, fromFirst = value ÷ first, dropOff = previous − value
 * (share ÷ previous); nothing clamped. A value must be a non-negative finite number (RangeError
 * naming `stages[i].value`); a ratio too large to represent (a stage after one of 5e-324) is null,
 * like a ratio over 0: no stage that passes validation makes it throw.
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
      fromPrevious: i ? shown(value, prev) : null,
      fromFirst: shown(value, first),
      dropOff: i ? { count, share: shown(count, prev) } : null,
    });
    prev = value;
  }
  return out;
}

/** Funnel conversion = last stage value ÷ first stage value; null when there are no stages, the first is 0 or the ratio overflows. */
export function funnelConversion(stages: ReadonlyArray<FunnelStageInput>): number | null {
  const f = computeFunnel(stages);
  return f.length ? f[f.length - 1]!.fromFirst : null;
}
