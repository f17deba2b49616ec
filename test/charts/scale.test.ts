import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/charts/index.js';

// The kit's linear scale replaces d3-scale's scaleLinear in the browser code (7.9 kB gzipped less in
// every chart): it must give d3's very numbers. d3-scale stays a devDependency for this comparison.

// Chart values: 0 or at least 1e-9 in size (subnormal domains are no chart's data).
const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .filter((v) => v === 0 || Math.abs(v) > 1e-9);
/** Equal numbers, NaN equal to NaN (a zero-width domain and range give NaN in d3 too). */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
const pair = fc.tuple(finite, finite);

describe('linearScale', () => {
  it('maps and inverts exactly as d3 scaleLinear, in both directions and with clamp', () => {
    fc.assert(
      fc.property(
        pair,
        pair,
        fc.array(finite, { maxLength: 20 }),
        fc.boolean(),
        (domain, range, xs, clamp) => {
          const ours = linearScale(domain, range, { clamp });
          const d3 = scaleLinear().domain(domain).range(range).clamp(clamp);
          for (const x of [...xs, domain[0], domain[1], (domain[0] + domain[1]) / 2]) {
            expect(same(ours(x), d3(x)), `scale(${x}): ${ours(x)} vs ${d3(x)}`).to.equal(true);
            expect(same(ours.invert(x), d3.invert(x)), `invert(${x})`).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes the domain nice and ticks it as d3 does', () => {
    // Data-like domains (thousandths up to a million); spans of 1e-7 at 1e9 round differently in
    // d3-scale's 10-step loop and d3-array's, and are no chart's axis.
    const value = fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 1000);
    fc.assert(
      fc.property(fc.tuple(value, value), fc.integer({ min: 1, max: 20 }), (domain, count) => {
        const ours = linearScale(domain, [0, 100], { nice: true });
        const d3 = scaleLinear().domain(domain).range([0, 100]).nice();
        expect(ours.domain()).to.deep.equal(d3.domain());
        expect(ours.ticks(count)).to.deep.equal(d3.ticks(count));
        expect(ours.ticks()).to.deep.equal(d3.ticks());
      }),
      { numRuns: 300 },
    );
  });

  it('examples: the churn axis 0…0.115 becomes 0…0.12; a one-point domain maps to the middle', () => {
    const y = linearScale([0, 0.115], [200, 0], { nice: true });
    expect(y.domain()).to.deep.equal([0, 0.12]);
    expect(y(0.06)).to.be.closeTo(100, 1e-9);
    expect(y.ticks(5)).to.deep.equal([0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12]);
    expect(linearScale([5, 5], [0, 10])(5)).to.equal(5);
    const clamped = linearScale([0, 10], [0, 1], { clamp: true });
    expect([clamped(-5), clamped(20), clamped.invert(2)]).to.deep.equal([0, 1, 10]);
  });
});
