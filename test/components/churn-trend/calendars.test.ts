// <churn-trend>: time ticks at month, quarter and year boundaries of the Gregorian and the Persian
// calendar (real Intl output), Persian period keys, and keys that name no period.
import { expect, oneEvent } from '@open-wc/testing';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import {
  linePoints,
  monthStarts,
  mount,
  ms,
  part,
  rows,
  text,
  xLabels,
  xTicks,
  type ChurnTrend,
} from './helpers.js';

/** Monthly rates on the first of each month from `year-month`, `n` of them. */
const monthly = (year: number, month: number, n: number): string =>
  JSON.stringify(monthStarts(year, month, n).map((date, i) => ({ date, rate: 0.03 + i * 0.001 })));

/** The x a date is drawn at, by the line's own linear time scale (its first and last points). */
function xOfDate(el: ChurnTrend, first: string, last: string, date: string): number {
  const pts = linePoints(el);
  const [x0, x1] = [pts[0]!.x, pts[pts.length - 1]!.x];
  return x0 + ((ms(date) - ms(first)) / (ms(last) - ms(first))) * (x1 - x0);
}

/** The x of the tick with this label, or throws. */
function tickX(el: ChurnTrend, label: string): number {
  const t = xTicks(el).find((k) => k.label === label);
  if (!t) throw new Error(`no tick "${label}" in ${xLabels(el).join(' | ')}`);
  return t.at;
}

describe('<churn-trend> calendars and time ticks', () => {
  describe('months', () => {
    it('en, Gregorian, 2024-01…2024-06: a tick on the first of each month, the year under the first', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 6) } });
      expect(xLabels(el)).to.deep.equal(['Jan 2024', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
      // Each point is on a month's first day, so each tick is under its point.
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
    });

    it('fa: Persian months by default; each rate at the first day of the Persian month holding it', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 6), lang: 'fa' } });
      // Jan 1 … Jun 1 2024 lie in Dey 1402 … Khordad 1403, one rate in each: the points sit on
      // Dey 1 (2023-12-22), Bahman 1 (Jan 21), Esfand 1 (Feb 20), Farvardin 1 (Mar 20),
      // Ordibehesht 1 (Apr 20) and Khordad 1 (May 21), each under its month's tick.
      expect(xLabels(el)).to.deep.equal(['دی ۱۴۰۲', 'بهمن', 'اسفند', 'فروردین ۱۴۰۳', 'اردیبهشت', 'خرداد']);
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
      expect(tickX(el, 'فروردین')).to.be.closeTo(xOfDate(el, '2023-12-22', '2024-05-21', '2024-03-20'), 1e-3);
      expect(tickX(el, 'بهمن')).to.be.closeTo(xOfDate(el, '2023-12-22', '2024-05-21', '2024-01-21'), 1e-3);
      // The table names the Persian month holding each date: Jan 1 2024 is 11 Dey 1402.
      expect((await rows(el))[0]).to.deep.equal(['دی ۱۴۰۲', '۳٫۰۰٪']);
    });

    it('fa with calendar="gregory": Gregorian months with Persian names and digits', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 6), lang: 'fa', calendar: 'gregory' } });
      expect(xLabels(el)).to.deep.equal(['ژانویه ۲۰۲۴', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن']);
      expect((await rows(el))[0]).to.deep.equal(['ژانویه ۲۰۲۴', '۳٫۰۰٪']);
    });

    it('ar: Gregorian months in Arabic', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 3), lang: 'ar' } });
      expect(xLabels(el)).to.deep.equal(['يناير 2024', 'فبراير', 'مارس']);
    });

    it('en with calendar="persian": Persian months in English', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 3, 2), calendar: 'persian' } });
      // Mar 1 and Apr 1 2024 lie in Esfand 1402 and Farvardin 1403: drawn on Feb 20 and Mar 20.
      // The axis gives the year's number alone; the table names the era.
      expect(xLabels(el)).to.deep.equal(['Esfand 1402', 'Farvardin 1403']);
      const pts = linePoints(el);
      expect(tickX(el, 'Farvardin')).to.be.closeTo(pts[1]!.x, 1e-3);
      expect(tickX(el, 'Esfand')).to.be.closeTo(pts[0]!.x, 1e-3);
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['Esfand 1402 AP', 'Farvardin 1403 AP']);
    });
  });

  describe('quarters and years', () => {
    it('en: twelve months fit 800 px, with the year apart', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 12) } });
      expect(xLabels(el)).to.deep.equal([
        'Jan 2024',
        ...['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      ]);
    });

    it('en: twelve months are too many ticks for 400 px, so quarters', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 12) }, width: 400 });
      expect(xLabels(el)).to.deep.equal(['Q1 2024', 'Q2', 'Q3', 'Q4']);
      const pts = linePoints(el);
      // Jan, Apr, Jul, Oct are points 0, 3, 6, 9.
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[3 * i]!.x, 1e-3));
    });

    it('fa: Persian quarters by their ordinal names (Farvardin, Tir, Mehr begin on Mar 20, Jun 21, Sep 22 2024)', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 12), lang: 'fa' }, width: 400 });
      // The twelve rates lie in Dey 1402 … Azar 1403: drawn from Dey 1 (2023-12-22), which begins
      // the fourth quarter of 1402, to Azar 1 (2024-11-21).
      expect(xLabels(el)).to.deep.equal(['فصل چهارم ۱۴۰۲', 'فصل اول ۱۴۰۳', 'فصل دوم', 'فصل سوم']);
      const x = (d: string) => xOfDate(el, '2023-12-22', '2024-11-21', d);
      expect(tickX(el, 'فصل اول')).to.be.closeTo(x('2024-03-20'), 1e-3);
      expect(tickX(el, 'فصل دوم')).to.be.closeTo(x('2024-06-21'), 1e-3);
      expect(tickX(el, 'فصل سوم')).to.be.closeTo(x('2024-09-22'), 1e-3);
    });

    it('ar-EG: quarters by their ordinal names, years in Arabic-Indic digits', async () => {
      // 18 months are too many month ticks for 800 px in Arabic; their 6 quarters fit.
      const el = await mount({ attrs: { points: monthly(2024, 1, 18), lang: 'ar-EG' } });
      expect(xLabels(el)).to.deep.equal([
        'الربع الأول ٢٠٢٤',
        'الربع الثاني',
        'الربع الثالث',
        'الربع الرابع',
        'الربع الأول ٢٠٢٥',
        'الربع الثاني',
      ]);
    });

    it('years over a long range', async () => {
      const customers = [
        { start: '2018-01-01', end: '2024-01-01' },
        { start: '2019-02-01', end: '2021-05-01' },
        { start: '2020-03-01' },
      ];
      const el = await mount({ data: { customers }, attrs: { granularity: 'year' } });
      expect(xLabels(el)).to.deep.equal(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
      // The records end on 2024-01-01: 2024 is partial.
      expect((await rows(el)).map((r) => r[0])).to.deep.equal([...xLabels(el).slice(0, 6), '2024 (partial)']);
    });

    it('every k-th year when there are too many years', async () => {
      const points = Array.from({ length: 41 }, (_, i) => ({ date: `${1990 + i}-01-01`, rate: 0.02 }));
      const el = await mount({ data: { points }, width: 400 });
      const years = xLabels(el).map(Number);
      // 41 years (1990…2030) do not fit a 316 px plot: every k-th year from the first, k > 1.
      expect(years.length).to.be.within(2, 40);
      expect(years[0]).to.equal(1990);
      const k = years[1]! - years[0]!;
      expect(k).to.be.above(1);
      years.forEach((y, i) => expect(y).to.equal(1990 + i * k));
      expect(years.at(-1)! + k).to.be.above(2030);
      // Each tick at its year's first day; the labels do not overlap.
      const pts = linePoints(el);
      xTicks(el).forEach((t) => expect(t.at).to.be.closeTo(pts[Number(t.label) - 1990]!.x, 1e-3));
      const boxes = [...el.shadowRoot!.querySelectorAll('.axis.bottom text')].map((t) =>
        t.getBoundingClientRect(),
      );
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.at.least(boxes[i - 1]!.right);
    });

    it('fa: Persian years, ticked at Nowruz', async () => {
      // Jan 1 2016 … Jan 1 2024 lie in the Persian years 1394 … 1402: each rate is drawn at its
      // year's Nowruz, 1394 (2015-03-21) … 1402 (2023-03-21), under its tick.
      const points = Array.from({ length: 9 }, (_, i) => ({ date: `${2016 + i}-01-01`, rate: 0.05 }));
      const el = await mount({ data: { points, granularity: 'year' }, attrs: { lang: 'fa' } });
      const years = ['۱۳۹۴', '۱۳۹۵', '۱۳۹۶', '۱۳۹۷', '۱۳۹۸', '۱۳۹۹', '۱۴۰۰', '۱۴۰۱', '۱۴۰۲'];
      expect(xLabels(el)).to.deep.equal(years);
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
      expect(tickX(el, '۱۳۹۵')).to.be.closeTo(xOfDate(el, '2015-03-21', '2023-03-21', '2016-03-20'), 1e-3);
      // Each Jan 1 lies in the Persian year that began the March before.
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(years);
    });

    it('Persian year keys sit at Nowruz, under their ticks', async () => {
      const points = Array.from({ length: 9 }, (_, i) => ({
        period: String(1395 + i),
        customersAtStart: 100,
        customersLost: 10 + i,
      }));
      const el = await mount({
        data: { granularity: 'year', calendar: 'persian', points },
        attrs: { lang: 'fa' },
      });
      const labels = ['۱۳۹۵', '۱۳۹۶', '۱۳۹۷', '۱۳۹۸', '۱۳۹۹', '۱۴۰۰', '۱۴۰۱', '۱۴۰۲', '۱۴۰۳'];
      expect(xLabels(el)).to.deep.equal(labels);
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(labels);
      // 1399 began on 2020-03-20 and 1400 on 2021-03-21 (1399 is a leap year of 366 days).
      expect(pts[5]!.x - pts[4]!.x).to.be.closeTo(
        (((pts[8]!.x - pts[0]!.x) * 366) / (ms('2024-03-20') - ms('2016-03-20'))) * 864e5,
        1e-3,
      );
    });
  });

  describe('Persian period keys', () => {
    const PERSIAN = {
      granularity: 'month',
      calendar: 'persian',
      points: [
        // 4/100, 5/125 = 0.04, 6/120 = 0.05
        { period: '1403-01', customersAtStart: 100, customersLost: 4 },
        { period: '1403-02', customersAtStart: 125, customersLost: 5 },
        { period: '1403-03', customersAtStart: 120, customersLost: 6 },
      ],
    };

    it('fa: 1403-01 is placed at 2024-03-20, under the Farvardin tick', async () => {
      const el = await mount({ data: PERSIAN, attrs: { lang: 'fa' } });
      expect(xLabels(el)).to.deep.equal(['فروردین ۱۴۰۳', 'اردیبهشت', 'خرداد']);
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
      expect((await rows(el)).map((r) => r[0])).to.deep.equal([
        'فروردین ۱۴۰۳',
        'اردیبهشت ۱۴۰۳',
        'خرداد ۱۴۰۳',
      ]);
    });

    it('en: the same keys land on 2024-03-20, 2024-04-20 and 2024-05-21, and are named as Persian months', async () => {
      const el = await mount({ data: PERSIAN });
      // Farvardin 1 = Mar 20, Ordibehesht 1 = Apr 20, Khordad 1 = May 21 2024.
      const pts = linePoints(el);
      const [first, last] = ['2024-03-20', '2024-05-21'];
      expect(pts[1]!.x).to.be.closeTo(xOfDate(el, first, last, '2024-04-20'), 1e-3);
      // The data's periods are Persian months, so the chart speaks of Persian months.
      expect((await rows(el)).map((r) => r[0])).to.deep.equal([
        'Farvardin 1403 AP',
        'Ordibehesht 1403 AP',
        'Khordad 1403 AP',
      ]);
      expect(xLabels(el)).to.deep.equal(['Farvardin 1403', 'Ordibehesht', 'Khordad']);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
    });

    it('Persian quarter keys: 1403-Q2 begins on Tir 1 = 2024-06-21', async () => {
      const data = {
        granularity: 'quarter',
        calendar: 'persian',
        points: [
          { period: '1403-Q1', customersAtStart: 100, customersLost: 3 },
          { period: '1403-Q2', customersAtStart: 100, customersLost: 4 },
          { period: '1403-Q3', customersAtStart: 100, customersLost: 5 },
        ],
      };
      const el = await mount({ data, attrs: { lang: 'fa' } });
      const pts = linePoints(el);
      expect(pts[1]!.x).to.be.closeTo(xOfDate(el, '2024-03-20', '2024-09-22', '2024-06-21'), 1e-3);
      expect((await rows(el)).map((r) => r[0])).to.deep.equal([
        'فصل اول ۱۴۰۳',
        'فصل دوم ۱۴۰۳',
        'فصل سوم ۱۴۰۳',
      ]);
    });

    it('fa with Gregorian keys (no calendar in the data): Gregorian months, named in Persian', async () => {
      const data = {
        granularity: 'month',
        points: [
          { period: '2024-01', customersAtStart: 100, customersLost: 4 },
          { period: '2024-02', customersAtStart: 100, customersLost: 5 },
          { period: '2024-03', customersAtStart: 100, customersLost: 6 },
        ],
      };
      const el = await mount({ data, attrs: { lang: 'fa' } });
      // The keys are Gregorian months (Jan 1, Feb 1, Mar 1 2024): named and ticked as such.
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['ژانویه ۲۰۲۴', 'فوریه ۲۰۲۴', 'مارس ۲۰۲۴']);
      expect(xLabels(el)).to.deep.equal(['ژانویه ۲۰۲۴', 'فوریه', 'مارس']);
      const pts = linePoints(el);
      xTicks(el).forEach((t, i) => expect(t.at, t.label).to.be.closeTo(pts[i]!.x, 1e-3));
      // Jan 1 → Feb 1 is 31 days, Feb 1 → Mar 1 29 (2024 is a leap year).
      expect((pts[1]!.x - pts[0]!.x) / (pts[2]!.x - pts[0]!.x)).to.be.closeTo(31 / 60, 1e-4);
    });

    it('a key that names no period (1403-13) is a schema error naming points[0].period', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({
        data: { ...PERSIAN, points: [{ period: '1403-13', customersAtStart: 100, customersLost: 4 }] },
      });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      expect(detail).to.include({ kind: 'schema', field: 'points[0].period' });
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The data is not valid at points[0].period.');
    });

    it('a Gregorian key in a quarter series (2024-03) is an error naming its index', async () => {
      const el = await mount({
        data: {
          granularity: 'quarter',
          points: [
            { period: '2024-Q1', customersAtStart: 100, customersLost: 4 },
            { period: '2024-03', customersAtStart: 100, customersLost: 4 },
          ],
        },
      });
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The data is not valid at points[1].period.');
    });
  });

  describe('a calendar or granularity the chart does not know', () => {
    it('calendar="islamic" falls back to Gregorian periods instead of breaking the render', async () => {
      const el = await mount({ attrs: { points: monthly(2024, 1, 3), calendar: 'islamic' } });
      expect(el.state).to.equal('ready');
      expect(xLabels(el)).to.deep.equal(['Jan 2024', 'Feb', 'Mar']);
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['Jan 2024', 'Feb 2024', 'Mar 2024']);
    });

    it('calendar="islamic" with customer records still buckets them (Gregorian)', async () => {
      const customers = [{ start: '2024-01-10', end: '2024-02-05' }, { start: '2024-01-15' }];
      const el = await mount({ data: { customers }, attrs: { calendar: 'islamic' } });
      expect(el.state).to.equal('ready');
      // Feb: at start 2, lost 1 → 50%; the records end on Feb 5, so Feb is partial.
      expect(await rows(el)).to.deep.equal([
        ['Jan 2024', '—', '0', '0', '2', '2'],
        ['Feb 2024 (partial)', '50.0%', '2', '1', '0', '1'],
      ]);
    });

    it('granularity="hour" falls back to months', async () => {
      const customers = [{ start: '2024-01-10', end: '2024-02-05' }, { start: '2024-01-15' }];
      const el = await mount({ data: { customers }, attrs: { granularity: 'hour' } });
      expect(el.state).to.equal('ready');
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['Jan 2024', 'Feb 2024 (partial)']);
    });
  });
});
