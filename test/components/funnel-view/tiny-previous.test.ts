// <funnel-view>: a previous value so small that the change is infinite (5e-324) shows no change,
// never "▲ +∞%" (found by the fuzz suite, test/components/fuzz/).
import { expect } from '@open-wc/testing';
import { mount } from './helpers.js';

describe('<funnel-view> a near-zero previous', () => {
  for (const lang of ['en', 'fa', 'ar'])
    it(`shows and announces nothing infinite (${lang})`, async () => {
      const el = await mount({
        data: { stages: [{ label: 'Leads', value: 1, previous: 5e-324 }] },
        attrs: { lang },
      });
      expect(el.state).to.equal('ready');
      const root = el.shadowRoot!;
      expect(root.textContent).to.not.match(/∞|NaN|Infinity/);
      for (const e of root.querySelectorAll('*'))
        for (const a of e.attributes)
          expect(a.value, `${e.localName} ${a.name}`).to.not.match(/∞|NaN|Infinity/);
    });
});
