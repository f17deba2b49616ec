// <funnel-view> bounds its work by what can be shown (issue 17): a funnel of thousands of stages
// draws the first 100 and says how many there were, instead of blocking the page for seconds.
import { expect } from '@open-wc/testing';
import { mount, part, stages, tableCells, text } from './helpers.js';

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `S${i + 1}`, value: n - i }));

describe('<funnel-view> bounds', () => {
  it('draws the first 100 of 10,000 stages and says so under the caption', async () => {
    const el = await mount({ data: many(10_000) });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(stages(el)).to.have.length(100);
    expect(text(stages(el)[99]!.querySelector('.name'))).to.equal('S100');
    expect(text(part(el, 'scale'))).to.include('Showing the first 100 of 10,000 stages.');
    // The overall conversion is still the whole funnel's: last (1) ÷ first (10,000).
    expect(text(part(el, 'overall'))).to.include('0.01%');
    const rows = await tableCells(el);
    expect(rows).to.have.length(101); // the header and 100 stages
  });

  it('says it in Persian and Arabic, in their digits', async () => {
    const fa = await mount({ attrs: { lang: 'fa' }, data: many(250) });
    expect(text(part(fa, 'scale'))).to.include('۱۰۰ مرحلهٔ نخست از ۲۵۰ مرحله');
    const ar = await mount({ attrs: { lang: 'ar-EG' }, data: many(250) });
    expect(text(part(ar, 'scale'))).to.include('أول ١٠٠ مرحلة من أصل ٢٥٠');
  });

  it('says nothing of the kind at 100 stages or fewer', async () => {
    const el = await mount({ data: many(100) });
    expect(stages(el)).to.have.length(100);
    expect(text(part(el, 'scale'))).to.not.include('100');
  });
});
