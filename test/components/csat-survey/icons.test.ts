// The faces and the star of <csat-survey>: rendered into a fixture, each is an SVG hidden from
// assistive technology, in currentColor on a 24×24 box; the five mouths differ and bend from a
// frown to a smile (behaviour, not pixels).
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { face, star } from '../../../src/components/csat-survey/icons.js';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Renders a template into a fixture and returns its `<svg>`. */
const draw = async (t: ReturnType<typeof star>) => {
  const host = await fixture<HTMLElement>(html`<div style="color: rgb(0, 100, 0)">${t}</div>`);
  return host.querySelector('svg')!;
};

/** The bend of a mouth: how far its middle lies below its ends (y grows downwards): > 0 a smile, < 0 a frown. */
const bend = (mouth: SVGPathElement) => {
  const n = mouth.getTotalLength();
  const start = mouth.getPointAtLength(0);
  const middle = mouth.getPointAtLength(n / 2);
  return middle.y - start.y;
};

describe('csat-survey icons', () => {
  it('draws each face as a hidden SVG in the SVG namespace, 24×24, in currentColor', async () => {
    for (const s of SCORES) {
      const el = await draw(face(s));
      expect(el.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(el.getAttribute('viewBox')).to.equal('0 0 24 24');
      expect(el.classList.contains('face')).to.equal(true);
      expect(getComputedStyle(el).stroke).to.equal('rgb(0, 100, 0)');
      expect(el.querySelector('circle')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(el.querySelectorAll('.eyes, .mouth')).to.have.length(2);
    }
  });

  it('gives five different mouths, bending from a frown (1) through straight (3) to a smile (5)', async () => {
    const mouths = await Promise.all(
      SCORES.map(async (s) => (await draw(face(s))).querySelector<SVGPathElement>('.mouth')!),
    );
    expect(new Set(mouths.map((m) => m.getAttribute('d'))).size).to.equal(5);
    const bends = mouths.map(bend);
    expect(bends[0]).to.be.below(0);
    expect(bends[1]).to.be.below(0);
    expect(bends[2]).to.equal(0);
    expect(bends[3]).to.be.above(0);
    expect(bends[4]).to.be.above(0);
    for (let i = 1; i < 5; i++) expect(bends[i]).to.be.above(bends[i - 1]!);
  });

  it('keeps the mouth and the eyes inside the face', async () => {
    for (const s of SCORES) {
      const el = await draw(face(s));
      const circle = el.querySelector('circle')!.getBBox();
      for (const part of el.querySelectorAll<SVGPathElement>('.eyes, .mouth')) {
        const b = part.getBBox();
        expect(b.x).to.be.above(circle.x);
        expect(b.y).to.be.above(circle.y);
        expect(b.x + b.width).to.be.below(circle.x + circle.width);
        expect(b.y + b.height).to.be.below(circle.y + circle.height);
      }
    }
  });

  it('draws the star as a hidden outline that a CSS rule can fill', async () => {
    const el = await draw(star());
    expect(el.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.classList.contains('star')).to.equal(true);
    const path = el.querySelector('path')!;
    expect(getComputedStyle(path).fill).to.equal('none');
    const style = document.createElement('style');
    style.textContent = '.filled .star { fill: currentColor }';
    document.head.append(style);
    try {
      el.parentElement!.classList.add('filled');
      expect(getComputedStyle(path).fill).to.equal('rgb(0, 100, 0)');
    } finally {
      style.remove();
    }
  });
});
