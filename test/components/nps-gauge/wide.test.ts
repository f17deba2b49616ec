// <nps-gauge> in a wide slot (1200 px) and a narrow one (320 px): the numbers grouped beside the
// dial, the split bounded, the dial's text no larger than the body text; en, fa, ar, light, dark.
// Layout relations and computed styles only (no pixel values that a font would change).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, box, layout, mount, part, type NpsGauge } from './helpers.js';

// 275 / 140 / 85 → 38; previous 240 / 150 / 110 → 26; the note forced by min-responses.
const DATA = {
  promoters: 275,
  passives: 140,
  detractors: 85,
  previous: { promoters: 240, passives: 150, detractors: 110 },
  target: 40,
};

/**
 * The size a text is drawn at: its computed font size, times the scale of the SVG it is in
 * (an SVG's text grows with the drawing).
 */
const drawnSize = (node: Element) =>
  parseFloat(getComputedStyle(node).fontSize) *
  (node instanceof SVGGraphicsElement ? node.getScreenCTM()!.a : 1);

/** The dial's text: its −100 and 100 ends and the target's label. */
const dialText = (el: NpsGauge) => [...el.shadowRoot!.querySelectorAll('.end'), part(el, 'target-label')];

describe('<nps-gauge> wide and narrow layouts', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const lang of ['en', 'fa', 'ar'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${lang}, ${theme}`, () => {
        const gauge = async (width: number) => {
          await emulateMedia({ colorScheme: theme });
          const el = await mount({ data: DATA, attrs: { lang, 'min-responses': 1000 }, width });
          await layout(el);
          expect(getComputedStyle(el).colorScheme).to.equal(theme);
          return el;
        };

        it('1200 px: the score, the delta, the note and the split stack beside the dial', async () => {
          const el = await gauge(1200);
          const host = box(el);
          const svg = box($(el, 'svg'));
          const rtl = lang != 'en';
          const [readout, delta, note, split] = ['.readout', '.delta', '.note', '.split'].map((s) =>
            box($(el, s)),
          ) as [DOMRect, DOMRect, DOMRect, DOMRect];
          // One column on the far side of the dial, with one start edge.
          for (const b of [readout, delta, note, split]) {
            if (rtl) expect(b.right).to.be.at.most(svg.left);
            else expect(b.left).to.be.at.least(svg.right);
            expect(rtl ? b.right : b.left).to.be.closeTo(rtl ? readout.right : readout.left, 1);
          }
          // In this order, each close under the one before (a small gap against the card's height).
          for (const [upper, lower] of [
            [readout, delta],
            [delta, note],
            [note, split],
          ] as const) {
            expect(lower.top - upper.bottom).to.be.within(-0.5, 0.1 * host.height);
          }
          // The group stays within the dial's height: it does not float in the card.
          const meter = box($(el, '.meter'));
          expect(readout.top).to.be.at.least(meter.top - 0.5);
          expect(split.bottom).to.be.at.most(meter.bottom + 0.5);
        });

        it('1200 px: the split bar is bounded, the dial text no larger than the body text', async () => {
          const el = await gauge(1200);
          const bar = box($(el, '.bar'));
          expect(bar.width).to.be.at.most(0.4 * box(el).width);
          expect(bar.width).to.be.at.most(box($(el, 'svg')).width);
          const body = parseFloat(getComputedStyle(el).fontSize);
          for (const node of dialText(el)) expect(drawnSize(node)).to.be.at.most(body);
          await expect(el).to.be.accessible();
        });

        it('320 px: dial, score, delta, note and split stacked in one centred column', async () => {
          const el = await gauge(320);
          const host = box(el);
          const svg = box($(el, 'svg'));
          const score = box(part(el, 'score'));
          const [readout, delta, note, split] = ['.readout', '.delta', '.note', '.split'].map((s) =>
            box($(el, s)),
          ) as [DOMRect, DOMRect, DOMRect, DOMRect];
          expect(readout.top).to.be.at.least(svg.bottom - 0.5);
          expect(delta.top).to.be.at.least(readout.bottom - 0.5);
          expect(note.top).to.be.at.least(delta.bottom - 0.5);
          expect(split.top).to.be.at.least(note.bottom - 0.5);
          // Dial and score centred in the card: within half the margin's width.
          const margin = box(part(el, 'margin')).width;
          expect((svg.left + svg.right) / 2).to.be.closeTo((host.left + host.right) / 2, 1);
          expect((readout.left + readout.right) / 2).to.be.closeTo((host.left + host.right) / 2, 1);
          expect((score.left + score.right) / 2).to.be.closeTo((host.left + host.right) / 2, margin);
          // The score sits between the dial's ends, overlapping neither.
          for (const end of el.shadowRoot!.querySelectorAll('.end')) {
            const b = box(end);
            expect(b.right <= score.left || b.left >= score.right).to.equal(true);
          }
          const body = parseFloat(getComputedStyle(el).fontSize);
          for (const node of dialText(el)) expect(drawnSize(node)).to.be.at.most(body);
          await expect(el).to.be.accessible();
        });
      });
    }
  }
});
