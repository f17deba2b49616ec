import { count, fail, isInt } from './validate.js';
import { clip, wald, z95 } from './nps.js';

/** Counts of CSAT answers by category: 4–5 satisfied, 3 neutral, 1–2 unsatisfied. */
export interface CsatCounts {
  satisfied: number;
  neutral: number;
  unsatisfied: number;
}

/** What `computeCsat` accepts: scores 1–5 (any array or typed array) or the three counts. */
export type CsatInput = ArrayLike<number> | CsatCounts;

export interface CsatResult extends CsatCounts {
  /** Share of satisfied answers, 0…1; null with no answers. */
  score: number | null;
  total: number;
  /** Adjusted-Wald (Agresti–Coull) 95% interval of that share, clamped to 0…1; null with no answers. */
  interval: [number, number] | null;
}

/**
 * CSAT = satisfied ÷ total, the share of 4–5 answers on 1–5 (null with no answers); `interval` =
 * adjusted Wald (Agresti–Coull) at 95%: p̃ = (x + z²/2) ÷ (n + z²), p̃ ± z · √(p̃(1 − p̃) ÷ (n + z²))
 * with z = 1.96, clamped to 0…1. Scores: any array or typed array of integers 1…5 (RangeError
 * naming `scores[i]`); counts `{ satisfied, neutral, unsatisfied }`: non-negative safe integers
 * (RangeError naming the count), as `computeNps` takes them.
 */
export function computeCsat(input: CsatInput): CsatResult {
  let satisfied: number;
  let neutral: number;
  let unsatisfied: number;
  const o = Object(input);
  if (o === input && 'length' in o) {
    const a = input as ArrayLike<number>;
    const len = count('scores.length', a.length);
    let above3 = 0;
    let above2 = 0;
    for (let i = 0; i < len; i++) {
      const s = a[i]!;
      if (!isInt(s, 1, 5)) fail(`scores[${i}]`, 'an integer 1..5', s);
      above3 += +(s > 3);
      above2 += +(s > 2);
    }
    satisfied = above3;
    neutral = above2 - above3;
    unsatisfied = len - above2;
  } else {
    satisfied = count('satisfied', o.satisfied);
    neutral = count('neutral', o.neutral);
    unsatisfied = count('unsatisfied', o.unsatisfied);
  }
  const n = satisfied + neutral + unsatisfied;
  // z = 1.96: z² = 3.8416. `wald` with no second category: [100 p̃, p̃(1 − p̃) ÷ ñ].
  const [p, v] = wald(satisfied + 1.9208, 0, n + 3.8416);
  const h = z95(v);
  return {
    score: n ? satisfied / n : null,
    satisfied,
    neutral,
    unsatisfied,
    total: n,
    interval: n ? [clip(p - h, 0) / 100, clip(p + h, 0) / 100] : null,
  };
}
