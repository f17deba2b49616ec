import { fail, finite, isInt, list } from './validate.js';

/**
 * Trailing moving average over `window` values: out[i] = mean of values[i − window + 1 … i], null
 * until `window` values are there or when one of them is null (a gap stays a gap). O(n · window),
 * summed afresh per window so that no rounding error builds up along a long series. Each value is a
 * finite number or null, else RangeError naming `values[i]`; a window whose sum overflows is a
 * RangeError naming `window sum`.
 */
export function movingAverage(values: readonly (number | null)[], window: number): (number | null)[] {
  const n = list('values', values);
  if (!isInt(window, 1, Infinity)) fail('window', 'a whole number ≥ 1', window);
  const out: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    // values[i] is checked before any window reads it: each value once.
    const x = values[i];
    if (!Number.isFinite(x ?? 0)) fail(`values[${i}]`, 'a finite number or null', x);
    let sum: number | null = i >= window - 1 ? 0 : null;
    for (let j = i - window + 1; sum !== null && j <= i; j++) {
      const v = values[j];
      sum = v == null ? null : sum + v;
    }
    out.push(sum === null ? null : finite('window sum', sum / window));
  }
  return out;
}
