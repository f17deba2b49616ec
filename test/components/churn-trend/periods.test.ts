// <churn-trend>: what a period is on the chart. Time labels that can be read at 320 px (at least
// three, none overlapping, inside the card) in every language and calendar; a point that stands
// for a period sits in that period's band, under the label that names it (the README's end-of-month
// rates); partial periods (not over yet, or past the records' latest day) drawn dashed and said
// to be partial; the target's value where no data can run through it.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  box,
  linePoints,
  liveRegion,
  mount,
  overlap,
  part,
  partialPoints,
  plot,
  rows,
  settle,
  solidPoints,
  svgOf,
  tip,
  xLabelBoxes,
  xTicks,
  yAxis,
  type ChurnTrend,
} from './helpers.js';

const DAY = 864e5;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** The README's `points` example: rates keyed by the last day of their month. */
const README = [
  { date: '2025-01-31', rate: 0.041 },
  { date: '2025-02-28', rate: 0.037 },
];
/** Twelve end-of-month rates of 2025 (the catalogue's default story). */
const YEAR = [0.041, 0.037, 0.052, 0.046, 0.039, 0.035, 0.033, 0.036, 0.031, 0.029, 0.034, 0.028].map(
  (rate, i) => ({ date: iso(Date.UTC(2025, i + 1, 0)), rate }),
);
/** 24 monthly rates, Jan 2023 … Dec 2024, on the first of each month. */
const MONTHS_24 = Array.from({ length: 24 }, (_, i) => ({
  date: iso(Date.UTC(2023, i, 1)),
  rate: 0.03 + 0.01 * Math.sin(i / 2),
}));

/** Every pair of labels of different ticks is apart, and every label is inside the element. */
function expectReadable(el: ChurnTrend, what: string): void {
  const ticks = [...el.shadowRoot!.querySelectorAll('.axis.bottom .tick')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => box(t)),
  );
  for (let i = 0; i < ticks.length; i++)
    for (let j = i + 1; j < ticks.length; j++)
      for (const a of ticks[i]!)
        for (const b of ticks[j]!)
          expect(overlap(a, b), `${what}: labels of ticks ${i} and ${j} overlap`).to.equal(false);
  const host = box(el);
  for (const b of xLabelBoxes(el)) {
    expect(b.left, `${what}: a label left of the element`).to.be.at.least(host.left);
    expect(b.right, `${what}: a label right of the element`).to.be.at.most(host.right);
  }
}

describe('<churn-trend> periods', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('time labels at 320 px', () => {
    const cases: [string, Record<string, string>][] = [
      ['en', {}],
      ['en, Persian calendar', { calendar: 'persian' }],
      ['fa', { lang: 'fa' }],
      ['fa, Gregorian calendar', { lang: 'fa', calendar: 'gregory' }],
      ['ar', { lang: 'ar' }],
      ['ar-EG', { lang: 'ar-EG' }],
    ];
    for (const [name, attrs] of cases) {
      it(`${name}: 24 months get at least three labels, apart, inside the element`, async () => {
        const el = await mount({ data: { points: MONTHS_24 }, attrs, width: 320 });
        const ticks = xTicks(el);
        expect(ticks.length, ticks.map((t) => t.label).join(' | ')).to.be.at.least(3);
        expectReadable(el, name);
        // The time can be read: the first tick and every tick of a new year say the year.
        expect(ticks[0]!.sub).not.to.equal('');
        for (const t of ticks) expect(t.label, 'a label').not.to.equal('');
      });

      it(`${name}: twelve end-of-month rates get at least three labels at 320 px, and 1200 px is readable too`, async () => {
        const el = await mount({ data: { points: YEAR }, attrs, width: 320 });
        expect(xTicks(el).length).to.be.at.least(3);
        expectReadable(el, `${name} 320`);
        const wide = await mount({ data: { points: YEAR }, attrs, width: 1200 });
        expect(xTicks(wide).length).to.be.at.least(xTicks(el).length);
        expectReadable(wide, `${name} 1200`);
      });
    }

    it('en: the quarters of two years, the year under each first quarter', async () => {
      const el = await mount({ data: { points: MONTHS_24 }, width: 320 });
      const ticks = xTicks(el);
      // Every other quarter at 320 px: Q1 2023, Q3, Q1 2024, Q3.
      expect(ticks.map((t) => [t.label, t.sub])).to.deep.equal([
        ['Q1', '2023'],
        ['Q3', ''],
        ['Q1', '2024'],
        ['Q3', ''],
      ]);
    });

    it('a label at the end of the axis is kept inside the element (fa, 1200 px, quarters)', async () => {
      // Ordinal quarter names are wide; the newest is at the left end in right-to-left time.
      const points = Array.from({ length: 37 }, (_, i) => ({
        date: iso(Date.UTC(2022, 11, 25 + 30.4 * i)),
        rate: 0.03,
      }));
      const el = await mount({ data: { points }, attrs: { lang: 'fa' }, width: 1200 });
      expectReadable(el, 'fa 1200');
    });
  });

  describe('a point stands for its period', () => {
    it("the README's end-of-month rates: January's point is in January's band, under its label", async () => {
      const el = await mount({ attrs: { points: JSON.stringify(README) } });
      const [jan, feb] = xTicks(el);
      expect([jan!.label, jan!.sub, feb!.label]).to.deep.equal(['Jan', '2025', 'Feb']);
      const [p0, p1] = linePoints(el);
      // January's band runs from its tick to February's.
      expect(p0!.x).to.be.at.least(jan!.at - 1e-3);
      expect(p0!.x).to.be.below(feb!.at);
      expect(p1!.x).to.be.at.least(feb!.at - 1e-3);
      // The January label is centred over January's point (within half its width).
      const label = box(el.shadowRoot!.querySelectorAll('.axis.bottom text')[0]!);
      const x = box(svgOf(el)).left + p0!.x;
      expect(Math.abs((label.left + label.right) / 2 - x)).to.be.at.most(label.width / 2);
      // The tooltip and the table say January.
      plot(el).focus();
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(tip(el)).to.equal('Jan 2025\nChurn 4.1%');
      expect((await rows(el))[0]).to.deep.equal(['Jan 2025', '4.10%']);
    });

    it('twelve end-of-month rates: each point is in the band of the month the table names', async () => {
      const el = await mount({ data: { points: YEAR }, width: 1200 });
      const ticks = xTicks(el);
      expect(ticks.map((t) => t.label)).to.deep.equal([
        'Jan',
        ...['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      ]);
      const pts = linePoints(el);
      const names = (await rows(el)).map((r) => r[0]);
      pts.forEach((p, i) => {
        expect(p.x, names[i]).to.be.at.least(ticks[i]!.at - 1e-3);
        if (i < 11) expect(p.x, names[i]).to.be.below(ticks[i + 1]!.at);
        expect(names[i]).to.equal(`${ticks[i]!.label} 2025`);
      });
    });

    it('fa: the same rates sit in the Persian months holding them, and are named so', async () => {
      const el = await mount({ attrs: { points: JSON.stringify(README), lang: 'fa' } });
      // Jan 31 2025 is 11 Bahman 1403 (Bahman 1 = Jan 20); Feb 28 is 10 Esfand (Esfand 1 = Feb 19).
      const [bahman, esfand] = xTicks(el);
      expect([bahman!.label, bahman!.sub, esfand!.label]).to.deep.equal(['بهمن', '۱۴۰۳', 'اسفند']);
      const [p0, p1] = linePoints(el);
      // Right to left: Bahman's band runs leftwards from its tick to Esfand's.
      expect(p0!.x).to.be.at.most(bahman!.at + 1e-3);
      expect(p0!.x).to.be.above(esfand!.at);
      expect(p1!.x).to.be.closeTo(esfand!.at, 1e-3);
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['بهمن ۱۴۰۳', 'اسفند ۱۴۰۳']);
    });

    it('ar: the January point is under the January label', async () => {
      const el = await mount({ attrs: { points: JSON.stringify(README), lang: 'ar' } });
      const [jan, feb] = xTicks(el);
      expect([jan!.label, feb!.label]).to.deep.equal(['يناير', 'فبراير']);
      const [p0] = linePoints(el);
      expect(p0!.x).to.be.closeTo(jan!.at, 1e-3);
      expect((await rows(el))[0]![0]).to.equal('يناير 2025');
    });

    it('daily rates are samples: drawn at their dates, never partial', async () => {
      const now = Date.now();
      const points = Array.from({ length: 90 }, (_, i) => ({ date: now - (89 - i) * DAY, rate: 0.02 }));
      const el = await mount({ data: { points } });
      const pts = linePoints(el);
      expect(pts).to.have.length(90);
      // Evenly spaced, as their dates are.
      const step = (pts[89]!.x - pts[0]!.x) / 89;
      pts.forEach((p, i) => expect(p.x).to.be.closeTo(pts[0]!.x + i * step, 1e-2));
      expect(partialPoints(el)).to.have.length(0);
      expect((await rows(el)).some((r) => r[0]!.includes('partial'))).to.equal(false);
    });
  });

  describe('partial periods', () => {
    /** 300 customers over Jan 2024 … Nov 2024, then one of tenure 0 on Dec 3 2024. */
    const TENURE_0 = (() => {
      let seed = 3;
      const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const from = Date.UTC(2024, 0, 1);
      const customers = Array.from({ length: 300 }, () => {
        const start = from + Math.floor(next() * 320) * DAY;
        const end = start + Math.floor(20 + next() * 400) * DAY;
        return end < Date.UTC(2024, 11, 1) && next() < 0.5
          ? { start: iso(start), end: iso(end) }
          : { start: iso(start) };
      });
      return [...customers, { start: '2024-12-03', end: '2024-12-03' }];
    })();

    it('customers of tenure 0 in a new month: that month is partial, dashed, and said to be in tooltip, table and summary', async () => {
      const el = await mount({ data: { customers: TENURE_0 } });
      const r = await rows(el);
      const last = r.at(-1)!;
      // December holds only Dec 3: partial, at 0%.
      expect(last[0]).to.equal('Dec 2024 (partial)');
      expect(last[1]).to.match(/^0(\.0+)?%$/);
      expect(r.slice(0, -1).every((row) => !row[0]!.includes('partial'))).to.equal(true);
      // Drawn dashed from November's point to December's, solid before.
      const solid = solidPoints(el);
      const dashed = partialPoints(el);
      expect(dashed).to.have.length(2);
      expect(dashed[0]).to.deep.equal(solid.at(-1));
      expect(getComputedStyle(part(el, 'partial')).strokeDasharray).not.to.equal('none');
      expect(getComputedStyle(part(el, 'line')).strokeDasharray).to.equal('none');
      // The summary's latest rate is November's, named; the range says December is partial.
      const nov = r.at(-2)!;
      const name = plot(el).getAttribute('aria-label')!;
      expect(name).to.contain('to Dec 2024 (partial): ');
      expect(name).to.contain(`latest ${nov[1]!.replace(/0+%$/, '%').replace(/\.%$/, '%')} (Nov 2024)`);
      expect(name).not.to.contain('latest 0%');
      plot(el).focus();
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(tip(el)!.split('\n')[0]).to.equal('Dec 2024 (partial)');
      expect(liveRegion(el).textContent).to.match(/^Dec 2024 \(partial\), Churn /);
      await expect(el).to.be.accessible();
    });

    it('the average leaves the partial period out', async () => {
      const customers = [
        ...Array.from({ length: 10 }, () => ({ start: '2024-01-05' })),
        { start: '2024-01-06', end: '2024-02-10' },
        { start: '2024-01-07', end: '2024-03-03' },
      ];
      // Feb: 12 at start, 1 lost → 8.3%; Mar: 11 at start, 1 lost by Mar 3 → 9.1%, partial (the records end on Mar 3).
      const el = await mount({ data: { customers } });
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'Churn rate, Jan 2024 to Mar 2024 (partial): latest 8.3% (Feb 2024), average 8.3%',
      );
    });

    it('fa: the last Persian quarter, a few days of the records, is partial (ناتمام)', async () => {
      // Dey 1 1403 = 2024-12-21: the records end on 2024-12-30, nine days into the quarter.
      const customers = [
        ...Array.from({ length: 20 }, (_, i) => ({ start: iso(Date.UTC(2024, 0, 1 + 10 * i)) })),
        { start: '2024-02-01', end: '2024-12-30' },
      ];
      const el = await mount({ data: { customers }, attrs: { lang: 'fa', granularity: 'quarter' } });
      const r = await rows(el);
      expect(r.at(-1)![0]).to.equal('فصل چهارم ۱۴۰۳ (ناتمام)');
      expect(r.slice(0, -1).every((row) => !row[0]!.includes('ناتمام'))).to.equal(true);
      expect(plot(el).getAttribute('aria-label')).to.match(
        /تا فصل چهارم ۱۴۰۳ \(ناتمام\): آخرین .+ \(فصل سوم ۱۴۰۳\)، /,
      );
      expect(partialPoints(el)).to.have.length(2);
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('ar: partial is غير مكتملة', async () => {
      const el = await mount({ data: { customers: TENURE_0 }, attrs: { lang: 'ar' } });
      expect((await rows(el)).at(-1)![0]).to.equal('ديسمبر 2024 (غير مكتملة)');
    });

    it('records whose latest day ends their last period: nothing is partial', async () => {
      const customers = [
        { start: '2024-01-05' },
        { start: '2024-01-10', end: '2024-02-14' },
        { start: '2024-02-01', end: '2024-03-31' },
      ];
      const el = await mount({ data: { customers } });
      expect((await rows(el)).map((r) => r[0])).to.deep.equal(['Jan 2024', 'Feb 2024', 'Mar 2024']);
      expect(partialPoints(el)).to.have.length(0);
      expect(plot(el).getAttribute('aria-label')).not.to.contain('partial');
    });

    it('rates one per month: the month holding today is partial; earlier ones are not', async () => {
      const now = new Date();
      const months = Array.from({ length: 6 }, (_, i) => ({
        date: iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5 + i, 1)),
        rate: 0.02 + 0.002 * i,
      }));
      const el = await mount({ data: { points: months } });
      const r = await rows(el);
      expect(r.map((row) => row[0]!.endsWith('(partial)'))).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
        true,
      ]);
      expect(partialPoints(el)).to.have.length(2);
    });

    it('per-period counts: the period holding today is partial', async () => {
      const now = new Date();
      const key = (m: number) => iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + m, 1)).slice(0, 7);
      const el = await mount({
        data: {
          granularity: 'month',
          points: [-2, -1, 0].map((m) => ({ period: key(m), customersAtStart: 100, customersLost: 3 })),
        },
      });
      expect((await rows(el)).map((r) => r[0]!.endsWith('(partial)'))).to.deep.equal([false, false, true]);
    });
  });

  describe("the target's value", () => {
    for (const width of [320, 1200])
      for (const theme of ['light', 'dark'] as const)
        for (const lang of ['en', 'fa'])
          it(`${width} px, ${theme}, ${lang}: beside the percent axis at the target's height, clear of the line, its dots and the tick labels`, async () => {
            if (theme === 'dark') await emulateMedia({ colorScheme: 'dark' });
            const el = await mount({ data: { points: YEAR }, attrs: { target: '0.03', lang }, width });
            const label = box(part(el, 'target').querySelector('text')!);
            const r = box(svgOf(el));
            const pts = linePoints(el).map((p) => ({ x: r.left + p.x, y: r.top + p.y }));
            // Not on any dot (the dot's box, with its stroke).
            for (const dot of el.shadowRoot!.querySelectorAll('svg > circle.dot'))
              expect(overlap(label, box(dot)), 'a dot under the label').to.equal(false);
            // Not on the line: no segment's box meets the label's.
            for (let i = 1; i < pts.length; i++) {
              const [a, b] = [pts[i - 1]!, pts[i]!];
              const seg = new DOMRect(
                Math.min(a.x, b.x),
                Math.min(a.y, b.y),
                Math.abs(a.x - b.x),
                Math.abs(a.y - b.y),
              );
              expect(overlap(label, seg), `segment ${i}`).to.equal(false);
            }
            // At the height of the dashed line, within half the label's height.
            const y = r.top + Number(part(el, 'target').querySelector('line')!.getAttribute('y1'));
            expect(Math.abs((label.top + label.bottom) / 2 - y)).to.be.at.most(label.height / 2);
            // On the percent axis's side, clear of its labels.
            for (const t of yAxis(el).querySelectorAll('text'))
              expect(overlap(label, box(t)), 'a tick label').to.equal(false);
            const axis = [...yAxis(el).querySelectorAll('text')].map((t) => box(t));
            const side = (b: DOMRect) => (b.left + b.right) / 2 < r.left + r.width / 2;
            expect(side(label)).to.equal(side(axis[0]!));
            // It says the value; the legend says what it is.
            expect(part(el, 'target').textContent!.trim()).to.equal(lang === 'fa' ? '۳٪' : '3%');
            expect(el.shadowRoot!.querySelector('.legend .target')!.textContent!.trim()).to.equal(
              lang === 'fa' ? 'هدف ۳٪' : 'Target 3%',
            );
          });
  });
});
