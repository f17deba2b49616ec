// <churn-trend>: keyboard stepping through the periods, the pointer, the tooltip, the crosshair and
// the live region, in left-to-right and right-to-left time.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  box,
  crosshairX,
  linePoints,
  liveRegion,
  mount,
  part,
  plot,
  rows,
  settle,
  svgOf,
  tip,
  type ChurnTrend,
  type Pt,
} from './helpers.js';

/** Jan 4.1%, Feb 3.7%, Mar 5.2%, Apr 2.9% (2025, end of month). */
const POINTS = JSON.stringify([
  { date: '2025-01-31', rate: 0.041 },
  { date: '2025-02-28', rate: 0.037 },
  { date: '2025-03-31', rate: 0.052 },
  { date: '2025-04-30', rate: 0.029 },
]);
const TEXTS = [
  'Jan 2025\nChurn 4.1%',
  'Feb 2025\nChurn 3.7%',
  'Mar 2025\nChurn 5.2%',
  'Apr 2025\nChurn 2.9%',
];

async function press(el: ChurnTrend, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/**
 * The active period, read from everything that shows it: the tooltip (one line per item), the
 * live region (the items in a sentence), the crosshair, ARIA.
 */
function expectActive(el: ChurnTrend, text: string | null, x?: number): void {
  expect(tip(el), 'tooltip').to.equal(text);
  expect(liveRegion(el).textContent!.trim(), 'live region').to.equal(text?.replaceAll('\n', ', ') ?? '');
  if (text === null) {
    expect(crosshairX(el), 'crosshair').to.equal(null);
    expect(plot(el).hasAttribute('aria-describedby'), 'aria-describedby').to.equal(false);
  } else {
    expect(crosshairX(el), 'crosshair x').to.be.closeTo(x!, 1e-3);
    expect(plot(el).getAttribute('aria-describedby')).to.equal('tip');
    expect(part(el, 'tooltip').id).to.equal('tip');
    expect(part(el, 'tooltip').getAttribute('role')).to.equal('tooltip');
  }
}

/** The viewport position of a point of the drawn svg. */
function at(el: ChurnTrend, p: Pt, dx = 0): [number, number] {
  const r = box(svgOf(el));
  return [Math.round(r.left + p.x + dx), Math.round(r.top + p.y)];
}

describe('<churn-trend> keyboard, pointer and tooltip', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('keyboard (LTR)', () => {
    it('the plot is focusable; ← → Home End step through the periods; Escape clears', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const xs = linePoints(el).map((p) => p.x);
      expect(plot(el).tabIndex).to.equal(0);
      plot(el).focus();
      expect(el.shadowRoot!.activeElement).to.equal(plot(el));
      expectActive(el, null);

      await press(el, 'ArrowRight');
      expectActive(el, TEXTS[0]!, xs[0]);
      await press(el, 'ArrowRight');
      expectActive(el, TEXTS[1]!, xs[1]);
      await press(el, 'End');
      expectActive(el, TEXTS[3]!, xs[3]);
      // No step past the last period.
      await press(el, 'ArrowRight');
      expectActive(el, TEXTS[3]!, xs[3]);
      await press(el, 'ArrowLeft');
      expectActive(el, TEXTS[2]!, xs[2]);
      await press(el, 'Home');
      expectActive(el, TEXTS[0]!, xs[0]);
      // No step before the first.
      await press(el, 'ArrowLeft');
      expectActive(el, TEXTS[0]!, xs[0]);
      await press(el, 'Escape');
      expectActive(el, null);
      // From nothing, ← starts at the newest period.
      await press(el, 'ArrowLeft');
      expectActive(el, TEXTS[3]!, xs[3]);
    });

    it('the crosshair carries a dot at the active rate; the tooltip sits over that period', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const pts = linePoints(el);
      plot(el).focus();
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      const dot = el.shadowRoot!.querySelector('[part~="crosshair"] circle')!;
      expect(Number(dot.getAttribute('cx'))).to.be.closeTo(pts[1]!.x, 1e-3);
      expect(Number(dot.getAttribute('cy'))).to.be.closeTo(pts[1]!.y, 1e-3);
      const t = box(part(el, 'tooltip'));
      const [px, py] = at(el, pts[1]!);
      expect(t.left).to.be.at.most(px);
      expect(t.right).to.be.at.least(px);
      // Above the point, inside the plot.
      expect(t.bottom).to.be.at.most(py);
      const p = box(plot(el));
      expect(t.left).to.be.at.least(p.left - 0.5);
      expect(t.right).to.be.at.most(p.right + 0.5);
    });

    it('losing focus clears the active period', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const other = document.createElement('button');
      other.textContent = 'elsewhere';
      document.body.append(other);
      try {
        plot(el).focus();
        await press(el, 'ArrowRight');
        expectActive(el, TEXTS[0]!, linePoints(el)[0]!.x);
        await press(el, 'Tab');
        expect(el.shadowRoot!.activeElement).not.to.equal(plot(el));
        expectActive(el, null);
      } finally {
        other.remove();
      }
    });

    it('other keys are left alone', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      plot(el).focus();
      await press(el, 'ArrowRight');
      await press(el, 'ArrowUp');
      await press(el, 'a');
      expectActive(el, TEXTS[0]!, linePoints(el)[0]!.x);
    });

    it('new data clears the active period', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      plot(el).focus();
      await press(el, 'ArrowRight');
      el.data = {
        points: [
          { date: '2024-01-01', rate: 0.5 },
          { date: '2024-02-01', rate: 0.25 },
        ],
      };
      await settle(el);
      expectActive(el, null);
      plot(el).focus();
      await press(el, 'ArrowRight');
      expectActive(el, 'Jan 2024\nChurn 50%', linePoints(el)[0]!.x);
    });
  });

  describe('what the tooltip says', () => {
    it('counts from customer records: at start, lost, new', async () => {
      const customers = [
        { start: '2023-12-01', end: '2024-01-20' },
        { start: '2023-12-05' },
        { start: '2023-12-09' },
        { start: '2023-12-12' },
        { start: '2024-01-03' },
        { start: '2024-01-04', end: '2024-01-30' },
      ];
      const el = await mount({ data: { customers } });
      plot(el).focus();
      // Dec 2023: nobody at start → no rate; the crosshair has no dot.
      await press(el, 'ArrowRight');
      expect(tip(el)).to.equal('Dec 2023\nChurn —\nAt start 0\nLost 0\nNew 4');
      expect(el.shadowRoot!.querySelector('[part~="crosshair"] circle')).to.equal(null);
      // Jan 2024: at start 4; lost 1 (the Jan 4 customer is new and lost, not counted); new 2 → 1/4 = 25%.
      await press(el, 'ArrowRight');
      // The records' latest date is Jan 30: January is partial.
      expect(tip(el)).to.equal('Jan 2024 (partial)\nChurn 25%\nAt start 4\nLost 1\nNew 2');
      expect((await rows(el))[1]).to.deep.equal(['Jan 2024 (partial)', '25.0%', '4', '1', '2', '4']);
    });

    it('per-period counts: at start and lost', async () => {
      const data = {
        granularity: 'month',
        points: [
          { period: '2024-01', customersAtStart: 1200, customersLost: 36 },
          { period: '2024-02', customersAtStart: 1180, customersLost: 59 },
        ],
      };
      const el = await mount({ data });
      plot(el).focus();
      await press(el, 'End');
      // 59 / 1180 = 0.05 → 5%.
      expect(tip(el)).to.equal('Feb 2024\nChurn 5%\nAt start 1,180\nLost 59');
    });

    it('metric="both": churn and retention', async () => {
      const el = await mount({ attrs: { points: POINTS, metric: 'both' } });
      plot(el).focus();
      await press(el, 'ArrowRight');
      // 1 − 0.041 = 95.9%.
      expect(tip(el)).to.equal('Jan 2025\nChurn 4.1%\nRetention 95.9%');
    });

    it('one item per line, in every language: no separator between numbers (· reads as the Persian zero); the live region joins them with the language’s comma', async () => {
      const customers = [
        { start: '2023-11-02' },
        { start: '2023-11-20', end: '2023-12-15' },
        { start: '2023-11-25' },
        { start: '2023-12-05' },
        { start: '2024-01-02', end: '2024-01-31' },
      ];
      for (const [lang, comma] of [
        ['en', ', '],
        ['fa', '، '],
        ['ar', '، '],
      ] as const) {
        const el = await mount({ data: { customers }, attrs: { lang, calendar: 'gregory' } });
        plot(el).focus();
        // Dec 2023: the period, its rate and three counts.
        await press(el, 'End');
        await press(el, lang === 'en' ? 'ArrowLeft' : 'ArrowRight');
        const t = part(el, 'tooltip');
        const lines = [...t.children];
        expect(lines, lang).to.have.length(5);
        // Each item below the one before it.
        for (let i = 1; i < lines.length; i++)
          expect(box(lines[i]!).top, `${lang} line ${i}`).to.be.at.least(box(lines[i - 1]!).bottom - 0.5);
        expect(t.textContent, lang).not.to.match(/[·•]/);
        const live = liveRegion(el).textContent!;
        expect(live, lang).not.to.match(/[·•]/);
        expect(live.split(comma), lang).to.deep.equal(lines.map((l) => l.textContent!.trim()));
      }
    });

    it('in Persian, with Persian months and digits', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa' } });
      plot(el).focus();
      await press(el, 'ArrowLeft');
      // Jan 31 2025 is 11 Bahman 1403.
      expect(tip(el)).to.equal('بهمن ۱۴۰۳\nریزش ۴٫۱٪');
    });
  });

  describe('right-to-left time', () => {
    it('lang="fa": ← moves forward in time (the newest period is on the left)', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa' } });
      const xs = linePoints(el).map((p) => p.x);
      const labels = (await rows(el)).map((r) => r[0]);
      plot(el).focus();
      await press(el, 'ArrowLeft');
      expect(tip(el)!.startsWith(`${labels[0]}\n`)).to.equal(true);
      expect(crosshairX(el)).to.be.closeTo(xs[0]!, 1e-3);
      await press(el, 'ArrowLeft');
      expect(tip(el)!.startsWith(`${labels[1]}\n`)).to.equal(true);
      expect(crosshairX(el)).to.be.closeTo(xs[1]!, 1e-3);
      // The crosshair moved left.
      expect(xs[1]).to.be.below(xs[0]!);
      await press(el, 'ArrowRight');
      expect(crosshairX(el)).to.be.closeTo(xs[0]!, 1e-3);
      await press(el, 'End');
      expect(tip(el)!.startsWith(`${labels[3]}\n`)).to.equal(true);
      await press(el, 'Home');
      expect(tip(el)!.startsWith(`${labels[0]}\n`)).to.equal(true);
    });

    it('lang="ar": ← moves forward in time too', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'ar' } });
      plot(el).focus();
      await press(el, 'ArrowLeft');
      expect(tip(el)).to.equal('يناير 2025\nالفقدان 4.1‎%‎');
      await press(el, 'ArrowLeft');
      expect(tip(el)!.startsWith('فبراير 2025\n')).to.equal(true);
    });

    it('time-direction="ltr" in fa: → moves forward', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa', 'time-direction': 'ltr' } });
      const xs = linePoints(el).map((p) => p.x);
      plot(el).focus();
      await press(el, 'ArrowRight');
      expect(crosshairX(el)).to.be.closeTo(xs[0]!, 1e-3);
      await press(el, 'ArrowRight');
      expect(crosshairX(el)).to.be.closeTo(xs[1]!, 1e-3);
      expect(xs[1]).to.be.above(xs[0]!);
      await press(el, 'ArrowLeft');
      expect(crosshairX(el)).to.be.closeTo(xs[0]!, 1e-3);
    });
  });

  describe('pointer', () => {
    it('moving over the plot activates the nearest period; leaving clears it', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const pts = linePoints(el);
      await sendMouse({ type: 'move', position: at(el, pts[2]!) });
      await settle(el);
      expectActive(el, TEXTS[2]!, pts[2]!.x);
      // A little past Mar, still nearer Mar than Apr.
      const third = (pts[3]!.x - pts[2]!.x) / 3;
      await sendMouse({ type: 'move', position: at(el, pts[2]!, third) });
      await settle(el);
      expect(tip(el)).to.equal(TEXTS[2]);
      // Two thirds of the way: Apr.
      await sendMouse({ type: 'move', position: at(el, pts[2]!, 2 * third) });
      await settle(el);
      expectActive(el, TEXTS[3]!, pts[3]!.x);
      // Left of the first point: Jan.
      await sendMouse({ type: 'move', position: at(el, pts[0]!, -20) });
      await settle(el);
      expect(tip(el)).to.equal(TEXTS[0]);
      // Away from the element.
      const b = box(el);
      await sendMouse({ type: 'move', position: [Math.round(b.left + 10), Math.round(b.bottom + 40)] });
      await settle(el);
      expectActive(el, null);
    });

    it('in RTL the rightmost point is the first period', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa' } });
      const pts = linePoints(el);
      const first = (await rows(el))[0]![0];
      await sendMouse({ type: 'move', position: at(el, pts[0]!) });
      await settle(el);
      expect(pts[0]!.x).to.be.above(pts[3]!.x);
      expect(tip(el)!.startsWith(`${first}\n`)).to.equal(true);
      expect(crosshairX(el)).to.be.closeTo(pts[0]!.x, 1e-3);
    });
  });
});
