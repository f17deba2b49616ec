import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lttb } from '../../src/charts/index.js';
import { mulberry32 } from '../tools/prng.js';

// Seeded, so the generated series are reproducible from fast-check's seed.
const rng = mulberry32;

/** Strictly increasing x (uneven steps of 1…5, as timestamps with missing days would be). */
function xsOf(n: number, seed: number): number[] {
  const next = rng(seed);
  const xs: number[] = [];
  for (let i = 0, x = 0; i < n; i++, x += 1 + Math.floor(next() * 5)) xs.push(x);
  return xs;
}

const run = (xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number) => lttb(xs, ys, threshold);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The buckets as Steinarsson defines them: [lo, hi) for each of the threshold − 2 middle buckets. */
function bucketsOf(n: number, threshold: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < threshold - 2; k++) {
    out.push([
      Math.floor((k * (n - 2)) / (threshold - 2)) + 1,
      Math.floor(((k + 1) * (n - 2)) / (threshold - 2)) + 1,
    ]);
  }
  return out;
}

/** Sorted, unique, in range, first and last kept, exactly `threshold` long when it downsamples. */
function expectWellFormed(result: number[], n: number, threshold: number): void {
  expect(result.length).to.equal(Math.min(n, threshold));
  expect(result[0]).to.equal(0);
  expect(result[result.length - 1]).to.equal(n - 1);
  for (let k = 1; k < result.length; k++) expect(result[k]!).to.be.greaterThan(result[k - 1]!);
  for (const i of result) expect(Number.isInteger(i) && i >= 0 && i < n).to.equal(true);
}

/** The area of the triangle a, b, c, by the shoelace formula. */
const triangle = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.abs(ax * (by - cy) + bx * (cy - ay) + cx * (ay - by)) / 2;

const series = fc.record({
  ys: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 10, maxLength: 2000 }),
  threshold: fc.integer({ min: 3, max: 200 }),
  seed: fc.integer(),
});

/** A series with gaps: runs of NaN (and the odd ±Infinity) between runs of finite values. */
const gappy = fc.record({
  n: fc.integer({ min: 10, max: 2000 }),
  threshold: fc.integer({ min: 3, max: 200 }),
  seed: fc.integer(),
  gapShare: fc.double({ min: 0, max: 1, noNaN: true }),
});
function gappyOf(n: number, seed: number, gapShare: number): number[] {
  const next = rng(seed ^ 0x5bd1e995);
  const ys: number[] = [];
  let gap = next() < gapShare;
  for (let i = 0; i < n; i++) {
    if (next() < 0.05) gap = next() < gapShare;
    const odd = next();
    ys.push(gap ? (odd < 0.9 ? NaN : odd < 0.95 ? Infinity : -Infinity) : Math.round(next() * 200 - 100));
  }
  return ys;
}

describe('lttb', () => {
  describe('edge cases', () => {
    it('returns [] for no points, whatever the threshold', () => {
      for (const t of [-1, 0, 1, 2, 3, 10]) expect(lttb([], [], t)).to.deep.equal([]);
    });

    it('returns [0] for one point, whatever the threshold', () => {
      for (const t of [-1, 0, 1, 2, 3, 10]) expect(lttb([0], [0], t)).to.deep.equal([0]);
    });

    it('returns every index when threshold >= count', () => {
      for (const n of [2, 3, 7, 50]) {
        expect(lttb(range(n), range(n), n)).to.deep.equal(range(n));
        expect(lttb(range(n), range(n), n + 1)).to.deep.equal(range(n));
        expect(lttb(range(n), range(n), Infinity)).to.deep.equal(range(n));
      }
    });

    it('returns only the first and last index when threshold < 3', () => {
      for (const t of [-5, 0, 1, 2]) {
        expect(lttb(range(2), range(2), t)).to.deep.equal([0, 1]);
        expect(lttb(range(100), range(100), t)).to.deep.equal([0, 99]);
      }
    });

    it('at threshold 3 keeps the larger bump of the one bucket', () => {
      const ys = [0, 5, 0];
      expect(lttb(range(4), [0, 5, 1, 0], 3)).to.deep.equal([0, 1, 3]);
      expect(run([0, 1, 2], ys, 3)).to.deep.equal([0, 1, 2]);
    });

    it('rounds a fractional threshold down and treats a NaN threshold as "no downsampling"', () => {
      const ys = range(100).map((i) => Math.sin(i));
      expect(run(range(100), ys, 10.9)).to.have.length(10);
      expect(lttb(range(100), ys, NaN)).to.deep.equal(range(100));
    });

    it('reads each point a bounded number of times and never out of range (linear time)', () => {
      const n = 10_000;
      const t = 137;
      // Columns that count the reads of their items and check every index read.
      const counted = (values: number[]) => {
        const reads = { count: 0 };
        const column = new Proxy(values, {
          get(target, key) {
            if (typeof key == 'string' && /^\d+$/.test(key)) {
              expect(+key < n, `index ${key}`).to.equal(true);
              reads.count++;
            }
            return Reflect.get(target, key);
          },
        });
        return [column, reads] as const;
      };
      const [x, xReads] = counted(range(n));
      const [y, yReads] = counted(range(n).map((i) => Math.sin(i / 50)));
      lttb(x, y, t);
      expect(xReads.count).to.be.at.most(2 * n + t);
      expect(yReads.count).to.be.at.most(2 * n + t);
    });
  });

  describe('properties', () => {
    it('(a) is sorted, unique, exactly threshold long, and keeps the first and last point', () => {
      fc.assert(
        fc.property(series, ({ ys, threshold, seed }) => {
          expectWellFormed(run(xsOf(ys.length, seed), ys, threshold), ys.length, threshold);
        }),
        { numRuns: 100 },
      );
    });

    it('(b) keeps the single spike of an otherwise flat series', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 10, max: 2000 }),
          fc.integer({ min: 3, max: 200 }),
          fc.integer(),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
          fc.boolean(),
          (n, threshold, seed, at, height, down) => {
            const spike = 1 + Math.min(n - 3, Math.floor(at * (n - 2)));
            const ys = new Array<number>(n).fill(0);
            ys[spike] = down ? -height : height;
            const result = run(xsOf(n, seed), ys, threshold);
            expectWellFormed(result, n, threshold);
            expect(result).to.include(spike);
          },
        ),
        { numRuns: 100 },
      );
    });

    it('(b) keeps the single outlier of a sine wave', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 10, max: 2000 }),
          fc.integer({ min: 3, max: 200 }),
          fc.integer(),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.boolean(),
          (n, threshold, seed, at, down) => {
            const spike = 1 + Math.min(n - 3, Math.floor(at * (n - 2)));
            const ys = range(n).map((i) => Math.sin(i / 7));
            ys[spike] = down ? -50 : 50;
            expect(run(xsOf(n, seed), ys, threshold)).to.include(spike);
          },
        ),
        { numRuns: 100 },
      );
    });

    it('(c) picks in each bucket the point of largest triangle with the previous pick and the next bucket’s average', () => {
      fc.assert(
        fc.property(series, ({ ys, threshold, seed }) => {
          const n = ys.length;
          const xs = xsOf(n, seed);
          const result = run(xs, ys, threshold);
          if (n <= threshold) return;
          const buckets = bucketsOf(n, threshold);
          // Every point of the series lies in exactly one bucket, or is the first or last point.
          expect(buckets[0]![0]).to.equal(1);
          expect(buckets[buckets.length - 1]![1]).to.equal(n - 1);
          buckets.forEach(([lo, hi], k) => {
            expect(hi).to.be.greaterThan(lo);
            if (k) expect(lo).to.equal(buckets[k - 1]![1]);
            const chosen = result[k + 1]!;
            expect(chosen).to.be.within(lo, hi - 1);
            const a = result[k]!;
            const [nlo, nhi] = k + 1 < buckets.length ? buckets[k + 1]! : [n - 1, n];
            let sx = 0;
            let sy = 0;
            for (let j = nlo; j < nhi; j++) {
              sx += xs[j]!;
              sy += ys[j]!;
            }
            const cx = sx / (nhi - nlo);
            const cy = sy / (nhi - nlo);
            const area = (j: number) => triangle(xs[a]!, ys[a]!, xs[j]!, ys[j]!, cx, cy);
            let best = 0;
            for (let j = lo; j < hi; j++) best = Math.max(best, area(j));
            expect(area(chosen)).to.be.at.least(best - 1e-9 * Math.max(1, best));
          });
        }),
        { numRuns: 100 },
      );
    });

    it('(e) never picks a gap (non-finite y) over a finite point, but keeps one point of an all-gap bucket', () => {
      fc.assert(
        fc.property(gappy, ({ n, threshold, seed, gapShare }) => {
          const ys = gappyOf(n, seed, gapShare);
          const result = run(xsOf(n, seed), ys, threshold);
          expectWellFormed(result, n, threshold);
          if (n <= threshold) return;
          bucketsOf(n, threshold).forEach(([lo, hi], k) => {
            const chosen = result[k + 1]!;
            expect(chosen).to.be.within(lo, hi - 1);
            const anyFinite = ys.slice(lo, hi).some(Number.isFinite);
            expect(Number.isFinite(ys[chosen]!)).to.equal(anyFinite);
          });
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('gaps (NaN)', () => {
    it('lets a gap wider than a bucket survive downsampling', () => {
      const ys = range(1000).map((i) => (i >= 300 && i < 500 ? NaN : Math.sin(i / 20)));
      const result = run(range(1000), ys, 50);
      expectWellFormed(result, 1000, 50);
      const inGap = result.filter((i) => i >= 300 && i < 500);
      expect(inGap.length).to.be.greaterThan(0);
      for (const i of inGap) expect(Number.isNaN(ys[i])).to.equal(true);
      for (const i of result) if (i < 300 || i >= 500) expect(Number.isFinite(ys[i])).to.equal(true);
    });

    it('picks the lone finite point of a bucket full of gaps', () => {
      // 12 points, threshold 7: five buckets of two points each ([1,3), [3,5), …).
      const ys = [0, NaN, NaN, NaN, 4, NaN, NaN, 1, NaN, NaN, NaN, 0];
      const result = run(range(12), ys, 7);
      expect(result).to.deep.equal([0, 1, 4, 5, 7, 9, 11]);
    });

    it('averages only the finite points of the next bucket, and stands in for a corner that is a gap', () => {
      // 8 points, threshold 5: buckets [1,3), [3,5), [5,7), then the last point.
      const x = range(8);
      // The next bucket {NaN, 10} averages to 10 (not 5), so the flat point 1 beats the bump at 2.
      expect(run(x, [0, 0, 6, NaN, 10, 0, 0, 0], 5)).to.deep.equal([0, 1, 4, 5, 7]);
      // The previous pick is a gap: its height becomes the next bucket's average (5), so 10 beats 1.
      expect(run(x, [0, NaN, NaN, 1, 10, 5, 5, 5], 5)).to.deep.equal([0, 1, 4, 5, 7]);
      // The next bucket is all gaps: its height becomes the previous pick's (0), so 9 beats 1.
      expect(run(x, [0, 0, 0, 1, 9, NaN, NaN, 0], 5)).to.deep.equal([0, 2, 4, 5, 7]);
    });

    it('keeps the first and last point even when they are gaps, and copes with an all-gap series', () => {
      const ys = range(100).map((i) => (i === 0 || i === 99 ? NaN : i % 2));
      expectWellFormed(run(range(100), ys, 10), 100, 10);
      const none = run(range(100), new Array<number>(100).fill(NaN), 10);
      expectWellFormed(none, 100, 10);
    });
  });

  it('(d) downsamples 1,000,000 points to 1000, keeping the ends and the one big spike', () => {
    const n = 1_000_000;
    const spike = 654_321;
    const next = rng(42);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) ys[i] = Math.sin(i / 5000) + next() * 0.5;
    ys[spike] = 100;
    const result = lttb(
      Float64Array.from({ length: n }, (_, i) => i),
      ys,
      1000,
    );
    expect(result).to.have.length(1000);
    expect(result[0]).to.equal(0);
    expect(result[999]).to.equal(n - 1);
    for (let k = 1; k < 1000; k++) expect(result[k]! > result[k - 1]!).to.equal(true);
    expect(result).to.include(spike);
  });
});
