// <kpi-card>: every metric's value from hand-computed inputs, through attributes and `.data`.
import { expect } from '@open-wc/testing';
import { inputsOf, mount, nameOf, partText, valueText } from './helpers.js';

const H = 36e5;
const T0 = Date.UTC(2025, 2, 1, 9);
const iso = (ms: number) => new Date(ms).toISOString();
/** Three tickets: first responses after 2 h, 3 h 20 min and 5 h; resolved after 1 and 2 days, one open. */
export const TICKETS = [
  { opened: iso(T0), firstResponse: iso(T0 + 2 * H), resolved: iso(T0 + 24 * H) },
  { opened: iso(T0), firstResponse: iso(T0 + (10 / 3) * H), resolved: iso(T0 + 48 * H) },
  { opened: iso(T0), firstResponse: iso(T0 + 5 * H) },
];
/** Won after 10 and 30 days ($1,000 and $3,000), one lost, one open. */
export const DEALS = [
  { created: '2025-01-01', closed: '2025-01-11', won: true, amount: 1000 },
  { created: '2025-01-01', closed: '2025-01-21', won: false },
  { created: '2025-02-01' },
  { created: '2025-01-01', closed: '2025-01-31', won: true, amount: 3000 },
];

/** [metric, inputs as camelCase fields, the value shown in English with currency="USD", why]. */
const NUMERIC: [string, Record<string, number | number[] | string>, string, string][] = [
  ['renewal-rate', { renewed: 45, dueForRenewal: 60 }, '75%', '45 ÷ 60'],
  ['close-rate', { won: 30, lost: 90 }, '25%', '30 ÷ 120'],
  ['conversion-rate', { visitors: 48210, leads: 3120 }, '6.5%', '3120 ÷ 48210 = 6.47%'],
  ['cac', { spend: 125000, newCustomers: 410 }, '$304.88', '125000 ÷ 410 = 304.878'],
  ['retention-cost', { spend: 50000, retainedCustomers: 2000 }, '$25.00', '50000 ÷ 2000'],
  ['clv', { averageRevenue: 1200, grossMargin: 0.6, churnRate: 0.05 }, '$14,400.00', '1200 × 0.6 ÷ 0.05'],
  ['roi', { gain: 150000, cost: 100000 }, '50%', '(150000 − 100000) ÷ 100000'],
  [
    'marketing-roi',
    { attributedRevenue: 300000, marketingCost: 50000, grossMargin: 0.5 },
    '200%',
    '(300000 × 0.5 − 50000) ÷ 50000',
  ],
  [
    'net-new-revenue',
    { newRevenue: 50000, expansion: 12000, contraction: 3000, churned: 9000 },
    '$50,000.00',
    '50000 + 12000 − 3000 − 9000',
  ],
  ['churn-rate', { customersAtStart: 400, customersLost: 18 }, '4.5%', '18 ÷ 400'],
  ['retention-rate', { customersAtStart: 400, customersLost: 18 }, '95.5%', '1 − 18 ÷ 400'],
  ['customer-growth', { customersAtStart: 400, customersAtEnd: 460 }, '15%', '(460 − 400) ÷ 400'],
  ['revenue-per-lead', { revenue: 90000, leads: 3000 }, '$30.00', '90000 ÷ 3000'],
  ['cost-per-lead', { spend: 45000, leads: 3000 }, '$15.00', '45000 ÷ 3000'],
  ['average-deal-size', { revenue: 240000, deals: 48 }, '$5,000.00', '240000 ÷ 48'],
  ['nps', { promoters: 412, passives: 180, detractors: 96 }, '46', '(412 − 96) ÷ 688 · 100 = 45.9'],
  ['ces', { scores: [6, 7, 5, 7, 4], scale: '1-7' }, '5.8', '29 ÷ 5'],
];

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('<kpi-card> values', () => {
  for (const [metric, input, shown, why] of NUMERIC) {
    it(`${metric} from attributes: ${shown} (${why})`, async () => {
      const attrs: Record<string, string> = { metric, currency: 'USD' };
      for (const [k, v] of Object.entries(input)) attrs[kebab(k)] = String(v);
      const el = await mount({ attrs });
      expect(el.state).to.equal('ready');
      expect(valueText(el)).to.equal(shown);
    });
    it(`${metric} from .data: ${shown}`, async () => {
      const el = await mount({ attrs: { metric, currency: 'USD' }, data: input });
      expect(valueText(el)).to.equal(shown);
    });
  }

  const RECORDS: [string, Record<string, unknown>, string, string][] = [
    ['close-rate', { deals: DEALS }, '66.7%', '2 won ÷ 3 decided'],
    ['average-deal-size', { deals: DEALS }, '$2,000.00', '($1,000 + $3,000) ÷ 2 won'],
    ['sales-cycle', { deals: DEALS }, '20 days', 'median of 10 and 30 days'],
    ['nps', { scores: [10, 9, 9, 7, 3] }, '40', '(3 − 1) ÷ 5 · 100'],
    ['first-response-time', { tickets: TICKETS }, '3 hr, 20 min', 'median of 2 h, 3 h 20 min, 5 h'],
    ['resolution-time', { tickets: TICKETS }, '1 day, 12 hr', 'median of 1 and 2 days (one open)'],
    [
      'cases-per-day',
      { tickets: [...TICKETS, { opened: '2025-03-04T10:00:00Z' }] },
      '1',
      '4 tickets over 4 days',
    ],
    [
      'relationship-length',
      {
        customers: [
          { start: '2024-01-01' },
          { start: '2024-07-01' },
          { start: '2023-01-01', end: '2023-06-01' },
        ],
        at: '2025-01-01',
      },
      '9 mths, 1 day',
      'median of 366 and 184 days = 275 days = 9 × 30.44 + 1.07',
    ],
  ];
  for (const [metric, data, shown, why] of RECORDS)
    it(`${metric} from records: ${shown} (${why})`, async () => {
      const el = await mount({ attrs: { metric, currency: 'USD' }, data });
      expect(el.state).to.equal('ready');
      expect(valueText(el)).to.equal(shown);
    });

  it('lists the inputs counted from records: won and lost deals', async () => {
    const el = await mount({ attrs: { metric: 'close-rate' }, data: { deals: DEALS } });
    expect(inputsOf(el)).to.deep.equal([
      ['Won', '2'],
      ['Lost', '1'],
    ]);
    expect(partText(el, 'details')).to.contain('Won ÷ (Won + Lost)');
  });

  it('gives first-response time its mean and within-target share in the details', async () => {
    const el = await mount({
      attrs: { metric: 'first-response-time', target: 'PT4H' },
      data: { tickets: TICKETS },
    });
    // Mean (2 + 3.33 + 5) ÷ 3 = 3.44 h = 3 h 27 min; 2 of 3 within 4 h.
    expect(inputsOf(el)).to.deep.equal([
      ['Tickets', '3'],
      ['Mean', '3 hr, 27 min'],
      ['Within target', '66.7%'],
    ]);
    expect(partText(el, 'details')).to.contain('Median(First response − Opened)');
  });

  it('states the formula with the inputs used', async () => {
    const el = await mount({
      attrs: { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD' },
    });
    expect(partText(el, 'details')).to.contain('Spend ÷ New customers');
    expect(inputsOf(el)).to.deep.equal([
      ['Spend', '$125,000.00'],
      ['New customers', '410'],
    ]);
  });

  it('shows a ready value without a metric, in its format', async () => {
    const el = await mount({ attrs: { label: 'Active users', value: 1840 } });
    expect(valueText(el)).to.equal('1,840');
    // The page's label is isolated (FSI…PDI) in the name: an override in it cannot reorder the value.
    expect(nameOf(el)).to.equal('\u2068Active users\u2069 1,840');
    const money = await mount({ attrs: { label: 'MRR', value: 48210, format: 'currency', currency: 'EUR' } });
    expect(valueText(money)).to.equal('€48,210.00');
  });

  it("formats in the element's language and digits: money, durations, compact numbers", async () => {
    const cac = { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD' };
    expect(valueText(await mount({ attrs: { ...cac, lang: 'fa' } }))).to.equal('\u200e$۳۰۴٫۸۸');
    expect(valueText(await mount({ attrs: { ...cac, lang: 'ar', numbering: 'arab' } }))).to.match(
      /^\u200f?٣٠٤٫٨٨\sUS\$$/,
    );
    expect(valueText(await mount({ attrs: { ...cac, lang: 'ar' } }))).to.contain('304.88');
    const frt = { attrs: { metric: 'first-response-time', lang: 'fa' }, data: { tickets: TICKETS } };
    expect(valueText(await mount(frt))).to.equal('۳ ساعت و ۲۰ دقیقه');
    const arFrt = { attrs: { metric: 'first-response-time', lang: 'ar-EG' }, data: { tickets: TICKETS } };
    expect(valueText(await mount(arFrt))).to.equal('٣ ساعات و٢٠ دقيقة');
    const clv = {
      metric: 'clv',
      'average-revenue': 1200,
      'gross-margin': 0.6,
      'churn-rate': 0.05,
      currency: 'USD',
    };
    expect(valueText(await mount({ attrs: { ...clv, notation: 'compact' } }))).to.equal('$14K');
    expect(
      valueText(await mount({ attrs: { label: 'Visitors', value: 48210, notation: 'compact', lang: 'fa' } })),
    ).to.equal('۴۸ هزار');
  });

  it('follows a change of an input attribute', async () => {
    const el = await mount({ attrs: { metric: 'cac', spend: 1000, 'new-customers': 10, currency: 'USD' } });
    expect(valueText(el)).to.equal('$100.00');
    el.setAttribute('new-customers', '20');
    await el.updateComplete;
    await el.updateComplete;
    expect(valueText(el)).to.equal('$50.00');
  });
});
