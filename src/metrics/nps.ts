import { count, fail, isInt } from './validate.js';

export type NpsCategory = 'detractor' | 'passive' | 'promoter';

/** Counts of NPS answers by category. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** What `computeNps` accepts: scores 0–10 (any array or typed array) or the three counts. */
export type NpsInput = ArrayLike<number> | NpsCounts;

export interface NpsResult extends NpsCounts {
  /** 100 · (pP − pD), unrounded; null when there are no responses. */
  score: number | null;
  total: number;
  /** Fractions 0…1; all 0 when total is 0. */
  shares: NpsCounts;
  /** Wald 95% margin in NPS points; null when total is 0. */
  marginOfError: number | null;
  /** Adjusted-Wald 95% interval, clipped to −100…100; null when total is 0. */
  interval: [number, number] | null;
}

export interface NpsComparison {
  difference: number | null;
  marginOfError: number | null;
  significant: boolean | null;
}

/** Category of one score: 0–6 detractor, 7–8 passive, 9–10 promoter (integer 0…10, else RangeError naming `score`). */
export const npsCategory = (score: number): NpsCategory =>
  !isInt(score, 0, 10)
    ? fail('score', 'an integer 0..10', score)
    : score > 8
      ? 'promoter'
      : score > 6
        ? 'passive'
        : 'detractor';

// Per-response variance of the NPS estimator: pP + pD − (pP − pD)², never below 0.
const variance = (p: number, d: number): number => Math.max(0, p + d - (p - d) ** 2);

// 95% half-width in NPS points: 1.96 · sqrt(var / n) · 100.
const half = (p: number, d: number, n: number): number => 196 * Math.sqrt(variance(p, d) / n);

const clip = (x: number): number => Math.min(100, Math.max(-100, x));

/** NPS = %promoters − %detractors, −100…100 (null with no responses); margin = 1.96·√((pP + pD − (pP − pD)²)/n)·100; interval = adjusted Wald (n + 3, P + ¾, D + ¾). */
export function computeNps(input: NpsInput): NpsResult {
  let promoters: number;
  let passives: number;
  let detractors: number;
  if (typeof (input as ArrayLike<number>).length == 'number') {
    const a = input as ArrayLike<number>;
    const len = a.length;
    // One branch-free pass: count the scores above 8 and above 6,
    // and whether any is not an integer 0–10; only then look for the first bad one, to name it.
    let above8 = 0;
    let above6 = 0;
    let bad = 0;
    for (let i = 0; i < len; i++) {
      const s = a[i]!;
      bad |= +!(s >>> 0 === s && s <= 10);
      above8 += +(s > 8);
      above6 += +(s > 6);
    }
    if (bad)
      for (let i = 0; i < len; i++) if (!isInt(a[i], 0, 10)) fail(`scores[${i}]`, 'an integer 0..10', a[i]);
    promoters = above8;
    passives = above6 - above8;
    detractors = len - above6;
  } else {
    const c = input as NpsCounts;
    promoters = count('promoters', c.promoters);
    passives = count('passives', c.passives);
    detractors = count('detractors', c.detractors);
  }
  const n = promoters + passives + detractors;
  const p = n && promoters / n;
  const d = n && detractors / n;
  const n2 = n + 3;
  const p2 = (promoters + 0.75) / n2;
  const d2 = (detractors + 0.75) / n2;
  const c2 = 100 * (p2 - d2);
  const h2 = half(p2, d2, n2);
  return {
    score: n ? ((promoters - detractors) * 100) / n : null,
    promoters,
    passives,
    detractors,
    total: n,
    shares: { promoters: p, passives: n && passives / n, detractors: d },
    marginOfError: n ? half(p, d, n) : null,
    interval: n ? [clip(c2 - h2), clip(c2 + h2)] : null,
  };
}

/** Difference = NPS(current) − NPS(previous); margin = 1.96·√(varC + varP)·100 with var = (pP + pD − (pP − pD)²)/n; significant = |difference| > margin. */
export function compareNps(current: NpsInput | NpsResult, previous: NpsInput | NpsResult): NpsComparison {
  const c = computeNps(current);
  const p = computeNps(previous);
  if (c.score === null || p.score === null)
    return { difference: null, marginOfError: null, significant: null };
  const v = (r: NpsResult): number => variance(r.shares.promoters, r.shares.detractors) / r.total;
  const difference = c.score - p.score;
  const marginOfError = 196 * Math.sqrt(v(c) + v(p));
  return { difference, marginOfError, significant: Math.abs(difference) > marginOfError };
}
