import { nice as niceDomain, ticks } from 'd3-array';

/**
 * A linear scale: what the charts use of d3-scale's `scaleLinear` (map, invert, clamp, nice, ticks)
 * with the very same arithmetic, without its weight. `scaleLinear` imports d3-interpolate (and
 * with it d3-color's 148 CSS colour names and parsers) and d3-format for `tickFormat`, which the
 * kit never uses: it maps numbers and formats with Intl. That is 7.9 kB gzipped in every chart
 * (and the all-in-one bundle), against 0.4 kB for d3-array's `ticks` and `nice` used here.
 * test/charts/scale.test.ts checks it against d3-scale on random domains.
 */
export interface LinearScale {
  (value: number): number;
  /** The domain value at a range position (clamped like the scale). */
  invert(position: number): number;
  /** The domain, after `nice`. */
  domain(): [number, number];
  /** About `count` round values inside the domain (default 10), from d3-array. */
  ticks(count?: number): number[];
}

/** `a` → `b` linearly, as d3 does: ascending `a` first, then `b0·(1 − t) + b1·t`. */
function lerp(a0: number, a1: number, b0: number, b1: number): (x: number) => number {
  if (a1 < a0) [a0, a1, b0, b1] = [a1, a0, b1, b0];
  const span = a1 - a0;
  return (x) => {
    const t = span ? (x - a0) / span : isNaN(span) ? NaN : 0.5;
    return b0 * (1 - t) + b1 * t;
  };
}

/**
 * A linear scale from `domain` to `range`. `clamp`: values outside the domain map to the range's
 * ends. `nice`: the domain is widened to round values (d3-array's `nice` with 10 ticks).
 */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  { clamp = false, nice = false } = {},
): LinearScale {
  if (nice)
    [d0, d1] = d1 < d0 ? (niceDomain(d1, d0, 10).reverse() as [number, number]) : niceDomain(d0, d1, 10);
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const limit = (v: number) => (clamp ? Math.max(lo, Math.min(hi, v)) : v);
  const to = lerp(d0, d1, r0, r1);
  const from = lerp(r0, r1, d0, d1);
  const scale = ((v: number) => to(limit(v))) as LinearScale;
  scale.invert = (position) => limit(from(position));
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}
