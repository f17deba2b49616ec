// <funnel-view> on schema-valid stages whose ratios overflow (issue 17, found by the fuzz suite): a
// stage after one of 5e-324 made computeFunnel throw a RangeError into the page during the render
// while the element said ready. And any render that still fails ends in the error state.
import { expect } from '@open-wc/testing';
import { FunnelView } from '../../../src/components/funnel-view/index.js';
import { part, parts, text } from './helpers.js';
import { expectFinite, watch } from '../overflow.js';

describe('<funnel-view> ratios too large to represent', () => {
  const cases: [string, number[]][] = [
    ['a stage after one of 5e-324', [1, 5e-324, 1]],
    ['a first stage of 5e-324', [5e-324, 1e308]],
    ['1e300 after 1e-300', [1e-300, 1e300]],
  ];
  for (const lang of ['en', 'fa', 'ar'])
    for (const [what, values] of cases)
      it(`${what}: ready, no throw, "—" for the ratio, nothing non-finite (${lang})`, async () => {
        const stages = values.map((value, i) => ({ label: `s${i}`, value }));
        const { el, thrown, errors, loaded, done } = await watch<FunnelView>('funnel-view', { stages }, lang);
        try {
          expect(thrown).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
          expect(loaded).to.equal(1);
          expect(el.state).to.equal('ready');
          expect(parts(el, 'stage')).to.have.length(values.length);
          // The ratio that overflows is no ratio, shown as a dash.
          expect(text(parts(el, 'stage').at(-1)!)).to.contain('—');
          expectFinite(el);
        } finally {
          done();
        }
      });
});

/** A funnel whose render fails on valid data: what a metric's RangeError would do. */
class FailingFunnel extends FunnelView {
  protected override exportTitle(): string {
    if (this.loader.state === 'ready') throw new RangeError('stages[1].value must be drawable (got 7)');
    return super.exportTitle();
  }
}
customElements.define('failing-funnel', FailingFunnel);

describe('<funnel-view> a render that fails after validation', () => {
  const messages = {
    en: 'The data is not valid at stages[1].value.',
    fa: 'داده‌ها در stages[1].value معتبر نیستند.',
    ar: 'البيانات غير صالحة في الحقل stages[1].value.',
  };
  for (const [lang, message] of Object.entries(messages))
    it(`ends in state="error" with its message and crm-error, never a throw (${lang})`, async () => {
      const stages = [
        { label: 'Leads', value: 10 },
        { label: 'Won', value: 7 },
      ];
      const { el, thrown, errors, done } = await watch<FunnelView>('failing-funnel', { stages }, lang);
      try {
        expect(thrown).to.deep.equal([]);
        expect(el.state).to.equal('error');
        expect(el.getAttribute('state')).to.equal('error');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.deep.include({ kind: 'schema', field: 'stages[1].value' });
        expect(errors[0]!.message).to.equal('stages[1].value must be drawable (got 7)');
        expect(part(el, 'message').getAttribute('role')).to.equal('alert');
        expect(text(part(el, 'message'))).to.equal(message);
        expect(parts(el, 'stage')).to.have.length(0);
      } finally {
        done();
      }
    });
});
