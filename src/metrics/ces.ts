import { fail, isInt, list } from './validate.js';

export type CesScale = '1-7' | '1-5' | '0-10';

export interface CesOptions {
  /** Answer scale; default '1-7'. */
  scale?: CesScale;
}

export interface CesResult {
  /** Mean score; null with no responses. */
  mean: number | null;
  /** Share of "easy" answers (top 2 values of the scale), 0…1; null with no responses. */
  easyShare: number | null;
  total: number;
  scale: CesScale;
}

/** CES = mean score on the scale (1–7 default, 1–5, 0–10); easyShare = share of the top 2 values (6–7, 4–5, 9–10); RangeError naming `scores`, `scores[i]` or `scale`. */
export function computeCes(scores: ArrayLike<number>, { scale = '1-7' }: CesOptions = {}): CesResult {
  const max =
    scale == '1-7'
      ? 7
      : scale == '1-5'
        ? 5
        : scale == '0-10'
          ? 10
          : fail('scale', "'1-7', '1-5' or '0-10'", scale);
  const min = max > 7 ? 0 : 1;
  const n = list('scores', scores);
  let sum = 0;
  let easy = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (!isInt(s, min, max)) fail(`scores[${i}]`, `an integer ${min}..${max}`, s);
    else {
      sum += s;
      if (s >= max - 1) easy++;
    }
  }
  return { mean: n ? sum / n : null, easyShare: n ? easy / n : null, total: n, scale };
}
