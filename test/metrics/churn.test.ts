import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { churnRate, retentionRate } from '../../src/metrics/index.js';

describe('churnRate and retentionRate', () => {
  it('divide customers lost by customers at start', () => {
    // 14 lost of 200 at start: 14 / 200 = 0.07; retention 1 − 0.07 = 0.93
    expect(churnRate({ customersAtStart: 200, customersLost: 14 })).to.be.closeTo(0.07, 1e-12);
    expect(retentionRate({ customersAtStart: 200, customersLost: 14 })).to.be.closeTo(0.93, 1e-12);
  });

  it('handle a single customer', () => {
    expect(churnRate({ customersAtStart: 1, customersLost: 1 })).to.equal(1);
    expect(retentionRate({ customersAtStart: 1, customersLost: 1 })).to.equal(0);
    expect(churnRate({ customersAtStart: 1, customersLost: 0 })).to.equal(0);
    expect(retentionRate({ customersAtStart: 1, customersLost: 0 })).to.equal(1);
  });

  it('give null when nobody was active at start', () => {
    expect(churnRate({ customersAtStart: 0, customersLost: 0 })).to.equal(null);
    expect(retentionRate({ customersAtStart: 0, customersLost: 0 })).to.equal(null);
  });

  it('throw a RangeError naming customersLost when more were lost than there were', () => {
    expect(() => churnRate({ customersAtStart: 3, customersLost: 4 })).to.throw(RangeError, /^customersLost/);
    expect(() => retentionRate({ customersAtStart: 0, customersLost: 1 })).to.throw(
      RangeError,
      /customersLost/,
    );
  });

  it('throw a RangeError naming the field for negative, fractional or non-finite counts', () => {
    expect(() => churnRate({ customersAtStart: -1, customersLost: 0 })).to.throw(
      RangeError,
      'customersAtStart must be a non-negative safe integer (got -1)',
    );
    expect(() => churnRate({ customersAtStart: 10, customersLost: 0.5 })).to.throw(
      RangeError,
      /customersLost/,
    );
    expect(() => retentionRate({ customersAtStart: NaN, customersLost: 0 })).to.throw(
      RangeError,
      /customersAtStart/,
    );
    expect(() => churnRate({ customersAtStart: Infinity, customersLost: 0 })).to.throw(
      RangeError,
      /customersAtStart/,
    );
  });

  it('churnRate + retentionRate = 1, both within 0…1 (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s }))),
        ([customersAtStart, customersLost]) => {
          const c = churnRate({ customersAtStart, customersLost })!;
          const r = retentionRate({ customersAtStart, customersLost })!;
          expect(c).to.be.within(0, 1);
          expect(r).to.be.within(0, 1);
          expect(c + r).to.be.closeTo(1, 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
