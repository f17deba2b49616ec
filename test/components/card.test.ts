// The kit's one card: every element's host has the same edge, corners and padding in light and
// dark, in every language; the --crm-card-* tokens change all of them (the survey's popover too);
// every element's text uses the kit's font stack, with fonts for Persian and Arabic named.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/nps-gauge/index.js';
import '../../src/components/funnel-view/index.js';
import '../../src/components/churn-trend/index.js';
import '../../src/components/nps-survey/index.js';
import '../../src/components/kpi-card/index.js';
import '../../src/components/breakdown-bars/index.js';
import { $, afterFrames, mountElement, type Host } from './harness.js';

/** Every element with the data it is shown with. */
const ELEMENTS: [tag: string, data: unknown][] = [
  ['nps-gauge', { promoters: 412, passives: 180, detractors: 96 }],
  [
    'funnel-view',
    {
      stages: [
        { label: 'Visitors', value: 48210 },
        { label: 'Won', value: 162 },
      ],
    },
  ],
  [
    'churn-trend',
    {
      points: [
        { date: '2025-01-31', rate: 0.041 },
        { date: '2025-02-28', rate: 0.037 },
      ],
    },
  ],
  ['nps-survey', undefined],
  ['kpi-card', { value: 1840, previous: 1712 }],
  ['breakdown-bars', [{ label: 'Web', value: 500, previous: 400 }]],
];

/** Mounts every element in one slot (a page wrapper with these attributes and inline style). */
async function mountAll(wrapper: Record<string, string> = {}): Promise<HTMLElement[]> {
  const els: HTMLElement[] = [];
  for (const [tag, data] of ELEMENTS) {
    const el = await mountElement<Host & HTMLElement>(tag, {
      data,
      width: 320,
      wrapper,
      attrs: tag === 'nps-survey' ? { 'throttle-days': 0 } : {},
    });
    els.push(el);
  }
  await afterFrames(els[0] as Host & HTMLElement, 1);
  return els;
}

/** The look of a card: the box of `edge` and the padding of its `.base`. */
function card(edge: Element, base: Element) {
  const s = getComputedStyle(edge);
  const b = getComputedStyle(base);
  return {
    border: ['Top', 'Right', 'Bottom', 'Left'].map((side) =>
      ['Width', 'Style', 'Color']
        .map((p) => s.getPropertyValue(`border-${side.toLowerCase()}-${p.toLowerCase()}`))
        .join(' '),
    ),
    radius: [
      s.borderTopLeftRadius,
      s.borderTopRightRadius,
      s.borderBottomRightRadius,
      s.borderBottomLeftRadius,
    ],
    padding: [b.paddingTop, b.paddingRight, b.paddingBottom, b.paddingLeft],
    background: s.backgroundColor,
  };
}
const hostCard = (el: HTMLElement) => card(el, $(el, '.base'));

/** WCAG 2.2 relative luminance of a computed `rgb(…)` colour. */
function luminance(c: string): number {
  const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Font families of a computed `font-family`, unquoted. */
const families = (el: Element) =>
  getComputedStyle(el)
    .fontFamily.split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, ''));

describe('one card for the kit', () => {
  beforeEach(() => localStorage.clear());

  for (const theme of ['light', 'dark'])
    for (const lang of ['en', 'fa', 'ar'])
      it(`every element wears the same card in ${theme}, ${lang}: an edge, round corners, the same padding`, async () => {
        const els = await mountAll({ lang });
        for (const el of els) el.setAttribute('theme', theme);
        await afterFrames(els[0] as Host & HTMLElement, 1);
        const [first, ...rest] = els.map(hostCard);
        for (const [i, look] of rest.entries()) expect(look, ELEMENTS[i + 1]![0]).to.deep.equal(first);
        const { border, radius, padding, background } = first!;
        for (const side of border) {
          const [width, style, ...colour] = side.split(' ');
          expect(parseFloat(width!), side).to.be.at.least(1);
          expect(style).to.equal('solid');
          // A visible edge on a page of the card's own colour (decorative: WCAG asks no 3:1 of it).
          expect(contrast(colour.join(' '), background), side).to.be.at.least(1.4);
        }
        for (const r of radius) expect(parseFloat(r)).to.be.above(0);
        for (const p of padding) expect(parseFloat(p)).to.be.above(0);
      });

  it('the --crm-card-* tokens change every card: bare, and rounder', async () => {
    const els = await mountAll({
      style: '--crm-card-border: none; --crm-card-padding: 0; --crm-card-radius: 12px',
    });
    for (const el of els) {
      const { border, radius, padding } = hostCard(el);
      expect(
        border.map((b) => b.split(' ')[1]),
        el.localName,
      ).to.deep.equal(['none', 'none', 'none', 'none']);
      expect(radius, el.localName).to.deep.equal(['12px', '12px', '12px', '12px']);
      expect(padding, el.localName).to.deep.equal(['0px', '0px', '0px', '0px']);
    }
  });

  for (const bare of [false, true])
    it(`the survey's popover is the card${bare ? ', bare with the tokens' : ''}; its host in the page draws none`, async () => {
      const inline = (await mountAll())[3]!;
      const el = await mountElement<Host & HTMLElement>('nps-survey', {
        attrs: { mode: 'popover', 'throttle-days': 0, 'min-answer-time': 0 },
        wrapper: bare ? { style: '--crm-card-border: none; --crm-card-padding: 0' } : {},
      });
      const popover = () => el.shadowRoot!.querySelector('[part~="popover"]');
      await waitUntil(() => popover()?.matches(':popover-open'), 'the popover never opened');
      const host = getComputedStyle(el);
      expect(host.borderTopStyle).to.equal('none');
      expect(host.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const look = card(popover()!, $(el, '.base'));
      if (bare) {
        expect(look.border.map((b) => b.split(' ')[1])).to.deep.equal(['none', 'none', 'none', 'none']);
        expect(look.padding).to.deep.equal(['0px', '0px', '0px', '0px']);
      } else expect(look).to.deep.equal(hostCard(inline));
    });

  for (const lang of ['en', 'fa', 'ar'])
    it(`every element's text is in the kit's font stack, Persian and Arabic fonts named, in ${lang}`, async () => {
      const els = await mountAll({ lang });
      for (const el of els) {
        const stack = families($(el, '.base'));
        // The system UI font first, so Latin text keeps it; then fonts for the Arabic script.
        expect(stack[0], el.localName).to.equal('system-ui');
        expect(stack, el.localName).to.include.members([
          'Segoe UI',
          'Geeza Pro',
          'Vazirmatn',
          'Noto Sans Arabic',
        ]);
        expect(stack.at(-1)).to.equal('sans-serif');
      }
    });
});
