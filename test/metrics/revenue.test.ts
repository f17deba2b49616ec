import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  closeRate,
  conversionRate,
  customerAcquisitionCost,
  customerLifetimeValue,
  leadsBySource,
  marketingRoi,
  netNewRevenue,
  outreachActivity,
  renewalRate,
  retentionCost,
  roi,
} from '../../src/metrics/index.js';

describe('revenue and sales KPIs', () => {
  it('renewalRate = renewed ÷ due for renewal', () => {
    // 45 / 50 = 0.9
    expect(renewalRate({ renewed: 45, dueForRenewal: 50 })).to.equal(0.9);
    expect(renewalRate({ renewed: 0, dueForRenewal: 0 })).to.equal(null);
    expect(() => renewalRate({ renewed: 51, dueForRenewal: 50 })).to.throw(RangeError, /^renewed/);
    expect(() => renewalRate({ renewed: 1, dueForRenewal: -50 })).to.throw(RangeError, /^dueForRenewal/);
    expect(() => renewalRate({ renewed: NaN, dueForRenewal: 5 })).to.throw(RangeError, /^renewed/);
  });

  it('closeRate = won ÷ (won + lost)', () => {
    // 30 / (30 + 70) = 0.3
    expect(closeRate({ won: 30, lost: 70 })).to.equal(0.3);
    expect(closeRate({ won: 0, lost: 0 })).to.equal(null);
    expect(closeRate({ won: 0, lost: 4 })).to.equal(0);
    expect(() => closeRate({ won: 1, lost: -1 })).to.throw(
      RangeError,
      'lost must be a non-negative safe integer (got -1)',
    );
    expect(() => closeRate({ won: 1.5, lost: 1 })).to.throw(RangeError, /^won/);
  });

  it('conversionRate = leads ÷ visitors', () => {
    // 150 / 5000 = 0.03
    expect(conversionRate({ visitors: 5000, leads: 150 })).to.be.closeTo(0.03, 1e-15);
    expect(conversionRate({ visitors: 0, leads: 0 })).to.equal(null);
    expect(() => conversionRate({ visitors: 10, leads: NaN })).to.throw(RangeError, /^leads/);
    expect(() => conversionRate({ visitors: Infinity, leads: 1 })).to.throw(RangeError, /^visitors/);
  });

  it('customerAcquisitionCost = spend ÷ new customers', () => {
    // 12 000 / 40 = 300
    expect(customerAcquisitionCost({ spend: 12_000, newCustomers: 40 })).to.equal(300);
    expect(customerAcquisitionCost({ spend: 12_000, newCustomers: 0 })).to.equal(null);
    expect(() => customerAcquisitionCost({ spend: -1, newCustomers: 4 })).to.throw(RangeError, /^spend/);
    expect(() => customerAcquisitionCost({ spend: 1, newCustomers: -4 })).to.throw(
      RangeError,
      /^newCustomers/,
    );
  });

  it('retentionCost = spend ÷ retained customers', () => {
    // 5000 / 250 = 20
    expect(retentionCost({ spend: 5000, retainedCustomers: 250 })).to.equal(20);
    expect(retentionCost({ spend: 5000, retainedCustomers: 0 })).to.equal(null);
    expect(() => retentionCost({ spend: 5, retainedCustomers: NaN })).to.throw(
      RangeError,
      /^retainedCustomers/,
    );
  });

  it('customerLifetimeValue = average revenue × gross margin ÷ churn rate', () => {
    // 1200 × 0.7 / 0.05 = 840 / 0.05 = 16 800
    expect(customerLifetimeValue({ averageRevenue: 1200, grossMargin: 0.7, churnRate: 0.05 })).to.be.closeTo(
      16_800,
      1e-9,
    );
    expect(customerLifetimeValue({ averageRevenue: 1200, grossMargin: 0.7, churnRate: 0 })).to.equal(null);
    expect(() => customerLifetimeValue({ averageRevenue: 1, grossMargin: 1.2, churnRate: 0.1 })).to.throw(
      RangeError,
      /^grossMargin/,
    );
    expect(() => customerLifetimeValue({ averageRevenue: 1, grossMargin: 0.5, churnRate: -0.1 })).to.throw(
      RangeError,
      /^churnRate/,
    );
    expect(() => customerLifetimeValue({ averageRevenue: -1, grossMargin: 0.5, churnRate: 0.1 })).to.throw(
      RangeError,
      /^averageRevenue/,
    );
  });

  it('roi = (gain − cost) ÷ cost', () => {
    // (15 000 − 10 000) / 10 000 = 0.5; (5000 − 10 000) / 10 000 = −0.5
    expect(roi({ gain: 15_000, cost: 10_000 })).to.equal(0.5);
    expect(roi({ gain: 5000, cost: 10_000 })).to.equal(-0.5);
    expect(roi({ gain: 5000, cost: 0 })).to.equal(null);
    expect(() => roi({ gain: Infinity, cost: 1 })).to.throw(RangeError, /^gain/);
    expect(() => roi({ gain: 1, cost: -1 })).to.throw(RangeError, /^cost/);
  });

  it('marketingRoi = (attributed revenue × gross margin − marketing cost) ÷ marketing cost', () => {
    // (50 000 × 1 − 10 000) / 10 000 = 4; with margin 0.6: (30 000 − 10 000) / 10 000 = 2
    expect(marketingRoi({ attributedRevenue: 50_000, marketingCost: 10_000 })).to.equal(4);
    expect(
      marketingRoi({ attributedRevenue: 50_000, marketingCost: 10_000, grossMargin: 0.6 }),
    ).to.be.closeTo(2, 1e-12);
    expect(marketingRoi({ attributedRevenue: 50_000, marketingCost: 0 })).to.equal(null);
    expect(() => marketingRoi({ attributedRevenue: 1, marketingCost: 1, grossMargin: NaN })).to.throw(
      RangeError,
      /^grossMargin/,
    );
    expect(() => marketingRoi({ attributedRevenue: -1, marketingCost: 1 })).to.throw(
      RangeError,
      /^attributedRevenue/,
    );
    expect(() => marketingRoi({ attributedRevenue: 1, marketingCost: -1 })).to.throw(
      RangeError,
      /^marketingCost/,
    );
  });

  it('netNewRevenue = new + expansion − contraction − churned', () => {
    // 10 000 + 2000 − 500 − 3000 = 8500
    expect(netNewRevenue({ newRevenue: 10_000, expansion: 2000, contraction: 500, churned: 3000 })).to.equal(
      8500,
    );
    expect(netNewRevenue({ newRevenue: 100 })).to.equal(100);
    // 100 − 500 = −400: may be negative
    expect(netNewRevenue({ newRevenue: 100, churned: 500 })).to.equal(-400);
    expect(() => netNewRevenue({ newRevenue: 100, contraction: -5 })).to.throw(RangeError, /^contraction/);
    expect(() => netNewRevenue({ newRevenue: NaN })).to.throw(RangeError, /^newRevenue/);
  });
});

describe('leadsBySource', () => {
  it('sums counts per source, sorted by count desc then source, with shares', () => {
    const rows = leadsBySource([
      { source: 'web' },
      { source: 'ads', count: 3 },
      { source: 'web' },
      { source: 'email', count: 2 },
      { source: 'events', count: 0 },
    ]);
    // total 1 + 3 + 1 + 2 + 0 = 7; ads 3/7, email 2/7 and web 2/7 (tie: alphabetical), events 0
    expect(rows.map((r) => [r.source, r.count])).to.deep.equal([
      ['ads', 3],
      ['email', 2],
      ['web', 2],
      ['events', 0],
    ]);
    expect(rows[0]!.share).to.be.closeTo(3 / 7, 1e-12);
    expect(rows[2]!.share).to.be.closeTo(2 / 7, 1e-12);
    expect(rows[3]!.share).to.equal(0);
  });

  it('gives [] for no leads and zero shares for a zero total', () => {
    expect(leadsBySource([])).to.deep.equal([]);
    expect(leadsBySource([{ source: 'web', count: 0 }])).to.deep.equal([
      { source: 'web', count: 0, share: 0 },
    ]);
  });

  it('throws a RangeError naming leads[i].count', () => {
    expect(() => leadsBySource([{ source: 'a' }, { source: 'b', count: -1 }])).to.throw(
      RangeError,
      'leads[1].count must be a non-negative safe integer (got -1)',
    );
    expect(() => leadsBySource([{ source: 'a', count: 0.5 }])).to.throw(RangeError, /leads\[0\]\.count/);
    expect(() => leadsBySource([{ source: 7 as unknown as string }])).to.throw(
      RangeError,
      /leads\[0\]\.source/,
    );
  });

  it('shares sum to 1 and counts to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.constantFrom('web', 'ads', 'email', 'referral', ''),
            count: fc.option(fc.nat(50), { nil: undefined }),
          }),
          {
            maxLength: 60,
          },
        ),
        (leads) => {
          const rows = leadsBySource(leads);
          const total = leads.reduce((sum, l) => sum + (l.count ?? 1), 0);
          expect(rows.reduce((sum, r) => sum + r.count, 0)).to.equal(total);
          expect(new Set(rows.map((r) => r.source)).size).to.equal(rows.length);
          if (total) expect(rows.reduce((sum, r) => sum + r.share, 0)).to.be.closeTo(1, 1e-12);
          for (let i = 1; i < rows.length; i++) {
            const a = rows[i - 1]!;
            const b = rows[i]!;
            expect(a.count > b.count || (a.count === b.count && a.source < b.source)).to.equal(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('outreachActivity', () => {
  it('totals activities and groups them by type', () => {
    // 1 + 3 + 2 + 1 = 7: email 3/7, call 2/7, meeting 2/7
    const r = outreachActivity([
      { type: 'call' },
      { type: 'email', count: 3 },
      { type: 'meeting', count: 2 },
      { type: 'call' },
    ]);
    expect(r.total).to.equal(7);
    expect(r.byType.map((t) => [t.type, t.count])).to.deep.equal([
      ['email', 3],
      ['call', 2],
      ['meeting', 2],
    ]);
    expect(r.byType[0]!.share).to.be.closeTo(3 / 7, 1e-12);
  });

  it('gives a zero total for no activities', () => {
    expect(outreachActivity([])).to.deep.equal({ total: 0, byType: [] });
  });

  it('throws a RangeError naming activities[i].count', () => {
    expect(() => outreachActivity([{ type: 'call', count: NaN }])).to.throw(
      RangeError,
      /^activities\[0\]\.count/,
    );
  });
});
