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
  /**
   * 95% margin in NPS points: the larger of the Wald margin and the adjusted-Wald half-width, so
   * > 0 whenever total > 0 (what `<nps-gauge>` shows as "±"); null when total is 0.
   */
  marginOfError: number | null;
  /** Adjusted-Wald 95% interval, clipped to −100…100; null when total is 0. */
  interval: [number, number] | null;
}

export interface NpsComparison {
  /** NPS(current) − NPS(previous), unrounded; null when either side has no responses. */
  difference: number | null;
  /** Adjusted-Wald 95% margin of the difference in NPS points (> 0); null when either side is empty. */
  marginOfError: number | null;
  /** Whether the adjusted-Wald 95% interval of the difference excludes 0; null when either side is empty. */
  significant: boolean | null;
}

/**
 * Category of one score: 0–6 detractor, 7–8 passive, 9–10 promoter (integer 0…10, else RangeError
 * naming `score`). The scale is Bain's 0–10, the one NPS is defined on; some articles ask on 1–10,
 * whose scores are valid here and fall in the same categories (only the 0 is never given).
 */
export const npsCategory = (score: number): NpsCategory =>
  !isInt(score, 0, 10)
    ? fail('score', 'an integer 0..10', score)
    : score > 8
      ? 'promoter'
      : score > 6
        ? 'passive'
        : 'detractor';

/**
 * [NPS in points, variance of that estimate] of P promoters and D detractors among n answers
 * (with D = 0: a proportion P / n in points and its variance p(1 − p) / n, for `computeCsat`):
 * 100 · (pP − pD) and (pP + pD − (pP − pD)²) / n, summed as pP(1 − pP) + pD(1 − pD) + 2 pP pD
 * with 1 − pP = (n − P) / n: no cancellation, so the adjusted variance (N − P′ ≥ 2.25) is > 0
 * however lopsided the answers.
 */
export const wald = (P: number, D: number, n: number): [number, number] => {
  const p = P / n;
  const d = D / n;
  return [100 * (p - d), ((p * (n - P) + d * (n - D)) / n + 2 * p * d) / n];
};

/** The same after the adjusted-Wald correction: n + 3 answers, P + ¾, D + ¾. */
const adjusted = (P: number, D: number, n: number): [number, number] => wald(P + 0.75, D + 0.75, n + 3);

/** x clipped to lo…100 (NPS points; `computeCsat`: percent points, lo = 0). */
export const clip = (x: number, lo = -100): number => Math.min(100, Math.max(lo, x));

/** 95% half-width in NPS points of an estimate with variance v: 1.96 · √v · 100. */
export const z95 = (v: number): number => 196 * Math.sqrt(v);

/**
 * NPS = %promoters − %detractors, −100…100 (null with no responses). `interval` = adjusted Wald
 * (n + 3, P + ¾, D + ¾), 1.96 · √(var′ / n′) · 100 around the adjusted centre, clipped to −100…100.
 * `marginOfError` = the larger of the Wald margin 1.96 · √((pP + pD − (pP − pD)²) / n) · 100 and
 * that adjusted-Wald half-width: the textbook margin wherever it is sound, and never the ±0 it
 * collapses to when every answer falls in one category (it is at least 240 / (n + 3), so ≥ 0.5
 * up to 477 responses); `<nps-gauge>` shows it as "±". Scores: any array or typed array of
 * integers 0…10; counts: non-negative safe integers (else RangeError naming the field).
 */
export function computeNps(input: NpsInput): NpsResult {
  let promoters: number;
  let passives: number;
  let detractors: number;
  // An object with a length is scores (a bad length is a RangeError naming `scores.length`);
  // anything else, null or a string included, is read as counts (RangeError naming a count).
  const o = Object(input);
  if (o === input && 'length' in o) {
    const a = input as ArrayLike<number>;
    const len = count('scores.length', a.length);
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
    promoters = count('promoters', o.promoters);
    passives = count('passives', o.passives);
    detractors = count('detractors', o.detractors);
  }
  const n = promoters + passives + detractors;
  const [c2, v2] = adjusted(promoters, detractors, n);
  const h2 = z95(v2);
  return {
    score: n ? ((promoters - detractors) * 100) / n : null,
    promoters,
    passives,
    detractors,
    total: n,
    shares: { promoters: n && promoters / n, passives: n && passives / n, detractors: n && detractors / n },
    marginOfError: n ? z95(Math.max(wald(promoters, detractors, n)[1], v2)) : null,
    interval: n ? [clip(c2 - h2), clip(c2 + h2)] : null,
  };
}

/**
 * Difference = NPS(current) − NPS(previous). Margin = 1.96 · √(var′C + var′P) · 100, the two
 * adjusted-Wald variances (n + 3, P + ¾, D + ¾ in each period; the plain Wald ones call one-answer
 * samples significant and are wrong 8 % of the time at 10 vs 10 answers); significant = the
 * adjusted-Wald difference (adjusted NPS current − previous) lies farther than that margin from 0,
 * i.e. its 95% interval excludes 0. Either side: scores, counts or an `NpsResult`.
 */
export function compareNps(current: NpsInput | NpsResult, previous: NpsInput | NpsResult): NpsComparison {
  const c = computeNps(current);
  const p = computeNps(previous);
  if (!c.total || !p.total) return { difference: null, marginOfError: null, significant: null };
  const [cc, cv] = adjusted(c.promoters, c.detractors, c.total);
  const [pc, pv] = adjusted(p.promoters, p.detractors, p.total);
  const marginOfError = z95(cv + pv);
  return {
    difference: c.score! - p.score!,
    marginOfError,
    significant: Math.abs(cc - pc) > marginOfError,
  };
}
