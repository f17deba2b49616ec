// Internal summary statistics shared by the duration metrics (not re-exported from index.ts).

/** Count, mean and median of a sample of durations in ms (mean and median null when it is empty). */
export interface DurationSummary {
  count: number;
  mean: number | null;
  median: number | null;
}

/** Median = middle value of the sorted values (mean of the two middle ones for an even count); null when there are none. Sorts a copy. */
export const median = (v: Float64Array): number | null => {
  const n = v.length;
  const s = v.slice().sort();
  const h = n >> 1;
  return n ? (n & 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2) : null;
};

/** Count = n; mean = Σ v ÷ n; median (see `median`); mean and median null when n is 0. */
export function summary(v: Float64Array): DurationSummary {
  let sum = 0;
  for (const x of v) sum += x;
  const n = v.length;
  return { count: n, mean: n ? sum / n : null, median: median(v) };
}
