// The <kpi-card> registry: its schemas (what servers validate with), its formulas and kinds, the
// validator that calls the metric, and the ISO 8601 duration parser.
import { expect } from '@open-wc/testing';
import { isoDuration, kpiInput, kpiMetrics, kpiSchemas } from '../../src/data/index.js';

describe('kpi registry', () => {
  it('has every metric of the issue', () => {
    expect(Object.keys(kpiMetrics)).to.have.members([
      'renewal-rate',
      'close-rate',
      'conversion-rate',
      'cac',
      'retention-cost',
      'clv',
      'roi',
      'marketing-roi',
      'net-new-revenue',
      'churn-rate',
      'retention-rate',
      'customer-growth',
      'revenue-per-lead',
      'cost-per-lead',
      'average-deal-size',
      'sales-cycle',
      'nps',
      'ces',
      'csat',
      'first-response-time',
      'resolution-time',
      'cases-per-day',
      'relationship-length',
    ]);
  });

  it('keeps the formula as tokens of input keys and operators', () => {
    expect(kpiMetrics.roi!.formula).to.deep.equal(['(', 'gain', '-', 'cost', ')', '/', 'cost']);
    expect(kpiMetrics.cac!.inputs).to.deep.equal(['spend', 'newCustomers']);
    expect(kpiMetrics['marketing-roi']!.optional).to.deep.equal(['grossMargin']);
    expect(kpiMetrics['first-response-time']!.inputs).to.deep.equal([]);
    expect(kpiMetrics['first-response-time']!.records).to.equal('tickets');
  });

  it('marks the metrics that are better lower', () => {
    const lower = Object.entries(kpiMetrics)
      .filter(([, m]) => m.better < 0)
      .map(([id]) => id);
    expect(lower).to.have.members([
      'cac',
      'retention-cost',
      'churn-rate',
      'cost-per-lead',
      'sales-cycle',
      'first-response-time',
      'resolution-time',
    ]);
  });

  it('validates with the same schema on a server: kpiSchemas.cac', () => {
    expect(kpiSchemas.cac!.safeParse({ spend: 100, newCustomers: 4 }).success).to.equal(true);
    const missing = kpiSchemas.cac!.safeParse({ spend: 100 });
    expect(missing.success).to.equal(false);
    expect(missing.error!.issues[0]!.path).to.deep.equal(['newCustomers']);
    expect(kpiSchemas.cac!.safeParse({ spend: 100, newCustomers: 4.5 }).success).to.equal(false);
    expect(
      kpiSchemas.clv!.safeParse({ averageRevenue: 1, grossMargin: 1.5, churnRate: 0.1 }).success,
    ).to.equal(false);
    // Deal records or won/lost counts.
    expect(kpiSchemas['close-rate']!.safeParse({ deals: [] }).success).to.equal(true);
    expect(kpiSchemas['close-rate']!.safeParse({ won: 1 }).error!.issues[0]!.path).to.deep.equal(['lost']);
    // previous: a number or the same inputs.
    expect(kpiSchemas.cac!.safeParse({ spend: 1, newCustomers: 1, previous: { spend: 1 } }).success).to.equal(
      false,
    );
    expect(
      kpiSchemas.cac!.safeParse({ spend: 1, newCustomers: 1, previous: 3, series: [1, 2] }).success,
    ).to.equal(true);
  });

  it('calls the metric once and names the field of its RangeError', () => {
    const ok = kpiInput('cac').safeParse({
      spend: 125000,
      newCustomers: 410,
      previous: { spend: 100, newCustomers: 1 },
    });
    expect(ok.success && ok.data.value).to.be.closeTo(304.878, 1e-3);
    expect(ok.success && ok.data.previous).to.equal(100);
    const bad = kpiInput('churn-rate').safeParse({ customersAtStart: 4, customersLost: 5 });
    expect(bad.success).to.equal(false);
    expect(!bad.success && bad.error.issues[0]!.path).to.deep.equal(['customersLost']);
    const record = kpiInput('sales-cycle').safeParse({ deals: [{ created: 'x' }] });
    expect(!record.success && record.error.issues[0]!.path).to.deep.equal(['deals', 0, 'created']);
  });

  it('takes survey responses for the score metrics, and names the record on another scale', () => {
    expect(kpiSchemas.csat!.safeParse({ responses: [] }).success).to.equal(true);
    expect(kpiSchemas.csat!.safeParse({ responses: 3 }).error!.issues[0]!.path).to.deep.equal(['responses']);
    expect(kpiSchemas.csat!.safeParse({}).error!.issues[0]!.path).to.deep.equal(['satisfied']);
    expect(kpiSchemas.cac!.safeParse({ responses: [] }).success).to.equal(false);
    const responses = [
      { kind: 'csat', scale: '1-5', score: 4 },
      { score: 9 },
      { kind: 'ces', scale: '1-5', score: 5 },
    ];
    const csat = kpiInput('csat').safeParse({ responses });
    expect(csat.success && [csat.data.value, csat.data.used]).to.deep.equal([
      1,
      { satisfied: 1, neutral: 0, unsatisfied: 0 },
    ]);
    const ces = kpiInput('ces').safeParse({ responses, scale: '1-7' });
    expect(!ces.success && ces.error.issues[0]!.path).to.deep.equal(['responses', 2, 'scale']);
    const nps = kpiInput('nps').safeParse({ responses: [{ score: 11 }] });
    expect(!nps.success && nps.error.issues[0]!.path).to.deep.equal(['responses', 0, 'score']);
  });

  it('gives a duration target in ms', () => {
    const r = kpiInput('first-response-time').safeParse({ tickets: [], target: 'PT4H' });
    expect(r.success && r.data.target).to.equal(4 * 36e5);
  });
});

describe('isoDuration', () => {
  it('parses ISO 8601 durations to ms', () => {
    expect(isoDuration('PT4H')).to.equal(4 * 36e5);
    expect(isoDuration('P1DT2H30M')).to.equal(864e5 + 2 * 36e5 + 30 * 6e4);
    expect(isoDuration('PT1.5H')).to.equal(1.5 * 36e5);
    expect(isoDuration('PT0,5S')).to.equal(500);
    expect(isoDuration('P2W')).to.equal(14 * 864e5);
    expect(isoDuration('pt45m')).to.equal(45 * 6e4);
  });

  it('is NaN for what is not one', () => {
    for (const s of ['', 'P', 'PT', '4H', 'PT4', 'P1H', 'PT1M1H', 'PT1H1H', 'PT1.2.3H', 'P-1D', 'PT4HX'])
      expect(Number.isNaN(isoDuration(s)), s).to.equal(true);
  });
});
