// The surveys: a max-length that is not a finite number is the default 1000 in the counter and the
// comment box, never "0/NaN" or "0/∞" (found by the fuzz suite, test/components/fuzz/).
import { expect } from '@open-wc/testing';
import { choose, mount, part, resetStorage, text } from './helpers.js';

describe('<nps-survey> max-length', () => {
  beforeEach(resetStorage);

  for (const [value, lang, counter] of [
    ['2024-W05', 'en', '0/1,000'],
    ['Infinity', 'en', '0/1,000'],
    ['NaN', 'fa', '۰/۱٬۰۰۰'],
    ['Infinity', 'ar', '0/1,000'],
  ] as const)
    it(`max-length="${value}" (${lang}): the counter and the box take the default 1000`, async () => {
      const el = await mount({ attrs: { 'max-length': value, lang } });
      await choose(el, 3);
      expect(text(part(el, 'counter'))).to.equal(counter);
      expect((part(el, 'comment') as HTMLTextAreaElement).maxLength).to.equal(1000);
    });
});
