// Internal summary statistics shared by the duration metrics (not re-exported from index.ts).

/** Count, mean and median of a sample (null when it is empty). */
export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
}

/** Median = middle value of the sorted first `n` values of `v` (mean of the two middle ones for even n); null when n is 0. Sorts a copy. */
export const median = (v: Float64Array, n: number): number | null => {
  if (!n) return null;
  const s = v.slice(0, n).sort();
  const h = n >> 1;
  return n & 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

/** Count = n; mean = Σ v[0…n) ÷ n; median (see `median`); mean and median null when n is 0. */
export function summary(v: Float64Array, n: number): Summary {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += v[i]!;
  return { count: n, mean: n ? sum / n : null, median: median(v, n) };
}
