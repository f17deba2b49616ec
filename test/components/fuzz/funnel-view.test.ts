// <funnel-view> under fuzzed input (issue 17): arbitrary and right-shaped JSON through `.data`, inline
// JSON and attributes, in en, fa and ar. It never throws into the page, ends in ready, empty or
// error (an error naming its field) and shows or announces nothing non-finite.
import { expect } from '@open-wc/testing';
import '../../../src/components/funnel-view/index.js';
import * as fc from 'fast-check';
import { funnelAttrs, funnelShape, funnelValid } from './charts.js';
import { RUNS, SEED, anything, fuzzData } from './fuzz.js';

describe('<funnel-view> fuzzed', () => {
  it(`${RUNS} seeded cases (seed ${SEED}): no throw, a final state, a named field, nothing non-finite`, async function (this: {
    timeout(ms: number): void;
  }) {
    // One test of 1 000 cases: far above the 10 s default, well within the suite's budget.
    this.timeout(120_000);
    const tally = await fuzzData({
      tag: 'funnel-view',
      input: fc.oneof(anything(funnelShape), funnelValid),
      attrs: funnelAttrs,
    });
    console.log('<funnel-view> fuzz', JSON.stringify(tally));
    expect(tally.cases).to.equal(RUNS);
    // The right-shaped inputs reach every state.
    expect(tally.ready).to.be.above(0);
    expect(tally.empty).to.be.above(0);
    expect(tally.error).to.be.above(0);
  });
});
