// <ces-survey> in English, Persian and Arabic: every string of every step, the locale's digits,
// right-to-left mirroring (1 on the right, "Strongly disagree" under it), values inserted as is.
import { expect } from '@open-wc/testing';
import {
  $,
  box,
  choose,
  collector,
  labels,
  mount,
  part,
  partShown,
  question,
  receivedAtLeast,
  resetStorage,
  scoreButton,
  settle,
  skip,
  text,
  type CesSurvey,
} from './helpers.js';

const STRINGS = {
  en: {
    question: 'Acme made it easy for me to handle my issue.',
    questionUs: 'You made it easy for me to handle my issue.',
    low: 'Strongly disagree',
    high: 'Strongly agree',
    hard: 'What made it difficult?',
    neutral: 'What would have made it easier?',
    easy: 'What made it easy?',
    optional: 'optional',
    thanks: 'Thank you for your feedback!',
    digits: ['1', '2', '3', '4', '5', '6', '7'],
  },
  fa: {
    question: 'Acme حل مشکلم را برایم آسان کرد.',
    questionUs: 'شما حل مشکلم را برایم آسان کردید.',
    low: 'کاملاً مخالفم',
    high: 'کاملاً موافقم',
    hard: 'چه چیزی آن را دشوار کرد؟',
    neutral: 'چه چیزی می‌توانست آن را آسان‌تر کند؟',
    easy: 'چه چیزی آن را آسان کرد؟',
    optional: 'اختیاری',
    thanks: 'از بازخورد شما سپاسگزاریم!',
    digits: ['۱', '۲', '۳', '۴', '۵', '۶', '۷'],
  },
  ar: {
    question: 'كان من السهل عليّ حلّ مشكلتي مع Acme.',
    questionUs: 'كان من السهل عليّ حلّ مشكلتي معكم.',
    low: 'أعارض بشدة',
    high: 'أوافق بشدة',
    hard: 'ما الذي جعل الأمر صعبًا؟',
    neutral: 'ما الذي كان سيجعل الأمر أسهل؟',
    easy: 'ما الذي جعل الأمر سهلًا؟',
    optional: 'اختياري',
    thanks: 'شكرًا لك على ملاحظاتك!',
    digits: ['1', '2', '3', '4', '5', '6', '7'],
  },
} as const;

describe('<ces-survey> i18n', () => {
  beforeEach(resetStorage);

  for (const [lang, s] of Object.entries(STRINGS)) {
    it(`${lang}: the statement with and without a brand, end labels, digits`, async () => {
      const el = await mount({ attrs: { lang, brand: 'Acme' } });
      expect(question(el)).to.equal(s.question.replace('Acme', '\u2068Acme\u2069'));
      expect(question(await mount({ attrs: { lang } }))).to.equal(s.questionUs);
      expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal([s.low, s.high]);
      expect(labels(el)).to.deep.equal(s.digits);
      expect(labels(await mount({ attrs: { lang, scale: '1-5' } }))).to.deep.equal(s.digits.slice(0, 5));
      expect(part(el, 'base').getAttribute('dir')).to.equal(lang == 'en' ? 'ltr' : 'rtl');
    });

    for (const [score, category] of [
      [1, 'hard'],
      [4, 'neutral'],
      [7, 'easy'],
    ] as const)
      it(`${lang}: after ${score} the ${category} follow-up and the optional hint; then the thank-you`, async () => {
        const el = await mount({ attrs: { lang } });
        await choose(el, score);
        expect(text(part(el, 'follow-up'))).to.equal(`\u2068${s[category]}\u2069 (${s.optional})`);
        await skip(el);
        expect(text(part(el, 'thanks'))).to.equal(s.thanks);
      });
  }

  it('ar-EG: Arabic-Indic digits; numbering="latn" in Persian: Latin digits', async () => {
    expect(labels(await mount({ attrs: { lang: 'ar-EG', scale: '1-5' } }))).to.deep.equal([
      '١',
      '٢',
      '٣',
      '٤',
      '٥',
    ]);
    expect(labels(await mount({ attrs: { lang: 'fa', numbering: 'latn' } }))).to.deep.equal(
      STRINGS.en.digits,
    );
  });

  it('fa: the counter in Persian digits', async () => {
    const el = await mount({ attrs: { lang: 'fa' } });
    await choose(el, 3);
    expect(text(part(el, 'counter'))).to.equal('۰/۱٬۰۰۰');
  });

  it('fa: the queued note when the server answers 500', async () => {
    const el = await mount({
      attrs: { lang: 'fa', action: collector([{ status: 500 }]), 'throttle-days': 0 },
    });
    await choose(el, 5);
    expect(text(await partShown(el, 'queued'))).to.contain('ذخیره شد');
  });

  const geometry = async (el: CesSurvey, max: number) => {
    await settle(el);
    await new Promise((r) => requestAnimationFrame(r));
    return {
      one: box(scoreButton(el, 1)),
      top: box(scoreButton(el, max)),
      low: box($(el, '#low')),
      high: box($(el, '#high')),
    };
  };

  for (const lang of ['fa', 'ar'])
    for (const [scale, max] of [
      ['1-7', 7],
      ['1-5', 5],
    ] as const)
      it(`${lang} ${scale}: right to left, 1 rightmost, each next to its left; the low label on the right`, async () => {
        const el = await mount({ attrs: { lang, scale }, width: 480 });
        const g = await geometry(el, max);
        expect(g.one.top).to.be.closeTo(g.top.top, 1);
        for (let i = 2; i <= max; i++)
          expect(box(scoreButton(el, i)).right, `${i}`).to.be.at.most(box(scoreButton(el, i - 1)).left + 0.5);
        expect(g.low.left).to.be.at.least(g.high.right);
        // Each end label sits on its end button's side of the card.
        expect(g.low.right).to.be.closeTo(g.one.right, g.one.width);
        expect(g.high.left).to.be.closeTo(g.top.left, g.top.width);
      });

  it('en: left to right, 1 leftmost, the low label on the left', async () => {
    const el = await mount({ attrs: { lang: 'en' }, width: 480 });
    const g = await geometry(el, 7);
    expect(g.one.right).to.be.at.most(g.top.left);
    expect(g.low.right).to.be.at.most(g.high.left);
    expect(g.low.left).to.be.closeTo(g.one.left, g.one.width);
    expect(g.high.right).to.be.closeTo(g.top.right, g.top.width);
  });

  it('values are inserted as they are: a brand with $& and $1 in the statement shown and sent', async () => {
    const url = collector();
    const el = await mount({ attrs: { lang: 'fa', brand: '$&$1$$', action: url, 'throttle-days': 0 } });
    expect(question(el)).to.equal('\u2068$&$1$$\u2069 حل مشکلم را برایم آسان کرد.');
    await choose(el, 7);
    const { bodies } = await receivedAtLeast(url, 1);
    expect(bodies[0]!.question).to.equal('$&$1$$ حل مشکلم را برایم آسان کرد.');
  });
});
