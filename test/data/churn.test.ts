import { expect } from '@open-wc/testing';
import { churnTrend } from '../../src/data/index.js';
import { churnSeries } from '../../src/metrics/index.js';

const month = { granularity: 'month' as const, calendar: 'gregory' as const };

describe('churnTrend', () => {
  it('places per-period counts at the first day of their period, in the keys’ calendar', () => {
    const trend = churnTrend(
      {
        granularity: 'month',
        calendar: 'persian',
        points: [
          { period: '1403-02', customersAtStart: 200, customersLost: 5 },
          { period: '1403-01', customersAtStart: 100, customersLost: 4 },
        ],
      },
      month,
    );
    // Farvardin 1403 begins on 2024-03-20, Ordibehesht on 2024-04-20; sorted by time.
    expect(trend.points.map((p) => new Date(p.t).toISOString().slice(0, 10))).to.deep.equal([
      '2024-03-20',
      '2024-04-20',
    ]);
    // 4 / 100 = 0.04; 5 / 200 = 0.025
    expect(trend.points.map((p) => p.churn)).to.deep.equal([0.04, 0.025]);
    expect(trend.points[0]!.counts).to.deep.equal({ atStart: 100, lost: 4 });
    expect(trend).to.include({ granularity: 'month', calendar: 'persian' });
  });

  it('takes ready rates at their dates, UTC', () => {
    const trend = churnTrend(
      {
        points: [
          { date: '2025-02-28', rate: 0.037 },
          { date: '2025-01-31', rate: 0.041 },
        ],
      },
      month,
    );
    expect(trend.points).to.deep.equal([
      { t: Date.UTC(2025, 0, 31), churn: 0.041 },
      { t: Date.UTC(2025, 1, 28), churn: 0.037 },
    ]);
  });

  it('buckets customer records with churnSeries in the data’s granularity, else the element’s', () => {
    const customers = [
      { start: '2024-01-04', end: '2024-03-19' },
      { start: '2024-01-20' },
      { start: '2024-02-11', end: '2024-02-20' },
    ];
    const trend = churnTrend({ customers }, month);
    const expected = churnSeries(customers, month);
    expect(trend.points.map((p) => p.period)).to.deep.equal(expected.map((p) => p.period));
    expect(trend.points.map((p) => p.churn)).to.deep.equal(expected.map((p) => p.churnRate));
    expect(trend.points.map((p) => p.counts)).to.deep.equal(
      expected.map((p) => ({
        atStart: p.customersAtStart,
        lost: p.customersLost,
        new: p.newCustomers,
        atEnd: p.customersAtEnd,
      })),
    );
    // The data's own granularity wins over the element's.
    expect(
      churnTrend({ customers, granularity: 'quarter' }, month).points.map((p) => p.period),
    ).to.deep.equal(['2024-Q1']);
  });

  it('reads period keys without a calendar as Gregorian, even for a Persian element', () => {
    const persian = { granularity: 'month' as const, calendar: 'persian' as const };
    const keyed = churnTrend(
      { granularity: 'month', points: [{ period: '2024-03', customersAtStart: 10, customersLost: 1 }] },
      persian,
    );
    expect(keyed.calendar).to.equal('gregory');
    expect(keyed.points[0]!.t).to.equal(Date.UTC(2024, 2, 1));
    // Records and dates are bucketed and labelled in the element's calendar.
    expect(churnTrend({ customers: [{ start: '2024-03-25' }] }, persian).calendar).to.equal('persian');
    expect(churnTrend({ points: [{ date: '2024-03-25', rate: 0.1 }] }, persian).calendar).to.equal('persian');
  });
});
