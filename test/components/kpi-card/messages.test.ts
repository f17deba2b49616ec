// <kpi-card>'s strings: written as positional lists (and English from the keys), so every key is
// checked to have its own string in en, fa and ar.
import { expect } from '@open-wc/testing';
import '../../../src/components/kpi-card/index.js';
import { kpiMetrics } from '../../../src/data/index.js';
import { getFormatter, translate } from '../../../src/i18n/index.js';

const t = (lang: string, key: string) => translate(getFormatter({ locale: lang }), key);
const words = [
  ...new Set(Object.values(kpiMetrics).flatMap((m) => [...m.formula, ...(m.records ? [m.records] : [])])),
].filter((k) => /^[a-z]/i.test(k));
const keys = [
  ...Object.keys(kpiMetrics).map((id) => `kpi.${id}`),
  ...[...words, 'withinTarget', 'easyShare', 'interval'].map((k) => `in.${k}`),
  ...'sep better worse pts above below on formula trend needs bad range'.split(' ').map((k) => `kpi.${k}`),
];

describe('kpi-card messages', () => {
  it('has every metric name, label and phrase in en, fa and ar, Persian and Arabic their own', () => {
    for (const key of keys) {
      const en = t('en', key);
      expect(en, key).to.not.equal(key);
      expect(en, key).to.not.equal('');
      for (const lang of ['fa', 'ar']) {
        const s = t(lang, key);
        expect(s, `${lang} ${key}`).to.not.equal(key);
        if (key != 'kpi.pts' && key != 'kpi.needs' && key != 'kpi.bad')
          expect(s, `${lang} ${key}`).to.not.equal(en);
        expect(/[\u0600-\u06ff]/.test(s) || key == 'kpi.sep', `${lang} ${key}: ${s}`).to.equal(true);
      }
    }
  });

  it('writes the English names and labels out from their keys, acronyms in capitals', () => {
    expect(t('en', 'kpi.cac')).to.equal('CAC');
    expect(t('en', 'kpi.marketing-roi')).to.equal('Marketing ROI');
    expect(t('en', 'kpi.first-response-time')).to.equal('First response time');
    expect(t('en', 'in.customersAtStart')).to.equal('Customers at start');
    expect(t('en', 'in.scores')).to.equal('Responses');
  });

  it('labels an input named like a metric with the metric name', () => {
    expect(t('en', 'in.churnRate')).to.equal('Churn rate');
    expect(t('fa', 'in.churnRate')).to.equal(t('fa', 'kpi.churn-rate'));
    expect(t('ar', 'in.churnRate')).to.equal(t('ar', 'kpi.churn-rate'));
  });
});
