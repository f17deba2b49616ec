import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css, nothing, svg } from 'lit';
import {
  TooltipController,
  baseStyles,
  renderTooltip,
  tokens,
  chartTokens,
  tooltipStyles,
} from '../../src/charts/index.js';

interface Point {
  x: number;
  y: number;
  label: string;
}

const TAG = 'test-tooltip-host-c';
/** A 300×200 chart with focusable points; the tooltip follows the active one. */
class TipHost extends LitElement {
  static override styles = [
    tokens,
    chartTokens,
    baseStyles,
    tooltipStyles,
    css`
      :host {
        width: 300px;
        height: 200px;
        /* A bare 300×200 box: the card's edge would shrink the tooltip's containing block. */
        border: 0;
      }
      svg {
        display: block;
      }
      circle {
        fill: var(--_series-1);
      }
    `,
  ];
  tip = new TooltipController(this);
  points: Point[] = [
    { x: 5, y: 5, label: 'January: 12' },
    { x: 150, y: 100, label: 'February: 30' },
    { x: 295, y: 195, label: 'March: 41' },
  ];
  /** Overrides the tooltip's content (e.g. a long text). */
  content: string | null = null;
  override render() {
    const i = this.tip.active === null ? -1 : Number(this.tip.active);
    const p = this.points[i];
    return html`<svg width="300" height="200">
        ${this.points.map(
          (pt, n) =>
            svg`<circle data-tip=${n} cx=${pt.x} cy=${pt.y} r="4" tabindex="0" role="img" aria-label=${pt.label} aria-describedby=${n === i ? 'tip' : nothing}></circle>`,
        )}
      </svg>
      ${renderTooltip({
        id: 'tip',
        open: p !== undefined,
        x: p?.x ?? 0,
        y: p?.y ?? 0,
        content: this.content ?? p?.label ?? '',
        bounds: { width: 300, height: 200 },
      })}`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, TipHost);

async function setup(attrs: { dir?: string; lang?: string; theme?: string } = {}) {
  const wrap = fixtureSync(
    html`<div dir=${attrs.dir ?? 'ltr'} lang=${attrs.lang ?? 'en'}>
      <button type="button">before</button>
      <test-tooltip-host-c theme=${attrs.theme ?? 'auto'}></test-tooltip-host-c>
    </div>`,
  );
  const el = wrap.querySelector(TAG) as TipHost;
  await el.updateComplete;
  const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
  const circles = [...el.shadowRoot!.querySelectorAll('circle')];
  return { wrap, el, tooltip, circles };
}

/** Activates point `i` and waits for the render. */
async function show(el: TipHost, i: number) {
  el.tip.set(String(i));
  await el.updateComplete;
}

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

describe('renderTooltip', () => {
  it('is hidden (and out of the layout) when closed, with pointer-events none', async () => {
    const { tooltip } = await setup();
    expect(tooltip.hidden).to.equal(true);
    expect(getComputedStyle(tooltip).display).to.equal('none');
    expect(tooltip.getAttribute('part')).to.equal('tooltip');
    expect(getComputedStyle(tooltip).pointerEvents).to.equal('none');
  });

  it('opens centred above a point in the middle', async () => {
    const { el, tooltip } = await setup();
    await show(el, 1);
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent!.trim()).to.equal('February: 30');
    const host = el.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(box.left + box.width / 2).to.be.closeTo(host.left + 150, 1);
    expect(box.bottom).to.be.at.most(host.top + 100 - 4);
    expect(inside(box, host)).to.equal(true);
  });

  it('flips below a point near the top edge and stays inside the host near the left edge', async () => {
    const { el, tooltip } = await setup();
    await show(el, 0);
    const host = el.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(tooltip.classList.contains('below')).to.equal(true);
    expect(box.top).to.be.at.least(host.top + 5 + 4);
    expect(box.left).to.be.closeTo(host.left, 0.5);
    expect(inside(box, host)).to.equal(true);
  });

  it('stays inside the host near the bottom-right corner, in RTL too', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const { el, tooltip } = await setup({ dir, lang: dir === 'rtl' ? 'fa' : 'en' });
      el.content = dir === 'rtl' ? 'اسفند: ۴۱' : null;
      await show(el, 2);
      const host = el.getBoundingClientRect();
      const box = tooltip.getBoundingClientRect();
      expect(tooltip.classList.contains('below')).to.equal(false);
      expect(box.right).to.be.closeTo(host.right, 0.5);
      expect(inside(box, host)).to.equal(true);
    }
  });

  it('wraps content wider than the host and keeps it inside', async () => {
    const { el, tooltip } = await setup();
    el.content = 'A very long tooltip text that would never fit on one line of a 300 px chart. '.repeat(3);
    await show(el, 1);
    expect(inside(tooltip.getBoundingClientRect(), el.getBoundingClientRect())).to.equal(true);
  });

  it('honours placement "bottom" and flips above near the bottom edge', async () => {
    const bounds = { width: 300, height: 200 };
    const at = (y: number) =>
      renderTooltip({ id: 't', open: true, x: 10, y, content: 'x', bounds, placement: 'bottom' });
    const cls = (y: number) => String(at(y).values[1]);
    expect(cls(20)).to.equal('tooltip below');
    expect(cls(190)).to.equal('tooltip');
  });

  it('is accessible, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { el } = await setup({ theme });
      await show(el, 1);
      await expect(el).to.be.accessible();
    }
  });
});

describe('TooltipController', () => {
  it('opens on keyboard focus and links the point with aria-describedby; Escape closes it', async () => {
    const { wrap, el, tooltip, circles } = await setup();
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.tip.active === '0', 'first point focused');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(circles[0]);
    expect(tooltip.hidden).to.equal(false);
    expect(circles[0]!.getAttribute('aria-describedby')).to.equal(tooltip.id);
    expect(el.shadowRoot!.getElementById(tooltip.id)).to.equal(tooltip);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.tip.active === '1');
    await el.updateComplete;
    expect(circles[0]!.hasAttribute('aria-describedby')).to.equal(false);
    expect(circles[1]!.getAttribute('aria-describedby')).to.equal('tip');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.tip.active).to.equal(null);
    expect(tooltip.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(circles[1]);
  });

  it('closes when focus leaves the chart', async () => {
    const { wrap, el, tooltip, circles } = await setup();
    circles[2]!.focus();
    await el.updateComplete;
    expect(el.tip.active).to.equal('2');
    wrap.querySelector('button')!.focus();
    await el.updateComplete;
    expect(el.tip.active).to.equal(null);
    expect(tooltip.hidden).to.equal(true);
  });

  it('follows the pointer over points and closes when it leaves the chart', async () => {
    const { el, tooltip, circles } = await setup();
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    const over = (target: Element) =>
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    over(circles[1]!);
    expect(el.tip.active).to.equal('1');
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    expect(circles[1]!.getAttribute('aria-describedby')).to.equal('tip');
    // Over the chart but off any point.
    over(svgEl);
    expect(el.tip.active).to.equal(null);
    over(circles[2]!);
    expect(el.tip.active).to.equal('2');
    el.dispatchEvent(new PointerEvent('pointerleave'));
    expect(el.tip.active).to.equal(null);
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(true);
  });

  it('follows the real mouse (moves inside the shadow root never reach the host)', async () => {
    const { el, circles } = await setup();
    const at = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    };
    const host = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: at(circles[1]!) });
    await waitUntil(() => el.tip.active === '1', 'hover point 1');
    await sendMouse({ type: 'move', position: [Math.round(host.left + 60), Math.round(host.top + 150)] });
    await waitUntil(() => el.tip.active === null, 'off the points');
    await sendMouse({ type: 'move', position: at(circles[0]!) });
    await waitUntil(() => el.tip.active === '0', 'hover point 0');
    await sendMouse({ type: 'move', position: [Math.round(host.right + 40), Math.round(host.bottom + 40)] });
    await waitUntil(() => el.tip.active === null, 'left the chart');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('requests no update when the active item does not change', async () => {
    const { el } = await setup();
    await show(el, 1);
    el.tip.set('1');
    expect(el.isUpdatePending).to.equal(false);
  });
});

const STATIC = 'test-tooltip-static-c';
/** Renders one open tooltip, once: its first render is its only one. */
class StaticTip extends LitElement {
  static override styles = [
    tokens,
    chartTokens,
    baseStyles,
    tooltipStyles,
    css`
      :host {
        width: 300px;
        height: 200px;
      }
    `,
  ];
  override render() {
    const bounds = { width: 300, height: 200 };
    return renderTooltip({ id: 'tip', open: true, x: 150, y: 100, content: 'February: 30', bounds });
  }
}
if (!customElements.get(STATIC)) customElements.define(STATIC, StaticTip);

// Last: a Content-Security-Policy cannot be lifted from a page once it is in force.
describe('renderTooltip under style-src CSP', () => {
  it('positions the tooltip through the CSSOM, even on its first render', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    const el = await fixture<StaticTip>(html`<test-tooltip-static-c></test-tooltip-static-c>`);
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(tooltip.style.getPropertyValue('--_tx')).to.equal('150px');
    const host = el.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    expect(box.left + box.width / 2).to.be.closeTo(host.left + 150, 1);
    expect(box.bottom).to.be.at.most(host.top + 100 - 4);
  });
});
