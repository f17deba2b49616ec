import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeFunnel, funnelConversion } from '../../src/metrics/index.js';

const stages = (...values: number[]) => values.map((value, i) => ({ label: `stage ${i + 1}`, value }));

describe('computeFunnel', () => {
  it('computes conversions and drop-offs over 12 stages', () => {
    const values = [10000, 6000, 4000, 3000, 2400, 1800, 1200, 900, 600, 450, 300, 150];
    const f = computeFunnel(stages(...values));
    expect(f).to.have.length(12);
    expect(f[0]).to.deep.equal({
      label: 'stage 1',
      value: 10000,
      fromPrevious: null,
      fromFirst: 1,
      dropOff: null,
    });
    // 6000 / 10000 = 0.6; drop-off 10000 − 6000 = 4000, 4000 / 10000 = 0.4
    expect(f[1]!.fromPrevious).to.be.closeTo(0.6, 1e-12);
    expect(f[1]!.dropOff).to.deep.equal({ count: 4000, share: 0.4 });
    // 450 / 600 = 0.75; 450 / 10000 = 0.045
    expect(f[9]!.fromPrevious).to.be.closeTo(0.75, 1e-12);
    expect(f[9]!.fromFirst).to.be.closeTo(0.045, 1e-12);
    // last: 150 / 300 = 0.5; 150 / 10000 = 0.015; drop-off 150, share 0.5
    expect(f[11]).to.deep.include({
      label: 'stage 12',
      value: 150,
      fromPrevious: 0.5,
      dropOff: { count: 150, share: 0.5 },
    });
    expect(f[11]!.fromFirst).to.be.closeTo(0.015, 1e-12);
    expect(funnelConversion(stages(...values))).to.be.closeTo(0.015, 1e-12);
  });

  it('handles a stage of 0 without dividing by it', () => {
    const f = computeFunnel(stages(100, 0, 0, 10));
    // 0 / 100 = 0; drop-off 100, share 100 / 100 = 1
    expect(f[1]).to.deep.include({ fromPrevious: 0, fromFirst: 0, dropOff: { count: 100, share: 1 } });
    // previous is 0: fromPrevious and drop-off share null
    expect(f[2]).to.deep.include({ fromPrevious: null, fromFirst: 0, dropOff: { count: 0, share: null } });
    // 10 after 0: grows, count 0 − 10 = −10
    expect(f[3]).to.deep.include({ fromPrevious: null, dropOff: { count: -10, share: null } });
    expect(f[3]!.fromFirst).to.be.closeTo(0.1, 1e-12);
  });

  it('gives null fromFirst everywhere when the first stage is 0', () => {
    const f = computeFunnel(stages(0, 5));
    expect(f[0]).to.deep.equal({
      label: 'stage 1',
      value: 0,
      fromPrevious: null,
      fromFirst: null,
      dropOff: null,
    });
    expect(f[1]!.fromFirst).to.equal(null);
    expect(funnelConversion(stages(0, 5))).to.equal(null);
  });

  it('never clamps a growing stage', () => {
    // 120 / 100 = 1.2; drop-off 100 − 120 = −20, −20 / 100 = −0.2
    const f = computeFunnel(stages(100, 120));
    expect(f[1]!.fromPrevious).to.be.closeTo(1.2, 1e-12);
    expect(f[1]!.fromFirst).to.be.closeTo(1.2, 1e-12);
    expect(f[1]!.dropOff).to.deep.equal({ count: -20, share: -0.2 });
  });

  it('accepts fractional values (e.g. revenue)', () => {
    const f = computeFunnel(stages(12.5, 5));
    expect(f[1]!.fromPrevious).to.equal(0.4);
    expect(f[1]!.dropOff!.count).to.equal(7.5);
  });

  it('gives an empty funnel and a null conversion for no stages', () => {
    expect(computeFunnel([])).to.deep.equal([]);
    expect(funnelConversion([])).to.equal(null);
  });

  it('gives the last ÷ first conversion', () => {
    // 50 / 1000 = 0.05
    expect(funnelConversion(stages(1000, 250, 50))).to.be.closeTo(0.05, 1e-12);
    expect(funnelConversion(stages(7))).to.equal(1);
  });

  it('throws a RangeError naming stages[i].value', () => {
    expect(() => computeFunnel(stages(10, -1))).to.throw(
      RangeError,
      'stages[1].value must be a non-negative finite number (got -1)',
    );
    expect(() => computeFunnel(stages(NaN))).to.throw(RangeError, /stages\[0\]\.value/);
    expect(() => computeFunnel(stages(1, 2, Infinity))).to.throw(RangeError, /stages\[2\]\.value/);
    expect(() => funnelConversion(stages(1, -2))).to.throw(RangeError, /stages\[1\]\.value/);
  });

  it('fromFirst equals the product of fromPrevious values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const f = computeFunnel(stages(...values));
          let product = 1;
          for (let i = 0; i < f.length; i++) {
            const s = f[i]!;
            if (i) {
              product *= s.fromPrevious!;
              expect(s.dropOff!.count + s.value).to.equal(values[i - 1]);
            }
            expect(s.fromFirst).to.be.closeTo(product, 1e-9 * Math.max(1, product));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
