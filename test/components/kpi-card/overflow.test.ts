// <kpi-card>: a change or target distance too large to show (0% against a previous of 1e308 is
// 1e310 points; 1 against 5e-324 is a change of 2e325%) is not stated, never "∞ pts" or "∞%"
// (found by the fuzz suite, test/components/fuzz/, once its cases changed).
import { expect } from '@open-wc/testing';
import { has, mount, nameOf } from './helpers.js';
import { NON_FINITE, expectFinite } from '../overflow.js';

describe('<kpi-card> distances too large to show', () => {
  const cases: [string, Record<string, string | number>, string][] = [
    ['0% against a previous of 1e308', { value: 0, previous: 1e308, format: 'percent' }, 'delta'],
    ['0% against a target of 1e308', { value: 0, target: 1e308, format: 'percent' }, 'target'],
    ['a count of 1 against a previous of 5e-324', { value: 1, previous: 5e-324, format: 'count' }, 'delta'],
  ];
  for (const lang of ['en', 'fa', 'ar'])
    for (const [what, attrs, which] of cases)
      it(`${what}: ready, nothing non-finite (${lang})`, async () => {
        const el = await mount({ attrs: { ...attrs, lang } });
        expect(el.state).to.equal('ready');
        expectFinite(el);
        expect(nameOf(el)).to.not.match(NON_FINITE);
        // The tiny previous still gives a change: the difference itself, not a percentage.
        if (attrs.previous === 5e-324) expect(has(el, which)).to.equal(true);
        else expect(has(el, which)).to.equal(false);
      });
});
