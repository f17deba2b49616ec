// <nps-gauge>: a min-responses that is not a finite number is the default 30, never "fewer than ∞"
// (found by the fuzz suite, test/components/fuzz/).
import { expect } from '@open-wc/testing';
import { mount, part, text } from './helpers.js';

const note = async (minResponses: string, lang: string): Promise<string> => {
  const el = await mount({ attrs: { scores: '10,9,7', 'min-responses': minResponses, lang } });
  expect(el.state).to.equal('ready');
  return text(part(el, 'note'));
};

describe('<nps-gauge> min-responses', () => {
  it('"Infinity" is the default 30 in the small-sample note (en)', async () => {
    expect(await note('Infinity', 'en')).to.equal('Too few responses to trust this score (fewer than 30).');
  });

  it('"Infinity" is the default 30 in Persian and Arabic', async () => {
    expect(await note('Infinity', 'fa')).to.equal('پاسخ‌ها برای اتکا به این امتیاز کم است (کمتر از ۳۰).');
    expect(await note('Infinity', 'ar')).to.equal('الإجابات أقل من أن يُعتمد على هذه النتيجة (أقل من 30).');
  });

  it('"NaN" is the default 30 too', async () => {
    expect(await note('NaN', 'en')).to.equal('Too few responses to trust this score (fewer than 30).');
  });
});
