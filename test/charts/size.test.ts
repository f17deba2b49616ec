import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import type { TemplateResult } from 'lit';
import { SizeController } from '../../src/charts/index.js';

const TAG = 'test-size-host-c';
class SizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .inner {
      width: 50%;
      height: 40px;
    }
  `;
  size = new SizeController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<div class="inner">${this.size.width}×${this.size.height}</div>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, SizeHost);

/** Renders a wrapper without waiting for an animation frame, then the host's first render. */
async function mount(t: TemplateResult) {
  const wrap = fixtureSync<HTMLDivElement>(t);
  const el = wrap.querySelector(TAG) as SizeHost;
  await el.updateComplete;
  return { wrap, el };
}

/** A ResizeObserver stand-in whose entries the test delivers by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets = new Set<Element>();
  constructor(private readonly cb: ResizeObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(t: Element) {
    this.targets.add(t);
  }
  unobserve(t: Element) {
    this.targets.delete(t);
  }
  disconnect() {
    this.targets.clear();
  }
  fire(target: Element, width: number, height: number) {
    const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
    this.cb([entry], this as unknown as ResizeObserver);
  }
}

describe('SizeController (observer entries delivered by the test)', () => {
  let real: typeof ResizeObserver;
  before(() => {
    real = window.ResizeObserver;
    window.ResizeObserver = FakeObserver as unknown as typeof ResizeObserver;
  });
  after(() => {
    window.ResizeObserver = real;
  });

  async function setup() {
    FakeObserver.all = [];
    const { el } = await mount(html`<div><test-size-host-c></test-size-host-c></div>`);
    const ro = FakeObserver.all[0]!;
    return { el, ro };
  }

  it('is 0×0 before the first observation and observes the host', async () => {
    const detached = document.createElement(TAG) as SizeHost;
    expect([detached.size.width, detached.size.height]).to.deep.equal([0, 0]);
    const { el, ro } = await setup();
    expect([el.size.width, el.size.height]).to.deep.equal([0, 0]);
    expect([...ro.targets]).to.deep.equal([el]);
  });

  it('rounds to whole pixels and renders only when the rounded size changes', async () => {
    const { el, ro } = await setup();
    const renders = el.renders;
    ro.fire(el, 159.6, 40.2);
    expect([el.size.width, el.size.height]).to.deep.equal([160, 40]);
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    expect(el.shadowRoot!.querySelector('.inner')!.textContent).to.equal('160×40');
    ro.fire(el, 160.4, 39.7);
    expect(el.isUpdatePending).to.equal(false);
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    ro.fire(el, 160.4, 41);
    await el.updateComplete;
    expect(el.size.height).to.equal(41);
    expect(el.renders).to.equal(renders + 2);
  });

  it('switches to an inner element with observe(el) and ignores stale entries of the host', async () => {
    const { el, ro } = await setup();
    const inner = el.shadowRoot!.querySelector('.inner')!;
    el.size.observe(inner);
    expect([...ro.targets]).to.deep.equal([inner]);
    ro.fire(el, 999, 999);
    expect(el.size.width).to.equal(0);
    ro.fire(inner, 300, 40);
    expect(el.size.width).to.equal(300);
  });

  it('disconnects with the host and observes its target again on reconnection', async () => {
    const { el, ro } = await setup();
    const parent = el.parentElement!;
    el.remove();
    expect(ro.targets.size).to.equal(0);
    parent.append(el);
    expect([...ro.targets]).to.deep.equal([el]);
    expect(FakeObserver.all).to.have.length(1);
  });
});

describe('SizeController (a real ResizeObserver)', () => {
  it('follows the container from 160 px to 800 px and renders the new size', async () => {
    const { wrap, el } = await mount(html`<div><test-size-host-c></test-size-host-c></div>`);
    wrap.style.width = '160px';
    await waitUntil(() => el.size.width === 160, 'width 160');
    expect(el.size.height).to.equal(40);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.inner')!.textContent).to.equal('160×40');
    const renders = el.renders;
    wrap.style.width = '800px';
    await waitUntil(() => el.size.width === 800, 'width 800');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.inner')!.textContent).to.equal('800×40');
    expect(el.renders).to.equal(renders + 1);
  });

  it('does not re-render when a resize rounds to the same size', async () => {
    const { wrap, el } = await mount(html`<div><test-size-host-c></test-size-host-c></div>`);
    wrap.style.width = '800px';
    await waitUntil(() => el.size.width === 800);
    await el.updateComplete;
    const renders = el.renders;
    wrap.style.width = '800.3px';
    // A second observer of the host, created after the controller's, reports after it.
    await new Promise<void>((resolve) => {
      const ro = new ResizeObserver(([e]) => {
        if (e && e.contentRect.width > 800.1) {
          ro.disconnect();
          resolve();
        }
      });
      ro.observe(el);
    });
    await el.updateComplete;
    expect(el.size.width).to.equal(800);
    expect(el.renders).to.equal(renders);
  });

  it('observes an inner element with observe(el)', async () => {
    const { wrap, el } = await mount(html`<div><test-size-host-c></test-size-host-c></div>`);
    wrap.style.width = '600px';
    await waitUntil(() => el.size.width === 600);
    el.size.observe(el.shadowRoot!.querySelector('.inner')!);
    await waitUntil(() => el.size.width === 300, 'inner width 300');
    wrap.style.width = '500px';
    await waitUntil(() => el.size.width === 250, 'inner width 250');
  });
});

describe('SizeController.reported', () => {
  it('resolves once the real observer has reported, after that frame', async () => {
    const { el } = await mount(html`<div style="width: 300px"><test-size-host-c></test-size-host-c></div>`);
    if (!el.size.observed) await el.size.reported();
    expect(el.size.observed).to.equal(true);
    expect(el.size.width).to.equal(300);
    // Already reported: at once.
    await el.size.reported();
  });

  it('resolves after the next frame for an element that is not rendered (no report comes)', async () => {
    const { el } = await mount(html`<div style="display: none"><test-size-host-c></test-size-host-c></div>`);
    await el.size.reported();
    expect(el.size.width).to.equal(0);
  });
});
