// <kpi-card>: a duration of 2^32 years or more (beyond what Intl.DurationFormat takes) is shown as
// a number of years, not a RangeError thrown into the page during the render (found by the fuzz
// suite, test/components/fuzz/).
import { expect } from '@open-wc/testing';
import { mount, valueText } from './helpers.js';

const YEAR = 31556952e3;

describe('<kpi-card> huge durations', () => {
  for (const [lang, unit] of [
    ['en', 'yr'],
    ['fa', 'سال'],
    ['ar', 'سن'],
  ] as const)
    it(`1e21 ms is a number of years (${lang})`, async () => {
      const errors: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await mount({ attrs: { value: 1e21, format: 'duration', lang } });
        await new Promise((resolve) => setTimeout(resolve));
        expect(errors).to.deep.equal([]);
        expect(el.state).to.equal('ready');
        // Digits of the locale (Persian in fa), read as Latin ones: the count of years.
        const digits = [...valueText(el)]
          .map((c) => '0123456789'['۰۱۲۳۴۵۶۷۸۹'.indexOf(c)] ?? '0123456789'['٠١٢٣٤٥٦٧٨٩'.indexOf(c)] ?? c)
          .join('')
          .replace(/\D/g, '');
        expect(digits).to.equal(String(Math.floor(1e21 / YEAR)));
        expect(valueText(el)).to.contain(unit);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
});
