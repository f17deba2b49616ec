/**
 * Trailing moving average over `window` values: out[i] = mean of values[i − window + 1 … i], null
 * until `window` values are there or when one of them is null (a gap stays a gap). O(n · window),
 * summed afresh per window so that no rounding error builds up along a long series.
 */
export function movingAverage(values: readonly (number | null)[], window: number): (number | null)[] {
  if (!(Number.isInteger(window) && window >= 1))
    throw new RangeError(`window must be a whole number ≥ 1 (got ${window})`);
  const out: (number | null)[] = [];
  for (let i = 0; i < values.length; i++) {
    let sum: number | null = i >= window - 1 ? 0 : null;
    for (let j = i - window + 1; sum !== null && j <= i; j++) {
      const v = values[j];
      sum = v == null ? null : sum + v;
    }
    out.push(sum === null ? null : sum / window);
  }
  return out;
}
