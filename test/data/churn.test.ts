import { expect } from '@open-wc/testing';
import {
  churnColumnsSchema,
  churnInput,
  churnInputSchema,
  churnTrend,
  formatIssues,
  MAX_PERIODS,
  type ChurnColumns,
  type DataIssue,
  type Trend,
} from '../../src/data/index.js';
import { churnSeries } from '../../src/metrics/index.js';

const month = { granularity: 'month' as const, calendar: 'gregory' as const };

/** `<churn-trend>` input as the loader gives it to the element: validated, in columns. */
const columns = (input: unknown): ChurnColumns => {
  const r = churnInput.safeParse(input);
  if (!r.success) throw new Error(JSON.stringify(formatIssues(r.error)));
  return r.data;
};
/** The issues `churnInput` reports. */
const issues = (input: unknown): DataIssue[] => {
  const r = churnInput.safeParse(input);
  expect(r.success, `rejects ${JSON.stringify(input)}`).to.equal(false);
  return r.success ? [] : formatIssues(r.error);
};
/** Point `i` of a trend as an object: its time and rate (null for NaN), and its key and counts when it has them. */
const trendPoint = (trend: Trend, i: number) => {
  const c = trend.counts;
  const churn = trend.churn[i]!;
  const counts = c && {
    atStart: c.atStart[i],
    lost: c.lost[i],
    ...(c.new && { new: c.new[i] }),
    ...(c.atEnd && { atEnd: c.atEnd[i] }),
  };
  return {
    t: trend.t[i]!,
    churn: churn === churn ? churn : null,
    ...(trend.period && { period: trend.period[i] }),
    ...(counts && { counts }),
  };
};
/** A trend read back point by point. */
const points = (trend: Trend) => Array.from({ length: trend.length }, (_, i) => trendPoint(trend, i));

describe('churnTrend', () => {
  it('makes at most MAX_PERIODS periods from customer records, the latest, with the same counts', () => {
    // Days from 1990 to 2024 (12,784 of them): more than 10,000.
    const customers = [
      { start: '1990-01-01' },
      { start: '1995-06-01', end: '2019-03-02' },
      { start: '2010-01-01', end: '2024-12-31' },
      { start: '2020-01-01' },
    ];
    const day = { granularity: 'day' as const, calendar: 'gregory' as const, now: Date.UTC(2025, 0, 1) };
    const trend = churnTrend(columns({ customers }), day);
    expect(trend.clipped).to.equal(true);
    expect(trend.length)
      .to.be.at.most(MAX_PERIODS)
      .and.at.least(MAX_PERIODS - 1);
    // The periods it made are the latest ones of the whole series, with the same counts: those
    // who started before the cut are counted at its start.
    const all = churnSeries(customers, { granularity: 'day' });
    const tail = all.slice(all.length - trend.length);
    expect(trend.period).to.deep.equal(tail.map((p) => p.period));
    expect(Array.from(trend.counts!.atStart)).to.deep.equal(tail.map((p) => p.customersAtStart));
    expect(Array.from(trend.counts!.lost)).to.deep.equal(tail.map((p) => p.customersLost));
    expect(trend.period![trend.length - 1]).to.equal('2024-12-31');
    // Months of the same records are far fewer: all of them.
    const months = churnTrend(columns({ customers }), { ...day, granularity: 'month' });
    expect(months.clipped).to.equal(undefined);
    expect(months.period![0]).to.equal('1990-01');
  });

  it('places per-period counts at the first day of their period, in the keys’ calendar', () => {
    const trend = churnTrend(
      columns({
        granularity: 'month',
        calendar: 'persian',
        points: [
          { period: '1403-02', customersAtStart: 200, customersLost: 5 },
          { period: '1403-01', customersAtStart: 100, customersLost: 4 },
        ],
      }),
      month,
    );
    // Farvardin 1403 begins on 2024-03-20, Ordibehesht on 2024-04-20; sorted by time.
    expect(points(trend).map((p) => new Date(p.t).toISOString().slice(0, 10))).to.deep.equal([
      '2024-03-20',
      '2024-04-20',
    ]);
    // 4 / 100 = 0.04; 5 / 200 = 0.025
    expect(points(trend).map((p) => p.churn)).to.deep.equal([0.04, 0.025]);
    expect(points(trend).map((p) => p.period)).to.deep.equal(['1403-01', '1403-02']);
    expect(trendPoint(trend, 0).counts).to.deep.equal({ atStart: 100, lost: 4 });
    expect(trend).to.include({ granularity: 'month', calendar: 'persian', length: 2 });
  });

  it('places rates one per period at their period’s first day (UTC, sorted): each stands for its period', () => {
    const trend = churnTrend(
      columns({
        points: [
          { date: '2025-02-28', rate: 0.037 },
          { date: '2025-01-31', rate: 0.041 },
        ],
      }),
      month,
    );
    expect(points(trend)).to.deep.equal([
      { t: Date.UTC(2025, 0, 1), churn: 0.041 },
      { t: Date.UTC(2025, 1, 1), churn: 0.037 },
    ]);
    // In the element's calendar: Jan 31 2025 is in Bahman 1403 (from Jan 20), Feb 28 in Esfand (from Feb 19).
    const persian = churnTrend(
      columns({
        points: [
          { date: '2025-01-31', rate: 0.041 },
          { date: '2025-02-28', rate: 0.037 },
        ],
      }),
      {
        granularity: 'month',
        calendar: 'persian',
      },
    );
    expect(Array.from(persian.t)).to.deep.equal([Date.UTC(2025, 0, 20), Date.UTC(2025, 1, 19)]);
    // Quarterly rates keyed by the quarter's last day, with the data's granularity.
    const quarters = churnTrend(
      columns({ granularity: 'quarter', dates: ['2025-03-31', '2025-06-30'], rates: [0.1, 0.2] }),
      month,
    );
    expect(Array.from(quarters.t)).to.deep.equal([Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1)]);
  });

  it('places per-day and per-week counts and rates at their day or week start', () => {
    // ISO week 2020-W53 begins on Monday 2020-12-28, 2021-W01 on 2021-01-04.
    const weeks = churnTrend(
      columns({
        granularity: 'week',
        points: [
          { period: '2021-W01', customersAtStart: 50, customersLost: 1 },
          { period: '2020-W53', customersAtStart: 40, customersLost: 2 },
        ],
      }),
      month,
    );
    expect(points(weeks).map((p) => [p.period, p.t, p.churn])).to.deep.equal([
      ['2020-W53', Date.UTC(2020, 11, 28), 0.05],
      ['2021-W01', Date.UTC(2021, 0, 4), 0.02],
    ]);
    expect(weeks.granularity).to.equal('week');
    // Persian days: 1 Farvardin 1403 = 2024-03-20.
    const days = churnTrend(
      columns({
        granularity: 'day',
        calendar: 'persian',
        points: [{ period: '1403-01-01', customersAtStart: 10, customersLost: 1 }],
      }),
      month,
    );
    expect(Array.from(days.t)).to.deep.equal([Date.UTC(2024, 2, 20)]);
    // Daily rates under the element's granularity="day" are one per period: each at its day's
    // start (not samples, as under months); weekly ones under "week", in Persian at the Saturday.
    const daily = [
      { date: '2025-01-01T18:00:00Z', rate: 0.1 },
      { date: '2025-01-02T09:30:00+03:30', rate: 0.2 },
    ];
    expect(
      Array.from(churnTrend(columns({ points: daily }), { ...month, granularity: 'day' }).t),
    ).to.deep.equal([Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 2)]);
    const weekly = [
      { date: '2025-01-01', rate: 0.1 },
      { date: '2025-01-08', rate: 0.2 },
    ];
    expect(
      Array.from(churnTrend(columns({ points: weekly }), { granularity: 'week', calendar: 'persian' }).t),
    ).to.deep.equal([Date.UTC(2024, 11, 28), Date.UTC(2025, 0, 4)]);
  });

  it('keeps rates that are not one per period (two in a month, daily ones) at their dates', () => {
    const twice = churnTrend(
      columns({
        points: [
          { date: '2025-01-10', rate: 0.1 },
          { date: '2025-01-20', rate: 0.2 },
          { date: '2025-02-10', rate: 0.3 },
        ],
      }),
      month,
    );
    expect(Array.from(twice.t)).to.deep.equal([
      Date.UTC(2025, 0, 10),
      Date.UTC(2025, 0, 20),
      Date.UTC(2025, 1, 10),
    ]);
    expect(twice.partial).to.equal(0);
  });

  it('takes dates as epoch ms, ISO dates with times and offsets, in the same point list', () => {
    const trend = churnTrend(
      columns({
        // Three dates in one year: samples, kept at their instants.
        granularity: 'year',
        points: [
          { date: Date.UTC(2025, 0, 31), rate: 0.1 },
          { date: '2025-02-28T12:00:00+03:30', rate: 0.2 },
          { date: '2025-03-31T00:00Z', rate: 0.3 },
        ],
      }),
      month,
    );
    expect(points(trend).map((p) => p.t)).to.deep.equal([
      Date.UTC(2025, 0, 31),
      Date.UTC(2025, 1, 28, 8, 30),
      Date.UTC(2025, 2, 31),
    ]);
  });

  it('uses sorted columns of samples as they are: typed arrays and plain arrays are not copied', () => {
    // Daily rates (more than one per month): the form of big series.
    const dates = new Float64Array([Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 2), Date.UTC(2025, 0, 3)]);
    const rates = new Float64Array([0.1, 0.2, 0.3]);
    const data = columns({ dates, rates });
    const trend = churnTrend(data, month);
    expect(trend.t).to.equal(dates);
    expect(trend.churn).to.equal(rates);
    const plain = { dates: [...dates], rates: [...rates] };
    const fromPlain = churnTrend(columns(plain), month);
    expect(fromPlain.t).to.equal(plain.dates);
    expect(fromPlain.churn).to.equal(plain.rates);
    expect(points(fromPlain)).to.deep.equal(points(trend));
  });

  it('sorts unsorted Float64Array columns into new ones, leaving the caller’s as they were', () => {
    const dates = Float64Array.of(Date.UTC(2025, 2, 1), Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1));
    const rates = Float64Array.of(0.3, 0.1, 0.2);
    const trend = churnTrend(columns({ dates, rates }), month);
    expect(Array.from(trend.t)).to.deep.equal([
      Date.UTC(2025, 0, 1),
      Date.UTC(2025, 1, 1),
      Date.UTC(2025, 2, 1),
    ]);
    expect(Array.from(trend.churn)).to.deep.equal([0.1, 0.2, 0.3]);
    expect([...rates]).to.deep.equal([0.3, 0.1, 0.2]);
    expect(trend.summary.latest).to.equal(0.3);
  });

  it('sorts unsorted columns (stable), and parses ISO dates among them once into a column', () => {
    const trend = churnTrend(
      columns({ dates: ['2025-03-01', Date.UTC(2025, 0, 1), '2025-02-01'], rates: [0.3, 0.1, 0.2] }),
      month,
    );
    expect(trend.t).to.be.instanceOf(Float64Array);
    expect(points(trend)).to.deep.equal([
      { t: Date.UTC(2025, 0, 1), churn: 0.1 },
      { t: Date.UTC(2025, 1, 1), churn: 0.2 },
      { t: Date.UTC(2025, 2, 1), churn: 0.3 },
    ]);
  });

  it('summarises the rates as it reads them: lowest, highest, latest (in time), sum and count', () => {
    const unsorted = {
      dates: [Date.UTC(2025, 2, 1), Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)],
      rates: [0.3, 0.1, 0.25],
    };
    const expectSummary = (input: unknown) => {
      const { sum, ...rest } = churnTrend(columns(input), month).summary;
      expect(rest).to.deep.equal({ low: 0.1, high: 0.3, latest: 0.3, count: 3 });
      expect(sum).to.be.closeTo(0.65, 1e-12);
    };
    expectSummary(unsorted);
    expectSummary({
      points: unsorted.dates.map((date, i) => ({ date, rate: unsorted.rates[i]! })).reverse(),
    });
    // Periods without customers at their start have no rate, and are not counted.
    const counts = churnTrend(
      columns({
        granularity: 'month',
        points: [
          { period: '2024-01', customersAtStart: 0, customersLost: 0 },
          { period: '2024-02', customersAtStart: 10, customersLost: 1 },
          { period: '2024-03', customersAtStart: 10, customersLost: 3 },
        ],
      }),
      month,
    );
    const { sum, ...rest } = counts.summary;
    expect(rest).to.deep.equal({ low: 0.1, high: 0.3, latest: 0.3, count: 2 });
    expect(sum).to.be.closeTo(0.4, 1e-12);
    expect(churnTrend(columns({ dates: [], rates: [] }), month).summary.count).to.equal(0);
  });

  it('buckets customer records with churnSeries in the data’s granularity, else the element’s', () => {
    const customers = [
      { start: '2024-01-04', end: '2024-03-19' },
      { start: '2024-01-20' },
      { start: Date.UTC(2024, 1, 11), end: '2024-02-20' },
    ];
    const trend = churnTrend(columns({ customers }), month);
    const expected = churnSeries(customers, month);
    expect(trend.period).to.deep.equal(expected.map((p) => p.period));
    expect(points(trend).map((p) => p.churn)).to.deep.equal(expected.map((p) => p.churnRate));
    expect(points(trend).map((p) => p.counts)).to.deep.equal(
      expected.map((p) => ({
        atStart: p.customersAtStart,
        lost: p.customersLost,
        new: p.newCustomers,
        atEnd: p.customersAtEnd,
      })),
    );
    // The data's own granularity wins over the element's.
    expect(churnTrend(columns({ customers, granularity: 'quarter' }), month).period).to.deep.equal([
      '2024-Q1',
    ]);
    // Weeks: 2024-01-04 is in 2024-W01, the latest date 2024-03-19 in 2024-W12.
    const weeks = churnTrend(columns({ customers, granularity: 'week' }), month);
    expect([weeks.length, weeks.period![0], weeks.period![11]]).to.deep.equal([12, '2024-W01', '2024-W12']);
    expect(churnTrend(columns({ customers }), { ...month, granularity: 'day' }).length).to.equal(76);
  });

  describe('partial periods', () => {
    const at = (iso: string) => ({ ...month, now: Date.parse(iso) });
    const monthly = columns({
      points: [
        { date: '2025-01-31', rate: 0.1 },
        { date: '2025-02-28', rate: 0.2 },
        { date: '2025-03-31', rate: 0.3 },
      ],
    });

    it('rates one per period: the periods not over at now', () => {
      expect(churnTrend(monthly, at('2025-04-01')).partial).to.equal(0);
      // On Mar 31 March is not over, whatever day its rate is keyed by.
      expect(churnTrend(monthly, at('2025-03-31T23:00Z')).partial).to.equal(1);
      expect(churnTrend(monthly, at('2025-02-15')).partial).to.equal(2);
      // Without now: the current time (these are long over).
      expect(churnTrend(monthly, month).partial).to.equal(0);
    });

    it('daily rates under months are samples, never partial', () => {
      const dates = Float64Array.from({ length: 60 }, (_, i) => Date.UTC(2025, 0, 1) + i * 864e5);
      const trend = churnTrend(columns({ dates, rates: new Float64Array(60) }), at('2025-02-10'));
      expect(trend.partial).to.equal(0);
      expect(trend.t).to.equal(dates);
    });

    it('per-period counts: the period holding now', () => {
      const counts = columns({
        granularity: 'quarter',
        points: ['2025-Q1', '2025-Q2', '2025-Q3'].map((period) => ({
          period,
          customersAtStart: 10,
          customersLost: 1,
        })),
      });
      expect(churnTrend(counts, at('2025-08-01')).partial).to.equal(1);
      expect(churnTrend(counts, at('2025-10-01')).partial).to.equal(0);
    });

    it('customer records: periods that end after the day of their latest date, or after now', () => {
      const customers = (last: string) =>
        columns({ customers: [{ start: '2025-01-10' }, { start: '2025-01-20', end: last }] });
      // The latest date, Mar 31, is March's last day: every month is whole.
      expect(churnTrend(customers('2025-03-31'), at('2026-01-01')).partial).to.equal(0);
      // Mar 30: March is partial.
      expect(churnTrend(customers('2025-03-30'), at('2026-01-01')).partial).to.equal(1);
      // A tenure-0 customer on Apr 2 opens April, which it covers for 2 days: partial.
      const tenure0 = columns({
        customers: [
          { start: '2025-01-10' },
          { start: '2025-01-20', end: '2025-03-31' },
          { start: '2025-04-02', end: '2025-04-02' },
        ],
      });
      const t = churnTrend(tenure0, at('2026-01-01'));
      expect(t.period!.at(-1)).to.equal('2025-04');
      expect(t.churn[t.length - 1]).to.equal(0);
      expect(t.partial).to.equal(1);
      // A scheduled end in the future: the months after now are partial.
      expect(churnTrend(customers('2025-06-30'), at('2025-04-15')).partial).to.equal(3);
    });

    it('in the Persian calendar: the last quarter, begun on Dey 1 (Dec 21 2024), holds 10 days of records', () => {
      const data = columns({
        customers: [{ start: '2024-04-01' }, { start: '2024-05-01', end: '2024-12-30' }],
      });
      const t = churnTrend(data, {
        granularity: 'quarter',
        calendar: 'persian',
        now: Date.parse('2026-01-01'),
      });
      expect(t.period!.at(-1)).to.equal('1403-Q4');
      expect(t.partial).to.equal(1);
    });
  });

  it('reads period keys without a calendar as Gregorian, even for a Persian element', () => {
    const persian = { granularity: 'month' as const, calendar: 'persian' as const };
    const keyed = churnTrend(
      columns({
        granularity: 'month',
        points: [{ period: '2024-03', customersAtStart: 10, customersLost: 1 }],
      }),
      persian,
    );
    expect(keyed.calendar).to.equal('gregory');
    expect(keyed.t[0]).to.equal(Date.UTC(2024, 2, 1));
    // Records and dates are bucketed and labelled in the element's calendar.
    expect(churnTrend(columns({ customers: [{ start: '2024-03-25' }] }), persian).calendar).to.equal(
      'persian',
    );
    expect(churnTrend(columns({ points: [{ date: '2024-03-25', rate: 0.1 }] }), persian).calendar).to.equal(
      'persian',
    );
  });
});

describe('churnInput on big series', () => {
  const n = 200_000;
  const dates = Float64Array.from({ length: n }, (_, i) => Date.UTC(2000, 0, 1) + i * 864e5);
  const rates = Float64Array.from({ length: n }, (_, i) => (i % 100) / 1000);

  it('names the first bad index of a column, whatever its size', () => {
    const bad = rates.slice();
    bad[123_456] = 1.5;
    bad[150_000] = NaN;
    expect(issues({ dates, rates: bad })).to.deep.equal([
      { path: 'rates[123456]', message: 'expected a rate 0…1' },
    ]);
    const late = dates.slice();
    late[199_999] = Infinity;
    expect(issues({ dates: late, rates })).to.deep.equal([
      { path: 'dates[199999]', message: 'expected an ISO date or epoch ms' },
    ]);
    expect(issues({ dates, rates: rates.subarray(1) })).to.deep.equal([
      { path: 'rates', message: `expected ${n} rates, one per date (got ${n - 1})` },
    ]);
    expect(issues({ dates: 'soon', rates })).to.deep.equal([{ path: 'dates', message: 'expected array' }]);
    // Not an array is never an empty series.
    for (const customers of [{}, { length: 2 }, 'ab', null])
      expect(issues({ customers }), JSON.stringify(customers)).to.deep.equal([
        { path: 'customers', message: 'expected array' },
      ]);
    expect(issues({ points: { length: 1 } })).to.deep.equal([{ path: 'points', message: 'expected array' }]);
  });

  it('names the first bad point of an object list', () => {
    const list = Array.from(dates, (d, i) => ({ date: d, rate: rates[i]! }));
    list[77_777] = { date: '2024-02-30' as unknown as number, rate: 0.1 };
    list[88_888] = { date: 0, rate: 2 };
    expect(issues({ points: list })).to.deep.equal([
      { path: 'points[77777].date', message: 'expected an ISO date or epoch ms' },
    ]);
  });

  it('the server schemas give the same verdicts and paths', () => {
    const bad = rates.slice();
    bad[5] = -0.1;
    const r = churnColumnsSchema.safeParse({ dates, rates: bad });
    expect(r.success).to.equal(false);
    expect(r.success ? [] : formatIssues(r.error)).to.deep.equal(issues({ dates, rates: bad }));
    const ok = churnInputSchema.safeParse({ dates, rates });
    expect(ok.success).to.equal(true);
  });
});
