// <churn-trend> with granularity="day" and "week": 60 daily and 30 weekly rates read at 320 and
// 1200 px in en, fa (Persian calendar, weeks from Saturday) and ar: time labels none overlapping,
// inside the card (at least three at 1200 px; at 320 px at least the two month starts of 60 days);
// the tooltip and the table name each day and week.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  box,
  mount,
  overlap,
  plot,
  rows,
  settle,
  tip,
  xLabelBoxes,
  xTicks,
  type ChurnTrend,
} from './helpers.js';

const DAY = 864e5;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const rates = (from: number, n: number, step: number) =>
  JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      date: iso(from + i * step),
      rate: 0.02 + 0.01 * Math.sin(i / 3),
    })),
  );
/** 60 days, 2024-02-01 … 2024-03-31 (through 29 February and, in Persian, Nowruz 1403). */
const DAYS = rates(Date.UTC(2024, 1, 1), 60, DAY);
/** 30 Mondays, 2024-11-04 (ISO 2024-W45) … 2025-05-26 (2025-W22), across 2025-W01 (2024-12-30). */
const WEEKS = rates(Date.UTC(2024, 10, 4), 30, 7 * DAY);

/** Every label of a tick is apart from every label of every other tick, and inside the element. */
function expectReadable(el: ChurnTrend, what: string, least: number): void {
  const ticks = [...el.shadowRoot!.querySelectorAll('.axis.bottom .tick')].map((g) =>
    [...g.querySelectorAll('text')].map((t) => box(t)),
  );
  expect(ticks.length, `${what}: ticks`).to.be.at.least(least);
  for (let i = 0; i < ticks.length; i++)
    for (let j = i + 1; j < ticks.length; j++)
      for (const a of ticks[i]!)
        for (const b of ticks[j]!)
          expect(overlap(a, b), `${what}: ticks ${i} and ${j} overlap`).to.equal(false);
  const host = box(el);
  for (const b of xLabelBoxes(el)) {
    expect(b.left, `${what}: a label left of the element`).to.be.at.least(host.left);
    expect(b.right, `${what}: a label right of the element`).to.be.at.most(host.right);
  }
}

/** The tooltip's first line (the period's name) after End, then Home. */
async function tipNames(el: ChurnTrend): Promise<[string, string]> {
  plot(el).focus();
  await sendKeys({ press: 'End' });
  await settle(el);
  const last = tip(el)!.split('\n')[0]!;
  await sendKeys({ press: 'Home' });
  await settle(el);
  return [tip(el)!.split('\n')[0]!, last];
}

const CASES = [
  {
    lang: 'en',
    days: ['Feb 1, 2024', 'Feb 29, 2024', 'Mar 31, 2024'],
    weeks: ['Week 45, 2024', 'Week 1, 2025', 'Week 22, 2025'],
    // The period of 2024-12-30 is the 9th week
    weekAt: 8,
  },
  {
    lang: 'fa',
    // 12 Bahman 1402 … 12 Farvardin 1403; 30 Esfand does not exist in 1402 (29 days)
    days: ['۱۲ بهمن ۱۴۰۲', '۱۰ اسفند ۱۴۰۲', '۱۲ فروردین ۱۴۰۳'],
    // Saturday weeks: Mon 2024-11-04 is in the week from Sat 11-02 = 32 weeks after 1403-W01
    // (Sat 2024-03-23); 1404-W01 starts Sat 2025-03-22; the last Monday is in 1404-W10.
    weeks: ['هفتهٔ ۳۳، ۱۴۰۳', 'هفتهٔ ۴۱، ۱۴۰۳', 'هفتهٔ ۱۰، ۱۴۰۴'],
    weekAt: 8,
  },
  {
    lang: 'ar',
    days: ['1 فبراير 2024', '29 فبراير 2024', '31 مارس 2024'],
    weeks: ['الأسبوع 45، 2024', 'الأسبوع 1، 2025', 'الأسبوع 22، 2025'],
    weekAt: 8,
  },
];

describe('<churn-trend> days and weeks', () => {
  for (const c of CASES) {
    it(`${c.lang}: 60 daily rates name their days in the table and the tooltip`, async () => {
      const el = await mount({ attrs: { points: DAYS, granularity: 'day', lang: c.lang }, width: 1200 });
      expect(el.state).to.equal('ready');
      const names = (await rows(el)).map((r) => r[0]);
      expect(names).to.have.length(60);
      expect([names[0], names[28], names[59]]).to.deep.equal(c.days);
      expect(await tipNames(el)).to.deep.equal([c.days[0], c.days[2]]);
      await expect(el).to.be.accessible();
    });

    it(`${c.lang}: 30 weekly rates name their weeks in the table and the tooltip`, async () => {
      const el = await mount({ attrs: { points: WEEKS, granularity: 'week', lang: c.lang }, width: 1200 });
      const names = (await rows(el)).map((r) => r[0]);
      expect(names).to.have.length(30);
      expect([names[0], names[c.weekAt], names[29]]).to.deep.equal(c.weeks);
      expect(await tipNames(el)).to.deep.equal([c.weeks[0], c.weeks[2]]);
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1200])
      it(`${c.lang} at ${width} px: day and week ticks are readable`, async () => {
        for (const [points, granularity] of [
          [DAYS, 'day'],
          [WEEKS, 'week'],
        ] as const) {
          const el = await mount({ attrs: { points, granularity, lang: c.lang }, width });
          expectReadable(el, `${c.lang} ${granularity} ${width} px`, width > 320 ? 3 : 2);
        }
      });
  }

  it('no axe violations with theme="dark", the table shown, in fa weeks and en days', async () => {
    for (const [points, granularity, lang] of [
      [WEEKS, 'week', 'fa'],
      [DAYS, 'day', 'en'],
    ] as const) {
      const el = await mount({ attrs: { points, granularity, lang, theme: 'dark', table: '' } });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    }
  });

  it('ticks 60 days finer than months in a wide card', async () => {
    const el = await mount({ attrs: { points: DAYS, granularity: 'day' }, width: 1200 });
    // Two month starts only (Feb 1 and Mar 1): a finer level, each tick named by its day and month,
    // the year under the first.
    const ticks = xTicks(el);
    expect(ticks.length).to.be.at.least(4);
    for (const t of ticks) expect(t.label).to.match(/^(Feb|Mar) \d{1,2}$/);
    expect(ticks.map((t) => t.sub)).to.deep.equal(['2024', ...Array(ticks.length - 1).fill('')]);
  });

  it('customer records bucket into ISO weeks and Persian weeks', async () => {
    const customers = [
      { start: '2024-03-04', end: '2024-03-12' }, // Monday of 2024-W10 → Tuesday of W11
      { start: '2024-03-05' },
      { start: '2024-03-06' },
    ];
    const en = await mount({ data: { customers }, attrs: { granularity: 'week' } });
    expect(await rows(en)).to.deep.equal([
      ['Week 10, 2024', '—', '0', '0', '3', '3'],
      ['Week 11, 2024 (partial)', '33.3%', '3', '1', '0', '2'],
    ]);
    // From Saturday: 2024-03-02 … 03-08 is 1402-W51 (week 1 of 1402 began Saturday 2023-03-18).
    const fa = await mount({ data: { customers }, attrs: { granularity: 'week', lang: 'fa' } });
    expect((await rows(fa)).map((r) => r[0])).to.deep.equal(['هفتهٔ ۵۱، ۱۴۰۲', 'هفتهٔ ۵۲، ۱۴۰۲ (ناتمام)']);
  });
});
