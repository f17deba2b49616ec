// <churn-trend>: the plotted values of hand-computed series from every input path, read back from
// the drawn line through the percent axis and from the data table; time order; input precedence;
// raw customer records against churnSeries.
import { expect, oneEvent } from '@open-wc/testing';
import { churnSeries } from '../../../src/metrics/index.js';
import type { CrmDataDetail } from '../../../src/data/index.js';
import {
  fraction,
  headers,
  jsonRoute,
  linePoints,
  loaded,
  mount,
  ms,
  plotted,
  rows,
  settle,
  sized,
  yTicks,
  type ChurnTrend,
} from './helpers.js';

/** Ready rates by date, given out of time order on purpose. */
const RATES = [
  { date: '2025-03-31', rate: 0.052 },
  { date: '2025-01-31', rate: 0.041 },
  { date: '2025-02-28', rate: 0.037 },
  { date: '2025-04-30', rate: 0.029 },
];

/** Per-period counts: rate = lost ÷ at start. */
const PERIODS = {
  granularity: 'month' as const,
  points: [
    // 6 / 200 = 0.03
    { period: '2024-01', customersAtStart: 200, customersLost: 6 },
    // 9 / 210 = 0.042857…
    { period: '2024-02', customersAtStart: 210, customersLost: 9 },
    // 5 / 250 = 0.02
    { period: '2024-03', customersAtStart: 250, customersLost: 5 },
  ],
};

/**
 * Raw records, monthly (Gregorian). The periods run from the earliest start (Nov 2023) to the
 * latest start or end (D's end, 2024-03-05): Nov 2023 … Mar 2024.
 *   active at start of a period [s, e) ⇔ start < s and (no end or end ≥ s); lost ⇔ active and s ≤ end < e.
 *   Nov: at start 0 (nobody began before Nov 1); new E → at end 1; churn null (0 at start).
 *   Dec: at start {E} = 1; lost 0 (E ends Jan 1, not before it); new A, B, F = 3; at end 4; churn 0/1 = 0.
 *   Jan: at start {E, A, B, F} = 4 (E's end Jan 1 ≥ Jan 1); lost E = 1; new C, D = 2, and C is new and
 *        lost in Jan; at end 4 − 1 + 2 − 1 = 4; churn 1/4 = 0.25.
 *   Feb: at start {A, B, F, D} = 4; lost A (Feb 10), F (Feb 20) = 2; new G = 1; at end 3; churn 2/4 = 0.5.
 *   Mar: at start {B, D, G} = 3; lost D (Mar 5) = 1; new 0; at end 2; churn 1/3 = 0.3333.
 */
const CUSTOMERS = {
  customers: [
    { start: '2023-12-15', end: '2024-02-10' }, // A
    { start: '2023-12-20' }, // B
    { start: '2024-01-05', end: '2024-01-25' }, // C
    { start: '2024-01-10', end: '2024-03-05' }, // D
    { start: '2023-11-01', end: '2024-01-01' }, // E
    { start: '2023-12-01', end: '2024-02-20' }, // F
    { start: '2024-02-15', end: null }, // G
  ],
};

/** Per-quarter counts as a `.data` object: 12/400 = 0.03, 19/380 = 0.05, 9/360 = 0.025. */
const QUARTERS = {
  granularity: 'quarter',
  points: [
    { period: '2024-Q1', customersAtStart: 400, customersLost: 12 },
    { period: '2024-Q2', customersAtStart: 380, customersLost: 19 },
    { period: '2024-Q3', customersAtStart: 360, customersLost: 9 },
  ],
};

/** The drawn rates match, to the precision of the path (3 decimals of a pixel). */
function expectRates(el: ChurnTrend, expected: number[], metric?: 'churn' | 'retention'): void {
  const got = plotted(el, metric);
  expect(got.length, `${got.length} points drawn`).to.equal(expected.length);
  got.forEach((v, i) => expect(v, `point ${i}`).to.be.closeTo(expected[i]!, 1e-4));
}

/** x grows with time, in proportion to it (LTR). */
function expectTimeAxis(el: ChurnTrend, dates: string[]): void {
  const xs = linePoints(el).map((p) => p.x);
  for (let i = 1; i < xs.length; i++) expect(xs[i], `x of point ${i}`).to.be.above(xs[i - 1]!);
  const [t0, t1] = [ms(dates[0]!), ms(dates[dates.length - 1]!)];
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  dates.forEach((d, i) => expect((xs[i]! - x0) / (x1 - x0), d).to.be.closeTo((ms(d) - t0) / (t1 - t0), 1e-4));
}

describe('<churn-trend> values', () => {
  describe('input paths', () => {
    it('points attribute (date + rate): the rates as given, sorted in time, each at its month', async () => {
      const el = await mount({ attrs: { points: JSON.stringify(RATES) } });
      expect(el.state).to.equal('ready');
      // Sorted: Jan 0.041, Feb 0.037, Mar 0.052, Apr 0.029.
      expectRates(el, [0.041, 0.037, 0.052, 0.029]);
      // One rate per month: each stands for its month, drawn at the month's first day.
      expectTimeAxis(el, ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
      // Rates are not counts: the table has the period and the rate only, all to 2 fraction digits.
      expect(await headers(el)).to.deep.equal(['Period', 'Churn']);
      expect(await rows(el)).to.deep.equal([
        ['Jan 2025', '4.10%'],
        ['Feb 2025', '3.70%'],
        ['Mar 2025', '5.20%'],
        ['Apr 2025', '2.90%'],
      ]);
    });

    it('inline JSON child with per-period counts: rate = lost ÷ at start', async () => {
      const el = await mount({ inline: PERIODS });
      // 6/200 = 0.03, 9/210 = 0.0428571, 5/250 = 0.02.
      expectRates(el, [0.03, 9 / 210, 0.02]);
      expectTimeAxis(el, ['2024-01-01', '2024-02-01', '2024-03-01']);
      expect(await headers(el)).to.deep.equal(['Period', 'Churn', 'At start', 'Lost', 'New', 'At end']);
      // The rates are shown to 2 decimals under a 0–5% axis (9/210 = 4.2857% → 4.29%), all of them
      // (one precision per column); counts given, new and at end not.
      expect(await rows(el)).to.deep.equal([
        ['Jan 2024', '3.00%', '200', '6', '—', '—'],
        ['Feb 2024', '4.29%', '210', '9', '—', '—'],
        ['Mar 2024', '2.00%', '250', '5', '—', '—'],
      ]);
    });

    it('inline JSON child with raw customer records: bucketed per month (arithmetic above CUSTOMERS)', async () => {
      const el = await mount({ inline: CUSTOMERS });
      // Nov has no customers at start: no rate, no point; Dec 0, Jan 1/4, Feb 2/4, Mar 1/3.
      expectRates(el, [0, 0.25, 0.5, 1 / 3]);
      expectTimeAxis(el, ['2023-12-01', '2024-01-01', '2024-02-01', '2024-03-01']);
      // The records end on Mar 5: March is partial.
      expect(await rows(el)).to.deep.equal([
        ['Nov 2023', '—', '0', '0', '1', '1'],
        ['Dec 2023', '0.0%', '1', '0', '3', '4'],
        ['Jan 2024', '25.0%', '4', '1', '2', '4'],
        ['Feb 2024', '50.0%', '4', '2', '1', '3'],
        ['Mar 2024 (partial)', '33.3%', '3', '1', '0', '2'],
      ]);
    });

    it('.data property with quarterly counts: placed at each quarter’s first day', async () => {
      const el = await mount({ data: QUARTERS });
      // 12/400 = 0.03, 19/380 = 0.05, 9/360 = 0.025.
      expectRates(el, [0.03, 0.05, 0.025]);
      // Jan 1 → Apr 1 → Jul 1 2024: 91 days each, so evenly spaced.
      expectTimeAxis(el, ['2024-01-01', '2024-04-01', '2024-07-01']);
      expect((await rows(el)).map((r) => r.slice(0, 4))).to.deep.equal([
        ['Q1 2024', '3.00%', '400', '12'],
        ['Q2 2024', '5.00%', '380', '19'],
        ['Q3 2024', '2.50%', '360', '9'],
      ]);
    });

    it('src against the real test route', async () => {
      const url = jsonRoute({ points: [RATES[1], RATES[2]] });
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ attrs: { src: url } });
      const { detail } = (await event) as CustomEvent<CrmDataDetail>;
      await loaded(el);
      await sized(el);
      expect(detail.source).to.equal('src');
      expect(el.state).to.equal('ready');
      expectRates(el, [0.041, 0.037]);
      expect(await rows(el)).to.deep.equal([
        ['Jan 2025', '4.10%'],
        ['Feb 2025', '3.70%'],
      ]);
    });

    it('the axis is zero-based and holds the highest rate', async () => {
      const el = await mount({ attrs: { points: JSON.stringify(RATES) } });
      const ticks = yTicks(el).map((t) => fraction(t.label));
      expect(ticks[0]).to.equal(0);
      expect(ticks[ticks.length - 1]).to.be.at.least(0.052);
      // Lower on screen is less.
      const ys = yTicks(el).map((t) => t.at);
      for (let i = 1; i < ys.length; i++) expect(ys[i]).to.be.below(ys[i - 1]!);
    });
  });

  describe('precedence: .data > inline > attributes > src', () => {
    it('shows the strongest input and falls back as each is taken away', async () => {
      const src = jsonRoute({
        points: [
          { date: '2024-01-01', rate: 0.01 },
          { date: '2024-02-01', rate: 0.011 },
        ],
      });
      const el = await mount({
        attrs: {
          src,
          points: JSON.stringify([
            { date: '2024-01-01', rate: 0.02 },
            { date: '2024-02-01', rate: 0.022 },
          ]),
        },
        inline: {
          points: [
            { date: '2024-01-01', rate: 0.03 },
            { date: '2024-02-01', rate: 0.033 },
          ],
        },
        data: {
          points: [
            { date: '2024-01-01', rate: 0.04 },
            { date: '2024-02-01', rate: 0.044 },
          ],
        },
      });
      expectRates(el, [0.04, 0.044]);

      el.data = undefined;
      await settle(el);
      expectRates(el, [0.03, 0.033]);

      el.querySelector('script')!.remove();
      await settle(el);
      expectRates(el, [0.02, 0.022]);

      el.removeAttribute('points');
      await settle(el);
      await loaded(el);
      expectRates(el, [0.01, 0.011]);

      // And back up: a property beats the src again.
      el.data = PERIODS;
      await settle(el);
      expectRates(el, [0.03, 9 / 210, 0.02]);
    });

    it('a new .data object redraws', async () => {
      const el = await mount({ data: QUARTERS });
      el.data = { points: RATES };
      await settle(el);
      expectRates(el, [0.041, 0.037, 0.052, 0.029]);
    });
  });

  describe('raw customers against churnSeries', () => {
    /** Whether a period ends after the day of the records' latest date (its data is partial). */
    const partialIn = (customers: { start: string; end?: string }[]) => {
      const latest = Math.max(...customers.flatMap((c) => [ms(c.start), c.end ? ms(c.end) : -Infinity]));
      return (p: { end: string }) => ms(p.end) > latest + 864e5;
    };

    /** A deterministic set of records over 2023–2024 (a small LCG, no Math.random). */
    function records(count: number, seed: number): { start: string; end?: string }[] {
      let s = seed;
      const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const day = (t: number) => new Date(t).toISOString().slice(0, 10);
      const from = ms('2023-01-01');
      const span = ms('2025-01-01') - from;
      return Array.from({ length: count }, () => {
        const start = from + Math.floor((next() * span * 0.8) / 864e5) * 864e5;
        // Two in three leave, between a week and a year later.
        const end = next() < 0.66 ? start + Math.floor(7 + next() * 358) * 864e5 : undefined;
        return end === undefined || end >= from + span
          ? { start: day(start) }
          : { start: day(start), end: day(end) };
      });
    }

    it('quarters (Gregorian, en): every table row is the churnSeries period', async () => {
      const customers = records(80, 7);
      const el = await mount({ data: { customers }, attrs: { granularity: 'quarter' } });
      const series = churnSeries(customers, { granularity: 'quarter', calendar: 'gregory' });
      expect(series.length).to.be.above(5);
      // Some quarter loses ≥ 10%, so the axis reaches past 10% and rates show 1 decimal.
      expect(fraction(yTicks(el).at(-1)!.label)).to.be.at.least(0.1);
      const pct = new Intl.NumberFormat('en', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const num = new Intl.NumberFormat('en');
      const partial = partialIn(customers);
      const expected = series.map((p) => {
        const d = new Date(p.start);
        return [
          `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}${partial(p) ? ' (partial)' : ''}`,
          p.churnRate === null ? '—' : pct.format(p.churnRate),
          num.format(p.customersAtStart),
          num.format(p.customersLost),
          num.format(p.newCustomers),
          num.format(p.customersAtEnd),
        ];
      });
      expect(await rows(el)).to.deep.equal(expected);
      expectRates(
        el,
        series.flatMap((p) => (p.churnRate === null ? [] : [p.churnRate])),
      );
    });

    it('months in the Persian calendar (fa default): every table row is the churnSeries period', async () => {
      const customers = records(60, 11);
      const el = await mount({ data: { customers }, attrs: { lang: 'fa' } });
      const series = churnSeries(customers, { granularity: 'month', calendar: 'persian' });
      expect(series[0]!.period).to.match(/^140[12]-\d\d$/);
      expect(fraction(yTicks(el).at(-1)!.label)).to.be.at.least(0.1);
      const label = new Intl.DateTimeFormat('fa', {
        calendar: 'persian',
        timeZone: 'UTC',
        year: 'numeric',
        month: 'short',
      });
      const pct = new Intl.NumberFormat('fa', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const num = new Intl.NumberFormat('fa');
      const partial = partialIn(customers);
      const expected = series.map((p) => [
        label.format(ms(p.start)) + (partial(p) ? ' (ناتمام)' : ''),
        p.churnRate === null ? '—' : pct.format(p.churnRate),
        num.format(p.customersAtStart),
        num.format(p.customersLost),
        num.format(p.newCustomers),
        num.format(p.customersAtEnd),
      ]);
      expect(await rows(el)).to.deep.equal(expected);
      // Each record-derived point sits at its Persian month's first day: Farvardin 1403 is 2024-03-20.
      const farvardin = series.findIndex((p) => p.period === '1403-01');
      expect(series[farvardin]!.start).to.equal('2024-03-20');
      expect((await rows(el))[farvardin]![0]).to.equal('فروردین ۱۴۰۳');
    });

    it('a granularity in the data beats the attribute', async () => {
      const el = await mount({
        data: { ...CUSTOMERS, granularity: 'quarter' },
        attrs: { granularity: 'year' },
      });
      const series = churnSeries(CUSTOMERS.customers, { granularity: 'quarter' });
      // The records end on Mar 5: Q1 2024 is partial.
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['Q4 2023', 'Q1 2024 (partial)']);
      expect((await rows(el)).map((r) => r.slice(2))).to.deep.equal(
        series.map((p) =>
          [p.customersAtStart, p.customersLost, p.newCustomers, p.customersAtEnd].map(String),
        ),
      );
    });

    it('follows the granularity attribute', async () => {
      const el = await mount({ inline: CUSTOMERS });
      expect(await rows(el)).to.have.length(5);
      el.setAttribute('granularity', 'quarter');
      await settle(el);
      // Q4 2023: at start 0, new E, A, B, F = 4, at end 4, no rate. Q1 2024: at start {E, A, B, F} = 4;
      // lost E, A, F = 3 (C and D began within Q1: new and lost, not counted as lost); new C, D, G = 3;
      // at end 4 − 3 + 3 − 2 = 2; churn 3/4 = 75%.
      expect(await rows(el)).to.deep.equal([
        ['Q4 2023', '—', '0', '0', '4', '4'],
        ['Q1 2024 (partial)', '75.0%', '4', '3', '3', '2'],
      ]);
      // One rate, so one point.
      expectRates(el, [0.75]);
    });
  });
});
