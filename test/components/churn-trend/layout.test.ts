// <churn-trend>: direction (time right to left in fa/ar, the percent axis on the right), digits,
// and sizes that follow the container.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  $,
  box,
  contentWidth,
  crosshairX,
  latin,
  linePoints,
  monthStarts,
  mount,
  part,
  plot,
  settle,
  sized,
  svgOf,
  text,
  xTicks,
  overlap,
  yAxis,
  type ChurnTrend,
} from './helpers.js';

const POINTS = JSON.stringify(monthStarts(2024, 1, 6).map((date, i) => ({ date, rate: 0.02 + 0.005 * i })));
const LATIN_DIGIT = /[0-9]/;

/** Boxes of the percent-axis labels and the plot's centre, in viewport px. */
function axisSide(el: ChurnTrend): 'left' | 'right' {
  const labels = [...yAxis(el).querySelectorAll('text')].map((t) => box(t));
  const p = box(svgOf(el));
  const centre = p.left + p.width / 2;
  expect(labels.length).to.be.above(1);
  if (labels.every((b) => b.right < centre)) return 'left';
  if (labels.every((b) => b.left > centre)) return 'right';
  throw new Error('the percent-axis labels straddle the centre');
}

/** Whether the line's points are beside (not under) the axis labels: every label is outside [first x, last x]. */
function labelsBesideLine(el: ChurnTrend): boolean {
  const r = box(svgOf(el));
  const xs = linePoints(el).map((p) => r.left + p.x);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return [...yAxis(el).querySelectorAll('text')].every((t) => {
    const b = box(t);
    return b.right <= lo || b.left >= hi;
  });
}

const noOverflow = (el: ChurnTrend): void => {
  expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
  const base = $(el, '.base');
  expect(base.scrollWidth, 'wrapper scrollWidth').to.be.at.most(base.clientWidth);
};

describe('<churn-trend> layout', () => {
  describe('direction', () => {
    it('en: time flows left to right, the percent axis on the left', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.below(pts[5]!.x);
      expect(axisSide(el)).to.equal('left');
      expect(labelsBesideLine(el)).to.equal(true);
      expect($(el, '.base').getAttribute('dir')).to.equal('ltr');
    });

    it('fa: time flows right to left (first period right of the last), the percent axis on the right', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa' } });
      const pts = linePoints(el);
      const xs = pts.map((p) => p.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i], `x ${i}`).to.be.below(xs[i - 1]!);
      expect(axisSide(el)).to.equal('right');
      expect(labelsBesideLine(el)).to.equal(true);
      expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
      // The time ticks run right to left as well: the earliest month is rightmost.
      const ticks = [...$(el, '.axis.bottom').querySelectorAll('.tick text:first-of-type')].map(
        (t) => box(t).left,
      );
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]).to.be.below(ticks[i - 1]!);
    });

    it('fa mirrors en exactly (in the same calendar)', async () => {
      const en = await mount({ attrs: { points: POINTS } });
      const fa = await mount({ attrs: { points: POINTS, lang: 'fa', calendar: 'gregory' } });
      const w = Number(svgOf(en).getAttribute('width'));
      expect(Number(svgOf(fa).getAttribute('width'))).to.equal(w);
      const [a, b] = [linePoints(en), linePoints(fa)];
      a.forEach((p, i) => {
        expect(b[i]!.x, `x ${i}`).to.be.closeTo(w - p.x, 1e-3);
        expect(b[i]!.y, `y ${i}`).to.be.closeTo(p.y, 1e-3);
      });
    });

    it('ar: right to left too', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'ar' } });
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.above(pts[5]!.x);
      expect(axisSide(el)).to.equal('right');
    });

    it('an ancestor dir="rtl" (English) mirrors it as well', async () => {
      const el = await mount({ attrs: { points: POINTS }, wrapper: { dir: 'rtl' } });
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.above(pts[5]!.x);
      expect(axisSide(el)).to.equal('right');
    });

    it('time-direction="ltr" in fa: time left to right, the percent axis back on the left', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa', 'time-direction': 'ltr' } });
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.below(pts[5]!.x);
      expect(axisSide(el)).to.equal('left');
      expect(labelsBesideLine(el)).to.equal(true);
      // The rest of the element stays right to left.
      expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
    });

    it('switching lang at run time mirrors the drawing', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      el.setAttribute('lang', 'fa');
      await settle(el);
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.above(pts[5]!.x);
      expect(axisSide(el)).to.equal('right');
      el.setAttribute('time-direction', 'ltr');
      await settle(el);
      expect(linePoints(el)[0]!.x).to.be.below(linePoints(el)[5]!.x);
    });

    // The target's value sits in the percent axis's gutter, at the target's height: outside the
    // plot, where no data is drawn, on whichever side the axis is.
    const cases: [string, Record<string, string>, 'left' | 'right'][] = [
      ['en', {}, 'left'],
      ['fa', { lang: 'fa' }, 'right'],
      ['ar', { lang: 'ar' }, 'right'],
      ['fa with time-direction="ltr"', { lang: 'fa', 'time-direction': 'ltr' }, 'left'],
    ];
    for (const [name, attrs, side] of cases) {
      it(`${name}: the target's value is beside the percent axis, on the ${side}, outside the plot`, async () => {
        const el = await mount({ attrs: { points: POINTS, target: '0.03', ...attrs } });
        const label = box(part(el, 'target').querySelector('text')!);
        const line = part(el, 'target').querySelector('line')!;
        const r = box(svgOf(el));
        const [x1, x2] = [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))].sort(
          (p, q) => p - q,
        );
        if (side === 'left') expect(label.right).to.be.at.most(r.left + x1!);
        else expect(label.left).to.be.at.least(r.left + x2!);
        expect(label.left).to.be.at.least(box(el).left);
        expect(label.right).to.be.at.most(box(el).right);
        expect(axisSide(el)).to.equal(side);
      });
    }
  });

  describe('digits', () => {
    it('fa: Persian digits in every label, the table and the name', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa', target: '0.03', table: '' } });
      expect(text($(el, '.base'))).not.to.match(LATIN_DIGIT);
      expect(plot(el).getAttribute('aria-label')).not.to.match(LATIN_DIGIT);
      expect(text(part(el, 'label'))).to.equal('نرخ ریزش مشتری');
    });

    it('ar-EG: Arabic-Indic digits; numbering="latn" overrides', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'ar-EG' } });
      expect(text($(el, '.base'))).not.to.match(LATIN_DIGIT);
      el.setAttribute('numbering', 'latn');
      await settle(el);
      const axis = text(yAxis(el));
      expect(axis).to.match(LATIN_DIGIT);
      expect(latin(axis)).to.equal(axis.replace(/[\u200e\u200f\u061c]/g, ''));
    });

    it('fa with numbering="latn": Latin digits, Persian months', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa', numbering: 'latn' } });
      expect(text($(el, '.axis.bottom'))).to.contain('فروردین 1403');
    });
  });

  describe('size', () => {
    it('240 px wide: the svg takes the content width; nothing overflows', async () => {
      const el = await mount({ attrs: { points: POINTS }, width: 240 });
      const w = Number(svgOf(el).getAttribute('width'));
      expect(w).to.equal(contentWidth(el));
      expect(w).to.be.at.most(240);
      expect(box(svgOf(el)).width).to.be.closeTo(w, 0.5);
      noOverflow(el);
      // The line spans the plot.
      const pts = linePoints(el);
      expect(pts[0]!.x).to.be.above(0);
      expect(pts[5]!.x).to.be.below(w);
    });

    it('follows its container from 240 to 1000 px and back', async () => {
      const el = await mount({ attrs: { points: POINTS }, width: 240 });
      const slot = el.parentElement!;
      const first = linePoints(el)[5]!.x;
      slot.style.width = '1000px';
      await waitUntil(
        () => Number(svgOf(el).getAttribute('width')) === contentWidth(el),
        'no resize to 1000 px',
      );
      await settle(el);
      const w = Number(svgOf(el).getAttribute('width'));
      expect(w).to.be.above(900).and.at.most(1000);
      expect(linePoints(el)[5]!.x).to.be.above(first);
      expect(linePoints(el)[5]!.x).to.be.below(w);
      noOverflow(el);
      slot.style.width = '240px';
      await waitUntil(
        () => Number(svgOf(el).getAttribute('width')) === contentWidth(el),
        'no resize to 240 px',
      );
      await settle(el);
      expect(linePoints(el)[5]!.x).to.be.closeTo(first, 1e-3);
      noOverflow(el);
    });

    it('fewer time ticks in a narrow slot, and they do not overlap', async () => {
      const wide = await mount({ attrs: { points: POINTS }, width: 800 });
      const el = await mount({ attrs: { points: POINTS }, width: 240 });
      const ticks = [...$(el, '.axis.bottom').querySelectorAll('.tick')];
      expect(ticks.length).to.be.within(1, xTicks(wide).length - 1);
      const boxes = ticks.map((g) => [...g.querySelectorAll('text')].map((t) => box(t)));
      for (let i = 1; i < boxes.length; i++)
        for (const a of boxes[i - 1]!) for (const b of boxes[i]!) expect(overlap(a, b)).to.equal(false);
    });

    it('160 px: drawn at its real width, so the pointer finds the period under it and the tooltip stays inside', async () => {
      const el = await mount({ attrs: { points: POINTS }, width: 160 });
      const svg = svgOf(el);
      const w = Number(svg.getAttribute('width'));
      expect(w).to.equal(contentWidth(el));
      // Not scaled down: one svg px is one CSS px (labels keep their size).
      expect(box(svg).width).to.be.closeTo(w, 0.5);
      const pts = linePoints(el);
      const r = box(svg);
      for (const i of [5, 0]) {
        await sendMouse({
          type: 'move',
          position: [Math.round(r.left + pts[i]!.x), Math.round(r.top + pts[i]!.y)],
        });
        await settle(el);
        expect(crosshairX(el), `period ${i}`).to.be.closeTo(pts[i]!.x, 1e-3);
        const t = box(part(el, 'tooltip'));
        expect(t.left, `tooltip ${i}`).to.be.at.least(box(el).left);
        expect(t.right, `tooltip ${i}`).to.be.at.most(box(el).right);
      }
      noOverflow(el);
      await resetMouse();
    });

    it('160 px: no horizontal overflow of the host', async () => {
      const el = await mount({ attrs: { points: POINTS, table: '' }, width: 160 });
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(box(svgOf(el)).width).to.be.at.most(160);
      noOverflow(el);
    });

    it('the table, shown, scrolls inside its own region rather than widening the host', async () => {
      const el = await mount({
        data: { customers: [{ start: '2024-01-01', end: '2024-03-10' }, { start: '2024-02-01' }] },
        attrs: { table: '' },
        width: 240,
      });
      await sized(el);
      noOverflow(el);
      const region = $(el, '.table-wrap');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
    });
  });
});
