// No metric returns NaN or ±Infinity: every exported function of src/metrics (but the period and
// churn-series helpers, tested beside them) either returns finite numbers or throws a RangeError
// naming the field that is wrong or the result that overflowed.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  closeRate,
  compareNps,
  computeCes,
  computeFunnel,
  computeNps,
  conversionRate,
  customerAcquisitionCost,
  customerLifetimeValue,
  churnRate,
  epochMs,
  funnelConversion,
  isoTime,
  leadsBySource,
  marketingRoi,
  movingAverage,
  netNewRevenue,
  npsCategory,
  outreachActivity,
  renewalRate,
  retentionCost,
  retentionRate,
  roi,
} from '../../src/metrics/index.js';

/** Every number anywhere in `v` (arrays and objects walked) is finite. */
function expectFinite(v: unknown, path = 'result'): void {
  if (typeof v == 'number') expect(Number.isFinite(v), `${path} = ${v}`).to.equal(true);
  else if (v && typeof v == 'object') for (const [k, x] of Object.entries(v)) expectFinite(x, `${path}.${k}`);
}

/** Calls `f`: a RangeError is fine, any other exception fails, and a result must be finite throughout. */
function finiteOrRangeError(f: () => unknown): void {
  let out: unknown;
  try {
    out = f();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(RangeError);
    return;
  }
  expectFinite(out);
}

// Values that have broken numeric code before: non-numbers, non-finite numbers, extremes.
const WEIRD: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  1.5e308,
  -1.5e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e-10,
  -0,
  -1,
  0.5,
  2 ** 53,
  '5',
  '',
  'abc',
  null,
  undefined,
  true,
  {},
  [],
  [3],
];
const weird = fc.oneof(
  fc.constantFrom(...WEIRD),
  fc.double(),
  fc.integer({ min: -3, max: 12 }),
  fc.nat(1000),
  fc.constantFrom(0, 1, 10, 1e300),
);
const field = fc.oneof({ weight: 3, arbitrary: fc.nat(1000) }, { weight: 2, arbitrary: weird });
const list = fc.oneof(fc.array(field, { maxLength: 12 }), weird);
const record = <K extends string>(...keys: K[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, field])) as Record<K, typeof field>);

// Each function with an arbitrary for its arguments (records are always objects: a null record is
// a TypeError of the destructuring, as TypeScript already rejects it).
const CASES: [string, fc.Arbitrary<unknown[]>, (...a: never[]) => unknown][] = [
  ['npsCategory', fc.tuple(weird), npsCategory],
  [
    'computeNps',
    fc.tuple(fc.oneof(list, record('promoters', 'passives', 'detractors'), fc.constant(null))),
    computeNps,
  ],
  [
    'compareNps',
    fc.tuple(
      fc.oneof(list, record('promoters', 'passives', 'detractors')),
      fc.oneof(list, record('promoters', 'passives', 'detractors')),
    ),
    compareNps,
  ],
  [
    'computeCes',
    fc.tuple(list, fc.record({ scale: fc.constantFrom('1-7', '1-5', '0-10', 'x') })),
    computeCes,
  ],
  ['churnRate', fc.tuple(record('customersAtStart', 'customersLost')), churnRate],
  ['retentionRate', fc.tuple(record('customersAtStart', 'customersLost')), retentionRate],
  ['movingAverage', fc.tuple(list, field), movingAverage],
  ['computeFunnel', fc.tuple(fc.array(fc.record({ label: fc.string(), value: field }))), computeFunnel],
  ['funnelConversion', fc.tuple(fc.array(fc.record({ label: fc.string(), value: field }))), funnelConversion],
  ['renewalRate', fc.tuple(record('renewed', 'dueForRenewal')), renewalRate],
  ['closeRate', fc.tuple(record('won', 'lost')), closeRate],
  ['conversionRate', fc.tuple(record('visitors', 'leads')), conversionRate],
  ['customerAcquisitionCost', fc.tuple(record('spend', 'newCustomers')), customerAcquisitionCost],
  ['retentionCost', fc.tuple(record('spend', 'retainedCustomers')), retentionCost],
  [
    'customerLifetimeValue',
    fc.tuple(record('averageRevenue', 'grossMargin', 'churnRate')),
    customerLifetimeValue,
  ],
  ['roi', fc.tuple(record('gain', 'cost')), roi],
  ['marketingRoi', fc.tuple(record('attributedRevenue', 'marketingCost', 'grossMargin')), marketingRoi],
  ['netNewRevenue', fc.tuple(record('newRevenue', 'expansion', 'contraction', 'churned')), netNewRevenue],
  ['leadsBySource', fc.tuple(fc.array(fc.record({ source: fc.string(), count: field }))), leadsBySource],
  ['outreachActivity', fc.tuple(fc.array(fc.record({ type: fc.string(), count: field }))), outreachActivity],
];

describe('no metric returns NaN or ±Infinity', () => {
  for (const [name, args, f] of CASES)
    it(`${name}: finite results or a RangeError for any input (property)`, () => {
      fc.assert(
        fc.property(args, (a) => finiteOrRangeError(() => f(...(a as never[])))),
        { numRuns: 300, seed: 12 },
      );
    });

  it('each function: a RangeError naming the field for wrong types, NaN, ±Infinity and strings', () => {
    const bad = [NaN, Infinity, -Infinity, '5', null, {}, true, -1];
    // [function, a valid record, the fields to spoil]
    const records: [(r: never) => unknown, Record<string, unknown>, string[]][] = [
      [churnRate, { customersAtStart: 10, customersLost: 1 }, ['customersAtStart', 'customersLost']],
      [retentionRate, { customersAtStart: 10, customersLost: 1 }, ['customersAtStart', 'customersLost']],
      [renewalRate, { renewed: 4, dueForRenewal: 5 }, ['renewed', 'dueForRenewal']],
      [closeRate, { won: 3, lost: 7 }, ['won', 'lost']],
      [conversionRate, { visitors: 100, leads: 3 }, ['visitors', 'leads']],
      [customerAcquisitionCost, { spend: 100, newCustomers: 4 }, ['spend', 'newCustomers']],
      [retentionCost, { spend: 100, retainedCustomers: 4 }, ['spend', 'retainedCustomers']],
      [
        customerLifetimeValue,
        { averageRevenue: 100, grossMargin: 0.7, churnRate: 0.1 },
        ['averageRevenue', 'grossMargin', 'churnRate'],
      ],
      [roi, { gain: 150, cost: 100 }, ['gain', 'cost']],
      [
        marketingRoi,
        { attributedRevenue: 500, marketingCost: 100, grossMargin: 0.5 },
        ['attributedRevenue', 'marketingCost', 'grossMargin'],
      ],
      [
        netNewRevenue,
        { newRevenue: 100, expansion: 20, contraction: 5, churned: 30 },
        ['newRevenue', 'expansion', 'contraction', 'churned'],
      ],
      [computeNps, { promoters: 3, passives: 2, detractors: 1 }, ['promoters', 'passives', 'detractors']],
    ];
    for (const [f, valid, fields] of records) {
      expectFinite(f(valid as never));
      for (const k of fields)
        for (const v of bad)
          expect(() => f({ ...valid, [k]: v } as never), `${f.name} ${k}: ${String(v)}`).to.throw(
            RangeError,
            new RegExp(`^${k} must be`),
          );
    }
    for (const v of bad) {
      expect(() => npsCategory(v as never)).to.throw(RangeError, /^score must be/);
      expect(() => computeNps([10, v] as never)).to.throw(RangeError, /^scores\[1\] must be/);
      expect(() => computeCes([5, v] as never)).to.throw(RangeError, /^scores\[1\] must be/);
      expect(() =>
        computeFunnel([
          { label: 'a', value: 5 },
          { label: 'b', value: v },
        ] as never),
      ).to.throw(RangeError, /^stages\[1\]\.value must be/);
      // A null count is the default count of 1.
      if (v !== null) {
        expect(() => leadsBySource([{ source: 'a', count: v }] as never)).to.throw(
          RangeError,
          /^leads\[0\]\.count must be/,
        );
        expect(() => outreachActivity([{ type: 'a', count: v }] as never)).to.throw(
          RangeError,
          /^activities\[0\]\.count must be/,
        );
      }
      // null is a gap and -1 a value, not errors.
      if (v !== null && v !== -1)
        expect(() => movingAverage([1, v] as never, 2)).to.throw(RangeError, /^values\[1\] must be/);
      expect(() => movingAverage([1, 2], v as never)).to.throw(RangeError, /^window must be/);
    }
  });

  it('movingAverage: NaN and strings are errors, not NaN or concatenation', () => {
    expect(() => movingAverage([1, NaN, 3], 2)).to.throw(
      RangeError,
      'values[1] must be a finite number or null (got NaN)',
    );
    expect(() => movingAverage([1, '5'] as never, 2)).to.throw(
      RangeError,
      'values[1] must be a finite number or null (got 5)',
    );
    expect(() => movingAverage([1, 2, Infinity], 1)).to.throw(RangeError, /^values\[2\]/);
    // A window whose sum overflows, though each value is finite.
    expect(() => movingAverage([1.5e308, 1.5e308], 2)).to.throw(RangeError, /^window sum must be finite/);
    expect(movingAverage([1.5e308, 1.5e308], 1)).to.deep.equal([1.5e308, 1.5e308]);
  });

  it('customerLifetimeValue, roi and marketingRoi: a tiny divisor that overflows is a RangeError naming the result', () => {
    // 1e300 × 1 ÷ 1e-10 = 1e310 > 1.8e308.
    expect(() => customerLifetimeValue({ averageRevenue: 1e300, grossMargin: 1, churnRate: 1e-10 })).to.throw(
      RangeError,
      /^customerLifetimeValue must be finite \(got Infinity\)/,
    );
    expect(() => customerLifetimeValue({ averageRevenue: 1, grossMargin: 1, churnRate: 5e-324 })).to.throw(
      RangeError,
      /^customerLifetimeValue/,
    );
    // churnRate 1e-10 itself is fine: 100 × 0.5 ÷ 1e-10 = 5e11.
    expect(customerLifetimeValue({ averageRevenue: 100, grossMargin: 0.5, churnRate: 1e-10 })).to.be.closeTo(
      5e11,
      1,
    );
    // (1e300 − 1e-10) ÷ 1e-10 = 1e310.
    expect(() => roi({ gain: 1e300, cost: 1e-10 })).to.throw(RangeError, /^roi must be finite/);
    expect(roi({ gain: 1, cost: 1e-10 })).to.be.closeTo(1e10, 1);
    expect(() => marketingRoi({ attributedRevenue: 1e300, marketingCost: 1e-10 })).to.throw(
      RangeError,
      /^marketingRoi must be finite/,
    );
  });

  it('netNewRevenue: huge inputs that cancel out are exact; a result beyond ±1.8e308 is a RangeError', () => {
    // (1.5e308 − 1.5e308) + (1.5e308 − 1.5e308) = 0; summed left to right it was Infinity − … = NaN.
    expect(
      netNewRevenue({ newRevenue: 1.5e308, expansion: 1.5e308, contraction: 1.5e308, churned: 1.5e308 }),
    ).to.equal(0);
    expect(netNewRevenue({ newRevenue: 1.5e308, expansion: 1.5e308, contraction: 1.5e308 })).to.equal(
      1.5e308,
    );
    expect(() => netNewRevenue({ newRevenue: 1.5e308, expansion: 1.5e308 })).to.throw(
      RangeError,
      /^netNewRevenue must be finite \(got Infinity\)/,
    );
    expect(() => netNewRevenue({ newRevenue: 0, contraction: 1.5e308, churned: 1.5e308 })).to.throw(
      RangeError,
      /^netNewRevenue must be finite \(got -Infinity\)/,
    );
  });

  it('computeNps: counts beyond 2⁵³ − 1, null, strings and bad lengths are RangeErrors', () => {
    expect(() => computeNps({ promoters: 1e308, passives: 1e308, detractors: 0 })).to.throw(
      RangeError,
      'promoters must be a non-negative safe integer (got 1e+308)',
    );
    expect(() => computeNps({ promoters: 0, passives: 0, detractors: 2 ** 53 })).to.throw(
      RangeError,
      /^detractors/,
    );
    // The largest counts: a total of 3 · (2⁵³ − 1), still finite, with a margin above 0.
    const max = Number.MAX_SAFE_INTEGER;
    const r = computeNps({ promoters: max, passives: max, detractors: max });
    expect(r.score).to.equal(0);
    expectFinite(r);
    const all = computeNps({ promoters: max, passives: 0, detractors: 0 });
    expect(all.score).to.equal(100);
    expect(all.marginOfError).to.be.above(0);
    expectFinite(all);
    for (const v of [null, undefined, 5, 'abc', '', true])
      expect(() => computeNps(v as never), String(v)).to.throw(RangeError, /^promoters must be/);
    for (const length of [NaN, -1, 1.5, Infinity, '3'])
      expect(() => computeNps({ length } as never), String(length)).to.throw(RangeError, /^scores\.length/);
    expect(() => compareNps(null as never, [10])).to.throw(RangeError, /^promoters/);
    expect(() => compareNps([10], 'x' as never)).to.throw(RangeError, /^promoters/);
  });

  it('arrays: null, strings and bad lengths are a RangeError naming the argument', () => {
    for (const v of [null, undefined, 7, 'abc', '', { length: NaN }, { length: -1 }, { length: 1.5 }]) {
      expect(() => computeCes(v as never), String(v)).to.throw(RangeError, /^scores must be an array/);
      expect(() => movingAverage(v as never, 2), String(v)).to.throw(RangeError, /^values must be an array/);
      expect(() => computeFunnel(v as never), String(v)).to.throw(RangeError, /^stages must be an array/);
      expect(() => funnelConversion(v as never), String(v)).to.throw(RangeError, /^stages must be an array/);
      expect(() => leadsBySource(v as never), String(v)).to.throw(RangeError, /^leads must be an array/);
      expect(() => outreachActivity(v as never), String(v)).to.throw(
        RangeError,
        /^activities must be an array/,
      );
    }
    // A missing stage or record is a RangeError naming its field, not a TypeError.
    expect(() => computeFunnel([null] as never)).to.throw(RangeError, /^stages\[0\]\.value/);
    expect(() => leadsBySource([null] as never)).to.throw(RangeError, /^leads\[0\]\.source/);
  });

  it('computeFunnel: a ratio over a vanishing stage that overflows is null, never a throw', () => {
    const stages = (...values: number[]) => values.map((value, i) => ({ label: `s${i}`, value }));
    // 1e300 ÷ 1e-300 = 1e600: no ratio, as over 0; the drop-off share too.
    const f = computeFunnel(stages(1e-300, 1e300));
    expect(f[1]).to.deep.include({ fromPrevious: null, fromFirst: null });
    expect(f[1]!.dropOff).to.deep.equal({ count: 1e-300 - 1e300, share: null });
    // The previous stage is 0 (no ratio), the first 5e-324: 1 ÷ 5e-324 overflows.
    expect(computeFunnel(stages(5e-324, 0, 1))[2]).to.deep.include({ fromPrevious: null, fromFirst: null });
    expect(funnelConversion(stages(5e-324, 0, 1))).to.equal(null);
    // A stage after one of 5e-324 (issue 17: a RangeError into the page from <funnel-view>).
    expect(computeFunnel(stages(1, 5e-324, 1))[2]).to.deep.include({ fromPrevious: null, fromFirst: 1 });
    // Large but representable ratios stay numbers.
    expectFinite(computeFunnel(stages(1e-10, 1e200, 1e-100)));
  });

  it('closeRate, leadsBySource, outreachActivity: counts beyond 2⁵³ − 1 are RangeErrors, so sums stay finite', () => {
    // won + lost was Infinity, which made the rate 0.
    expect(() => closeRate({ won: 1e308, lost: 1e308 })).to.throw(RangeError, /^won must be/);
    const max = Number.MAX_SAFE_INTEGER;
    expect(closeRate({ won: max, lost: max })).to.equal(0.5);
    const huge = [
      { source: 'a', type: 'a', count: 1e308 },
      { source: 'b', type: 'b', count: 1e308 },
    ];
    expect(() => leadsBySource(huge)).to.throw(RangeError, /^leads\[0\]\.count must be/);
    expect(() => outreachActivity(huge)).to.throw(RangeError, /^activities\[0\]\.count must be/);
    const most = [
      { source: 'a', type: 'a', count: max },
      { source: 'b', type: 'b', count: max },
    ];
    expectFinite(leadsBySource(most));
    expect(outreachActivity(most).total).to.equal(2 * max);
  });

  it('epochMs and isoTime: a time or NaN (their documented "invalid"), never ±Infinity', () => {
    for (const v of [
      ...WEIRD,
      '2024-02-30',
      '9999-12-31T23:59:59.999Z',
      8.64e15,
      8.64e15 + 1,
      new Date(NaN),
    ]) {
      const t = epochMs(v);
      expect(t === t ? Number.isFinite(t) : true, String(v)).to.equal(true);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const t = isoTime(s);
        expect(t !== Infinity && t !== -Infinity).to.equal(true);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
