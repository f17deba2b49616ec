import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { churnSeries } from '../../src/metrics/index.js';
import type { Calendar, ChurnPeriod, Customer, Granularity } from '../../src/metrics/index.js';

const counts = (p: ChurnPeriod) => [p.customersAtStart, p.customersLost, p.newCustomers, p.customersAtEnd];

/** Checks conservation inside each period and across consecutive periods, and that there are no gaps. */
function expectConserved(series: ChurnPeriod[]): void {
  for (let k = 0; k < series.length; k++) {
    const p = series[k]!;
    expect(p.customersLost).to.be.at.most(p.customersAtStart);
    // atEnd = atStart − lost + new − newAndLost, so atStart − lost ≤ atEnd ≤ atStart − lost + new
    expect(p.customersAtEnd).to.be.within(
      p.customersAtStart - p.customersLost,
      p.customersAtStart - p.customersLost + p.newCustomers,
    );
    if (k) {
      expect(p.customersAtStart).to.equal(series[k - 1]!.customersAtEnd);
      expect(p.start).to.equal(series[k - 1]!.end);
    }
    if (p.customersAtStart === 0) {
      expect(p.churnRate).to.equal(null);
      expect(p.retentionRate).to.equal(null);
    } else {
      expect(p.churnRate).to.equal(p.customersLost / p.customersAtStart);
      expect(p.churnRate! + p.retentionRate!).to.be.closeTo(1, 1e-12);
    }
  }
}

describe('churnSeries', () => {
  it('counts a hand-made Gregorian month series', () => {
    const customers: Customer[] = [
      { start: '2024-01-05' }, // A: new in January, stays
      { start: '2024-01-10', end: '2024-02-01' }, // B: leaves exactly when February starts
      { start: '2023-12-01', end: '2024-03-15' }, // C: new in December, lost in March
      { start: '2024-02-10', end: '2024-02-20' }, // D: joins and leaves within February
    ];
    const s = churnSeries(customers, { granularity: 'month' });
    expect(s.map((p) => [p.period, p.start, p.end])).to.deep.equal([
      ['2023-12', '2023-12-01', '2024-01-01'],
      ['2024-01', '2024-01-01', '2024-02-01'],
      ['2024-02', '2024-02-01', '2024-03-01'],
      ['2024-03', '2024-03-01', '2024-04-01'],
    ]);
    // [atStart, lost, new, atEnd]
    expect(s.map(counts)).to.deep.equal([
      [0, 0, 1, 1], // C joins
      [1, 0, 2, 3], // A, B join
      [3, 1, 1, 2], // A, B, C at start; B lost (end = 1 Feb = s); D new and lost: 3 − 1 + 1 − 1 = 2
      [2, 1, 0, 1], // A, C at start; C lost
    ]);
    expect(s[0]!.churnRate).to.equal(null);
    expect(s[1]!.churnRate).to.equal(0);
    expect(s[1]!.retentionRate).to.equal(1);
    // 1 lost of 3: 1/3; retention 2/3
    expect(s[2]!.churnRate).to.be.closeTo(1 / 3, 1e-12);
    expect(s[2]!.retentionRate).to.be.closeTo(2 / 3, 1e-12);
    expect(s[3]!.churnRate).to.equal(0.5);
  });

  it('handles a single customer', () => {
    expect(churnSeries([{ start: '2024-01-15' }], { granularity: 'month' })).to.deep.equal([
      {
        period: '2024-01',
        start: '2024-01-01',
        end: '2024-02-01',
        customersAtStart: 0,
        customersLost: 0,
        newCustomers: 1,
        customersAtEnd: 1,
        churnRate: null,
        retentionRate: null,
      },
    ]);
    const s = churnSeries([{ start: '2024-01-15', end: '2024-03-10' }], { granularity: 'month' });
    expect(s.map(counts)).to.deep.equal([
      [0, 0, 1, 1],
      [1, 0, 0, 1],
      [1, 1, 0, 0],
    ]);
    expect(s[2]!.churnRate).to.equal(1);
    expect(s[2]!.retentionRate).to.equal(0);
  });

  it('lists empty periods with zeros and null rates, with no gaps', () => {
    const s = churnSeries(
      [
        { start: '2024-01-10', end: '2024-01-20' },
        { start: '2024-04-05', end: null },
      ],
      { granularity: 'month' },
    );
    expect(s.map((p) => p.period)).to.deep.equal(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(s.map(counts)).to.deep.equal([
      [0, 0, 1, 0], // joins and leaves in January: new, not lost-from-start; atEnd 0 − 0 + 1 − 1 = 0
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 1],
    ]);
    expect(s[1]!.churnRate).to.equal(null);
    expect(s[2]!.retentionRate).to.equal(null);
  });

  it('counts a customer who starts and leaves in the same period as new, not as lost', () => {
    const s = churnSeries(
      [
        { start: '2023-12-01' },
        { start: '2024-01-03', end: '2024-01-28' },
        { start: '2024-01-05', end: '2024-01-05' }, // zero-length relationship
      ],
      { granularity: 'month', from: '2024-01-01' },
    );
    expect(s).to.have.length(1);
    expect(counts(s[0]!)).to.deep.equal([1, 0, 2, 1]);
    expect(s[0]!.churnRate).to.equal(0);
  });

  it('treats period boundaries exactly: end at s is lost in that period, end at e is not', () => {
    const s = churnSeries(
      [
        { start: '2023-11-15', end: '2024-01-01' }, // end exactly at January's start
        { start: '2023-11-15', end: '2024-02-01' }, // end exactly at January's end
        { start: '2024-01-01' }, // starts exactly at January's start: new, not active at start
      ],
      { granularity: 'month', from: '2024-01-01', to: '2024-02-01' },
    );
    expect(s.map((p) => p.period)).to.deep.equal(['2024-01', '2024-02']);
    // January: both older customers active at start (end ≥ s); only the first is lost
    expect(counts(s[0]!)).to.deep.equal([2, 1, 1, 2]);
    // February: the second is lost at its very first instant
    expect(counts(s[1]!)).to.deep.equal([2, 1, 0, 1]);
  });

  it('reads times in UTC: an offset-less datetime is UTC, an offset is honoured', () => {
    const s = churnSeries(
      [
        { start: '2024-01-31T23:30:00-02:00' }, // 01:30 UTC on 1 February
        { start: '2024-01-31T23:30:00' }, // UTC: January
        { start: Date.UTC(2024, 0, 31, 23, 59) }, // epoch ms: January
        { start: new Date(Date.UTC(2024, 1, 1)) }, // Date: February
      ],
      { granularity: 'month' },
    );
    expect(s.map((p) => [p.period, p.newCustomers])).to.deep.equal([
      ['2024-01', 2],
      ['2024-02', 2],
    ]);
  });

  it('uses the Persian calendar: 1402-12 → 1403-01 across 2024-03-20', () => {
    const s = churnSeries(
      [
        { start: '2024-03-01', end: '2024-03-20' }, // 11 Esfand 1402 → leaves on 1 Farvardin 1403
        { start: '2024-03-19' }, // 29 Esfand 1402
      ],
      { granularity: 'month', calendar: 'persian' },
    );
    expect(s.map((p) => [p.period, p.start, p.end])).to.deep.equal([
      ['1402-12', '2024-02-20', '2024-03-20'],
      ['1403-01', '2024-03-20', '2024-04-20'],
    ]);
    expect(s.map(counts)).to.deep.equal([
      [0, 0, 2, 2],
      [2, 1, 0, 1],
    ]);
    expect(s[1]!.churnRate).to.equal(0.5);
  });

  it('counts ISO weeks, Persian weeks (from Saturday) and days', () => {
    const customers = [
      { start: '2024-03-04' }, // Monday: stays
      { start: '2024-03-05', end: '2024-03-12' }, // leaves the next Tuesday
      { start: '2024-03-11', end: '2024-03-11T12:00:00Z' }, // joins and leaves on one day
    ];
    const w = churnSeries(customers, { granularity: 'week' });
    expect(w.map((p) => [p.period, p.start, p.end])).to.deep.equal([
      ['2024-W10', '2024-03-04', '2024-03-11'],
      ['2024-W11', '2024-03-11', '2024-03-18'],
    ]);
    expect(w.map(counts)).to.deep.equal([
      [0, 0, 2, 2],
      [2, 1, 1, 1],
    ]);
    expect(w[1]!.churnRate).to.equal(0.5);
    // Week 1 of 1402 began on Saturday 2023-03-18: 2024-03-02 is 50 weeks on.
    const pw = churnSeries(customers, { granularity: 'week', calendar: 'persian' });
    expect(pw.map((p) => [p.period, p.start, p.end])).to.deep.equal([
      ['1402-W51', '2024-03-02', '2024-03-09'],
      ['1402-W52', '2024-03-09', '2024-03-16'],
    ]);
    expect(pw.map(counts)).to.deep.equal(w.map(counts));
    const d = churnSeries(customers, { granularity: 'day', calendar: 'persian' });
    expect(d).to.have.length(9);
    expect(d.map((p) => p.period).slice(0, 2)).to.deep.equal(['1402-12-14', '1402-12-15']);
    expect(d.map(counts)).to.deep.equal([
      [0, 0, 1, 1],
      [1, 0, 1, 2],
      ...Array(5).fill([2, 0, 0, 2]),
      [2, 0, 1, 2],
      [2, 1, 0, 1],
    ]);
    expectConserved(d);
    expect(churnSeries(customers, { granularity: 'day' }).map(counts)).to.deep.equal(d.map(counts));
  });

  it('uses Persian quarters and years', () => {
    const customers = [{ start: '2024-01-01', end: '2024-07-01' }, { start: '2024-04-01' }];
    const q = churnSeries(customers, { granularity: 'quarter', calendar: 'persian' });
    // 2024-01-01 is 11 Dey 1402 (Q4); 2024-07-01 is 11 Tir 1403 (Q2)
    expect(q.map((p) => [p.period, p.start])).to.deep.equal([
      ['1402-Q4', '2023-12-22'],
      ['1403-Q1', '2024-03-20'],
      ['1403-Q2', '2024-06-21'],
    ]);
    expect(q.map(counts)).to.deep.equal([
      [0, 0, 1, 1],
      [1, 0, 1, 2],
      [2, 1, 0, 1],
    ]);
    const y = churnSeries(customers, { granularity: 'year', calendar: 'persian', to: '2025-03-21' });
    expect(y.map((p) => [p.period, p.start, p.end])).to.deep.equal([
      ['1402', '2023-03-21', '2024-03-20'],
      ['1403', '2024-03-20', '2025-03-21'],
      ['1404', '2025-03-21', '2026-03-21'],
    ]);
    expect(y.map(counts)).to.deep.equal([
      [0, 0, 1, 1],
      [1, 1, 1, 1],
      [1, 0, 0, 1],
    ]);
  });

  it('honours from and to (the periods containing them)', () => {
    const s = churnSeries([{ start: '2023-06-10', end: '2024-02-15' }, { start: '2024-01-20' }], {
      granularity: 'quarter',
      from: '2024-02-29',
      to: '2024-11-30T10:00:00Z',
    });
    expect(s.map((p) => p.period)).to.deep.equal(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    // Q1: the 2023 customer is active at start and lost; the other is new
    expect(s.map(counts)).to.deep.equal([
      [1, 1, 1, 1],
      [1, 0, 0, 1],
      [1, 0, 0, 1],
      [1, 0, 0, 1],
    ]);
  });

  it('returns [] for no customers, and zero periods when from or to is given', () => {
    expect(churnSeries([], { granularity: 'month' })).to.deep.equal([]);
    const s = churnSeries([], { granularity: 'year', from: '2022-05-01', to: '2024-01-01' });
    expect(s.map((p) => p.period)).to.deep.equal(['2022', '2023', '2024']);
    expect(s.every((p) => counts(p).every((c) => c === 0) && p.churnRate === null)).to.equal(true);
    expect(churnSeries([], { granularity: 'month', to: '2024-03-03' }).map((p) => p.period)).to.deep.equal([
      '2024-03',
    ]);
  });

  it('throws RangeErrors naming the customer field', () => {
    expect(() =>
      churnSeries([{ start: '2024-01-01' }, { start: '2024-03-01', end: '2024-02-01' }], {
        granularity: 'month',
      }),
    ).to.throw(RangeError, 'customers[1].end is before customers[1].start');
    expect(() => churnSeries([{ start: 'yesterday' }], { granularity: 'month' })).to.throw(
      RangeError,
      /^customers\[0\]\.start/,
    );
    expect(() =>
      churnSeries([{ start: '2024-01-01', end: '2024-02-31' }], { granularity: 'month' }),
    ).to.throw(RangeError, /^customers\[0\]\.end/);
    expect(() => churnSeries([{ start: NaN }], { granularity: 'month' })).to.throw(
      RangeError,
      /customers\[0\]\.start/,
    );
    expect(() => churnSeries([{ start: '2024-01-01' }], { granularity: 'hour' as Granularity })).to.throw(
      RangeError,
      /^granularity/,
    );
    expect(() =>
      churnSeries([{ start: '2024-01-01' }], { granularity: 'month', calendar: 'hebrew' as Calendar }),
    ).to.throw(RangeError, /^calendar/);
    expect(() =>
      churnSeries([{ start: '2024-01-01' }], { granularity: 'month', from: '2024-05-01', to: '2024-01-01' }),
    ).to.throw(RangeError, /^to must be/);
    expect(() => churnSeries([], { granularity: 'month', from: 'soon' })).to.throw(RangeError, /^from/);
  });

  it('handles 100 000 customers and conserves them', () => {
    const customers: Customer[] = [];
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const base = Date.UTC(2015, 0, 1);
    let open = 0;
    for (let i = 0; i < 100_000; i++) {
      const start = base + Math.floor(random() * 3e11);
      const ends = random() < 0.6;
      if (!ends) open++;
      customers.push({ start, end: ends ? start + Math.floor(random() * 1e11) : null });
    }
    const s = churnSeries(customers, { granularity: 'month' });
    expectConserved(s);
    expect(s.reduce((sum, p) => sum + p.newCustomers, 0)).to.equal(100_000);
    expect(s[0]!.customersAtStart).to.equal(0);
    expect(s[s.length - 1]!.customersAtEnd).to.equal(open);
  });

  it('conserves customers and matches the definitions for random customers in both calendars (property)', () => {
    const DAY = 86_400_000;
    const lo = Date.UTC(2022, 0, 1);
    const customer = fc
      .tuple(
        fc.integer({ min: lo, max: lo + 4 * 365 * DAY }),
        fc.option(fc.nat(800 * DAY), { nil: undefined }),
      )
      .map(([start, length]): Customer => ({
        start,
        end: length === undefined ? undefined : start + length,
      }));
    fc.assert(
      fc.property(
        fc.array(customer, { maxLength: 60 }),
        fc.constantFrom<Granularity>('month', 'quarter', 'year'),
        fc.constantFrom<Calendar>('gregory', 'persian'),
        (customers, granularity, calendar) => {
          const s = churnSeries(customers, { granularity, calendar });
          if (!customers.length) {
            expect(s).to.deep.equal([]);
            return;
          }
          expectConserved(s);
          // Brute force over the definitions for every period [s, e)
          for (const p of s) {
            const ps = Date.parse(p.start);
            const pe = Date.parse(p.end);
            let atStart = 0;
            let lost = 0;
            let fresh = 0;
            for (const c of customers) {
              const start = c.start as number;
              const end = (c.end as number | undefined) ?? Infinity;
              const active = start < ps && end >= ps;
              if (active) atStart++;
              if (active && end < pe) lost++;
              if (start >= ps && start < pe) fresh++;
            }
            expect([p.customersAtStart, p.customersLost, p.newCustomers]).to.deep.equal([
              atStart,
              lost,
              fresh,
            ]);
          }
          expect(s.reduce((sum, p) => sum + p.newCustomers, 0)).to.equal(customers.length);
          expect(s[s.length - 1]!.customersAtEnd).to.equal(
            customers.filter((c) => c.end === undefined).length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
