// <churn-trend>: 100 000 daily rates. Drawn downsampled with LTTB (about one point per pixel, the
// first, the last and a spike kept); the table lists the last 1000 periods; the keyboard reads the
// full data. No timing assertion: only that it renders and what it renders.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lttb } from '../../../src/charts/lttb.js';
import {
  contentWidth,
  has,
  linePoints,
  mount,
  part,
  plot,
  rateAt,
  readRows,
  rows,
  withTable,
  settle,
  text,
  tip,
  yOf,
  type ChurnTrend,
} from './helpers.js';

const N = 100_000;
const DAY = 864e5;
const T0 = Date.UTC(1750, 0, 1);
/** The index of the one spike: 0.9 on that day. */
const SPIKE = 61_234;
const rateOf = (i: number): number => (i === SPIKE ? 0.9 : 0.02 + 0.01 * Math.sin(i / 40));
const iso = (i: number): string => new Date(T0 + i * DAY).toISOString().slice(0, 10);
const POINTS = Array.from({ length: N }, (_, i) => ({ date: iso(i), rate: rateOf(i) }));

const month = new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short' });
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
/** The table's rates: one precision for the whole column. */
const fixed = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

describe('<churn-trend> 100 000 periods', () => {
  let el: ChurnTrend;

  before(async () => {
    expect(iso(N - 1)).to.equal('2023-10-16');
    // Mounted once for every test here (it is the biggest input the chart is asked to draw).
    el = await mount({ data: { points: POINTS }, width: 800, keep: true });
  });

  after(() => {
    el.parentElement!.remove();
  });

  it('renders: state ready, no message', () => {
    expect(el.state).to.equal('ready');
    expect(has(el, 'message')).to.equal(false);
    expect(text(part(el, 'label'))).to.equal('Churn rate');
  });

  it('draws about one point per pixel of the plot: the LTTB selection', () => {
    const pts = linePoints(el);
    const width = pts[pts.length - 1]!.x - pts[0]!.x;
    expect(pts.length).to.be.at.most(Math.round(width) + 1);
    expect(pts.length).to.be.above(width / 2);
    // Exactly the points Largest-Triangle-Three-Buckets keeps for that many pixels.
    const keep = lttb(
      Float64Array.from({ length: N }, (_, i) => T0 + i * DAY),
      Float64Array.from({ length: N }, (_, i) => rateOf(i)),
      Math.round(width),
    );
    expect(pts.length).to.equal(keep.length);
    keep.forEach((i, k) => {
      if (k % 37 === 0 || i === SPIKE)
        expect(rateAt(el, pts[k]!.y), `day ${i}`).to.be.closeTo(rateOf(i), 1e-4);
    });
    // In time order.
    for (let k = 1; k < pts.length; k++) expect(pts[k]!.x).to.be.above(pts[k - 1]!.x);
  });

  it('keeps the first and the last day', () => {
    const pts = linePoints(el);
    const [first, last] = [pts[0]!, pts[pts.length - 1]!];
    expect(rateAt(el, first.y)).to.be.closeTo(rateOf(0), 1e-4);
    expect(rateAt(el, last.y)).to.be.closeTo(rateOf(N - 1), 1e-4);
    // They span the plot: the x axis runs from the first day to the last.
    const ticks = [...el.shadowRoot!.querySelectorAll('.axis.bottom .tick')];
    expect(ticks.length).to.be.above(1);
    for (const p of pts) expect(p.x).to.be.within(first.x, last.x);
  });

  it('the spike (90% on one day in 100 000) is the highest point drawn, at its date', () => {
    const pts = linePoints(el);
    const top = pts.reduce((a, b) => (b.y < a.y ? b : a));
    expect(top.y).to.be.closeTo(yOf(el, 0.9), 1e-3);
    expect(rateAt(el, top.y)).to.be.closeTo(0.9, 1e-4);
    const [x0, x1] = [pts[0]!.x, pts[pts.length - 1]!.x];
    expect(top.x).to.be.closeTo(x0 + (SPIKE / (N - 1)) * (x1 - x0), 1e-3);
    // Nothing else comes near it.
    expect(pts.filter((p) => rateAt(el, p.y) > 0.1)).to.have.length(1);
  });

  it('the table lists the last 1000 periods and says so', async () => {
    const [r, caption] = await withTable(
      el,
      () => [readRows(el), text(el.shadowRoot!.querySelector('caption'))] as const,
    );
    expect(r).to.have.length(1000);
    expect(caption).to.equal('Churn rate: data (latest 1,000 of 100,000)');
    // The last 1000 days, oldest first.
    expect(r[0]).to.deep.equal([month.format(T0 + (N - 1000) * DAY), fixed.format(rateOf(N - 1000))]);
    expect(r[999]).to.deep.equal([month.format(T0 + (N - 1) * DAY), fixed.format(rateOf(N - 1))]);
    expect(r[999]![0]).to.equal('Oct 2023');
  });

  it('the name summarises all of it', () => {
    expect(plot(el).getAttribute('aria-label')).to.match(
      /^Churn rate, Jan 1750 to Oct 2023: latest [\d.]+%, average [\d.]+%$/,
    );
  });

  it('the keyboard steps through every day, not only the drawn ones', async () => {
    expect(el.isConnected).to.equal(true);
    plot(el).focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(tip(el)).to.equal(`Oct 2023\nChurn ${pct.format(rateOf(N - 1))}`);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(tip(el)).to.equal(`Oct 2023\nChurn ${pct.format(rateOf(N - 2))}`);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(tip(el)).to.equal(`Jan 1750\nChurn ${pct.format(rateOf(0))}`);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(tip(el)).to.equal(`Jan 1750\nChurn ${pct.format(rateOf(1))}`);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(tip(el)).to.equal(null);
  });
});

describe('<churn-trend> 150 000 periods', () => {
  it('still renders: no argument-list limit is hit (state ready, a line, the last day in the table)', async () => {
    const n = 150_000;
    const points = Array.from({ length: n }, (_, i) => ({ date: iso(i), rate: rateOf(i) }));
    const el = await mount({ data: { points } });
    expect(el.state).to.equal('ready');
    const pts = linePoints(el);
    expect(pts.length).to.be.above(100);
    expect(rateAt(el, pts.reduce((a, b) => (b.y < a.y ? b : a)).y)).to.be.closeTo(0.9, 1e-4);
    expect(await rows(el)).to.have.length(1000);
    expect((await rows(el))[999]![1]).to.equal(fixed.format(rateOf(n - 1)));
  });
});

describe('<churn-trend> first render', () => {
  it('draws the line once, at the width of its slot: no drawing at a fallback width first', async () => {
    const n = 20_000;
    const el = document.createElement('churn-trend') as ChurnTrend;
    el.data = {
      dates: Float64Array.from({ length: n }, (_, i) => T0 + i * DAY),
      rates: Float64Array.from({ length: n }, (_, i) => rateOf(i)),
    };
    const slot = document.createElement('div');
    slot.style.width = '640px';
    slot.append(el);
    // Every line drawn into the shadow root, and every change of its d, from the very first render.
    const drawings: string[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) {
        const lines = r.type === 'attributes' ? [r.target] : [...r.addedNodes];
        for (const node of lines) {
          const line =
            node instanceof Element &&
            (node.matches('[part~="line"]') ? node : node.querySelector?.('[part~="line"]'));
          if (line) drawings.push(line.getAttribute('d') ?? '');
        }
      }
    });
    document.body.append(slot);
    try {
      seen.observe(el.shadowRoot!, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['d'],
      });
      await waitUntil(() => drawings.length > 0, 'the line was never drawn');
      // Two more frames: nothing is redrawn once the size is known.
      for (let k = 0; k < 2; k++) await new Promise((r) => requestAnimationFrame(r));
      await settle(el);
      expect(drawings).to.have.length(1);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(Number(svg.getAttribute('width'))).to.equal(contentWidth(el));
      // About one drawn point per pixel of that width.
      const pts = linePoints(el);
      expect(pts.length).to.be.at.most(contentWidth(el));
      expect(pts.length).to.be.above(contentWidth(el) / 2);
    } finally {
      seen.disconnect();
      slot.remove();
    }
  });

  it('a million points as Float64Array columns: the same drawing as the same points given as objects', async () => {
    const n = 1_000_000;
    const dates = Float64Array.from({ length: n }, (_, i) => Date.UTC(2000, 0, 1) + i * DAY);
    const rates = Float64Array.from({ length: n }, (_, i) =>
      i === 777_777 ? 0.6 : 0.03 + 0.02 * Math.sin(i / 500),
    );
    const columnar = await mount({ data: { dates, rates } });
    const drawn = linePoints(columnar);
    expect(columnar.state).to.equal('ready');
    // The spike is drawn, at its height.
    expect(rateAt(columnar, drawn.reduce((a, b) => (b.y < a.y ? b : a)).y)).to.be.closeTo(0.6, 1e-4);
    const objects = await mount({
      data: { points: Array.from(dates, (date, i) => ({ date, rate: rates[i]! })) },
    });
    expect(linePoints(objects)).to.deep.equal(drawn);
    expect(plot(objects).getAttribute('aria-label')).to.equal(plot(columnar).getAttribute('aria-label'));
  });
});

describe('<churn-trend> updateComplete', () => {
  const data = { points: [0, 1, 2].map((i) => ({ date: T0 + i * DAY, rate: rateOf(i) })) };

  /** A chart with `data`, not yet updated, in a slot of the page styled by `style`. */
  const inSlot = (style: Partial<CSSStyleDeclaration>): [ChurnTrend, HTMLDivElement] => {
    const el = document.createElement('churn-trend') as ChurnTrend;
    el.data = data;
    const slot = document.createElement('div');
    Object.assign(slot.style, style);
    slot.append(el);
    document.body.append(slot);
    return [el, slot];
  };

  it('resolves with the chart drawn at its real width', async () => {
    const [el, slot] = inSlot({ width: '520px' });
    try {
      await el.updateComplete;
      expect(Number(el.shadowRoot!.querySelector('svg')?.getAttribute('width'))).to.equal(contentWidth(el));
      expect(linePoints(el)).to.have.length(3);
    } finally {
      slot.remove();
    }
  });

  it('does not wait forever for a chart that is not rendered, and draws it once shown', async () => {
    const [el, slot] = inSlot({ display: 'none' });
    try {
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(has(el, 'line')).to.equal(false);
      slot.style.display = 'block';
      await waitUntil(() => has(el, 'line'), 'the chart was not drawn once shown');
      expect(Number(el.shadowRoot!.querySelector('svg')?.getAttribute('width'))).to.equal(contentWidth(el));
    } finally {
      slot.remove();
    }
  });
});
