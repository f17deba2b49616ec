import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeCsat } from '../../src/metrics/index.js';
import type { CsatCounts } from '../../src/metrics/index.js';

// z = 1.96, z² = 3.8416, z²/2 = 1.9208.
describe('computeCsat', () => {
  it('is the share of 4–5 answers, with the adjusted-Wald interval: 8 of 10 satisfied', () => {
    // Scores: 5 5 5 4 4 4 4 4 satisfied, 3 neutral, 1 unsatisfied → CSAT 8 ÷ 10 = 0.8.
    // p̃ = (8 + 1.9208) ÷ (10 + 3.8416) = 9.9208 ÷ 13.8416 = 0.716738
    // p̃(1 − p̃) = 0.716738 × 0.283262 = 0.203026; ÷ 13.8416 = 0.0146678; √ = 0.121110
    // half-width = 1.96 × 0.121110 = 0.237376 → [0.479362, 0.954114]
    const r = computeCsat([5, 5, 5, 4, 4, 4, 4, 4, 3, 1]);
    expect(r.score).to.equal(0.8);
    expect([r.satisfied, r.neutral, r.unsatisfied, r.total]).to.deep.equal([8, 1, 1, 10]);
    expect(r.interval![0]).to.be.closeTo(0.479362, 1e-6);
    expect(r.interval![1]).to.be.closeTo(0.954114, 1e-6);
  });

  it('takes counts, as computeNps does, with the same result as the scores', () => {
    const r = computeCsat({ satisfied: 8, neutral: 1, unsatisfied: 1 });
    expect(r).to.deep.equal(computeCsat(Uint8Array.of(5, 5, 5, 4, 4, 4, 4, 4, 3, 1)));
  });

  it('clamps the interval to 0…1: none or all of 10 satisfied', () => {
    // p̃ = 1.9208 ÷ 13.8416 = 0.138770; half-width 1.96 × √(0.138770 × 0.861230 ÷ 13.8416) = 0.182125
    // → low 0.138770 − 0.182125 < 0 → 0; high 0.320895.
    const none = computeCsat({ satisfied: 0, neutral: 4, unsatisfied: 6 });
    expect(none.score).to.equal(0);
    expect(none.interval![0]).to.equal(0);
    expect(none.interval![1]).to.be.closeTo(0.320895, 1e-6);
    // Mirrored: p̃ = 11.9208 ÷ 13.8416 = 0.861230 → [0.679105, 1].
    const all = computeCsat([4, 5, 4, 5, 4, 5, 4, 5, 4, 5]);
    expect(all.score).to.equal(1);
    expect(all.interval![0]).to.be.closeTo(0.679105, 1e-6);
    expect(all.interval![1]).to.equal(1);
  });

  it('gives null score and interval with no answers', () => {
    expect(computeCsat([])).to.deep.equal({
      score: null,
      satisfied: 0,
      neutral: 0,
      unsatisfied: 0,
      total: 0,
      interval: null,
    });
    expect(computeCsat({ satisfied: 0, neutral: 0, unsatisfied: 0 }).interval).to.equal(null);
  });

  it('throws a RangeError naming scores[i] outside 1–5 or not an integer', () => {
    expect(() => computeCsat([3, 0])).to.throw(RangeError, 'scores[1] must be an integer 1..5 (got 0)');
    expect(() => computeCsat([6])).to.throw(RangeError, /^scores\[0\]/);
    expect(() => computeCsat([4, 4.5])).to.throw(RangeError, /^scores\[1\]/);
    expect(() => computeCsat([NaN])).to.throw(RangeError, /^scores\[0\]/);
  });

  it('throws a RangeError naming the bad count', () => {
    expect(() => computeCsat({ satisfied: -1, neutral: 0, unsatisfied: 0 })).to.throw(
      RangeError,
      /^satisfied/,
    );
    expect(() => computeCsat({ satisfied: 1, neutral: 0 } as CsatCounts)).to.throw(
      RangeError,
      /^unsatisfied/,
    );
    expect(() => computeCsat({ satisfied: 1, neutral: 0.5, unsatisfied: 0 })).to.throw(
      RangeError,
      /^neutral/,
    );
  });

  it('keeps the score inside its interval, both within 0…1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 300 }), (scores) => {
        const { score, interval } = computeCsat(scores);
        const [lo, hi] = interval!;
        return 0 <= lo && lo <= score! && score! <= hi && hi <= 1;
      }),
    );
  });
});
