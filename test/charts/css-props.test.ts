import { expect, fixtureSync, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps } from '../../src/charts/index.js';
import type { CssProps } from '../../src/charts/index.js';

describe('cssProps', () => {
  it('sets custom properties through the CSSOM on every render and removes null ones', () => {
    const root = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const paint = (props: CssProps) => render(html`<span ${cssProps(props)}>x</span>`, root);
    paint({ '--_a': '4px', '--_b': 2 });
    const span = root.querySelector('span')!;
    expect(span.style.getPropertyValue('--_a')).to.equal('4px');
    expect(span.style.getPropertyValue('--_b')).to.equal('2');
    paint({ '--_a': '9px', '--_b': null });
    expect(span.style.getPropertyValue('--_a')).to.equal('9px');
    expect(span.style.getPropertyValue('--_b')).to.equal('');
    expect(getComputedStyle(span).getPropertyValue('--_a')).to.equal('9px');
  });
});
