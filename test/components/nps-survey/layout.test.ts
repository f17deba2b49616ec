// <nps-survey> sizes: from a 320 px phone to an 800 px column, in every step and in Persian, the card
// never scrolls sideways; the scale wraps into two rows of thumb-sized buttons under 30rem; the
// popover fits a 320 px window.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  box,
  choose,
  collector,
  has,
  mount,
  part,
  resetStorage,
  scoreButtons,
  settle,
  text,
  type NpsSurvey,
} from './helpers.js';

const WIDTHS = [320, 360, 480, 640, 800];

/** A window wide enough that an 800 px slot (plus the body margin) does not scroll the page. */
const WIDE = { width: 1024, height: 900 };

let initial = { width: 800, height: 600 };
before(() => {
  initial = { width: window.innerWidth, height: window.innerHeight };
});
after(async () => {
  await setViewport(initial);
});

/** Waits for the render and for the layout (container queries) of the new size. */
async function layout(el: NpsSurvey): Promise<void> {
  await settle(el);
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Every rendered part (but the visually hidden honeypot) lies within `frame`; no sideways scroll anywhere. */
function assertFits(el: NpsSurvey, label: string, frame: DOMRect = box(el)): void {
  expect(el.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(el.clientWidth);
  const root = document.documentElement;
  expect(root.scrollWidth, `${label}: document scrollWidth`).to.be.at.most(root.clientWidth);
  const base = part(el, 'base');
  expect(base.scrollWidth, `${label}: base scrollWidth`).to.be.at.most(base.clientWidth);
  const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part], .actions, .labels > span')];
  expect(nodes.length).to.be.at.least(3);
  for (const node of nodes) {
    if (node.closest('.visually-hidden')) continue;
    const b = box(node);
    const what = `${label}: ${node.getAttribute('part') ?? node.className} "${text(node).slice(0, 30)}"`;
    expect(b.width, `${what} width`).to.be.above(0);
    expect(b.left, `${what} left`).to.be.at.least(frame.left - 1);
    expect(b.right, `${what} right`).to.be.at.most(frame.right + 1);
    expect(b.top, `${what} top`).to.be.at.least(frame.top - 1);
    expect(b.bottom, `${what} bottom`).to.be.at.most(frame.bottom + 1);
    // Its own content does not stick out of it either (long words wrap).
    expect(node.scrollWidth, `${what} scrollWidth`).to.be.at.most(Math.ceil(b.width) + 1);
  }
}

/** The distinct tops of the 11 buttons (rows of the scale). */
const rows = (el: NpsSurvey): number[] => [...new Set(scoreButtons(el).map((b) => Math.round(box(b).top)))];

/** Two rows (6 + 5) of buttons at least 40 × 44 px. */
function assertTwoRows(el: NpsSurvey, label: string): void {
  const tops = rows(el);
  expect(tops.length, `${label}: rows`).to.equal(2);
  const first = scoreButtons(el).filter((b) => Math.round(box(b).top) === Math.min(...tops));
  expect(first.map((b) => b.dataset.score)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
  for (const [i, b] of scoreButtons(el).entries()) {
    const r = box(b);
    expect(r.width, `${label}: width of ${i}`).to.be.at.least(40);
    expect(r.height, `${label}: height of ${i}`).to.be.at.least(44);
  }
}

/** Clicks Skip and waits for the render. */
async function skip(el: NpsSurvey): Promise<void> {
  part(el, 'skip').click();
  await settle(el);
}

describe('<nps-survey> sizes from 320 to 800 px', () => {
  before(async () => {
    await setViewport(WIDE);
  });
  beforeEach(resetStorage);

  for (const lang of ['en', 'fa', 'ar']) {
    it(`${lang}: the question step fits at ${WIDTHS.join(', ')} px; two rows at 320 and 360, one at 640 and 800`, async () => {
      const el = await mount({ attrs: { lang, brand: 'Acme' }, width: WIDTHS[0] });
      const slot = el.parentElement!;
      for (const width of WIDTHS) {
        slot.style.width = `${width}px`;
        await layout(el);
        const label = `${lang} ${width}px`;
        // The host is the slot's width, up to its 40rem maximum.
        expect(box(el).width, `${label}: host width`).to.be.closeTo(Math.min(width, 640), 0.5);
        assertFits(el, label);
        if (width <= 360) assertTwoRows(el, label);
        if (width >= 640) {
          expect(rows(el).length, `${label}: rows`).to.equal(1);
          for (const b of scoreButtons(el)) expect(box(b).height).to.be.at.least(44);
        }
      }
    });
  }

  for (const width of WIDTHS) {
    it(`en: the follow-up and thank-you steps fit at ${width} px`, async () => {
      const el = await mount({ attrs: { lang: 'en' }, width });
      await choose(el, 7);
      await layout(el);
      expect(has(el, 'comment')).to.equal(true);
      assertFits(el, `follow-up ${width}px`);
      if (width <= 360) assertTwoRows(el, `follow-up ${width}px`);
      // The comment box, the counter and both buttons are inside the card.
      const card = box(part(el, 'base'));
      for (const name of ['comment', 'counter', 'send', 'skip']) {
        const b = box(part(el, name));
        expect(b.left, name).to.be.at.least(card.left);
        expect(b.right, name).to.be.at.most(card.right);
      }
      await skip(el);
      await layout(el);
      expect(el.step).to.equal('thanks');
      assertFits(el, `thanks ${width}px`);
    });
  }

  it('en at 320 px: a long comment wraps in the comment box, the counter and buttons stay inside', async () => {
    const el = await mount({ attrs: { lang: 'en', 'max-length': 100000 }, width: 320 });
    await choose(el, 0);
    const comment = part(el, 'comment') as HTMLTextAreaElement;
    comment.value = `${'x'.repeat(400)} ${'word '.repeat(200)}`;
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    await layout(el);
    expect(text(part(el, 'counter'))).to.equal('1,401/100,000');
    assertFits(el, 'long comment 320px');
    expect(comment.scrollWidth).to.be.at.most(comment.clientWidth);
  });

  it('a long unbroken question wraps instead of overflowing at 320 px', async () => {
    const el = await mount({
      attrs: { lang: 'en', question: `Would you recommend ${'Supercalifragilistic'.repeat(4)}?` },
      width: 320,
    });
    await layout(el);
    assertFits(el, 'long question 320px');
  });

  for (const width of [320, 360]) {
    it(`fa at ${width} px: every step fits, two rows of thumb-sized buttons`, async () => {
      const el = await mount({ attrs: { lang: 'fa', brand: 'Acme' }, width });
      await layout(el);
      assertFits(el, `fa question ${width}px`);
      assertTwoRows(el, `fa question ${width}px`);
      await choose(el, 9);
      await layout(el);
      assertFits(el, `fa follow-up ${width}px`);
      assertTwoRows(el, `fa follow-up ${width}px`);
      await skip(el);
      await layout(el);
      assertFits(el, `fa thanks ${width}px`);
    });
  }

  it('fa at 320 px: the error note fits', async () => {
    const el = await mount({ attrs: { lang: 'fa', action: collector([{ status: 400 }]) }, width: 320 });
    await choose(el, 3);
    await waitUntil(() => has(el, 'error'), 'no error', { timeout: 5000, interval: 20 });
    await layout(el);
    assertFits(el, 'fa error 320px');
  });

  it('en at 320 px: the queued note fits', async () => {
    const el = await mount({ attrs: { lang: 'en', action: collector([{ status: 500 }]) }, width: 320 });
    await choose(el, 8);
    await waitUntil(() => has(el, 'queued'), 'no queued note', { timeout: 5000, interval: 20 });
    await layout(el);
    assertFits(el, 'queued 320px');
  });
});

describe('<nps-survey> on a 320 px phone', () => {
  afterEach(async () => {
    await setViewport(initial);
  });
  beforeEach(resetStorage);

  it('inline in the page body: the page does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ attrs: { lang: 'en', brand: 'Acme' } });
    await layout(el);
    assertFits(el, 'inline 320px viewport');
    expect(rows(el).length).to.equal(2);
    for (const b of scoreButtons(el)) expect(box(b).height).to.be.at.least(44);
  });

  for (const lang of ['en', 'fa']) {
    it(`${lang}: the popover fits inside the window, in every step`, async () => {
      await setViewport({ width: 320, height: 640 });
      expect(window.innerWidth).to.equal(320);
      const el = await mount({ attrs: { lang, mode: 'popover', open: true } });
      await layout(el);
      const popover = part(el, 'popover');
      expect(popover.matches(':popover-open')).to.equal(true);
      const view = new DOMRect(0, 0, document.documentElement.clientWidth, window.innerHeight);
      const check = (label: string) => {
        const p = box(popover);
        expect(p.width, `${label}: popover width`).to.be.above(200);
        expect(p.left, `${label}: popover left`).to.be.at.least(0);
        expect(p.right, `${label}: popover right`).to.be.at.most(view.right);
        expect(p.top, `${label}: popover top`).to.be.at.least(0);
        expect(p.bottom, `${label}: popover bottom`).to.be.at.most(view.bottom);
        expect(popover.scrollWidth, `${label}: popover scrollWidth`).to.be.at.most(popover.clientWidth);
        assertFits(el, label, p);
      };
      check(`${lang} popover question`);
      expect(rows(el).length).to.equal(2);
      for (const b of scoreButtons(el)) expect(box(b).height).to.be.at.least(44);
      await choose(el, 10);
      await layout(el);
      check(`${lang} popover follow-up`);
      await skip(el);
      await layout(el);
      check(`${lang} popover thanks`);
    });
  }

  it('the viewport is restored after a phone test', async () => {
    await setViewport({ width: 320, height: 640 });
    await setViewport(initial);
    expect(window.innerWidth).to.equal(initial.width);
    expect(window.innerHeight).to.equal(initial.height);
  });
});
