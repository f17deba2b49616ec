import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { breakdown, leadsBySource, stackedBreakdown } from '../../src/metrics/index.js';

// Leads by source, hand-computed: total 500 + 300 + 120 + 50 + 30 = 1000.
const LEADS = [
  { label: 'Referral', value: 120, previous: 100 },
  { label: 'Web', value: 500, previous: 400 },
  { label: 'Events', value: 30, previous: 60 },
  { label: 'Ads', value: 300, previous: 300 },
  { label: 'Email', value: 50 },
];

describe('breakdown', () => {
  it('shares of the total, sorted by value desc, changes against previous', () => {
    const { total, rows } = breakdown(LEADS);
    expect(total).to.equal(1000);
    expect(rows.map((r) => [r.label, r.value, r.share])).to.deep.equal([
      ['Web', 500, 0.5],
      ['Ads', 300, 0.3],
      ['Referral', 120, 0.12],
      ['Email', 50, 0.05],
      ['Events', 30, 0.03],
    ]);
    // (500 − 400)/400 = +0.25; 300 vs 300 = 0; (120 − 100)/100 = +0.2; no previous; (30 − 60)/60 = −0.5.
    expect(rows.map((r) => r.change)).to.deep.equal([0.25, 0, 0.2, null, -0.5]);
    expect(rows.map((r) => r.previous)).to.deep.equal([400, 300, 100, undefined, 60]);
    expect('previous' in rows[3]!).to.equal(false);
    expect(rows.some((r) => r.other)).to.equal(false);
  });

  it('sort: "none" keeps the given order', () => {
    expect(breakdown(LEADS, { sort: 'none' }).rows.map((r) => r.label)).to.deep.equal([
      'Referral',
      'Web',
      'Events',
      'Ads',
      'Email',
    ]);
  });

  it('ties are sorted by label', () => {
    const rows = breakdown([
      { label: 'b', value: 2 },
      { label: 'c', value: 5 },
      { label: 'a', value: 2 },
    ]).rows;
    expect(rows.map((r) => r.label)).to.deep.equal(['c', 'a', 'b']);
  });

  it('merges duplicate labels: values summed, previous summed only when each had one', () => {
    const { total, rows } = breakdown([
      { label: 'Web', value: 10, previous: 8 },
      { label: 'Ads', value: 4, previous: 5 },
      { label: 'Web', value: 6, previous: 2 },
      { label: 'Ads', value: 1 },
    ]);
    expect(total).to.equal(21);
    // Web 16 vs 10: +0.6; Ads 5, one part without previous: no previous, no change.
    expect(rows).to.deep.equal([
      { label: 'Web', value: 16, share: 16 / 21, previous: 10, change: 0.6 },
      { label: 'Ads', value: 5, share: 5 / 21, change: null },
    ]);
  });

  it('folds everything beyond maxBars − 1 into one "Other" row with its members', () => {
    const { total, rows } = breakdown(LEADS, { maxBars: 3 });
    expect(total).to.equal(1000);
    expect(rows.map((r) => r.label)).to.deep.equal(['Web', 'Ads', 'Other']);
    // Other = Referral 120 + Email 50 + Events 30 = 200 (share 0.2); Email has no previous → none.
    expect(rows[2]).to.deep.equal({
      label: 'Other',
      value: 200,
      share: 0.2,
      change: null,
      other: true,
      members: ['Referral', 'Email', 'Events'],
    });
  });

  it('Other has a previous value and change when each member has one', () => {
    const rows = breakdown(LEADS.slice(0, 4), { maxBars: 2 }).rows;
    // Other = Ads 300 + Referral 120 + Events 30 = 450 vs 300 + 100 + 60 = 460: −10/460.
    expect(rows[1]!.value).to.equal(450);
    expect(rows[1]!.previous).to.equal(460);
    expect(rows[1]!.change).to.be.closeTo(-10 / 460, 1e-12);
  });

  it('no Other when the rows fit maxBars; maxBars 1 folds everything; sort none folds the tail', () => {
    expect(breakdown(LEADS, { maxBars: 5 }).rows).to.have.length(5);
    const all = breakdown(LEADS, { maxBars: 1 }).rows;
    expect(all).to.have.length(1);
    expect(all[0]).to.include({ label: 'Other', value: 1000, share: 1, other: true });
    const tail = breakdown(LEADS, { sort: 'none', maxBars: 4 }).rows;
    expect(tail.map((r) => r.label)).to.deep.equal(['Referral', 'Web', 'Events', 'Other']);
    expect(tail[3]!.members).to.deep.equal(['Ads', 'Email']);
  });

  it('a zero total gives zero shares; a previous of 0 gives no change', () => {
    expect(breakdown([])).to.deep.equal({ total: 0, rows: [] });
    expect(breakdown([{ label: 'Web', value: 0, previous: 0 }]).rows).to.deep.equal([
      { label: 'Web', value: 0, share: 0, previous: 0, change: null },
    ]);
  });

  it('throws a RangeError naming the field', () => {
    expect(() => breakdown([{ label: 'a', value: -1 }])).to.throw(
      RangeError,
      'rows[0].value must be a non-negative finite number (got -1)',
    );
    expect(() =>
      breakdown([
        { label: 'a', value: 1 },
        { label: 'b', value: NaN },
      ]),
    ).to.throw(RangeError, /^rows\[1\]\.value/);
    expect(() => breakdown([{ label: 'a', value: 1, previous: -2 }])).to.throw(
      RangeError,
      /^rows\[0\]\.previous/,
    );
    expect(() => breakdown([{ label: 3 as unknown as string, value: 1 }])).to.throw(
      RangeError,
      /^rows\[0\]\.label/,
    );
    expect(() => breakdown(null as unknown as [])).to.throw(RangeError, /^rows must be an array/);
    expect(() => breakdown(LEADS, { maxBars: 0 })).to.throw(RangeError, /^maxBars/);
    expect(() => breakdown(LEADS, { maxBars: 2.5 })).to.throw(RangeError, /^maxBars/);
    expect(() => breakdown(LEADS, { sort: 'asc' as 'desc' })).to.throw(RangeError, /^sort/);
    // A change that overflows (1e308 against 1e-300) is none, as against 0: never a throw.
    expect(breakdown([{ label: 'a', value: 1e308, previous: 1e-300 }]).rows[0]).to.deep.include({
      previous: 1e-300,
      change: null,
    });
  });

  it('shares sum to 1, values to the total, at most maxBars rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), value: fc.nat(100) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 8 }),
        (items, maxBars) => {
          const { total, rows } = breakdown(items, { maxBars });
          expect(rows.length).to.be.at.most(maxBars);
          expect(rows.reduce((s, r) => s + r.value, 0)).to.equal(total);
          if (total) expect(rows.reduce((s, r) => s + r.share, 0)).to.be.closeTo(1, 1e-12);
          const labels = new Set(items.map((i) => i.label));
          const shown = rows.flatMap((r) => r.members ?? [r.label]);
          expect(new Set(shown)).to.deep.equal(labels);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shares its grouping with leadsBySource: the same order and values', () => {
    const leads = [
      { source: 'web' },
      { source: 'ads', count: 3 },
      { source: 'web' },
      { source: 'email', count: 2 },
    ];
    const a = leadsBySource(leads).map((r) => [r.source, r.count, r.share]);
    const b = breakdown(leads.map((l) => ({ label: l.source, value: l.count ?? 1 }))).rows.map((r) => [
      r.label,
      r.value,
      r.share,
    ]);
    expect(b).to.deep.equal(a);
  });
});

describe('stackedBreakdown', () => {
  // Outreach by rep and type: Sara 12 calls + 30 emails + 3 meetings = 45; Omid 20 + 10 + 5 = 35;
  // Lina 0 + 15 + 5 = 20. Total 100.
  const RECORDS = [
    { label: 'Omid', series: 'Calls', value: 20 },
    { label: 'Sara', series: 'Calls', value: 12 },
    { label: 'Sara', series: 'Emails', value: 30 },
    { label: 'Omid', series: 'Emails', value: 10 },
    { label: 'Lina', series: 'Emails', value: 15 },
    { label: 'Sara', series: 'Meetings', value: 3 },
    { label: 'Omid', series: 'Meetings', value: 5 },
    { label: 'Lina', series: 'Meetings', value: 5 },
  ];
  const EXPECTED = {
    total: 100,
    series: ['Calls', 'Emails', 'Meetings'],
    seriesTotals: [32, 55, 13],
    rows: [
      { label: 'Sara', values: [12, 30, 3], value: 45, share: 0.45 },
      { label: 'Omid', values: [20, 10, 5], value: 35, share: 0.35 },
      { label: 'Lina', values: [0, 15, 5], value: 20, share: 0.2 },
    ],
  };

  it('records: per-series values per row (0 where none), row totals, series totals', () => {
    expect(stackedBreakdown(RECORDS)).to.deep.equal(EXPECTED);
  });

  it('duplicate records are summed', () => {
    const r = stackedBreakdown([...RECORDS, { label: 'Lina', series: 'Calls', value: 7 }]);
    expect(r.rows.find((x) => x.label === 'Lina')!.values).to.deep.equal([7, 15, 5]);
    expect(r.seriesTotals).to.deep.equal([39, 55, 13]);
  });

  it('sort none, and Other sums the folded rows per series', () => {
    expect(stackedBreakdown(RECORDS, { sort: 'none' }).rows.map((r) => r.label)).to.deep.equal([
      'Omid',
      'Sara',
      'Lina',
    ]);
    const { rows } = stackedBreakdown(RECORDS, { maxBars: 2 });
    // Other = Omid + Lina: [20, 25, 10], 55.
    expect(rows[1]).to.deep.equal({
      label: 'Other',
      values: [20, 25, 10],
      value: 55,
      share: 0.55,
      other: true,
      members: ['Omid', 'Lina'],
    });
  });

  it('throws a RangeError naming the field', () => {
    expect(() => stackedBreakdown([{ label: 'a', series: 'x', value: -1 }])).to.throw(
      RangeError,
      /^rows\[0\]\.value/,
    );
    expect(() => stackedBreakdown([{ label: 'a', series: 1 as unknown as string, value: 1 }])).to.throw(
      RangeError,
      /^rows\[0\]\.series/,
    );
    expect(() => stackedBreakdown(RECORDS, { maxBars: -1 })).to.throw(RangeError, /^maxBars/);
  });
});
