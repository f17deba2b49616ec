// The export engine (src/charts/export): CSV text, the SVG snapshot of a rendered element, and the
// PNG painted from it, on real elements in en, fa and ar, light and dark.
import { expect } from '@open-wc/testing';
import { toCSV, toPNG, toSVG } from '../../../src/charts/export/index.js';
import '../../../src/components/nps-gauge/index.js';
import '../../../src/components/funnel-view/index.js';
import '../../../src/components/churn-trend/index.js';
import '../../../src/components/breakdown-bars/index.js';
import '../../../src/components/kpi-card/index.js';
import { afterFrames, mountElement, type Host, type MountOptions } from '../../components/harness.js';

const NPS = { promoters: 60, passives: 25, detractors: 15 };
const FUNNEL = {
  stages: [
    { label: 'Visits', value: 1200 },
    { label: 'Leads', value: 300 },
    { label: 'Customers', value: 42 },
  ],
};
const CHURN = {
  points: [
    { date: '2024-01-01', rate: 0.05 },
    { date: '2024-02-01', rate: 0.04 },
    { date: '2024-03-01', rate: 0.06 },
  ],
};

const mount = async (tag: string, options: MountOptions): Promise<Host & HTMLElement> => {
  const el = await mountElement<Host & HTMLElement>(tag, { width: 420, ...options });
  await afterFrames(el, 2);
  // The gauge's needle turns in with a transition: the snapshot is taken once it has stopped.
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => {})));
  return el;
};

const parse = (svg: string): Document => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'parses as XML').to.equal(null);
  return doc;
};

const texts = (doc: Document): string =>
  [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking its signature. */
async function pngSize(blob: Blob): Promise<[number, number]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(String.fromCharCode(...bytes.slice(12, 16))).to.equal('IHDR');
  const view = new DataView(bytes.buffer);
  return [view.getUint32(16), view.getUint32(20)];
}

/** The distinct opaque colours of a PNG, as `r,g,b` (rounded to 8 levels against anti-aliasing). */
async function colours(blob: Blob): Promise<Set<string>> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i += 4)
    if (data[i + 3]! > 250) seen.add(`${data[i]! >> 5},${data[i + 1]! >> 5},${data[i + 2]! >> 5}`);
  return seen;
}

const key = (rgb: string): string => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return `${r >> 5},${g >> 5},${b >> 5}`;
};

describe('toCSV', () => {
  it('writes RFC 4180 with a BOM, CRLF, quoted fields and formula cells neutralised', () => {
    const csv = toCSV({
      columns: ['Stage', 'Count', 'Note'],
      rows: [
        ['Visits, all', 1200, 'said "hi"'],
        ['line\nbreak', -0.125, null],
        ['=1+1', 3, '+x'],
        ['-x', 0, '@sum'],
        ['\tTab', Number.NaN, Infinity],
        ['بازدید', 1e-7, '2024-03-01'],
      ],
    });
    expect(csv).to.equal(
      '\uFEFFStage,Count,Note\r\n' +
        '"Visits, all",1200,"said ""hi"""\r\n' +
        '"line\nbreak",-0.125,\r\n' +
        "'=1+1,3,'+x\r\n" +
        "'-x,0,'@sum\r\n" +
        "'\tTab,,\r\n" +
        'بازدید,1e-7,2024-03-01\r\n',
    );
  });

  it('writes numbers with Latin digits whatever the page language', () => {
    document.documentElement.lang = 'fa';
    try {
      expect(toCSV({ columns: ['n'], rows: [[1234567.5]] })).to.equal('\uFEFFn\r\n1234567.5\r\n');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('toSVG', () => {
  it('snapshots a gauge: size, texts, resolved colours, no script or styling hooks', async () => {
    const el = await mount('nps-gauge', { data: NPS });
    const { width, height } = el.getBoundingClientRect();
    const svg = toSVG(el, { title: 'Net Promoter Score' });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).to.equal(
      `0 0 ${Math.round(width * 100) / 100} ${Math.round(height * 100) / 100}`,
    );
    expect(doc.querySelector('title')?.textContent).to.equal('Net Promoter Score');
    expect(texts(doc)).to.include('45');
    expect(doc.querySelectorAll('path').length, 'the arc is drawn').to.be.greaterThan(0);
    expect(svg).not.to.match(/var\(|<script|foreignObject|\son\w+=|\sclass=|\spart=|\sstyle=/);
    for (const path of doc.querySelectorAll('path'))
      expect(path.getAttribute('fill'), 'fill resolved').to.match(/^(rgb|color|oklch|none|#)/);
  });

  it('draws every opaque colour, also one whose blue is 0 (the passives’ amber)', async () => {
    const el = await mount('nps-gauge', { data: NPS });
    const fills = new Set([...parse(toSVG(el)).querySelectorAll('rect')].map((r) => r.getAttribute('fill')));
    for (const zone of ['promoter', 'passive', 'detractor']) {
      const swatch =
        el.shadowRoot!.querySelector(`.legend li.${zone} .swatch`) ??
        el.shadowRoot!.querySelector(`.bar > .${zone}`);
      expect(swatch, zone).to.not.equal(null);
      expect(fills, zone).to.include(getComputedStyle(swatch!).backgroundColor);
    }
  });

  it('draws HTML boxes (funnel bars) as rectangles in their own colours', async () => {
    const el = await mount('funnel-view', { data: FUNNEL });
    const doc = parse(toSVG(el));
    expect(texts(doc))
      .to.include('Visits')
      .and.include('Leads')
      .and.include('Customers')
      .and.include('1,200');
    const fills = new Set([...doc.querySelectorAll('rect')].map((r) => r.getAttribute('fill')));
    const bar = el.shadowRoot!.querySelector('[part~="band"]');
    expect(bar, 'the funnel has bands').to.not.equal(null);
    expect(fills).to.include(getComputedStyle(bar!).backgroundColor);
  });

  it('leaves out the export menu, hidden parts and visually hidden text', async () => {
    const el = await mount('funnel-view', { data: FUNNEL });
    const hidden = [...el.shadowRoot!.querySelectorAll('.visually-hidden')]
      .map((n) => n.textContent?.trim())
      .filter(Boolean);
    const doc = parse(toSVG(el));
    for (const t of hidden) expect(texts(doc)).not.to.include(t!);
  });

  it('takes the dark theme’s colours in dark', async () => {
    const light = await mount('nps-gauge', { data: NPS, attrs: { theme: 'light' } });
    const dark = await mount('nps-gauge', { data: NPS, attrs: { theme: 'dark' } });
    const fill = (el: HTMLElement) => parse(toSVG(el)).querySelector('rect')?.getAttribute('fill');
    expect(fill(light)).to.not.equal(fill(dark));
    const [r = 255, g = 255, b = 255] = (fill(dark)?.match(/[\d.]+/g) ?? []).map(Number);
    expect((r + g + b) / 3, 'a dark surface').to.be.below(64);
  });

  for (const lang of ['fa', 'ar'] as const) {
    it(`keeps ${lang} text right-to-left, with its own digits`, async () => {
      const el = await mount('funnel-view', {
        data: {
          stages: [
            { label: 'بازدید', value: 1200 },
            { label: 'سرنخ', value: 300 },
          ],
        },
        wrapper: { lang, dir: 'rtl' },
      });
      const doc = parse(toSVG(el));
      const rtl = [...doc.querySelectorAll('text[direction="rtl"]')].map((t) => t.textContent).join(' ');
      expect(rtl).to.include('بازدید');
      const shown = el.shadowRoot!.querySelector('[part~="stages"]')?.textContent ?? '';
      const digits = lang === 'fa' ? '۱٬۲۰۰' : shown.includes('١٬٢٠٠') ? '١٬٢٠٠' : '1,200';
      expect(texts(doc)).to.include(digits);
    });
  }

  it('escapes data strings: a label holding markup comes back as text', async () => {
    const label = '<script>alert(1)</script> & "quotes" \'too\'';
    const el = await mount('funnel-view', { data: FUNNEL, attrs: { label } });
    const svg = toSVG(el);
    const doc = parse(svg);
    expect(doc.querySelector('script')).to.equal(null);
    expect(texts(doc)).to.include(label);
  });

  it('copies inline SVG (a churn trend) with its computed strokes and places it at its box', async () => {
    const el = await mount('churn-trend', { data: CHURN });
    const doc = parse(toSVG(el));
    const inner = doc.documentElement.querySelector('svg');
    expect(inner, 'nested svg').to.not.equal(null);
    const drawn = [...inner!.querySelectorAll('path')].filter(
      (p) => p.getAttribute('stroke') && p.getAttribute('stroke') !== 'none',
    );
    expect(drawn.length, 'the line is stroked').to.be.greaterThan(0);
    const source = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(Number(inner!.getAttribute('x'))).to.be.closeTo(source.left - host.left, 0.01);
    expect(Number(inner!.getAttribute('width'))).to.be.closeTo(source.width, 0.01);
  });
});

describe('toPNG', () => {
  for (const scale of [1, 2]) {
    it(`is the element’s size × ${scale}`, async () => {
      const el = await mount('breakdown-bars', {
        data: {
          items: [
            { label: 'Email', value: 40 },
            { label: 'Ads', value: 25 },
          ],
        },
      });
      const { width, height } = el.getBoundingClientRect();
      const blob = await toPNG(el, { scale });
      expect(blob.type).to.equal('image/png');
      expect(await pngSize(blob)).to.deep.equal([
        Math.max(1, Math.round(width * scale)),
        Math.max(1, Math.round(height * scale)),
      ]);
    });
  }

  it('clamps the scale to 1–4 and takes 2 by default', async () => {
    const el = await mount('nps-gauge', { data: NPS });
    const { width } = el.getBoundingClientRect();
    expect((await pngSize(await toPNG(el)))[0]).to.equal(Math.round(width * 2));
    expect((await pngSize(await toPNG(el, { scale: 40 })))[0]).to.equal(Math.round(width * 4));
    expect((await pngSize(await toPNG(el, { scale: 0 })))[0]).to.equal(Math.round(width));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`paints the surface and the chart’s colours (${theme})`, async () => {
      const el = await mount('funnel-view', { data: FUNNEL, attrs: { theme } });
      const seen = await colours(await toPNG(el, { scale: 1 }));
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const surface = [getComputedStyle(el).backgroundColor, getComputedStyle(base).backgroundColor].find(
        (c) => !/^rgba\(.*,\s*0\)$|transparent/.test(c),
      );
      const bar = el.shadowRoot!.querySelector('[part~="band"]');
      expect(seen, 'the surface').to.include(key(surface!));
      expect(seen, 'the bar colour').to.include(key(getComputedStyle(bar!).backgroundColor));
    });
  }

  it('paints a gauge’s arc (inline SVG)', async () => {
    const el = await mount('nps-gauge', { data: NPS });
    const seen = await colours(await toPNG(el, { scale: 1 }));
    const arcs = [...el.shadowRoot!.querySelectorAll('svg path')]
      .map((p) => getComputedStyle(p).fill)
      .filter((f) => f.startsWith('rgb'));
    expect(arcs.length).to.be.greaterThan(0);
    expect(
      arcs.some((f) => seen.has(key(f))),
      'an arc colour is in the image',
    ).to.equal(true);
  });

  it('exports a kpi-card', async () => {
    const el = await mount('kpi-card', { attrs: { metric: 'cac', spend: 5000, 'new-customers': 4 } });
    expect(el.getAttribute('state')).to.equal('ready');
    const doc = parse(toSVG(el));
    expect(doc.querySelectorAll('text').length).to.be.greaterThan(0);
    const [w] = await pngSize(await toPNG(el, { scale: 1 }));
    expect(w).to.equal(Math.round(el.getBoundingClientRect().width));
  });
});
