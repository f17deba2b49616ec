// <ces-survey> under fuzzed attributes (issue 17), then answered: in en, fa and ar, it never throws
// into the page, stays in one of its steps, names the field of every crm-error and shows or
// announces nothing non-finite.
import { expect } from '@open-wc/testing';
import '../../../src/components/ces-survey/index.js';
import { cesAttrs } from './surveys.js';
import { RUNS, SEED, fuzzSurvey } from './fuzz.js';

describe('<ces-survey> fuzzed', () => {
  it(`${RUNS} seeded cases (seed ${SEED}): no throw, a known step, a named field, nothing non-finite`, async function (this: {
    timeout(ms: number): void;
  }) {
    // One test of 1 000 cases: far above the 10 s default, well within the suite's budget.
    this.timeout(120_000);
    const tally = await fuzzSurvey('ces-survey', cesAttrs);
    console.log('<ces-survey> fuzz', JSON.stringify(tally));
    expect(tally.cases).to.equal(RUNS);
    expect(tally.answered).to.be.above(0);
    expect(tally.errors).to.be.above(0);
  });
});
