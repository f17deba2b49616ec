// <nps-gauge>: the target marker outside the rim and its label, clear of the needle, of the
// dial's ends and of the host's edges, in en, fa and ar. Layout relations only (no pixel values).
import { expect } from '@open-wc/testing';
import { $, box, layout, mount, part, text, type NpsGauge } from './helpers.js';

// 69 / 0 / 31: NPS (69 − 31) / 100 · 100 = 38, two points below a target of 40.
const NEAR = { promoters: 69, passives: 0, detractors: 31 };
const LANGS = ['en', 'fa', 'ar'] as const;
const LABEL = { en: 'Target 40', fa: 'هدف ۴۰', ar: 'الهدف 40' };

/** Whether two boxes share any area (touching edges do not count). */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * The dial's centre (the hub's centre) and the outer radius and top of its zones as drawn, in px:
 * their boxes (fill only) grown by half their stroke.
 */
function dial(el: NpsGauge) {
  const hub = box($(el, '.hub'));
  const nodes = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.zone')];
  const zones = nodes.map(box);
  const stroke = (parseFloat(getComputedStyle(nodes[0]!).strokeWidth) / 2) * nodes[0]!.getScreenCTM()!.a;
  const left = Math.min(...zones.map((z) => z.left));
  const right = Math.max(...zones.map((z) => z.right));
  const top = Math.min(...zones.map((z) => z.top)) - stroke;
  return {
    x: (hub.left + hub.right) / 2,
    y: (hub.top + hub.bottom) / 2,
    r: (right - left) / 2 + stroke,
    top,
  };
}

/** Distance from a point to the nearest point of a box. */
const distance = (x: number, y: number, b: DOMRect) =>
  Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));

describe('<nps-gauge> target marker', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      it('is labelled "Target 40" in the language and named in the meter', async () => {
        const el = await mount({ data: { ...NEAR, target: 40 }, attrs: { lang }, width: 320 });
        expect(text(part(el, 'target-label'))).to.equal(LABEL[lang]);
        expect($(el, '[role="meter"]').getAttribute('aria-label')).to.match(
          new RegExp(`\\. ${LABEL[lang]}$`),
        );
      });

      for (const target of [-100, -60, 0, 40, 60, 100]) {
        it(`target ${target}: the marker lies outside the arc, its label above the arc`, async () => {
          const el = await mount({ data: { ...NEAR, target }, attrs: { lang }, width: 320 });
          await layout(el);
          const d = dial(el);
          const marker = box(part(el, 'target'));
          expect(distance(d.x, d.y, marker)).to.be.at.least(d.r);
          // Left of the hub for a target below 0, right of it above 0, over it at 0.
          const mid = (marker.left + marker.right) / 2;
          if (target < 0) expect(mid).to.be.below(d.x);
          else if (target > 0) expect(mid).to.be.above(d.x);
          else expect(mid).to.be.closeTo(d.x, marker.width / 2);
          expect(box(part(el, 'target-label')).bottom).to.be.at.most(d.top + 0.5);
        });
      }

      it('target 40, score 38: neither the marker nor its label overlaps the needle', async () => {
        const el = await mount({ data: { ...NEAR, target: 40 }, attrs: { lang }, width: 320 });
        await layout(el);
        const needle = box(part(el, 'needle'));
        expect(overlap(box(part(el, 'target')), needle)).to.equal(false);
        expect(overlap(box(part(el, 'target-label')), needle)).to.equal(false);
      });

      for (const target of [-100, 0, 100]) {
        it(`target ${target} at 320 px: the label is inside the host, clear of the ends and the caption`, async () => {
          const el = await mount({ data: { ...NEAR, target }, attrs: { lang }, width: 320 });
          await layout(el);
          const host = box(el);
          const label = box(part(el, 'target-label'));
          expect(label.left).to.be.at.least(host.left);
          expect(label.right).to.be.at.most(host.right);
          expect(label.top).to.be.at.least(box(part(el, 'label')).bottom);
          const tl = part(el, 'target-label');
          expect(tl.scrollWidth).to.be.at.most(Math.ceil(label.width) + 1);
          for (const end of el.shadowRoot!.querySelectorAll('.end')) {
            expect(overlap(label, box(end))).to.equal(false);
            expect(overlap(box(part(el, 'target')), box(end))).to.equal(false);
          }
        });
      }
    });
  }

  it('is drawn in its own colour, unlike the needle', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ data: { ...NEAR, target: 40 }, attrs: { theme } });
      const marker = getComputedStyle(part(el, 'target').querySelector('path')!).fill;
      expect(marker).not.to.equal(getComputedStyle(part(el, 'needle')).fill);
      expect(getComputedStyle(part(el, 'target-label')).color).to.equal(marker);
    }
  });

  it('follows --crm-color-target', async () => {
    const el = await mount({ data: { ...NEAR, target: 40 } });
    el.style.setProperty('--crm-color-target', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'target').querySelector('path')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'target-label')).color).to.equal('rgb(1, 2, 3)');
  });

  it('sits in the same place whatever the direction (the dial does not mirror)', async () => {
    const ltr = await mount({ data: { ...NEAR, target: 60 }, attrs: { lang: 'en' }, width: 320 });
    const rtl = await mount({ data: { ...NEAR, target: 60 }, attrs: { lang: 'fa' }, width: 320 });
    await layout(rtl);
    const at = (el: NpsGauge) => {
      const m = box(part(el, 'target'));
      return (m.left + m.right) / 2 - box(el).left;
    };
    expect(at(rtl)).to.be.closeTo(at(ltr), 0.5);
  });
});
