// Each bucket's two inner loops live in functions of their own: nested in the loop over buckets,
// V8 compiled them on their own (on-stack replacement) and threw that code away at the end of
// every bucket, so a million points ran mostly in the interpreter; as functions called once per
// bucket they are compiled whole and stay compiled.

/** Mean x of [from, to), and mean y of its finite ys (NaN when none): written to `out`. */
function centroid(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  to: number,
  out: Float64Array,
): void {
  let cx = 0;
  let cy = 0;
  let c = 0;
  for (let j = from; j < to; j++) {
    cx += x[j]!;
    const v = y[j]!;
    // v − v is 0 for a finite v, NaN for NaN and ±Infinity.
    if (v - v === 0) {
      cy += v;
      c++;
    }
  }
  out[0] = cx / (to - from);
  out[1] = cy / c;
}

/** The index in [from, to) whose point makes the largest triangle with (ax, ay) and (cx, cy); a gap loses to any point. */
function largest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  to: number,
  ax: number,
  ay: number,
  cx: number,
  cy: number,
): number {
  let best = -2;
  let a = from;
  for (let j = from; j < to; j++) {
    const v = y[j]!;
    // Twice the triangle's area; a gap scores −1, so it is kept only if the whole bucket is a gap.
    const area = v - v === 0 ? Math.abs((ax - cx) * (v - ay) - (ax - x[j]!) * (cy - ay)) || 0 : -1;
    if (area > best) {
      best = area;
      a = j;
    }
  }
  return a;
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): sorted indices of `threshold` of the points
 * (`x[i]`, `y[i]`), first and last kept, in one pass over the columns (O(n) time, nothing
 * allocated per point); a non-finite y (a gap) loses to any finite y in its bucket. The picks
 * depend on y only through triangle areas, so y and 1 − y (churn and retention) pick the same.
 */
export function lttb(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): number[] {
  const n = y.length;
  const t = Math.floor(threshold);
  const out: number[] = [];
  // Fewer than three points: every one of them, whatever the threshold.
  if (!(t < n) || n < 3) {
    for (let i = 0; i < n; i++) out.push(i);
    return out;
  }
  if (t < 3) return [0, n - 1];
  // Bucket k (0-based, k < b) holds indices [floor(k·m/b) + 1, floor((k+1)·m/b) + 1): integer bounds, no drift.
  const m = n - 2;
  const b = t - 2;
  const c = new Float64Array(2);
  let a = 0;
  let lo = 1;
  let hi = Math.floor(m / b) + 1;
  out.push(0);
  for (let k = 1; k <= b; k++) {
    // The next bucket [hi, next); after the last bucket it is the last point alone.
    const next = k < b ? Math.floor(((k + 1) * m) / b) + 1 : n;
    centroid(x, y, hi, next, c);
    let cy = c[1]!;
    let ay = y[a]!;
    // After a gap (or before one) the missing corner takes the other's height.
    if (!(ay - ay === 0)) ay = cy;
    if (!(cy - cy === 0)) cy = ay;
    out.push((a = largest(x, y, lo, hi, x[a]!, ay, c[0]!, cy)));
    lo = hi;
    hi = next;
  }
  out.push(n - 1);
  return out;
}
