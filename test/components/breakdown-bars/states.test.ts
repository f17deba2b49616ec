// <breakdown-bars>: loading, empty and error states in en, fa and ar.
import { expect } from '@open-wc/testing';
import { LEADS, has, jsonRoute, labels, loaded, mount, part, settle, text } from './helpers.js';

describe('<breakdown-bars> states', () => {
  it('loading: a skeleton and a status, then the bars', async () => {
    const el = await mount({ attrs: { src: jsonRoute(LEADS, { ms: 300 }) } });
    expect(el.state).to.equal('loading');
    expect(part(el, 'skeleton').getAttribute('role')).to.equal('status');
    expect(text(part(el, 'skeleton'))).to.equal('Loading…');
    await loaded(el);
    expect(el.state).to.equal('ready');
    expect(has(el, 'skeleton')).to.equal(false);
    expect(labels(el)[0]).to.equal('Web');
  });

  const empties: [string, Parameters<typeof mount>[0]][] = [
    ['items="[]"', { attrs: { items: '[]' } }],
    ['{ items: [] }', { data: { items: [] } }],
    ['{ records: [] }', { data: { records: [] } }],
    ['stacked without items', { data: { series: ['a'], items: [] } }],
    ['no input', {}],
  ];
  for (const [what, input] of empties)
    it(`${what} → empty`, async () => {
      const el = await mount(input);
      expect(el.state).to.equal('empty');
      expect(text(part(el, 'message'))).to.equal('No data yet');
      expect(has(el, 'bars')).to.equal(false);
      expect(text(part(el, 'label'))).to.equal('Breakdown');
    });

  it('empty in Persian and Arabic', async () => {
    const fa = await mount({ attrs: { items: '[]', lang: 'fa' } });
    expect(text(part(fa, 'message'))).to.equal('هنوز داده‌ای نیست');
    const ar = await mount({ attrs: { items: '[]', lang: 'ar' } });
    expect(text(part(ar, 'message'))).to.equal('لا توجد بيانات بعد');
    expect(text(part(ar, 'label'))).to.equal('التوزيع');
  });

  it('error: a 404 src names the URL, in English and Persian', async () => {
    const url = '/__test__/missing-bars';
    const el = await mount({ attrs: { src: url } });
    await loaded(el);
    expect(el.state).to.equal('error');
    expect(part(el, 'message').getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 404).`);
    const fa = await mount({ attrs: { src: url, lang: 'fa' } });
    await loaded(fa);
    expect(text(part(fa, 'message'))).to.equal(`دریافت \u2068${url}\u2069 ممکن نشد (خطای HTTP 404).`);
  });

  it('invalid JSON in the items attribute is an error; valid items recover', async () => {
    const el = await mount({ attrs: { items: '[{"label":' } });
    expect(el.state).to.equal('error');
    el.setAttribute('items', JSON.stringify(LEADS));
    await settle(el);
    expect(el.state).to.equal('ready');
    expect(has(el, 'message')).to.equal(false);
  });
});
