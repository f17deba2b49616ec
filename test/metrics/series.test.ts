import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { movingAverage } from '../../src/metrics/index.js';

describe('movingAverage', () => {
  it('averages the trailing window, null until it is full', () => {
    // window 3: (1 + 2 + 3) / 3 = 2, (2 + 3 + 4) / 3 = 3, (3 + 4 + 8) / 3 = 5
    expect(movingAverage([1, 2, 3, 4, 8], 3)).to.deep.equal([null, null, 2, 3, 5]);
    expect(movingAverage([0.04, 0.02], 1)).to.deep.equal([0.04, 0.02]);
    expect(movingAverage([], 3)).to.deep.equal([]);
    expect(movingAverage([5, 7], 3)).to.deep.equal([null, null]);
  });

  it('keeps a gap a gap: any null in the window gives null', () => {
    // window 2: [1, null] → null, [null, 3] → null, [3, 5] → 4
    expect(movingAverage([1, null, 3, 5], 2)).to.deep.equal([null, null, null, 4]);
  });

  it('rejects a window that is not a whole number ≥ 1', () => {
    expect(() => movingAverage([1], 0)).to.throw(RangeError, /window/);
    expect(() => movingAverage([1], 1.5)).to.throw(RangeError, /window/);
  });

  it('equals the plain mean of each window (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (values, w) => {
          const out = movingAverage(values, w);
          values.forEach((_, i) => {
            if (i < w - 1) expect(out[i]).to.equal(null);
            else {
              const mean = values.slice(i - w + 1, i + 1).reduce((a, b) => a + b, 0) / w;
              expect(out[i]).to.be.closeTo(mean, 1e-9);
            }
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
