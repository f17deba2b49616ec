import { expect, fixtureSync, html } from '@open-wc/testing';
import { scaleBand, scaleLinear, scaleLog, scalePoint, scaleSqrt, scaleUtc } from 'd3-scale';
import { LitElement, svg } from 'lit';
import {
  axisStyles,
  baseStyles,
  horizontalRange,
  mirrorMargin,
  renderAxis,
  renderGrid,
  ticksOf,
  tokens,
  chartTokens,
} from '../../src/charts/index.js';
import type { Orient, Tick } from '../../src/charts/index.js';

const fa = new Intl.NumberFormat('fa').format;
const arEG = new Intl.NumberFormat('ar-EG').format;
const en = new Intl.NumberFormat('en').format;

describe('ticksOf', () => {
  it('places linear ticks left-to-right in LTR', () => {
    const x = scaleLinear()
      .domain([0, 100])
      .range(horizontalRange(400, { left: 40, right: 10 }, false));
    const ticks = ticksOf(x, 10, en);
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(ticks[0]!.offset).to.equal(40);
    expect(ticks[5]!.offset).to.equal(215);
    expect(ticks[10]!.offset).to.equal(390);
    expect(ticks[5]!.label).to.equal('50');
  });

  it('mirrors them in RTL: the first value on the right, labels in Persian digits', () => {
    const range = horizontalRange(400, { left: 40, right: 10 }, true);
    expect(range).to.deep.equal([390, 40]);
    const ticks = ticksOf(scaleLinear().domain([0, 100]).range(range), 10, fa);
    expect(ticks[0]!.offset).to.equal(390);
    expect(ticks[10]!.offset).to.equal(40);
    expect(ticks.map((t) => t.label)).to.include('۵۰');
    expect(ticks.map((t) => t.label)).to.include('۱۰۰');
  });

  it('labels with Arabic-Indic digits for ar-EG', () => {
    const ticks = ticksOf(scaleLinear().domain([0, 100]).range([0, 100]), 2, arEG);
    expect(ticks.map((t) => t.label)).to.deep.equal(['٠', '٥٠', '١٠٠']);
  });

  it('mirrors a margin written for LTR', () => {
    const m = { top: 4, right: 8, bottom: 20, left: 36 };
    expect(mirrorMargin(m, false)).to.equal(m);
    expect(mirrorMargin(m, true)).to.deep.equal({ top: 4, right: 36, bottom: 20, left: 8 });
    expect(horizontalRange(300, mirrorMargin(m, true), true)).to.deep.equal([264, 8]);
  });

  it('ticks a UTC time scale at month starts, with dates as values', () => {
    const x = scaleUtc()
      .domain([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 6, 1))])
      .range([0, 600]);
    const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
    const ticks = ticksOf(x, 6, (d) => month.format(d));
    expect(ticks.map((t) => t.label)).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
    expect(ticks.every((t) => t.value instanceof Date && t.value.getUTCDate() === 1)).to.equal(true);
    expect(ticks[0]!.offset).to.equal(0);
    expect(ticks[6]!.offset).to.equal(600);
    const persian = new Intl.DateTimeFormat('fa-u-ca-persian', { month: 'long', timeZone: 'UTC' });
    expect(ticksOf(x, 6, (d) => persian.format(d))[0]!.label).to.equal('دی');
  });

  it('puts band ticks in the middle of each band, mirrored in RTL', () => {
    const ltr = ticksOf(scaleBand<string>().domain(['a', 'b', 'c']).range([0, 300]), 10, String);
    expect(ltr.map((t) => [t.value, t.offset, t.label])).to.deep.equal([
      ['a', 50, 'a'],
      ['b', 150, 'b'],
      ['c', 250, 'c'],
    ]);
    const rtl = scaleBand<string>()
      .domain(['a', 'b', 'c'])
      .range(horizontalRange(300, { left: 0, right: 0 }, true));
    expect(ticksOf(rtl, 10, String).map((t) => t.offset)).to.deep.equal([250, 150, 50]);
    const point = scalePoint<string>().domain(['x', 'y']).range([0, 100]);
    expect(ticksOf(point, 10, String).map((t) => t.offset)).to.deep.equal([0, 100]);
  });

  it('works with log and sqrt scales', () => {
    const log = ticksOf(scaleLog().domain([1, 1000]).range([0, 300]), 3, en);
    expect(log.find((t) => t.value === 10)!.offset).to.be.closeTo(100, 1e-9);
    const sqrt = ticksOf(scaleSqrt().domain([0, 100]).range([0, 100]), 2, en);
    expect(sqrt.map((t) => t.value)).to.deep.equal([0, 50, 100]);
    expect(sqrt[1]!.offset).to.be.closeTo(Math.sqrt(0.5) * 100, 1e-9);
  });
});

const TAG = 'test-axis-host-c';
class AxisHost extends LitElement {
  static override styles = [tokens, chartTokens, baseStyles, axisStyles];
  ticks: Tick<unknown>[] = [];
  orient: Orient = 'bottom';
  override render() {
    const v = this.orient === 'left' || this.orient === 'right';
    return html`<svg width="400" height="300" aria-hidden="true">
      ${renderGrid(this.ticks, { orient: this.orient, length: 200, offset: 50 })}
      ${renderAxis(this.ticks, { orient: this.orient, offset: v ? 200 : 150 })}
      ${svg`<circle cx="0" cy="0" r="1"></circle>`}
    </svg>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, AxisHost);

async function renderHost(orient: Orient, dir: 'ltr' | 'rtl', lang = 'en') {
  const wrap = fixtureSync(html`<div dir=${dir} lang=${lang}><test-axis-host-c></test-axis-host-c></div>`);
  const el = wrap.querySelector(TAG) as AxisHost;
  const format = new Intl.NumberFormat(lang).format;
  const v = orient === 'left' || orient === 'right';
  const range: [number, number] = v
    ? [250, 50]
    : horizontalRange(400, { left: 50, right: 50 }, dir === 'rtl');
  el.ticks = ticksOf(scaleLinear().domain([0, 100]).range(range), 2, format);
  el.orient = orient;
  el.requestUpdate();
  await el.updateComplete;
  const root = el.shadowRoot!;
  const axis = root.querySelector('[part="axis"]')!;
  const texts = [...axis.querySelectorAll('text')];
  const lines = [...axis.querySelectorAll('line')];
  return { el, root, axis, texts, lines };
}

/**
 * Where a label's glyphs are drawn, in client coordinates: its baseline and ink from the font in
 * use (canvas metrics of the label's own text and computed font). A `<text>`'s client rect is
 * the font's line box, whose ascent and descent differ from font to font (at 12 px: 17 px tall
 * in Noto Sans, 14 in DejaVu Sans); the ink is what a reader sees touch a tick or not.
 */
function ink(text: SVGTextElement) {
  const box = text.getBoundingClientRect();
  // The first glyph's start sits on the baseline; the user-space bbox maps it to client y.
  const baseline = box.top + (text.getStartPositionOfChar(0).y - text.getBBox().y);
  const style = getComputedStyle(text);
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const m = ctx.measureText(text.textContent!);
  return { box, top: baseline - m.actualBoundingBoxAscent, bottom: baseline + m.actualBoundingBoxDescent };
}

describe('renderAxis', () => {
  it('renders a tick line and a <text> label per tick in part="axis"', async () => {
    const { axis, texts, lines } = await renderHost('bottom', 'ltr');
    expect(axis.getAttribute('aria-hidden')).to.equal('true');
    expect(texts.map((t) => t.textContent)).to.deep.equal(['0', '50', '100']);
    expect(lines).to.have.length(3);
    expect(texts.map((t) => t.getAttribute('text-anchor'))).to.deep.equal(['middle', 'middle', 'middle']);
  });

  it('centres bottom labels under their ticks and top labels above', async () => {
    for (const orient of ['bottom', 'top'] as const) {
      const { texts, lines } = await renderHost(orient, 'ltr');
      const t = ink(texts[1]!);
      const l = lines[1]!.getBoundingClientRect();
      expect(t.box.left + t.box.width / 2).to.be.closeTo(l.left, Math.max(1, 0.02 * t.box.width));
      // The glyphs clear the tick's end, whatever the font's ascent and descent.
      if (orient === 'bottom') expect(t.top).to.be.greaterThan(l.bottom);
      else expect(t.bottom).to.be.lessThan(l.top);
    }
  });

  it('runs the x axis right-to-left in RTL with Persian labels', async () => {
    const { texts } = await renderHost('bottom', 'rtl', 'fa');
    expect(texts.map((t) => t.textContent)).to.deep.equal(['۰', '۵۰', '۱۰۰']);
    const [zero, , hundred] = texts.map((t) => t.getBoundingClientRect().left);
    expect(zero).to.be.greaterThan(hundred!);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`anchors left-axis labels left of the axis and right-axis labels right of it (${dir})`, async () => {
      for (const orient of ['left', 'right'] as const) {
        const { texts, lines } = await renderHost(orient, dir, dir === 'rtl' ? 'ar-EG' : 'en');
        expect(texts[0]!.getAttribute('text-anchor')).to.equal(orient === 'left' ? 'end' : 'start');
        const anchor = getComputedStyle(texts[0]!).textAnchor;
        // SVG start/end follow the direction: axisStyles mirrors them in RTL.
        expect(anchor).to.equal((orient === 'left') === (dir === 'ltr') ? 'end' : 'start');
        for (const [i, text] of texts.entries()) {
          const t = ink(text);
          const l = lines[i]!.getBoundingClientRect();
          if (orient === 'left') expect(t.box.right).to.be.at.most(l.left);
          else expect(t.box.left).to.be.at.least(l.right);
          // The glyphs are centred on the tick, within a share of the label's own height: fonts'
          // digits are 0.65–0.75 em tall (their centre moves < 0.05 em); a wrong baseline (that
          // of a top or bottom axis) moves it by more than 0.3 em.
          expect((t.top + t.bottom) / 2).to.be.closeTo(l.top + l.height / 2, 0.15 * t.box.height);
        }
      }
    });
  }

  it('paints labels in muted text and lines in the axis colour', async () => {
    const { texts, lines } = await renderHost('left', 'ltr');
    expect(getComputedStyle(texts[0]!).fill).to.equal('rgb(89, 99, 110)');
    expect(getComputedStyle(lines[0]!).stroke).to.equal('rgb(129, 139, 152)');
  });
});

describe('renderGrid', () => {
  it('draws horizontal lines for a left/right axis and vertical lines for top/bottom', async () => {
    const h = await renderHost('right', 'rtl');
    const hl = [...h.root.querySelectorAll('[part="grid"] line')];
    expect(hl.map((l) => [l.getAttribute('x1'), l.getAttribute('x2'), l.getAttribute('y1')])).to.deep.equal([
      ['50', '250', '250'],
      ['50', '250', '150'],
      ['50', '250', '50'],
    ]);
    expect(getComputedStyle(hl[0]!).stroke).to.equal('rgb(209, 217, 224)');
    const v = await renderHost('bottom', 'ltr');
    const vl = [...v.root.querySelectorAll('[part="grid"] line')];
    expect(vl.map((l) => [l.getAttribute('x1'), l.getAttribute('y1'), l.getAttribute('y2')])).to.deep.equal([
      ['50', '50', '250'],
      ['200', '50', '250'],
      ['350', '50', '250'],
    ]);
    expect(v.root.querySelector('[part="grid"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('is accessible in en, fa and ar', async () => {
    for (const [dir, lang] of [
      ['ltr', 'en'],
      ['rtl', 'fa'],
      ['rtl', 'ar'],
    ] as const) {
      const { el } = await renderHost('left', dir, lang);
      await expect(el).to.be.accessible();
    }
  });
});
