// <ces-survey> sizes: from a 320 px phone to a 1200 px slot, on both scales, in en, fa and ar and
// in every step, nothing scrolls sideways or sticks out of the card; the 7 (or 5) buttons stay in
// one row of equal, non-overlapping columns; the end labels do not overlap; the popover fits a
// 320 px window. Only layout relations are compared, never a text's pixel size.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  $,
  box,
  choose,
  mount,
  part,
  resetStorage,
  scoreButtons,
  settle,
  skip,
  text,
  type CesSurvey,
} from './helpers.js';

let initial = { width: 800, height: 600 };
before(() => {
  initial = { width: window.innerWidth, height: window.innerHeight };
});
after(async () => {
  await setViewport(initial);
});

async function layout(el: CesSurvey): Promise<void> {
  await settle(el);
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** Every rendered part (but the visually hidden honeypot) lies within the host; no sideways scroll. */
function assertFits(el: CesSurvey, label: string): void {
  const frame = box(el);
  expect(el.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(el.clientWidth);
  const root = document.documentElement;
  expect(root.scrollWidth, `${label}: document scrollWidth`).to.be.at.most(root.clientWidth);
  const base = part(el, 'base');
  expect(base.scrollWidth, `${label}: base scrollWidth`).to.be.at.most(base.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part], .actions, .labels > span')) {
    if (node.closest('.visually-hidden')) continue;
    const b = box(node);
    const what = `${label}: ${node.getAttribute('part') ?? node.className} "${text(node).slice(0, 30)}"`;
    expect(b.left, `${what} left`).to.be.at.least(frame.left - 1);
    expect(b.right, `${what} right`).to.be.at.most(frame.right + 1);
    expect(node.scrollWidth, `${what} scrollWidth`).to.be.at.most(Math.ceil(b.width) + 1);
  }
}

/** One row of equal columns that do not overlap, in the direction's order; end labels apart. */
function assertScale(el: CesSurvey, max: number, label: string): void {
  const boxes = scoreButtons(el).map((b) => box(b));
  expect(boxes, label).to.have.length(max);
  const rtl = part(el, 'base').getAttribute('dir') == 'rtl';
  for (const [i, b] of boxes.entries()) {
    expect(b.top, `${label}: ${i + 1} in the row of 1`).to.be.closeTo(boxes[0]!.top, 1);
    expect(b.width, `${label}: ${i + 1} as wide as 1`).to.be.closeTo(boxes[0]!.width, 1);
    if (i) {
      const prev = boxes[i - 1]!;
      if (rtl) expect(b.right, `${label}: ${i + 1} left of ${i}`).to.be.at.most(prev.left + 0.5);
      else expect(b.left, `${label}: ${i + 1} right of ${i}`).to.be.at.least(prev.right - 0.5);
    }
  }
  const low = box($(el, '#low'));
  const high = box($(el, '#high'));
  if (rtl) expect(high.right, `${label}: labels apart`).to.be.at.most(low.left + 0.5);
  else expect(low.right, `${label}: labels apart`).to.be.at.most(high.left + 0.5);
  // The labels are under the buttons.
  expect(low.top, `${label}: labels under the scale`).to.be.at.least(boxes[0]!.bottom - 0.5);
}

describe('<ces-survey> sizes from 320 to 1200 px', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(resetStorage);

  for (const lang of ['en', 'fa', 'ar'])
    for (const [scale, max] of [
      ['1-7', 7],
      ['1-5', 5],
    ] as const)
      it(`${lang} ${scale}: question, follow-up and thanks fit at 320, 360, 480, 800 and 1200 px`, async () => {
        const el = await mount({ attrs: { lang, scale, brand: 'Acme' }, width: 320 });
        const slot = el.parentElement!;
        const widths = [320, 360, 480, 800, 1200];
        for (const width of widths) {
          slot.style.width = `${width}px`;
          await layout(el);
          expect(box(el).width, `${width}: host no wider than its slot`).to.be.at.most(width + 0.5);
          assertFits(el, `${lang} ${scale} question ${width}px`);
          assertScale(el, max, `${lang} ${scale} question ${width}px`);
        }
        await choose(el, max);
        for (const width of widths) {
          slot.style.width = `${width}px`;
          await layout(el);
          assertFits(el, `${lang} ${scale} follow-up ${width}px`);
          assertScale(el, max, `${lang} ${scale} follow-up ${width}px`);
          const card = box(part(el, 'base'));
          for (const name of ['comment', 'send', 'skip']) {
            const b = box(part(el, name));
            expect(b.left).to.be.at.least(card.left);
            expect(b.right).to.be.at.most(card.right);
          }
          // Send and Skip do not overlap.
          const send = box(part(el, 'send'));
          const skipBox = box(part(el, 'skip'));
          expect(
            send.right <= skipBox.left + 0.5 ||
              skipBox.right <= send.left + 0.5 ||
              send.top >= skipBox.bottom - 0.5,
          ).to.equal(true);
        }
        await skip(el);
        for (const width of [320, 1200]) {
          slot.style.width = `${width}px`;
          await layout(el);
          assertFits(el, `${lang} ${scale} thanks ${width}px`);
        }
      });

  it('at 1200 px the card takes no more than its maximum and the 1-5 buttons are wider than the 1-7 ones', async () => {
    const seven = await mount({ attrs: { lang: 'en' }, width: 1200 });
    const five = await mount({ attrs: { lang: 'en', scale: '1-5' }, width: 1200 });
    await layout(seven);
    await layout(five);
    expect(box(seven).width).to.be.closeTo(box(five).width, 0.5);
    expect(box(scoreButtons(five)[0]!).width).to.be.above(box(scoreButtons(seven)[0]!).width);
  });

  it('the popover fits a 320 px window, in Persian too', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['en', 'fa']) {
        const el = await mount({ attrs: { mode: 'popover', lang } });
        const pop = () => el.shadowRoot!.querySelector<HTMLElement>("[part~='popover']");
        await waitUntil(() => pop()?.matches(':popover-open'), 'the popover never opened', { timeout: 3000 });
        await layout(el);
        const b = box(pop()!);
        expect(b.left, lang).to.be.at.least(0);
        expect(b.right, lang).to.be.at.most(window.innerWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        const buttons = scoreButtons(el).map((x) => box(x));
        for (const x of buttons) {
          expect(x.left).to.be.at.least(b.left);
          expect(x.right).to.be.at.most(b.right);
        }
        el.remove();
      }
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
