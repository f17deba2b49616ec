import { expect } from '@open-wc/testing';
import { toPNG, toSVG } from '../../../src/charts/export/index.js';
import { bars, churn, count, funnel, gauge, kpi, parse, pixels, pngSize, render, rgb } from './helpers.js';

describe('toPNG', () => {
  for (const [name, tpl] of [
    ['nps-gauge', gauge],
    ['funnel-view', funnel],
    ['churn-trend', churn],
    ['breakdown-bars', bars],
    ['kpi-card', kpi],
  ] as const)
    for (const lang of ['en', 'fa', 'ar'] as const)
      it(`${name} in ${lang}: a PNG of the host's size × scale (1 and 2)`, async () => {
        const el = await render(lang, tpl());
        const box = el.getBoundingClientRect();
        for (const scale of [1, 2]) {
          const blob = await toPNG(el, { scale });
          expect(blob.type).to.equal('image/png');
          const size = await pngSize(blob);
          expect(size.signature).to.equal(true);
          expect([size.width, size.height]).to.deep.equal([
            Math.round(box.width * scale),
            Math.round(box.height * scale),
          ]);
        }
      });

  it('defaults to scale 2 and clamps the scale to 1..4', async () => {
    const el = await render('en', gauge());
    const box = el.getBoundingClientRect();
    const w = async (scale?: number) =>
      (await pngSize(await toPNG(el, scale == null ? {} : { scale }))).width;
    expect(await w()).to.equal(Math.round(box.width * 2));
    expect(await w(0.2)).to.equal(Math.round(box.width));
    expect(await w(9)).to.equal(Math.round(box.width * 4));
  });

  for (const theme of ['light', 'dark'])
    it(`paints the surface and the gauge's zones in ${theme}`, async () => {
      const el = await render('fa', gauge(theme));
      const img = await pixels(await toPNG(el, { scale: 1 }));
      const surface = parse(toSVG(el)).documentElement.children[0]!.getAttribute('fill')!;
      expect(count(img, rgb(surface))).to.be.greaterThan(img.width * img.height * 0.2);
      for (const zone of ['promoter', 'detractor']) {
        const fill = getComputedStyle(el.shadowRoot!.querySelector(`.zone.${zone}`)!).fill;
        expect(count(img, rgb(fill)), `${zone} ${fill}`).to.be.greaterThan(50);
      }
    });

  for (const theme of ['light', 'dark'])
    it(`paints the funnel's bands (HTML boxes) in ${theme}`, async () => {
      const el = await render('ar', funnel(theme));
      const img = await pixels(await toPNG(el, { scale: 2 }));
      const band = getComputedStyle(el.shadowRoot!.querySelector('[part~="band"]')!).backgroundColor;
      expect(count(img, rgb(band)), band).to.be.greaterThan(200);
    });

  it('paints the churn line (inline SVG with axes)', async () => {
    const el = await render('en', churn());
    const img = await pixels(await toPNG(el, { scale: 2 }));
    const line = getComputedStyle(el.shadowRoot!.querySelector('[part~="line"]')!).stroke;
    expect(count(img, rgb(line), 10), line).to.be.greaterThan(20);
  });
});
