import { expect } from '@open-wc/testing';
import {
  averageDealSize,
  costPerLead,
  customerGrowth,
  dealStats,
  revenuePerLead,
  salesCycleLength,
} from '../../src/metrics/index.js';
import type { Deal } from '../../src/metrics/index.js';

const D = 864e5;

// Unsorted; one created with an offset (00:00+03:30 = previous day 20:30Z).
const deals: Deal[] = [
  { created: '2024-01-10', closed: '2024-02-09', won: true, amount: 1000 }, // won, 30 days
  { created: '2024-01-01', closed: '2024-01-11', won: false, amount: 500 }, // lost
  { created: '2024-02-01', amount: 700 }, // open
  { created: '2024-01-05T00:00:00+03:30', closed: '2024-01-25T20:30:00Z', won: true }, // won, 21 days, no amount
  { created: Date.UTC(2024, 2, 1), closed: new Date('2024-03-21'), won: true, amount: 3000 }, // won, 20 days
  { created: '2024-03-01', closed: '2024-03-02', won: null }, // closed, not won: lost
];

describe('sales metrics', () => {
  it('customerGrowth = (at end − at start) ÷ at start', () => {
    // (230 − 200) / 200 = 0.15; (150 − 200) / 200 = −0.25
    expect(customerGrowth({ customersAtStart: 200, customersAtEnd: 230 })).to.equal(0.15);
    expect(customerGrowth({ customersAtStart: 200, customersAtEnd: 150 })).to.equal(-0.25);
    expect(customerGrowth({ customersAtStart: 0, customersAtEnd: 5 })).to.equal(null);
    expect(() => customerGrowth({ customersAtStart: -1, customersAtEnd: 5 })).to.throw(
      RangeError,
      /^customersAtStart/,
    );
    expect(() => customerGrowth({ customersAtStart: 1, customersAtEnd: 1.5 })).to.throw(
      RangeError,
      /^customersAtEnd/,
    );
  });

  it('revenuePerLead = revenue ÷ leads, costPerLead = spend ÷ leads', () => {
    // 50 000 / 400 = 125; 12 000 / 300 = 40
    expect(revenuePerLead({ revenue: 50_000, leads: 400 })).to.equal(125);
    expect(revenuePerLead({ revenue: 50_000, leads: 0 })).to.equal(null);
    expect(() => revenuePerLead({ revenue: -1, leads: 4 })).to.throw(RangeError, /^revenue/);
    expect(() => revenuePerLead({ revenue: 1, leads: NaN })).to.throw(RangeError, /^leads/);
    expect(costPerLead({ spend: 12_000, leads: 300 })).to.equal(40);
    expect(costPerLead({ spend: 12_000, leads: 0 })).to.equal(null);
    expect(() => costPerLead({ spend: Infinity, leads: 3 })).to.throw(RangeError, /^spend/);
    expect(() => costPerLead({ spend: 1, leads: -3 })).to.throw(RangeError, /^leads/);
  });

  it('averageDealSize = revenue of won deals ÷ won deals', () => {
    // 90 000 / 12 = 7500
    expect(averageDealSize({ revenue: 90_000, deals: 12 })).to.equal(7500);
    expect(averageDealSize({ revenue: 0, deals: 0 })).to.equal(null);
    expect(() => averageDealSize({ revenue: NaN, deals: 1 })).to.throw(RangeError, /^revenue/);
    expect(() => averageDealSize({ revenue: 1, deals: 0.5 })).to.throw(RangeError, /^deals/);
  });

  it('dealStats: won, lost, open, close rate, revenue, average deal size, sales cycle', () => {
    // Won 3, lost 2 (false and null), open 1; close rate 3 / 5; revenue 1000 + 3000 over 2 priced wins.
    // Cycles of the wins: 30, 21, 20 days → mean 71 / 3, median 21.
    const s = dealStats(deals);
    expect(s).to.deep.include({
      won: 3,
      lost: 2,
      open: 1,
      closeRate: 0.6,
      revenue: 4000,
      averageDealSize: 2000,
    });
    expect(s.salesCycle.count).to.equal(3);
    expect(s.salesCycle.median).to.equal(21 * D);
    expect(s.salesCycle.mean).to.be.closeTo((71 / 3) * D, 1e-3);
    expect(salesCycleLength(deals)).to.deep.equal(s.salesCycle);
    // Even count: 30 and 20 days → median 25
    expect(salesCycleLength([deals[0]!, deals[4]!]).median).to.equal(25 * D);
  });

  it('dealStats of nothing decided', () => {
    expect(dealStats([])).to.deep.equal({
      won: 0,
      lost: 0,
      open: 0,
      closeRate: null,
      averageDealSize: null,
      revenue: 0,
      salesCycle: { count: 0, mean: null, median: null },
    });
    expect(dealStats([{ created: '2024-01-01', closed: '2024-01-02', won: false }])).to.deep.include({
      closeRate: 0,
      averageDealSize: null,
    });
  });

  it('names the field of every invalid deal', () => {
    expect(() => dealStats([...deals, { created: '2024-02-02', closed: '2024-02-01', won: true }])).to.throw(
      RangeError,
      /^deals\[6\]\.closed must be on or after deals\[6\]\.created/,
    );
    // 10:00+05:00 is 05:00Z: closing at 04:00Z is before it, even though the wall clock reads later.
    expect(() =>
      salesCycleLength([
        { created: '2024-02-01T10:00:00+05:00', closed: '2024-02-01T04:00:00Z', won: false },
      ]),
    ).to.throw(RangeError, /^deals\[0\]\.closed/);
    expect(() => dealStats([{ created: '2024-02-01', closed: 'later' }])).to.throw(
      RangeError,
      /^deals\[0\]\.closed must be a valid date/,
    );
    expect(() => dealStats([{ created: '' }])).to.throw(RangeError, /^deals\[0\]\.created/);
    expect(() => dealStats([{ created: '2024-01-01', won: 'yes' as never }])).to.throw(
      RangeError,
      /^deals\[0\]\.won/,
    );
    expect(() => dealStats([{ created: '2024-01-01', amount: -5 }])).to.throw(
      RangeError,
      /^deals\[0\]\.amount/,
    );
    expect(() => dealStats({} as never)).to.throw(RangeError, /^deals must be an array/);
  });
});
