// <breakdown-bars>: labels above their bars when narrow and beside them when wide, bars growing
// from the start edge (the right in Persian and Arabic), light and dark, nothing overflowing from
// 160 to 1200 px, measured on the rendered boxes.
import { expect } from '@open-wc/testing';
import {
  LEADS,
  OUTREACH,
  bar,
  bars,
  box,
  layout,
  mount,
  part,
  parts,
  text,
  type BreakdownBars,
} from './helpers.js';

const LONG = 'Qualified marketing leads from the enterprise segment of the EMEA region';
const WORD = 'Kundenweiterempfehlungsbereitschaftsindexbewertung';
const DATA = [
  { label: LONG, value: 2400000, previous: 2100000 },
  { label: WORD, value: 31200, previous: 29000 },
  ...LEADS,
];

/** Every drawn box lies within the host's box, and nothing scrolls sideways. */
function assertFits(el: BreakdownBars, label: string): void {
  expect(el.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(el.clientWidth);
  const host = box(el);
  const nodes = [
    ...['base', 'label', 'bars', 'table-toggle'].map((n) => part(el, n)),
    ...parts(el, 'bar'),
    ...parts(el, 'fill'),
    ...parts(el, 'segment'),
    ...parts(el, 'tooltip'),
    ...el.shadowRoot!.querySelectorAll<HTMLElement>('.name, .fig, .vs, .track, .legend li'),
  ];
  let drawn = 0;
  for (const node of nodes) {
    if (node.getClientRects().length === 0) continue;
    drawn++;
    const b = box(node);
    const what = `${label}: ${node.getAttribute('part') ?? node.className} "${text(node).slice(0, 30)}"`;
    expect(b.left, `${what} left`).to.be.at.least(host.left - 1);
    expect(b.right, `${what} right`).to.be.at.most(host.right + 1);
    expect(node.scrollWidth, `${what} scrollWidth`).to.be.at.most(Math.ceil(b.width) + 1);
  }
  expect(drawn).to.be.above(10);
}

describe('<breakdown-bars> layout', () => {
  for (const lang of ['en', 'fa'])
    for (const width of [160, 1200])
      it(`${lang} at ${width} px: nothing overflows, with long labels, a shown tooltip, stacked too`, async () => {
        for (const data of [DATA, OUTREACH]) {
          const el = await mount({ data, attrs: { lang, 'max-bars': 5 }, width });
          await layout(el);
          expect(box(el).width).to.be.closeTo(width, 0.5);
          for (const i of [0, 1]) {
            bar(el, i).focus();
            await layout(el);
            assertFits(el, `${lang} ${width}px bar ${i}`);
          }
        }
      });

  it('narrow (320 px): the label above its bar; wide (1200 px): beside it', async () => {
    const narrow = await mount({ data: LEADS, width: 320 });
    await layout(narrow);
    const name = box(bar(narrow, 0).querySelector('.name')!);
    const track = box(bar(narrow, 0).querySelector('.track')!);
    expect(name.bottom).to.be.at.most(track.top + 1);
    const wide = await mount({ data: LEADS, width: 1200 });
    await layout(wide);
    const n = box(bar(wide, 0).querySelector('.name')!);
    const t = box(bar(wide, 0).querySelector('.track')!);
    expect(n.right).to.be.at.most(t.left + 1);
    // Side by side: they overlap vertically.
    expect(n.top).to.be.below(t.bottom);
    expect(t.top).to.be.below(n.bottom);
  });

  for (const lang of ['en', 'fa', 'ar'])
    for (const width of [320, 1200])
      it(`${lang} at ${width} px: bars grow from the ${lang === 'en' ? 'left' : 'right'}, the label on that side`, async () => {
        const el = await mount({ data: LEADS, attrs: { lang }, width });
        await layout(el);
        const [first, second] = parts(el, 'fill').map(box);
        const track = box(bar(el, 1).querySelector('.track')!);
        const name = box(bar(el, 1).querySelector('.name')!);
        if (lang === 'en') {
          expect(second!.left).to.be.closeTo(track.left, 1);
          expect(first!.left).to.be.closeTo(second!.left, 1);
          expect(name.left).to.be.at.most(track.left + 1);
        } else {
          expect(second!.right).to.be.closeTo(track.right, 1);
          expect(first!.right).to.be.closeTo(second!.right, 1);
          expect(name.right).to.be.at.least(track.right - 1);
        }
        expect(second!.width).to.be.below(first!.width);
      });

  it('RTL stacked: the first series starts at the right', async () => {
    const el = await mount({ data: OUTREACH, attrs: { lang: 'fa' }, width: 600 });
    await layout(el);
    const [a, b] = [...bar(el, 0).querySelectorAll('[part="segment"]')].map(box);
    expect(a!.left).to.be.at.least(b!.right - 0.5);
  });

  it('dark: other surface and text colours than light, the same layout', async () => {
    const light = await mount({ data: LEADS, attrs: { theme: 'light' }, width: 400 });
    const dark = await mount({ data: LEADS, attrs: { theme: 'dark' }, width: 400 });
    await layout(dark);
    const s = (el: Element) => getComputedStyle(el);
    expect(s(dark).backgroundColor).to.not.equal(s(light).backgroundColor);
    expect(s(dark).color).to.not.equal(s(light).color);
    expect(s(parts(dark, 'fill')[0]!).backgroundColor).to.not.equal(
      s(parts(light, 'fill')[0]!).backgroundColor,
    );
    expect(bars(dark).map((b) => box(b).height)).to.deep.equal(bars(light).map((b) => box(b).height));
  });

  it('the Other bar is drawn in the muted colour, unlike the others', async () => {
    const el = await mount({ data: LEADS, attrs: { 'max-bars': 3 } });
    const fills = parts(el, 'fill').map((f) => getComputedStyle(f).backgroundColor);
    expect(fills[2]).to.not.equal(fills[0]);
    expect(fills[1]).to.equal(fills[0]);
  });
});
