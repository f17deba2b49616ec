import { expect } from '@open-wc/testing';
import { toSVG } from '../../../src/charts/export/index.js';
import { bars, churn, funnel, gauge, kpi, parse, render, texts } from './helpers.js';

const safe = (svg: string, doc: Document) => {
  expect(doc.querySelector('script, foreignObject')).to.equal(null);
  for (const el of doc.querySelectorAll('*'))
    for (const a of el.attributes) {
      expect(a.name, `${el.localName}[${a.name}]`).not.to.match(/^on/i);
      if (/href$/i.test(a.name)) expect(a.value).to.match(/^#/);
    }
  expect(svg).not.to.include('var(');
  expect(svg).not.to.match(/url\((?!#)/);
};

describe('toSVG', () => {
  for (const [name, tpl] of [
    ['nps-gauge', gauge],
    ['funnel-view', funnel],
    ['churn-trend', churn],
    ['breakdown-bars', bars],
    ['kpi-card', kpi],
  ] as const)
    for (const lang of ['en', 'fa', 'ar'] as const)
      it(`${name} in ${lang}: parses, the host's size, resolved colours, nothing active`, async () => {
        const el = await render(lang, tpl());
        const svg = toSVG(el, { title: `${name} export` });
        const doc = parse(svg);
        const root = doc.documentElement;
        const box = el.getBoundingClientRect();
        expect(root.localName).to.equal('svg');
        expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
        expect(root.getAttribute('viewBox')!.split(' ').map(Number)).to.deep.equal([
          0,
          0,
          Math.round(box.width * 100) / 100,
          Math.round(box.height * 100) / 100,
        ]);
        expect(root.querySelector('title')?.textContent).to.equal(`${name} export`);
        expect(root.children[1]!.localName).to.equal('rect');
        safe(svg, doc);
        expect(texts(doc).length).to.be.greaterThan(0);
        if (lang != 'en') expect(doc.querySelector('text[direction="rtl"]')).not.to.equal(null);
        else expect(doc.querySelector('text[direction="rtl"]')).to.equal(null);
      });

  it("carries the gauge's score, its label and the funnel's stage names", async () => {
    const g = await render('en', gauge());
    const gt = texts(parse(toSVG(g))).join(' ');
    expect(gt).to.include('45');
    expect(gt).to.include('Net Promoter Score');
    const f = await render('en', funnel());
    const ft = texts(parse(toSVG(f)));
    expect(ft).to.include.members(['Visits', 'Leads', 'Customers']);
  });

  it('writes Persian digits in fa and Arabic text right to left in ar', async () => {
    const g = await render('fa', gauge());
    const doc = parse(toSVG(g));
    expect(texts(doc).join(' ')).to.include('۴۵');
    const score = [...doc.querySelectorAll('text')].find((t) => t.textContent == '۴۵')!;
    expect(score.getAttribute('direction')).to.equal('rtl');
    const a = await render('ar', funnel());
    expect([...parse(toSVG(a)).querySelectorAll('text[direction="rtl"]')].length).to.be.greaterThan(2);
  });

  it('clones the inline SVG with computed presentation attributes (the arc zones, the needle rotated)', async () => {
    const g = await render('en', gauge());
    const doc = parse(toSVG(g));
    const inner = doc.documentElement.querySelector('svg')!;
    expect(inner.getAttribute('viewBox')).to.equal('-108 -106 216 114');
    const paths = [...inner.querySelectorAll('path')];
    expect(paths.length).to.be.greaterThan(3);
    for (const p of paths) {
      expect(p.getAttribute('fill')).to.match(/^(rgb|none)/);
      expect(p.hasAttribute('class')).to.equal(false);
      expect(p.hasAttribute('part')).to.equal(false);
      expect(p.hasAttribute('style')).to.equal(false);
    }
    // The needle at 45 points: rotated 40.5° by CSS, written as a transform attribute.
    const needle = paths.find((p) => p.getAttribute('d') == 'M-4 0L0-86 4 0Z')!;
    expect(needle.getAttribute('transform')).to.match(/matrix\(/);
    const zone = g.shadowRoot!.querySelector('.zone')!;
    expect(paths[0]!.getAttribute('fill')).to.equal(getComputedStyle(zone).fill);
  });

  it('resolves light and dark to their own colours', async () => {
    for (const tpl of [gauge, funnel, churn]) {
      const light = toSVG(await render('en', tpl('light')));
      const dark = toSVG(await render('en', tpl('dark')));
      const surface = (s: string) => parse(s).documentElement.children[0]!.getAttribute('fill');
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
      expect(surface(dark)).to.equal('rgb(13, 17, 23)');
      const fills = (s: string) => [...parse(s).querySelectorAll('text')].map((t) => t.getAttribute('fill'));
      expect(fills(light)).not.to.deep.equal(fills(dark));
    }
  });

  it('escapes data: a label with markup comes back as text, with no extra element', async () => {
    const evil = `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`;
    const el = await render('en', funnel('light', evil));
    const svg = toSVG(el);
    const doc = parse(svg);
    safe(svg, doc);
    expect(doc.querySelector('script, img')).to.equal(null);
    expect(texts(doc).join(' ')).to.include(evil);
    expect(svg)
      .to.include('&lt;script&gt;alert(')
      .and.include('&lt;/script&gt; &amp; ')
      .and.not.include('<script');
  });

  it('leaves out what is hidden or marked data-export="skip"', async () => {
    const el = await render('en', funnel());
    const label = el.shadowRoot!.querySelector<HTMLElement>('.label')!;
    const before = texts(parse(toSVG(el)));
    label.dataset.export = 'skip';
    const after = texts(parse(toSVG(el)));
    delete label.dataset.export;
    expect(after.length).to.be.lessThan(before.length);
    // The screen-reader-only live region and tooltips are not drawn.
    for (const t of el.shadowRoot!.querySelectorAll('.visually-hidden'))
      if (t.textContent?.trim()) expect(before).not.to.include(t.textContent.trim());
  });
});
