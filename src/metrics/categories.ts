// The category of one survey answer, per kind (NPS's own is npsCategory in ./nps.ts).
import type { CesScale } from './ces.js';
import { fail, isInt } from './validate.js';

/** The three survey kinds of the kit. */
export type SurveyKind = 'nps' | 'csat' | 'ces';
/** CSAT answer category. */
export type CsatCategory = 'satisfied' | 'neutral' | 'unsatisfied';
/** CES answer category. */
export type CesCategory = 'easy' | 'neutral' | 'hard';

/**
 * CSAT category of a 1–5 score: 4–5 satisfied (the answers CSAT counts), 3 neutral, 1–2
 * unsatisfied; RangeError naming `score` otherwise.
 */
export const csatCategory = (score: number): CsatCategory =>
  !isInt(score, 1, 5)
    ? fail('score', 'an integer 1..5', score)
    : score > 3
      ? 'satisfied'
      : score > 2
        ? 'neutral'
        : 'unsatisfied';

/**
 * CES category of a score on `scale` (default '1-7'), one symmetric rule for every scale: the top
 * two values are easy (6–7, 4–5, 9–10: what `computeCes` counts as `easyShare`), the bottom two
 * hard (1–2, 1–2, 0–1), the rest neutral (3–5, 3, 2–8); RangeError naming `score` or `scale`.
 */
export function cesCategory(score: number, scale: CesScale = '1-7'): CesCategory {
  const max =
    scale == '1-7'
      ? 7
      : scale == '1-5'
        ? 5
        : scale == '0-10'
          ? 10
          : fail('scale', "'1-7', '1-5' or '0-10'", scale);
  const min = max > 7 ? 0 : 1;
  return !isInt(score, min, max)
    ? fail('score', `an integer ${min}..${max}`, score)
    : score >= max - 1
      ? 'easy'
      : score <= min + 1
        ? 'hard'
        : 'neutral';
}
