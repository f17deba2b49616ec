import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareNps, computeNps, npsCategory } from '../../src/metrics/index.js';
import { mulberry32 } from '../tools/prng.js';

describe('npsCategory', () => {
  it('maps 0–6 to detractor, 7–8 to passive, 9–10 to promoter', () => {
    for (let s = 0; s <= 6; s++) expect(npsCategory(s)).to.equal('detractor');
    expect(npsCategory(7)).to.equal('passive');
    expect(npsCategory(8)).to.equal('passive');
    expect(npsCategory(9)).to.equal('promoter');
    expect(npsCategory(10)).to.equal('promoter');
  });

  it('throws a RangeError naming score outside integers 0..10', () => {
    for (const bad of [11, -1, 6.5, NaN, Infinity]) {
      expect(() => npsCategory(bad)).to.throw(RangeError, /^score must be an integer 0\.\.10/);
    }
    expect(() => npsCategory(11)).to.throw(RangeError, 'score must be an integer 0..10 (got 11)');
    expect(() => npsCategory('9' as unknown as number)).to.throw(RangeError, /score/);
  });
});

describe('computeNps', () => {
  it('computes score, shares and the Wald margin from counts', () => {
    // 412 promoters, 180 passives, 96 detractors: n = 688; (412 − 96) / 688 · 100 = 45.93…
    const r = computeNps({ promoters: 412, passives: 180, detractors: 96 });
    expect(r.total).to.equal(688);
    expect(r.promoters).to.equal(412);
    expect(r.passives).to.equal(180);
    expect(r.detractors).to.equal(96);
    expect(r.score).to.be.closeTo(45.9302, 1e-4);
    expect(r.shares.promoters).to.be.closeTo(412 / 688, 1e-12);
    expect(r.shares.passives).to.be.closeTo(180 / 688, 1e-12);
    expect(r.shares.detractors).to.be.closeTo(96 / 688, 1e-12);
    // pP + pD = 508/688 = 0.73837, (pP − pD)² = (316/688)² = 0.21096 → var 0.52741;
    // 1.96 · sqrt(0.52741 / 688) · 100 = 1.96 · 0.027687 · 100 = 5.4267
    expect(r.marginOfError).to.be.closeTo(5.4267, 1e-3);
  });

  it('computes the adjusted-Wald interval (n + 3, P + ¾, D + ¾)', () => {
    // n' = 691, P' = 412.75, D' = 96.75: centre = (412.75 − 96.75) / 691 · 100 = 316/691 · 100 = 45.7308
    // var' = 509.5/691 − (316/691)² = 0.73734 − 0.20913 = 0.52821; half = 1.96 · sqrt(0.52821/691) · 100 = 5.419
    const r = computeNps({ promoters: 412, passives: 180, detractors: 96 });
    const centre = (316 / 691) * 100;
    const half = 1.96 * Math.sqrt((509.5 / 691 - (316 / 691) ** 2) / 691) * 100;
    expect(r.interval).to.have.length(2);
    expect(r.interval![0]).to.be.closeTo(centre - half, 1e-9);
    expect(r.interval![1]).to.be.closeTo(centre + half, 1e-9);
    expect(r.interval![0]).to.be.closeTo(40.312, 1e-3);
    expect(r.interval![1]).to.be.closeTo(51.15, 1e-3);
  });

  it('counts an array of scores', () => {
    // 10, 9 → 2 promoters; 3 → 1 detractor: n = 3; (2 − 1) / 3 · 100 = 33.33…
    const r = computeNps([10, 9, 3]);
    expect(r).to.include({ promoters: 2, passives: 0, detractors: 1, total: 3 });
    expect(r.score).to.be.closeTo(33.3333, 1e-4);
    // var = (2/3 + 1/3) − (1/3)² = 8/9; 1.96 · sqrt(8/9 / 3) · 100 = 106.69
    expect(r.marginOfError).to.be.closeTo(106.689, 1e-3);
    // n' = 6, pP' = 2.75/6, pD' = 1.75/6: centre 16.67, half 1.96·sqrt((4.5/6 − (1/6)²)/6)·100 = 67.99
    expect(r.interval![0]).to.be.closeTo(100 / 6 - 1.96 * Math.sqrt((4.5 / 6 - 1 / 36) / 6) * 100, 1e-9);
    expect(r.interval![1]).to.be.closeTo(100 / 6 + 1.96 * Math.sqrt((4.5 / 6 - 1 / 36) / 6) * 100, 1e-9);
  });

  it('gives null score, margin and interval, and zero shares, with no responses', () => {
    for (const r of [computeNps([]), computeNps({ promoters: 0, passives: 0, detractors: 0 })]) {
      expect(r.score).to.equal(null);
      expect(r.marginOfError).to.equal(null);
      expect(r.interval).to.equal(null);
      expect(r.total).to.equal(0);
      expect(r.shares).to.deep.equal({ promoters: 0, passives: 0, detractors: 0 });
    }
  });

  it('gives 100 when everyone promotes, with the adjusted-Wald half-width as margin, and clips the interval at 100', () => {
    const r = computeNps([9, 10, 10]);
    expect(r.score).to.equal(100);
    // n' = 6, pP' = 3.75/6 = 0.625, pD' = 0.125: centre 50, half = 1.96 · sqrt((0.75 − 0.25)/6) · 100 = 56.58;
    // the Wald margin collapses to 0 (pP = 1), so the margin is that half-width.
    expect(r.marginOfError).to.be.closeTo(196 * Math.sqrt(0.5 / 6), 1e-9);
    expect(r.marginOfError).to.be.closeTo(56.58, 0.01);
    expect(r.interval![0]).to.be.closeTo(50 - 56.58, 0.01);
    expect(r.interval![1]).to.equal(100);
  });

  it('gives −100 when everyone detracts, with a margin above 0', () => {
    // n' = 8, pP' = 0.75/8, pD' = 5.75/8: s = −0.625, var' = 6.5/8 − 0.390625 = 0.421875;
    // half = 1.96 · sqrt(0.421875/8) · 100 = 45.01
    const r = computeNps({ promoters: 0, passives: 0, detractors: 5 });
    expect(r.score).to.equal(-100);
    expect(r.marginOfError).to.be.closeTo(196 * Math.sqrt(0.421875 / 8), 1e-9);
    expect(r.interval![0]).to.equal(-100);
  });

  it('reports a margin above 0 for every all-one-category sample ([10, 10, 9] is not ±0)', () => {
    // [10, 10, 9]: n' = 6, pP' = 3.75/6, pD' = 0.75/6: the same 56.58 as [9, 10, 10].
    expect(computeNps([10, 10, 9]).marginOfError).to.be.closeTo(56.58, 0.01);
    for (let n = 1; n <= 500; n++)
      for (const r of [
        computeNps({ promoters: n, passives: 0, detractors: 0 }),
        computeNps({ promoters: 0, passives: n, detractors: 0 }),
        computeNps({ promoters: 0, passives: 0, detractors: n }),
      ])
        expect(r.marginOfError, `${r.promoters}/${r.passives}/${r.detractors}`).to.be.above(0);
  });

  it('never reports a margin below 240 / (n + 3), so ≥ 0.5 (never "±0" on the gauge) up to 477 responses', () => {
    // The smallest adjusted-Wald variance for n answers is all passives: var' = 1.5/n', half =
    // 196 · √1.5 / n' = 240.05 / (n + 3); 240.05 / 480 = 0.5001 at n = 477.
    for (let n = 1; n <= 477; n++) {
      const all = computeNps({ promoters: 0, passives: n, detractors: 0 });
      expect(all.marginOfError).to.be.closeTo((196 * Math.sqrt(1.5)) / (n + 3), 1e-9);
      expect(all.marginOfError, `n = ${n}`).to.be.at.least(0.5);
    }
    // Every split of up to 60 answers.
    for (let n = 1; n <= 60; n++)
      for (let p = 0; p <= n; p++)
        for (let d = 0; p + d <= n; d++) {
          const m = computeNps({ promoters: p, passives: n - p - d, detractors: d }).marginOfError!;
          expect(m, `${p}/${n - p - d}/${d}`).to.be.at.least((196 * Math.sqrt(1.5)) / (n + 3) - 1e-9);
        }
  });

  it('keeps the margin above 0 whenever there are answers, for any safe-integer counts (property)', () => {
    const n = fc.oneof(
      fc.nat(1000),
      fc.constantFrom(
        0,
        1,
        2 ** 31,
        1e12,
        2 ** 52,
        3e15,
        Number.MAX_SAFE_INTEGER - 1,
        Number.MAX_SAFE_INTEGER,
      ),
    );
    fc.assert(
      fc.property(n, n, n, (promoters, passives, detractors) => {
        const r = computeNps({ promoters, passives, detractors });
        if (r.total) expect(r.marginOfError, `${promoters}/${passives}/${detractors}`).to.be.above(0);
        else expect(r.marginOfError).to.equal(null);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('keeps the Wald margin wherever it is the larger (every realistic sample)', () => {
    // 412 / 180 / 96: Wald 5.4267 > adjusted 5.419.
    expect(computeNps({ promoters: 412, passives: 180, detractors: 96 }).marginOfError).to.be.closeTo(
      196 * Math.sqrt((508 / 688 - (316 / 688) ** 2) / 688),
      1e-9,
    );
    // 10, 9, 7, 3: Wald 81.26 > adjusted 58.4.
    expect(computeNps([10, 9, 7, 3]).marginOfError).to.be.closeTo(196 * Math.sqrt(0.6875 / 4), 1e-9);
  });

  it('gives 0 (not null) when only passives answered', () => {
    const r = computeNps([7, 8, 8]);
    expect(r.score).to.equal(0);
    expect(r.shares.passives).to.equal(1);
  });

  it('counts a Uint8Array of 1 000 000 scores', () => {
    const scores = new Uint8Array(1_000_000);
    for (let i = 0; i < scores.length; i++) scores[i] = i % 11;
    // 90 909 full cycles of 0..10 (2 promoters, 2 passives, 7 detractors each) plus one extra 0
    const r = computeNps(scores);
    expect(r.promoters).to.equal(181_818);
    expect(r.passives).to.equal(181_818);
    expect(r.detractors).to.equal(636_364);
    expect(r.total).to.equal(1_000_000);
    expect(r.score).to.be.closeTo(((181_818 - 636_364) / 1_000_000) * 100, 1e-9);
  });

  it('accepts a Float64Array', () => {
    const r = computeNps(new Float64Array([10, 8, 0, 6]));
    expect(r).to.include({ promoters: 1, passives: 1, detractors: 2, total: 4 });
    expect(r.score).to.equal(-25);
  });

  it('throws a RangeError naming scores[i] for a bad score', () => {
    expect(() => computeNps([10, 9, 11])).to.throw(RangeError, 'scores[2] must be an integer 0..10 (got 11)');
    expect(() => computeNps(new Float64Array([9, 7.5]))).to.throw(RangeError, /scores\[1\]/);
    expect(() => computeNps([NaN])).to.throw(RangeError, /scores\[0\]/);
    expect(() => computeNps([-1])).to.throw(RangeError, /scores\[0\]/);
  });

  it('throws a RangeError naming the count field', () => {
    expect(() => computeNps({ promoters: -1, passives: 0, detractors: 0 })).to.throw(
      RangeError,
      'promoters must be a non-negative safe integer (got -1)',
    );
    expect(() => computeNps({ promoters: 1, passives: 1.5, detractors: 0 })).to.throw(RangeError, /passives/);
    expect(() => computeNps({ promoters: 1, passives: 0, detractors: NaN })).to.throw(
      RangeError,
      /detractors/,
    );
    expect(() => computeNps({ promoters: Infinity, passives: 0, detractors: 0 })).to.throw(
      RangeError,
      /promoters/,
    );
  });

  it('keeps the score in −100…100, shares summing to 1 and a valid interval (property)', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.nat(2000), (promoters, passives, detractors) => {
        const r = computeNps({ promoters, passives, detractors });
        if (r.total === 0) {
          expect(r.score).to.equal(null);
          return;
        }
        expect(r.score).to.be.within(-100, 100);
        expect(r.shares.promoters + r.shares.passives + r.shares.detractors).to.be.closeTo(1, 1e-12);
        expect(r.marginOfError).to.be.at.least(0);
        const [low, high] = r.interval!;
        expect(low).to.be.within(-100, 100);
        expect(high).to.be.within(-100, 100);
        expect(low).to.be.at.most(high);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result for scores as for their category counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 }), (scores) => {
        const counts = { promoters: 0, passives: 0, detractors: 0 };
        for (const s of scores) counts[`${npsCategory(s)}s`]++;
        expect(computeNps(scores)).to.deep.equal(computeNps(counts));
        expect(computeNps(Uint8Array.from(scores))).to.deep.equal(computeNps(counts));
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareNps', () => {
  it('gives the difference, its adjusted-Wald margin and significance', () => {
    // current: 60 P, 20 N, 20 D of 100 → 40; adjusted n' = 103, P' = 60.75, D' = 20.75:
    //   s = 40/103 = 0.388350, var' = 81.5/103 − s² = 0.791262 − 0.150816 = 0.640446, /103 = 0.0062179
    // previous: 50 P, 20 N, 30 D of 100 → 20; P' = 50.75, D' = 30.75:
    //   s = 20/103 = 0.194175, var' = 0.791262 − 0.037704 = 0.753558, /103 = 0.0073161
    // margin = 1.96 · sqrt(0.013534) · 100 = 22.80; adjusted difference 100 · 20/103 = 19.42 < 22.80
    const c = compareNps(
      { promoters: 60, passives: 20, detractors: 20 },
      { promoters: 50, passives: 20, detractors: 30 },
    );
    const v = (s: number) => (81.5 / 103 - s * s) / 103;
    expect(c.difference).to.be.closeTo(20, 1e-9);
    expect(c.marginOfError).to.be.closeTo(196 * Math.sqrt(v(40 / 103) + v(20 / 103)), 1e-9);
    expect(c.marginOfError).to.be.closeTo(22.8, 0.01);
    expect(c.significant).to.equal(false);
  });

  it('calls the same difference significant with ten times the responses', () => {
    // n' = 1003: var' 0.640058/1003 + 0.759342/1003 = 0.00139522: margin = 1.96 · 0.0373526 · 100 = 7.321;
    // adjusted difference 100 · 200/1003 = 19.94 > 7.32
    const c = compareNps(
      { promoters: 600, passives: 200, detractors: 200 },
      { promoters: 500, passives: 200, detractors: 300 },
    );
    expect(c.difference).to.be.closeTo(20, 1e-9);
    expect(c.marginOfError).to.be.closeTo(7.321, 1e-3);
    expect(c.significant).to.equal(true);
  });

  it('accepts NpsResults and score arrays', () => {
    // [10, 10, 0, 8] → 25; [10, 0, 0, 0] → −50: difference 75
    const c = compareNps(computeNps([10, 10, 0, 8]), [10, 0, 0, 0]);
    expect(c.difference).to.be.closeTo(75, 1e-9);
    expect(c.significant).to.be.a('boolean');
  });

  it('gives nulls when either side has no responses', () => {
    expect(compareNps([], [10])).to.deep.equal({ difference: null, marginOfError: null, significant: null });
    expect(compareNps([10], { promoters: 0, passives: 0, detractors: 0 })).to.deep.equal({
      difference: null,
      marginOfError: null,
      significant: null,
    });
  });

  it('throws a RangeError naming the field of a bad side', () => {
    expect(() => compareNps([10], { promoters: 1, passives: -2, detractors: 0 })).to.throw(
      RangeError,
      /passives/,
    );
    expect(() => compareNps([12], [10])).to.throw(RangeError, /scores\[0\]/);
  });

  it('never calls a result significantly different from itself (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(500),
        fc.integer({ min: 1, max: 500 }),
        (promoters, passives, detractors) => {
          const r = computeNps({ promoters, passives, detractors });
          const c = compareNps(r, r);
          expect(c.difference).to.equal(0);
          expect(c.marginOfError).to.be.at.least(0);
          expect(c.significant).to.equal(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * Share of `draws` pairs of samples (n answers each, both drawn from the same true shares
 * promoters/passives/detractors) that compareNps calls significant: its false-positive rate.
 */
function falsePositiveRate(
  n: number,
  [promoters, , detractors]: [number, number, number],
  draws: number,
  seed = 1,
): number {
  const random = mulberry32(seed);
  const sample = () => {
    const c = { promoters: 0, passives: 0, detractors: 0 };
    for (let i = 0; i < n; i++) {
      const u = random();
      if (u < promoters) c.promoters++;
      else if (u >= 1 - detractors) c.detractors++;
      else c.passives++;
    }
    return c;
  };
  let hits = 0;
  for (let i = 0; i < draws; i++) if (compareNps(sample(), sample()).significant) hits++;
  return hits / draws;
}

describe('compareNps on small samples', () => {
  it('calls no one-answer or two-answer comparison significant', () => {
    // [10] vs [0]: adjusted NPS (1.75 − 0.75)/4 · 100 = 25 vs −25, difference 50; adjusted variances
    // (0.625 − 0.25²)/4 = 0.140625 each: margin 1.96 · √0.28125 · 100 = 103.9 > 50.
    expect(compareNps([10], [0])).to.deep.include({ difference: 200, significant: false });
    expect(compareNps([10], [0]).marginOfError).to.be.closeTo(196 * Math.sqrt(0.28125), 1e-9);
    // [10] vs [7]: 25 vs 0; variances 0.140625 and 0.375/4 = 0.09375: margin 94.9 > 25.
    expect(compareNps([10], [7])).to.deep.include({ difference: 100, significant: false });
    // [10, 10] vs [8, 8]: 40 vs 0; (0.7 − 0.16)/5 = 0.108 and 0.3/5 = 0.06: margin 80.3 > 40.
    expect(compareNps([10, 10], [8, 8])).to.deep.include({ difference: 100, significant: false });
    // Every pair of samples of one or two answers.
    const samples: number[][] = [];
    for (const a of [0, 7, 10]) {
      samples.push([a]);
      for (const b of [0, 7, 10]) samples.push([a, b]);
    }
    for (const c of samples)
      for (const p of samples) expect(compareNps(c, p).significant, `${c} vs ${p}`).to.equal(false);
  });

  // 20 000 seeded draws per case; the false-positive rate of a 95% test should be 5 %. With the
  // plain Wald margin this harness gives 7.7–8.4 % at 10 vs 10 (5.9–6.0 % at 30 vs 30); with the
  // adjusted-Wald one 3.7–4.1 % (4.6–4.8 %).
  for (const n of [10, 30])
    for (const shares of [
      [0.5, 0.3, 0.2],
      [0.3, 0.4, 0.3],
      [0.4, 0.4, 0.2],
    ] as [number, number, number][])
      it(`is wrong about 5 % of the time at ${n} vs ${n} answers with equal true shares ${shares}`, () => {
        const rate = falsePositiveRate(n, shares, 20_000);
        expect(rate, 'false-positive rate').to.be.within(0.035, 0.065);
      });
});
