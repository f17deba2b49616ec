// <nps-survey> in English, Persian and Arabic: every visible string of every step, the digits of the
// scale and the counter, the direction (mirrored scale, labels and close button), the language and
// question sent with the response, and the attributes and slot that replace the default texts.
import { expect } from '@open-wc/testing';
import {
  $,
  box,
  choose,
  collector,
  has,
  mount,
  part,
  question,
  receivedAtLeast,
  resetStorage,
  send,
  scoreButton,
  scoreButtons,
  settle,
  text,
  typeComment,
  type NpsSurvey,
  partShown,
  skip,
} from './helpers.js';

/** The strings the survey shows, per language (written out here, not read from the catalogue). */
interface Strings {
  questionUs: string;
  questionAcme: string;
  low: string;
  high: string;
  detractor: string;
  passive: string;
  promoter: string;
  optional: string;
  send: string;
  skip: string;
  thanks: string;
  close: string;
  queued: string;
  rejected400: string;
}

const STRINGS: Record<'en' | 'fa' | 'ar', Strings> = {
  en: {
    questionUs: 'How likely are you to recommend us to a friend or colleague?',
    questionAcme: 'How likely are you to recommend Acme to a friend or colleague?',
    low: 'Not at all likely',
    high: 'Extremely likely',
    detractor: 'What could we do better?',
    passive: 'What would make your experience even better?',
    promoter: 'What do you like most about us?',
    optional: 'optional',
    send: 'Send',
    skip: 'Skip',
    thanks: 'Thank you for your feedback!',
    close: 'Close the survey',
    queued: 'Your answer is saved on this device and will be sent when the connection is back.',
    rejected400: 'Your answer could not be sent (HTTP 400).',
  },
  fa: {
    questionUs: 'چقدر احتمال دارد ما را به دوست یا همکار خود توصیه کنید؟',
    questionAcme: 'چقدر احتمال دارد Acme را به دوست یا همکار خود توصیه کنید؟',
    low: 'اصلاً احتمال ندارد',
    high: 'بسیار محتمل است',
    detractor: 'چه کاری را می‌توانستیم بهتر انجام دهیم؟',
    passive: 'چه چیزی تجربهٔ شما را بهتر می‌کند؟',
    promoter: 'چه چیزی را در ما بیش از همه می‌پسندید؟',
    optional: 'اختیاری',
    send: 'ارسال',
    skip: 'رد شدن',
    thanks: 'از بازخورد شما سپاسگزاریم!',
    close: 'بستن نظرسنجی',
    queued: 'پاسخ شما روی همین دستگاه ذخیره شد و پس از برقراری اتصال ارسال می‌شود.',
    rejected400: 'ارسال پاسخ شما ممکن نشد (خطای HTTP 400).',
  },
  ar: {
    questionUs: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
    questionAcme: 'ما مدى احتمال أن توصي بـAcme لصديق أو زميل؟',
    low: 'غير محتمل إطلاقًا',
    high: 'محتمل جدًا',
    detractor: 'ما الذي يمكننا تحسينه؟',
    passive: 'ما الذي يجعل تجربتك أفضل؟',
    promoter: 'ما أكثر ما يعجبك فينا؟',
    optional: 'اختياري',
    send: 'إرسال',
    skip: 'تخطٍّ',
    thanks: 'شكرًا لك على ملاحظاتك!',
    close: 'إغلاق الاستبيان',
    queued: 'حُفظت إجابتك على هذا الجهاز وستُرسل عند عودة الاتصال.',
    rejected400: 'تعذّر إرسال إجابتك (خطأ HTTP 400).',
  },
};

const LATIN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const PERSIAN = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '۱۰'];
const ARABIC_INDIC = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩', '١٠'];
const LATIN_DIGIT = /[0-9]/;

/** The text of each score button, 0…10. */
const digits = (el: NpsSurvey): string[] => scoreButtons(el).map((b) => text(b));

describe('<nps-survey> strings', () => {
  beforeEach(resetStorage);

  for (const lang of ['en', 'fa', 'ar'] as const) {
    const s = STRINGS[lang];
    describe(lang, () => {
      it('question step: the question without a brand, end labels and the close button name', async () => {
        const el = await mount({ attrs: { lang } });
        expect(el.step).to.equal('question');
        expect(question(el)).to.equal(s.questionUs);
        expect(text($(el, '#low'))).to.equal(s.low);
        expect(text($(el, '#high'))).to.equal(s.high);
        expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal([s.low, s.high]);
        expect(part(el, 'close').getAttribute('aria-label')).to.equal(s.close);
        // Nothing of the later steps yet.
        for (const name of ['follow-up', 'comment', 'send', 'skip', 'thanks', 'error', 'queued'])
          expect(has(el, name), name).to.equal(false);
      });

      it('the question names the brand', async () => {
        const el = await mount({ attrs: { lang, brand: 'Acme' } });
        expect(question(el)).to.equal(s.questionAcme.replace('Acme', '\u2068Acme\u2069'));
      });

      for (const [score, category] of [
        [3, 'detractor'],
        [0, 'detractor'],
        [6, 'detractor'],
        [7, 'passive'],
        [8, 'passive'],
        [9, 'promoter'],
        [10, 'promoter'],
      ] as const) {
        it(`follow-up after ${score}: the ${category} question, the optional hint, Send and Skip`, async () => {
          const el = await mount({ attrs: { lang } });
          await choose(el, score);
          expect(el.step).to.equal('follow-up');
          expect(text(part(el, 'follow-up'))).to.equal(`\u2068${s[category]}\u2069 (${s.optional})`);
          expect(text(part(el, 'follow-up').querySelector('.muted'))).to.equal(`(${s.optional})`);
          expect(text(part(el, 'send'))).to.equal(s.send);
          expect(text(part(el, 'skip'))).to.equal(s.skip);
          // The question and the scale stay, the close button keeps its name.
          expect(question(el)).to.equal(s.questionUs);
          expect(part(el, 'close').getAttribute('aria-label')).to.equal(s.close);
        });
      }

      it('the follow-up question changes with the category of a changed score', async () => {
        const el = await mount({ attrs: { lang } });
        await choose(el, 2);
        expect(text(part(el, 'follow-up'))).to.contain(s.detractor);
        await choose(el, 8);
        expect(text(part(el, 'follow-up'))).to.contain(s.passive);
        await choose(el, 10);
        expect(text(part(el, 'follow-up'))).to.contain(s.promoter);
      });

      it('thanks step: the thank-you text, the close button still named', async () => {
        const el = await mount({ attrs: { lang } });
        await choose(el, 9);
        await skip(el);
        expect(el.step).to.equal('thanks');
        expect(text(part(el, 'thanks'))).to.equal(s.thanks);
        expect(part(el, 'close').getAttribute('aria-label')).to.equal(s.close);
        // The answered question keeps its place under the thank-you (steady height), but is not drawn.
        expect(part(el, 'scale').checkVisibility({ visibilityProperty: true })).to.equal(false);
      });

      it('the queued note when the server answers 500', async () => {
        const el = await mount({ attrs: { lang, action: collector([{ status: 500 }]) } });
        await choose(el, 7);
        const note = await partShown(el, 'queued');
        expect(text(note)).to.equal(s.queued);
        expect(note.getAttribute('role')).to.equal('status');
        expect(has(el, 'error')).to.equal(false);
      });

      it('the error when the server answers 400, with its status', async () => {
        const el = await mount({ attrs: { lang, action: collector([{ status: 400 }]) } });
        await choose(el, 4);
        const error = await partShown(el, 'error');
        expect(text(error)).to.equal(s.rejected400);
        expect(text(error)).to.contain('HTTP 400)');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(has(el, 'queued')).to.equal(false);
      });
    });
  }

  it('en: the error reads "(HTTP 400)"', async () => {
    const el = await mount({ attrs: { lang: 'en', action: collector([{ status: 400 }]) } });
    await choose(el, 1);
    expect(text(await partShown(el, 'error'))).to.contain('(HTTP 400)');
  });
});

describe('<nps-survey> digits', () => {
  beforeEach(resetStorage);

  it('en: Latin digits on the buttons and "0/1,000" in the counter', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    expect(digits(el)).to.deep.equal(LATIN);
    await choose(el, 5);
    expect(text(part(el, 'counter'))).to.equal('0/1,000');
    await typeComment(el, 'Good');
    expect(text(part(el, 'counter'))).to.equal('4/1,000');
  });

  it('fa: Persian digits ۰…۱۰ on the buttons and in the counter', async () => {
    const el = await mount({ attrs: { lang: 'fa' } });
    expect(digits(el)).to.deep.equal(PERSIAN);
    await choose(el, 5);
    const counter = text(part(el, 'counter'));
    expect(counter).not.to.match(LATIN_DIGIT);
    expect(counter).to.equal('۰/۱٬۰۰۰');
    await typeComment(el, 'خوب است');
    expect(text(part(el, 'counter'))).to.equal('۷/۱٬۰۰۰');
    // Every text of the card is without a Latin digit.
    expect(text(part(el, 'base'))).not.to.match(LATIN_DIGIT);
  });

  it('ar-EG: Arabic-Indic digits ٠…١٠ on the buttons and in the counter', async () => {
    const el = await mount({ attrs: { lang: 'ar-EG' } });
    expect(digits(el)).to.deep.equal(ARABIC_INDIC);
    await choose(el, 5);
    const counter = text(part(el, 'counter'));
    expect(counter).not.to.match(LATIN_DIGIT);
    expect(counter).to.match(/^٠\/١.?٠٠٠$/);
    // The Arabic strings serve ar-EG.
    expect(question(el)).to.equal(STRINGS.ar.questionUs);
  });

  it('ar: Latin digits by default', async () => {
    const el = await mount({ attrs: { lang: 'ar' } });
    expect(digits(el)).to.deep.equal(LATIN);
    await choose(el, 5);
    expect(text(part(el, 'counter'))).to.match(/^0\/1.?000$/);
  });

  it('numbering="arab" gives Arabic-Indic digits under lang="ar"', async () => {
    const el = await mount({ attrs: { lang: 'ar', numbering: 'arab' } });
    expect(digits(el)).to.deep.equal(ARABIC_INDIC);
    await choose(el, 5);
    expect(text(part(el, 'counter'))).not.to.match(LATIN_DIGIT);
  });

  it('numbering="latn" gives Latin digits under lang="fa", and a change of it re-renders', async () => {
    const el = await mount({ attrs: { lang: 'fa', numbering: 'latn' } });
    expect(digits(el)).to.deep.equal(LATIN);
    el.setAttribute('numbering', 'arabext');
    await settle(el);
    expect(digits(el)).to.deep.equal(PERSIAN);
  });

  it('an ancestor lang="fa" gives Persian digits and strings', async () => {
    const el = await mount({ wrapper: { lang: 'fa' } });
    expect(digits(el)).to.deep.equal(PERSIAN);
    expect(question(el)).to.equal(STRINGS.fa.questionUs);
  });
});

describe('<nps-survey> direction', () => {
  beforeEach(resetStorage);

  /** Where the ends of the scale, the end labels and the close button are drawn. */
  const geometry = async (el: NpsSurvey) => {
    await settle(el);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    return {
      base: box(part(el, 'base')),
      zero: box(scoreButton(el, 0)),
      ten: box(scoreButton(el, 10)),
      low: box($(el, '#low')),
      high: box($(el, '#high')),
      close: box(part(el, 'close')),
    };
  };

  for (const lang of ['fa', 'ar', 'ar-EG'] as const) {
    it(`${lang}: right to left: 0 on the right of 10, the labels mirrored, the close button on the left`, async () => {
      const el = await mount({ attrs: { lang }, width: 640 });
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
      const g = await geometry(el);
      // One row at 640 px: 0 is the rightmost button, 10 the leftmost.
      expect(g.zero.top).to.be.closeTo(g.ten.top, 1);
      expect(g.zero.left).to.be.at.least(g.ten.right);
      const lefts = scoreButtons(el).map((b) => box(b).left);
      for (let i = 1; i < lefts.length; i++) expect(lefts[i]!, `score ${i}`).to.be.below(lefts[i - 1]!);
      // The low label ("not likely", under 0) is on the right, the high one on the left.
      expect(g.low.left).to.be.at.least(g.high.right);
      expect(g.low.right).to.be.closeTo(
        g.base.right - parseFloat(getComputedStyle(part(el, 'base')).paddingRight),
        2,
      );
      // The close button sits in the top-left corner.
      expect(g.close.right).to.be.below(g.base.left + g.base.width / 2);
      expect(g.close.left - g.base.left).to.be.below(20);
    });
  }

  it('en: left to right: 0 on the left of 10, the low label on the left, the close button on the right', async () => {
    const el = await mount({ attrs: { lang: 'en' }, width: 640 });
    expect(part(el, 'base').getAttribute('dir')).to.equal('ltr');
    const g = await geometry(el);
    expect(g.zero.top).to.be.closeTo(g.ten.top, 1);
    expect(g.zero.right).to.be.at.most(g.ten.left);
    expect(g.low.right).to.be.at.most(g.high.left);
    expect(g.close.left).to.be.above(g.base.left + g.base.width / 2);
    expect(g.base.right - g.close.right).to.be.below(20);
  });

  it('fa at 320 px: two rows, still right to left (0 top right)', async () => {
    const el = await mount({ attrs: { lang: 'fa' }, width: 320 });
    const g = await geometry(el);
    expect(g.zero.top).to.be.below(g.ten.top);
    expect(g.zero.right).to.be.closeTo(box(part(el, 'scale')).right, 1);
    expect(box(scoreButton(el, 1)).right).to.be.at.most(g.zero.left);
  });

  it('dir="ltr" on a Persian survey keeps Persian strings but runs left to right', async () => {
    const el = await mount({ attrs: { lang: 'fa', dir: 'ltr' }, width: 640 });
    expect(part(el, 'base').getAttribute('dir')).to.equal('ltr');
    expect(question(el)).to.equal(STRINGS.fa.questionUs);
    const g = await geometry(el);
    expect(g.zero.right).to.be.at.most(g.ten.left);
  });

  it('dir="rtl" on an English survey mirrors it', async () => {
    const el = await mount({ attrs: { lang: 'en', dir: 'rtl' }, width: 640 });
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    const g = await geometry(el);
    expect(g.zero.left).to.be.at.least(g.ten.right);
  });
});

describe('<nps-survey> comment direction', () => {
  beforeEach(resetStorage);

  const ENGLISH = 'Billing question.';
  const PERSIAN = 'سؤال دربارهٔ صورت‌حساب.';
  /** The comment box's resolved direction, as :dir() and the computed style see it (they agree). */
  const direction = (box: HTMLTextAreaElement): string => {
    const d = box.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    expect(box.matches(`:dir(${d == 'rtl' ? 'ltr' : 'rtl'})`)).to.equal(false);
    expect(getComputedStyle(box).direction).to.equal(d);
    return d;
  };

  for (const lang of ['fa', 'ar'] as const) {
    it(`${lang}: an English comment runs left to right (its full stop at its end); sent byte for byte`, async () => {
      const url = collector();
      const el = await mount({ attrs: { lang, action: url } });
      await choose(el, 4);
      const box = part(el, 'comment') as HTMLTextAreaElement;
      // Empty, the box follows the survey: the caret starts on the right.
      expect(direction(box)).to.equal('rtl');
      await typeComment(el, ENGLISH);
      expect(box.getAttribute('dir')).to.equal('auto');
      expect(direction(box)).to.equal('ltr');
      // Each line takes its own direction (a Persian line under an English one).
      expect(getComputedStyle(box).unicodeBidi).to.equal('plaintext');
      expect(box.value).to.equal(ENGLISH);
      await send(el);
      const got = await receivedAtLeast(url, 2);
      const sent = got.bodies[1]!.comment as string;
      expect([...new TextEncoder().encode(sent)]).to.deep.equal([...new TextEncoder().encode(ENGLISH)]);
    });

    it(`${lang}: a Persian comment stays right to left; emptied, the box follows the survey again`, async () => {
      const el = await mount({ attrs: { lang } });
      await choose(el, 9);
      const box = part(el, 'comment') as HTMLTextAreaElement;
      await typeComment(el, PERSIAN);
      expect(direction(box)).to.equal('rtl');
      await typeComment(el, ENGLISH);
      expect(direction(box)).to.equal('ltr');
      await typeComment(el, '');
      expect(direction(box)).to.equal('rtl');
    });
  }

  it('en: a Persian comment runs right to left in an English survey', async () => {
    const url = collector();
    const el = await mount({ attrs: { lang: 'en', action: url } });
    await choose(el, 10);
    const box = part(el, 'comment') as HTMLTextAreaElement;
    expect(direction(box)).to.equal('ltr');
    await typeComment(el, PERSIAN);
    expect(direction(box)).to.equal('rtl');
    await send(el);
    expect((await receivedAtLeast(url, 2)).bodies[1]!.comment).to.equal(PERSIAN);
  });
});

describe('<nps-survey> response language', () => {
  beforeEach(resetStorage);

  for (const [attrs, wrapper, locale] of [
    [{ lang: 'en' }, {}, 'en'],
    [{ lang: 'fa' }, {}, 'fa'],
    [{ lang: 'ar-EG' }, {}, 'ar-EG'],
    [{}, { lang: 'fa' }, 'fa'],
    [{ lang: 'ar-eg' }, {}, 'ar-EG'],
  ] as const) {
    it(`locale "${locale}" for ${JSON.stringify(attrs)} in ${JSON.stringify(wrapper)}`, async () => {
      const url = collector();
      const el = await mount({ attrs: { ...attrs, action: url }, wrapper });
      await choose(el, 9);
      const got = await receivedAtLeast(url, 1);
      expect(got.bodies[0]!.locale).to.equal(locale);
      expect(got.bodies[0]!.question).to.equal(question(el));
    });
  }

  it('fa: the question sent is the Persian question shown, with the brand', async () => {
    const url = collector();
    const el = await mount({ attrs: { lang: 'fa', brand: 'Acme', action: url } });
    await choose(el, 6);
    const got = await receivedAtLeast(url, 1);
    expect(question(el)).to.equal(STRINGS.fa.questionAcme.replace('Acme', '\u2068Acme\u2069'));
    expect(got.bodies[0]).to.include({ locale: 'fa', question: STRINGS.fa.questionAcme, score: 6 });
  });
});

describe('<nps-survey> own texts', () => {
  beforeEach(resetStorage);

  it('question with {brand} replaced, in every occurrence, whatever the language', async () => {
    const el = await mount({
      attrs: { lang: 'fa', brand: 'Acme', question: 'Would you recommend {brand}? {brand} asks.' },
    });
    expect(question(el)).to.equal('Would you recommend \u2068Acme\u2069? \u2068Acme\u2069 asks.');
    // The radio group is labelled by it.
    const scale = part(el, 'scale');
    expect(text($(el, `#${scale.getAttribute('aria-labelledby')}`))).to.equal(
      'Would you recommend \u2068Acme\u2069? \u2068Acme\u2069 asks.',
    );
  });

  it('question with {brand} and no brand: the placeholder is removed', async () => {
    const el = await mount({ attrs: { lang: 'en', question: 'Rate {brand}us' } });
    expect(question(el)).to.equal('Rate us');
  });

  it('a changed brand or question re-renders', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    el.setAttribute('brand', 'Globex');
    await settle(el);
    expect(question(el)).to.equal(
      'How likely are you to recommend \u2068Globex\u2069 to a friend or colleague?',
    );
    el.setAttribute('question', 'Do you like {brand}?');
    await settle(el);
    expect(question(el)).to.equal('Do you like \u2068Globex\u2069?');
  });

  it('the custom question is the one sent', async () => {
    const url = collector();
    const el = await mount({
      attrs: { lang: 'en', brand: 'Acme', question: 'Recommend {brand}?', action: url },
    });
    await choose(el, 10);
    expect((await receivedAtLeast(url, 1)).bodies[0]!.question).to.equal('Recommend Acme?');
  });

  for (const [score, attr, own] of [
    [5, 'detractor-question', 'What went wrong at {brand}?'],
    [7, 'passive-question', 'What is missing from {brand}?'],
    [9, 'promoter-question', 'What do you love about {brand}?'],
  ] as const) {
    it(`${attr} replaces the follow-up after ${score} (with {brand}), the hint stays`, async () => {
      const el = await mount({
        attrs: {
          lang: 'en',
          brand: 'Acme',
          'detractor-question': 'What went wrong at {brand}?',
          'passive-question': 'What is missing from {brand}?',
          'promoter-question': 'What do you love about {brand}?',
        },
      });
      await choose(el, score);
      expect(el.getAttribute(attr)).to.equal(own);
      expect(text(part(el, 'follow-up'))).to.equal(
        `\u2068${own.replace('{brand}', '\u2068Acme\u2069')}\u2069 (optional)`,
      );
    });
  }

  it('a follow-up override applies only to its category', async () => {
    const el = await mount({ attrs: { lang: 'fa', 'passive-question': 'Only passives' } });
    await choose(el, 2);
    expect(text(part(el, 'follow-up'))).to.equal(
      `\u2068${STRINGS.fa.detractor}\u2069 (${STRINGS.fa.optional})`,
    );
    await choose(el, 8);
    expect(text(part(el, 'follow-up'))).to.equal(`\u2068Only passives\u2069 (${STRINGS.fa.optional})`);
    await choose(el, 9);
    expect(text(part(el, 'follow-up'))).to.equal(
      `\u2068${STRINGS.fa.promoter}\u2069 (${STRINGS.fa.optional})`,
    );
  });

  it('slot="thanks" content replaces the default thank-you text', async () => {
    const el = await mount({
      attrs: { lang: 'en' },
      children: '<p slot="thanks" id="own-thanks">Merci, see you soon!</p>',
    });
    await choose(el, 10);
    await skip(el);
    expect(el.step).to.equal('thanks');
    const thanks = part(el, 'thanks');
    const slot = thanks.querySelector('slot')!;
    const own = el.querySelector('#own-thanks')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
    // The own text is drawn inside the thank-you part; the default text is not drawn at all.
    const b = box(own);
    const t = box(thanks);
    expect(b.height).to.be.above(0);
    expect(b.top).to.be.at.least(t.top - 1);
    expect(b.bottom).to.be.at.most(t.bottom + 1);
    const fallback = document.createRange();
    fallback.selectNodeContents(slot);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(thanks.innerText.trim()).to.equal('');
    expect(t.height).to.be.at.least(b.height);
    // What the reader sees: the own text only.
    expect(el.innerText.trim()).to.equal('Merci, see you soon!');
    expect(thanks.contains(own)).to.equal(false);
  });

  it('without slotted content the default thank-you text is drawn', async () => {
    const el = await mount({ attrs: { lang: 'ar' } });
    await choose(el, 10);
    await skip(el);
    const thanks = part(el, 'thanks');
    expect(thanks.innerText.trim()).to.equal(STRINGS.ar.thanks);
  });
});
