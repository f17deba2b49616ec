import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeCes } from '../../src/metrics/index.js';
import type { CesScale } from '../../src/metrics/index.js';

describe('computeCes', () => {
  it('averages on the default 1–7 scale, easy = 6 or 7', () => {
    // (7 + 6 + 5 + 1 + 7) / 5 = 26 / 5 = 5.2; easy: 7, 6, 7 → 3 / 5 = 0.6
    const r = computeCes([7, 6, 5, 1, 7]);
    expect(r.mean).to.be.closeTo(5.2, 1e-12);
    expect(r.easyShare).to.be.closeTo(0.6, 1e-12);
    expect(r.total).to.equal(5);
    expect(r.scale).to.equal('1-7');
  });

  it('supports the 1–5 scale, easy = 4 or 5', () => {
    // (5 + 4 + 3 + 2 + 1) / 5 = 3; easy: 5, 4 → 2 / 5 = 0.4
    const r = computeCes([5, 4, 3, 2, 1], { scale: '1-5' });
    expect(r.mean).to.equal(3);
    expect(r.easyShare).to.be.closeTo(0.4, 1e-12);
    expect(r.scale).to.equal('1-5');
  });

  it('supports the 0–10 scale, easy = 9 or 10', () => {
    // (0 + 10 + 9 + 8) / 4 = 27 / 4 = 6.75; easy: 10, 9 → 2 / 4 = 0.5
    const r = computeCes(Uint8Array.of(0, 10, 9, 8), { scale: '0-10' });
    expect(r.mean).to.equal(6.75);
    expect(r.easyShare).to.equal(0.5);
    expect(r.total).to.equal(4);
  });

  it('gives null mean and easyShare with no responses', () => {
    expect(computeCes([])).to.deep.equal({ mean: null, easyShare: null, total: 0, scale: '1-7' });
  });

  it('throws a RangeError naming scores[i] outside the scale or non-integer', () => {
    expect(() => computeCes([3, 0])).to.throw(RangeError, 'scores[1] must be an integer 1..7 (got 0)');
    expect(() => computeCes([8])).to.throw(RangeError, /scores\[0\]/);
    expect(() => computeCes([5, 6], { scale: '1-5' })).to.throw(RangeError, /scores\[1\]/);
    expect(() => computeCes([11], { scale: '0-10' })).to.throw(RangeError, /scores\[0\]/);
    expect(() => computeCes([2.5])).to.throw(RangeError, /scores\[0\]/);
    expect(() => computeCes([NaN])).to.throw(RangeError, /scores\[0\]/);
  });

  it('throws a RangeError naming scale for an unknown scale', () => {
    expect(() => computeCes([1], { scale: '1-10' as CesScale })).to.throw(RangeError, /^scale must be/);
  });

  it('keeps the mean within the scale and easyShare within 0…1 (property)', () => {
    const scales: Array<[CesScale, number, number]> = [
      ['1-7', 1, 7],
      ['1-5', 1, 5],
      ['0-10', 0, 10],
    ];
    fc.assert(
      fc.property(
        fc
          .constantFrom(...scales)
          .chain(([scale, min, max]) =>
            fc.tuple(
              fc.constant(scale),
              fc.array(fc.integer({ min, max }), { minLength: 1, maxLength: 200 }),
            ),
          ),
        ([scale, scores]) => {
          const r = computeCes(scores, { scale });
          const [, min, max] = scales.find((s) => s[0] === scale)!;
          expect(r.mean).to.be.within(min, max);
          expect(r.easyShare).to.be.within(0, 1);
          expect(r.easyShare).to.equal(scores.filter((s) => s >= max - 1).length / scores.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
