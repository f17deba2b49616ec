// <kpi-card> layout: 160 px to 1200 px without overflow in en, fa and ar; a grid of cards gives
// rows of equal height; the value follows the container; the sparkline's last point is marked.
import { expect } from '@open-wc/testing';
import { $, afterFrames, box, mount, type KpiCard } from './helpers.js';

const H = 36e5;
const t0 = Date.UTC(2025, 0, 1);
const CASES: [string, Record<string, string | number>, unknown?][] = [
  [
    'cac',
    {
      metric: 'cac',
      spend: 1234567,
      'new-customers': 3,
      currency: 'USD',
      previous: 298000,
      target: 250,
      series: '[280,291,298,304]',
    },
  ],
  [
    'resolution-time',
    { metric: 'resolution-time', target: 'PT4H', previous: 9e6 },
    { tickets: [{ opened: t0, resolved: t0 + (10 / 3) * H }] },
  ],
  ['close-rate', { metric: 'marketing-roi', 'attributed-revenue': 9e5, 'marketing-cost': 1e5, target: 10 }],
];

/** No descendant of the shadow root is wider than its host's box. */
function overflows(el: KpiCard): string[] {
  const host = box(el);
  const bad: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (node.closest('.visually-hidden')) continue;
    const b = node.getBoundingClientRect();
    if (b.width && (b.left < host.left - 0.5 || b.right > host.right + 0.5))
      bad.push(node.className || node.tagName);
  }
  return bad;
}

describe('<kpi-card> layout', () => {
  for (const [name, attrs, data] of CASES)
    for (const lang of ['en', 'fa', 'ar'])
      for (const width of [160, 1200])
        it(`${name} in ${lang} at ${width} px does not overflow`, async () => {
          const el = await mount({ attrs: { ...attrs, lang }, data, width });
          await afterFrames(el, 2);
          expect(el.state).to.equal('ready');
          const base = $(el, '.base');
          expect(base.scrollWidth, 'scrollWidth').to.be.at.most(base.clientWidth);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth + 2);
          el.shadowRoot!.querySelector('details')!.open = true;
          await afterFrames(el, 1);
          expect(overflows(el)).to.deep.equal([]);
        });

  it('the value starts at the start side: right in Persian, left in English, its own marks ordering it', async () => {
    for (const [lang, side] of [
      ['fa', 'right'],
      ['en', 'left'],
    ] as const) {
      // "‎$۳۰۴٫۸۸" begins with a left-to-right mark: a plaintext block would align it left in fa too.
      const el = await mount({
        attrs: { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD', lang },
        width: 320,
      });
      const value = box($(el, '.value span'));
      const readout = box($(el, '.readout'));
      expect(Math.abs(value[side] - readout[side]), lang).to.be.below(1);
    }
  });

  it('the value grows with the container', async () => {
    const small = await mount({ attrs: { label: 'Users', value: 1840 }, width: 160 });
    const big = await mount({ attrs: { label: 'Users', value: 1840 }, width: 1200 });
    await afterFrames(big, 2);
    const size = (el: KpiCard) => parseFloat(getComputedStyle($(el, '.value')).fontSize);
    expect(size(big)).to.be.above(size(small));
  });

  it('a grid of cards has rows of equal height, each card filling its cell', async () => {
    const grid = document.createElement('div');
    grid.style.cssText =
      'display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem;width:900px';
    const cards = [
      { label: 'Users', value: 1840, previous: 1712, series: '[1500,1610,1712,1840]' },
      { metric: 'churn-rate', 'customers-at-start': 400, 'customers-lost': 18 },
      { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD', previous: 298, target: 250 },
      { label: 'Open tickets', value: 12 },
    ].map((attrs) => {
      const el = document.createElement('kpi-card') as KpiCard;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      grid.append(el);
      return el;
    });
    document.body.append(grid);
    try {
      await afterFrames(cards[0]!, 2);
      // One row of four (4 × 12rem + 3 gaps fit in 900 px).
      expect(new Set(cards.map((c) => Math.round(box(c).top))).size).to.equal(1);
      const heights = cards.map((c) => Math.round(box(c).height));
      expect(new Set(heights).size, heights.join()).to.equal(1);
      for (const c of cards)
        expect(Math.round(box($(c, '.base')).height)).to.equal(Math.round(c.clientHeight));
      // The disclosures line up at the bottom of the row.
      const bottoms = [cards[1]!, cards[2]!].map((c) => Math.round(box($(c, 'details')).bottom));
      expect(bottoms[0]).to.equal(bottoms[1]);
    } finally {
      grid.remove();
    }
  });

  it('the sparkline marks its last point and lists the values for screen readers', async () => {
    const el = await mount({ attrs: { label: 'Users', value: 1840, series: '1500,1610,1712,1840' } });
    const dot = $(el, '.dot');
    // Paths of the same html template as their <svg>: SVG elements, drawn.
    expect(dot.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(dot.getAttribute('d')).to.equal('M100 2h0');
    expect([...el.shadowRoot!.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal([
      '1,500',
      '1,610',
      '1,712',
      '1,840',
    ]);
    // The last point is at the end of the line (the start in right-to-left: time runs from the start side).
    const line = box($(el, '.spark'));
    expect(Math.abs(box(dot).right - line.right)).to.be.below(box(dot).width + 1);
  });
});
