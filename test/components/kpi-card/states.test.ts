// <kpi-card>: loading, ready, empty and error states; errors that name the metric and the field;
// data through `src` from real routes of the test server; axe in every state, light and dark.
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import { jsonRoute, loaded, mount, partText, valueText, type KpiCard } from './helpers.js';

/** The message without its bidi isolates (the Latin names are isolated inside Persian and Arabic text). */
const message = (el: KpiCard) => partText(el, 'message').replace(/[\u2068\u2069]/g, '');

describe('<kpi-card> states', () => {
  it('names the metric and the missing field: "cac needs new-customers", and crm-error has the field', async () => {
    const el = document.createElement('kpi-card');
    el.setAttribute('metric', 'cac');
    el.setAttribute('spend', '125000');
    const event = oneEvent(el, 'crm-error');
    document.body.append(el);
    try {
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(detail.field).to.equal('newCustomers');
      expect(message(el as KpiCard)).to.equal('cac needs new-customers');
    } finally {
      el.remove();
    }
  });

  it('names a wrong field: a negative spend', async () => {
    const el = await mount({ attrs: { metric: 'cac', spend: -5, 'new-customers': 4 } });
    expect(el.state).to.equal('error');
    expect(message(el)).to.equal('cac: spend is not valid');
  });

  it('names a bad record field that the metric reports', async () => {
    const el = await mount({ attrs: { metric: 'sales-cycle' }, data: { deals: [{ created: 'yesterday' }] } });
    expect(el.state).to.equal('error');
    expect(message(el)).to.equal('sales-cycle: deals[0].created is not valid');
  });

  it('names the missing records of a record metric', async () => {
    const el = await mount({ attrs: { metric: 'first-response-time' }, data: { target: 'PT4H' } });
    expect(message(el)).to.equal('first-response-time needs tickets');
  });

  it('says it in Persian and Arabic', async () => {
    const fa = await mount({ attrs: { metric: 'cac', spend: 1, lang: 'fa' } });
    expect(message(fa)).to.equal('cac به new-customers نیاز دارد');
    expect(partText(fa, 'message')).to.contain('\u2068new-customers\u2069');
    const ar = await mount({ attrs: { metric: 'roi', gain: 1, lang: 'ar' } });
    expect(message(ar)).to.equal('يحتاج roi إلى cost');
  });

  it('is empty when the formula has nothing to divide by', async () => {
    const el = await mount({ attrs: { metric: 'cac', spend: 100, 'new-customers': 0 } });
    expect(el.state).to.equal('empty');
  });

  it('an unknown metric is an error naming it', async () => {
    const el = await mount({ attrs: { metric: 'nope', value: 3 } });
    expect(el.state).to.equal('error');
  });

  it('loads ticket records from a real route: first-response time 2 hr, 2 of 3 within 4 h', async () => {
    const el = await mount({
      attrs: { metric: 'first-response-time', src: '/__test__/fixture/tickets', target: 'PT4H' },
    });
    await loaded(el);
    expect(el.state).to.equal('ready');
    expect(valueText(el)).to.equal('2 hr');
    expect(partText(el, 'details')).to.contain('66.7%');
    expect(partText(el, 'target')).to.equal('2 hr below target 4 hr');
  });

  it('loads deal records from a real route: close rate 25% against a target', async () => {
    const el = await mount({ attrs: { metric: 'close-rate', src: '/__test__/fixture/deals', target: 0.25 } });
    await loaded(el);
    expect(valueText(el)).to.equal('25%');
    expect(partText(el, 'target')).to.equal('on target 25%');
  });

  it('an invalid answer of src names the field', async () => {
    const el = await mount({ attrs: { metric: 'cac', src: jsonRoute({ spend: 'lots', newCustomers: 3 }) } });
    await loaded(el);
    expect(message(el)).to.equal('cac: spend is not valid');
  });

  describe('axe', () => {
    after(() => emulateMedia({ colorScheme: 'light' }));
    for (const scheme of ['light', 'dark'] as const)
      for (const lang of ['en', 'fa', 'ar']) {
        it(`has no violations in every state, ${scheme}, ${lang}`, async () => {
          await emulateMedia({ colorScheme: scheme });
          const ready = await mount({
            attrs: {
              metric: 'cac',
              spend: 125000,
              'new-customers': 410,
              currency: 'USD',
              previous: 298,
              target: 250,
              series: '[280,291,298,304.88]',
              lang,
            },
          });
          await expect(ready).to.be.accessible();
          ready.shadowRoot!.querySelector('details')!.open = true;
          await expect(ready).to.be.accessible();
          const loading = await mount({
            attrs: { metric: 'cac', src: jsonRoute({}, { ms: 20000 }), timeout: 60, lang },
          });
          expect(loading.state).to.equal('loading');
          await expect(loading).to.be.accessible();
          const empty = await mount({ attrs: { metric: 'cac', spend: 1, 'new-customers': 0, lang } });
          expect(empty.state).to.equal('empty');
          await expect(empty).to.be.accessible();
          const error = await mount({ attrs: { metric: 'cac', spend: 1, lang } });
          expect(error.state).to.equal('error');
          await expect(error).to.be.accessible();
        });
      }
  });
});
