// <churn-trend>: what is drawn beside the churn line: retention, both lines, the moving average,
// the area, the dots, and the target line.
import { expect } from '@open-wc/testing';
import { movingAverage } from '../../../src/metrics/index.js';
import {
  $,
  fraction,
  has,
  headers,
  linePoints,
  monthStarts,
  mount,
  part,
  parts,
  pathPoints,
  plot,
  plotted,
  rateAt,
  rows,
  settle,
  text,
  yOf,
  yTicks,
  type ChurnTrend,
} from './helpers.js';

/** Jan…Jun 2024. */
const RATES = [0.04, 0.02, 0.06, 0.03, 0.05, 0.01];
const POINTS = JSON.stringify(monthStarts(2024, 1, 6).map((date, i) => ({ date, rate: RATES[i] })));

function expectClose(got: number[], expected: number[], what: string): void {
  expect(got.length, `${what}: ${got.length} points`).to.equal(expected.length);
  got.forEach((v, i) => expect(v, `${what} ${i}`).to.be.closeTo(expected[i]!, 1e-4));
}

const legend = (el: ChurnTrend): string[] =>
  [...part(el, 'legend').querySelectorAll('li')].map((li) => text(li));

describe('<churn-trend> series', () => {
  describe('metric', () => {
    it('churn by default: one line, "Churn rate"', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      expect(el.metric).to.equal('churn');
      expect(parts(el, 'line')).to.have.length(1);
      expect(has(el, 'line-churn')).to.equal(true);
      expect(text(part(el, 'label'))).to.equal('Churn rate');
      expect(legend(el)).to.deep.equal(['Churn']);
      expectClose(plotted(el), RATES, 'churn');
    });

    it('metric="retention" plots 1 − churn on a 0–100% axis', async () => {
      const el = await mount({ attrs: { points: POINTS, metric: 'retention' } });
      expect(has(el, 'line-churn')).to.equal(false);
      expectClose(
        plotted(el, 'retention'),
        RATES.map((r) => 1 - r),
        'retention',
      );
      expect(yTicks(el).map((t) => t.label)).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
      expect(text(part(el, 'label'))).to.equal('Retention rate');
      expect(legend(el)).to.deep.equal(['Retention']);
      expect(await headers(el)).to.deep.equal(['Period', 'Retention']);
      // 1 − 0.04 = 96%, 1 − 0.02 = 98%…, all to one fraction digit under a 0–100% axis.
      expect((await rows(el)).map((r) => r[1])).to.deep.equal([
        '96.0%',
        '98.0%',
        '94.0%',
        '97.0%',
        '95.0%',
        '99.0%',
      ]);
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'Retention rate, Jan 2024 to Jun 2024: latest 99%, average 96.5%',
      );
    });

    it('metric="both" draws two lines on one axis, and the table has both columns', async () => {
      const el = await mount({ attrs: { points: POINTS, metric: 'both' } });
      expect(parts(el, 'line')).to.have.length(2);
      expectClose(plotted(el, 'churn'), RATES, 'churn');
      expectClose(
        plotted(el, 'retention'),
        RATES.map((r) => 1 - r),
        'retention',
      );
      // Same x for both lines.
      expect(linePoints(el, 'churn').map((p) => p.x)).to.deep.equal(
        linePoints(el, 'retention').map((p) => p.x),
      );
      expect(text(part(el, 'label'))).to.equal('Churn and retention');
      expect(legend(el)).to.deep.equal(['Churn', 'Retention']);
      expect(await headers(el)).to.deep.equal(['Period', 'Churn', 'Retention']);
      expect((await rows(el))[0]).to.deep.equal(['Jan 2024', '4.0%', '96.0%']);
    });

    it('switching the metric redraws', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      el.metric = 'retention';
      await settle(el);
      expect(el.getAttribute('metric')).to.equal('retention');
      expectClose(
        plotted(el, 'retention'),
        RATES.map((r) => 1 - r),
        'retention',
      );
    });
  });

  it('rates that are all 0: a line along 0% under a small, non-empty axis', async () => {
    const el = await mount({ data: { points: monthStarts(2024, 1, 3).map((date) => ({ date, rate: 0 })) } });
    const ticks = yTicks(el);
    expect(fraction(ticks[0]!.label)).to.equal(0);
    expect(fraction(ticks.at(-1)!.label)).to.be.above(0);
    for (const p of linePoints(el)) expect(p.y).to.be.closeTo(ticks[0]!.at, 1e-3);
    // One precision for the column: two fraction digits under a 0–1.2% axis.
    expect((await rows(el)).map((r) => r[1])).to.deep.equal(['0.00%', '0.00%', '0.00%']);
  });

  describe('smooth', () => {
    it('smooth="3" draws the trailing 3-period moving average', async () => {
      const el = await mount({ attrs: { points: POINTS, smooth: 3 } });
      const avg = pathPoints(part(el, 'average').getAttribute('d'));
      // (0.04 + 0.02 + 0.06)/3 = 0.04, (0.02 + 0.06 + 0.03)/3 = 0.036667,
      // (0.06 + 0.03 + 0.05)/3 = 0.046667, (0.03 + 0.05 + 0.01)/3 = 0.03; none for the first two.
      expectClose(
        avg.map((p) => rateAt(el, p.y)),
        [0.04, 0.11 / 3, 0.14 / 3, 0.03],
        'average',
      );
      expectClose(
        avg.map((p) => rateAt(el, p.y)),
        movingAverage(RATES, 3).filter((v): v is number => v !== null),
        'movingAverage',
      );
      // At the x of periods 3…6.
      expect(avg.map((p) => p.x)).to.deep.equal(
        linePoints(el)
          .slice(2)
          .map((p) => p.x),
      );
      expect(legend(el)).to.deep.equal(['Churn', '3-period average']);
    });

    it('no average without smooth, or with smooth="1"', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      expect(has(el, 'average')).to.equal(false);
      el.setAttribute('smooth', '1');
      await settle(el);
      expect(has(el, 'average')).to.equal(false);
      el.setAttribute('smooth', '2');
      await settle(el);
      // (0.04 + 0.02)/2 = 0.03 first.
      expect(rateAt(el, pathPoints(part(el, 'average').getAttribute('d'))[0]!.y)).to.be.closeTo(0.03, 1e-4);
    });

    it('with metric="both", an average per line', async () => {
      const el = await mount({ attrs: { points: POINTS, smooth: 3, metric: 'both' } });
      const [churn, retention] = parts(el, 'average').map((p) => pathPoints(p.getAttribute('d')));
      expect(rateAt(el, churn![0]!.y)).to.be.closeTo(0.04, 1e-4);
      expect(rateAt(el, retention![0]!.y)).to.be.closeTo(0.96, 1e-4);
    });
  });

  describe('area and dots', () => {
    it('area fills from the line down to 0%', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      expect(has(el, 'area')).to.equal(false);
      el.setAttribute('area', '');
      await settle(el);
      const d = part(el, 'area').getAttribute('d')!;
      expect(d).to.match(/Z$/);
      const pts = pathPoints(d);
      const line = linePoints(el);
      // Along the line, then back along 0%.
      expect(pts.slice(0, 6)).to.deep.equal(line);
      const zero = yTicks(el).find((t) => fraction(t.label) === 0)!.at;
      expect(pts.slice(6).map((p) => p.y)).to.deep.equal(Array(6).fill(zero));
      expect(pts.slice(6).map((p) => p.x)).to.deep.equal(line.map((p) => p.x).reverse());
    });

    it('a dot on each period of a short series, none on a long one', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const dots = [...el.shadowRoot!.querySelectorAll('svg > circle.dot')];
      const line = linePoints(el);
      expect(dots).to.have.length(6);
      // The path rounds to 3 decimals, the circles do not.
      dots.forEach((c, i) => {
        expect(Number(c.getAttribute('cx')), `cx ${i}`).to.be.closeTo(line[i]!.x, 1e-3);
        expect(Number(c.getAttribute('cy')), `cy ${i}`).to.be.closeTo(line[i]!.y, 1e-3);
      });
      el.setAttribute(
        'points',
        JSON.stringify(monthStarts(2020, 1, 41).map((date) => ({ date, rate: 0.02 }))),
      );
      await settle(el);
      expect(linePoints(el)).to.have.length(41);
      expect(el.shadowRoot!.querySelectorAll('svg > circle.dot')).to.have.length(0);
    });
  });

  describe('target', () => {
    it('target="0.03": a dashed line at the height of 3%, its value beside the axis, named', async () => {
      const el = await mount({ attrs: { points: POINTS, target: '0.03' } });
      const line = part(el, 'target').querySelector('line')!;
      const y = Number(line.getAttribute('y1'));
      expect(Number(line.getAttribute('y2'))).to.equal(y);
      // The 0–7% axis's "3%" tick gives way to the target's own "3%", at the same height.
      expect(yTicks(el).map((t) => t.label)).to.deep.equal(['0%', '1%', '2%', '4%', '5%', '6%', '7%']);
      const value = part(el, 'target').querySelector('.tick')!;
      expect(value.getAttribute('transform')).to.equal(`translate(0,${y})`);
      expect(y).to.be.closeTo(yOf(el, 0.03), 1e-6);
      // A period with a rate of 0.03 (Apr) is drawn on the target line.
      expect(linePoints(el)[3]!.y).to.be.closeTo(y, 1e-3);
      // Across the whole plot.
      const xs = [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))];
      const pts = linePoints(el);
      expect(Math.min(...xs)).to.be.at.most(pts[0]!.x);
      expect(Math.max(...xs)).to.be.at.least(pts[5]!.x);
      expect(text(part(el, 'target'))).to.equal('3%');
      expect(legend(el)).to.deep.equal(['Churn', 'Target 3%']);
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'Churn rate, Jan 2024 to Jun 2024: latest 1%, average 3.5%. Target 3%',
      );
    });

    it('a target above every rate raises the axis to hold it', async () => {
      const el = await mount({ attrs: { points: POINTS, target: '0.2' } });
      const y = Number(part(el, 'target').querySelector('line')!.getAttribute('y1'));
      expect(rateAt(el, y)).to.be.closeTo(0.2, 1e-6);
      // Within the plot: at or below its top grid line.
      const grid = [...el.shadowRoot!.querySelectorAll('[part~="grid"] line')].map((l) =>
        Number(l.getAttribute('y1')),
      );
      expect(y).to.be.at.least(Math.min(...grid) - 1e-6);
      expect(text(part(el, 'target'))).to.equal('20%');
    });

    it('target="0" is drawn on the 0% line', async () => {
      const el = await mount({ attrs: { points: POINTS, target: '0' } });
      const y = Number(part(el, 'target').querySelector('line')!.getAttribute('y1'));
      expect(y).to.be.closeTo(yOf(el, 0), 1e-6);
      // Its "0%" stands in for the axis's own.
      expect(yTicks(el)[0]!.label).to.equal('1%');
      expect(text(part(el, 'target'))).to.equal('0%');
    });

    for (const bad of ['2', '-0.1', 'abc']) {
      it(`an invalid target (${bad}) is ignored`, async () => {
        const el = await mount({ attrs: { points: POINTS, target: bad } });
        expect(has(el, 'target')).to.equal(false);
        expect(legend(el)).to.deep.equal(['Churn']);
        expect(plot(el).getAttribute('aria-label')).not.to.contain('Target');
        // The axis is as without a target: 0–7%.
        expect(yTicks(el).at(-1)!.label).to.equal('7%');
      });
    }

    it('removing the target removes the line', async () => {
      const el = await mount({ attrs: { points: POINTS, target: '0.03' } });
      el.removeAttribute('target');
      await settle(el);
      expect(has(el, 'target')).to.equal(false);
    });

    it('is named in Persian', async () => {
      const el = await mount({ attrs: { points: POINTS, target: '0.03', lang: 'fa' } });
      expect(text(part(el, 'target'))).to.equal('۳٪');
      expect(plot(el).getAttribute('aria-label')).to.match(/\. هدف ۳٪$/);
      expect($(el, '.legend .target').textContent!.trim()).to.equal('هدف ۳٪');
    });
  });
});
