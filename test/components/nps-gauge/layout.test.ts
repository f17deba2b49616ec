// <nps-gauge>: digits and direction (en, fa, ar), sizes from 160 to 800 px, motion and the needle.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, box, layout, legendRow, mount, part, settle, shares, text, type NpsGauge } from './helpers.js';

// 412 / 180 / 96: NPS 45.93 → 46, margin 5.43 → 5, shares 60% / 26% / 14% (arithmetic in values.test.ts);
// previous 371 / 205 / 118: difference +9.47 → +9.
const A = { promoters: 412, passives: 180, detractors: 96 };
const FULL = { ...A, previous: { promoters: 371, passives: 205, detractors: 118 }, target: 50 };

const LATIN_DIGIT = /[0-9]/;

describe('<nps-gauge> languages and digits', () => {
  it('lang="fa" → Persian digits in score, margin, shares, counts and delta; Persian words', async () => {
    const el = await mount({ data: FULL, attrs: { lang: 'fa' } });
    expect(text(part(el, 'score'))).to.equal('۴۶');
    expect(text(part(el, 'margin'))).to.equal('±۵');
    const [p, pa, d] = shares(el);
    expect(p).to.contain('۶۰').and.not.match(LATIN_DIGIT);
    expect(pa).to.contain('۲۶').and.not.match(LATIN_DIGIT);
    expect(d).to.contain('۱۴').and.not.match(LATIN_DIGIT);
    expect(legendRow(el, 'promoter')[0]).to.equal('مروجان');
    expect(legendRow(el, 'promoter')[2]).to.equal('۴۱۲ پاسخ');
    expect(text(part(el, 'delta')))
      .to.contain('+۹')
      .and.contain('نسبت به دورهٔ قبل');
    expect(text(part(el, 'label'))).to.equal('خالص امتیاز ترویج‌کنندگان');
    // The dial's ends too.
    const ends = [...el.shadowRoot!.querySelectorAll('.end')].map((t) => text(t));
    expect(ends.join(' ')).not.to.match(LATIN_DIGIT);
    expect(ends[1]).to.equal('۱۰۰');
    expect(text(el.shadowRoot!.querySelector('.base'))).not.to.match(LATIN_DIGIT);
  });

  it('an ancestor lang="fa" is followed', async () => {
    const el = await mount({ attrs: A, wrapper: { lang: 'fa' } });
    expect(text(part(el, 'score'))).to.equal('۴۶');
    expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
  });

  it("the document's lang is followed (and restored)", async () => {
    const saved = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'fa');
      const el = await mount({ attrs: A });
      expect(text(part(el, 'score'))).to.equal('۴۶');
    } finally {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    }
  });

  it('lang="ar" numbering="arab" → Arabic-Indic digits', async () => {
    const el = await mount({ data: FULL, attrs: { lang: 'ar', numbering: 'arab' } });
    expect(text(part(el, 'score'))).to.equal('٤٦');
    expect(text(part(el, 'margin'))).to.equal('±٥');
    expect(shares(el)[0]).to.contain('٦٠').and.not.match(LATIN_DIGIT);
    expect(legendRow(el, 'promoter')[0]).to.equal('المروّجون');
    expect(text(part(el, 'delta'))).to.contain('+٩');
    expect(text(el.shadowRoot!.querySelector('.base'))).not.to.match(LATIN_DIGIT);
  });

  it('lang="ar-EG" → Arabic-Indic digits by default', async () => {
    const el = await mount({ data: FULL, attrs: { lang: 'ar-EG' } });
    expect(text(part(el, 'score'))).to.equal('٤٦');
    expect(shares(el)[1]).to.contain('٢٦');
  });

  it('plain lang="ar" → Latin digits, Arabic words, right to left', async () => {
    const el = await mount({ data: FULL, attrs: { lang: 'ar' } });
    expect(text(part(el, 'score'))).to.equal('46');
    expect(text(part(el, 'margin'))).to.equal('±5');
    expect(shares(el)[0]).to.contain('60');
    expect(legendRow(el, 'passive')[0]).to.equal('المحايدون');
    expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
  });

  it('numbering="latn" overrides Persian digits', async () => {
    const el = await mount({ data: FULL, attrs: { lang: 'fa', numbering: 'latn' } });
    expect(text(part(el, 'score'))).to.equal('46');
  });

  it('Arabic plural forms of the counts', async () => {
    // 1 promoter, 2 passives, 3 detractors: "إجابة واحدة", "إجابتان", "٣ إجابات".
    const el = await mount({ attrs: { promoters: 1, passives: 2, detractors: 3, lang: 'ar-EG' } });
    expect(legendRow(el, 'promoter')[2]).to.equal('إجابة واحدة');
    expect(legendRow(el, 'passive')[2]).to.equal('إجابتان');
    expect(legendRow(el, 'detractor')[2]).to.equal('٣ إجابات');
  });
});

describe('<nps-gauge> direction', () => {
  /** Promoter segment and legend row against the bar; the two dial ends. */
  const geometry = async (el: NpsGauge) => {
    await layout(el);
    const bar = box($(el, '.bar'));
    const promoter = box($(el, '.bar > .promoter'));
    const detractor = box($(el, '.bar > .detractor'));
    const legend = box($(el, '.legend'));
    const firstItem = box($(el, '.legend li.promoter'));
    const [minus, plus] = [...el.shadowRoot!.querySelectorAll('.end')].map(box);
    return { bar, promoter, detractor, legend, firstItem, minus: minus!, plus: plus! };
  };

  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['fa', 'rtl'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: the split ${dir == 'rtl' ? 'mirrors' : 'runs left to right'}, the dial does not mirror`, async () => {
      const el = await mount({ data: FULL, attrs: { lang }, width: 400 });
      expect($(el, '.base').getAttribute('dir')).to.equal(dir);
      const g = await geometry(el);
      // Promoters take 60% of the bar, detractors 14%.
      expect(g.promoter.width / g.bar.width).to.be.closeTo(412 / 688, 0.01);
      expect(g.detractor.width / g.bar.width).to.be.closeTo(96 / 688, 0.01);
      if (dir == 'ltr') {
        expect(g.promoter.left).to.be.closeTo(g.bar.left, 1);
        expect(g.detractor.right).to.be.closeTo(g.bar.right, 1);
        expect(g.firstItem.left).to.be.closeTo(g.legend.left, 1);
      } else {
        expect(g.promoter.right).to.be.closeTo(g.bar.right, 1);
        expect(g.detractor.left).to.be.closeTo(g.bar.left, 1);
        expect(g.firstItem.right).to.be.closeTo(g.legend.right, 1);
      }
      // −100 on the left, 100 on the right, whatever the direction.
      expect(g.minus.right).to.be.below(g.plus.left);
    });
  }

  /** Left edges of each character of a text node, as drawn. */
  const lefts = (node: Node): number[] => {
    const t = [...node.childNodes].find((c): c is Text => c instanceof Text && c.data.trim() != '')!;
    return [...t.data].map((_, i) => {
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 1);
      return r.getBoundingClientRect().left;
    });
  };

  it('a negative number keeps its minus sign before its digits in a right-to-left English gauge', async () => {
    // A page with dir="rtl" and no Persian or Arabic lang: Latin digits, "-13" (10 / 15 / 15 → −12.5 → −13).
    const el = await mount({
      data: {
        promoters: 10,
        passives: 15,
        detractors: 15,
        previous: { promoters: 1, passives: 0, detractors: 1 },
      },
      wrapper: { dir: 'rtl' },
      width: 400,
    });
    await layout(el);
    expect($(el, '.base').getAttribute('dir')).to.equal('rtl');
    const score = part(el, 'score');
    expect(text(score)).to.equal('-13');
    const [minus, one, three] = lefts(score);
    expect(minus).to.be.below(one!);
    expect(one).to.be.below(three!);
    // The dial's "-100" reads "-100", not "100-".
    const [m, d1] = lefts(el.shadowRoot!.querySelector('.end')!);
    expect(m).to.be.below(d1!);
    // The delta's value (−12.5 − 0 → "-13") too.
    const value = el.shadowRoot!.querySelector('.delta > span[aria-hidden]:not(:first-child)')!;
    expect(text(value)).to.equal('-13');
    const [dm, dd] = lefts(value);
    expect(dm).to.be.below(dd!);
  });

  it('Persian and Arabic negative numbers keep their own minus placement', async () => {
    // fa formats −13 as LRM "−۱۳": the minus on the left; ar-EG as ALM "-١٣": the minus on the right.
    const data = { promoters: 10, passives: 15, detractors: 15 };
    const fa = await mount({ data, attrs: { lang: 'fa' } });
    await layout(fa);
    const faLefts = lefts(part(fa, 'score')).slice(-3);
    expect(faLefts[0]).to.be.below(faLefts[1]!);
    const ar = await mount({ data, attrs: { lang: 'ar-EG' } });
    await layout(ar);
    const arLefts = lefts(part(ar, 'score')).slice(-3);
    expect(arLefts[0]).to.be.above(arLefts[2]!);
  });

  it('dir="rtl" on an English gauge mirrors the split, not the dial', async () => {
    const el = await mount({ data: FULL, attrs: { dir: 'rtl' }, width: 400 });
    const g = await geometry(el);
    expect(g.promoter.right).to.be.closeTo(g.bar.right, 1);
    expect(g.minus.right).to.be.below(g.plus.left);
  });
});

describe('<nps-gauge> sizes from 160 to 800 px', () => {
  const WIDTHS = [160, 200, 240, 300, 360, 480, 560, 640, 800];

  /** Every rendered box in the shadow root (but the visually hidden ones) lies within the host's box. */
  const assertFits = (el: NpsGauge, label: string) => {
    expect(el.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(el.clientWidth);
    const host = box(el);
    const parts = ['label', 'score', 'margin', 'split', 'delta', 'note', 'base'].map((name) =>
      part(el, name),
    );
    const rows = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>(
        '.legend li, .legend li > span, .delta > span, .end, .tl',
      ),
    ];
    expect(rows.length).to.be.above(12);
    for (const node of [...parts, ...rows, $(el, 'svg'), $(el, '.bar')]) {
      if (node.closest('.visually-hidden')) continue;
      const b = box(node);
      const what = `${label}: ${node.getAttribute('part') ?? node.className} ${text(node)}`;
      expect(b.left, `${what} left`).to.be.at.least(host.left - 1);
      expect(b.right, `${what} right`).to.be.at.most(host.right + 1);
      expect(b.top, `${what} top`).to.be.at.least(host.top - 1);
      expect(b.bottom, `${what} bottom`).to.be.at.most(host.bottom + 1);
      expect(node.scrollWidth, `${what} scrollWidth`).to.be.at.most(Math.ceil(b.width) + 1);
    }
  };

  for (const lang of ['en', 'fa', 'ar']) {
    it(`${lang}: nothing overflows at ${WIDTHS.join(', ')} px`, async () => {
      // The note is forced (min-responses 1000) so that every part is on screen.
      const el = await mount({ data: FULL, attrs: { lang, 'min-responses': 1000 }, width: WIDTHS[0] });
      const slot = el.parentElement!;
      for (const width of WIDTHS) {
        slot.style.width = `${width}px`;
        await layout(el);
        expect(el.getBoundingClientRect().width).to.be.closeTo(width, 0.5);
        assertFits(el, `${lang} ${width}px`);
      }
    });
  }

  it('a long label wraps instead of overflowing at 160 px', async () => {
    const el = await mount({
      data: FULL,
      attrs: { label: 'Kundenweiterempfehlungsbereitschaftsindex', 'min-responses': 1000 },
      width: 160,
    });
    await layout(el);
    assertFits(el, 'long label 160px');
  });

  it('the dial grows with the container and shows the split beside it from 560 px', async () => {
    const el = await mount({ data: FULL, width: 360 });
    await layout(el);
    const narrow = box($(el, 'svg')).width;
    expect(box(part(el, 'split')).top).to.be.above(box($(el, 'svg')).bottom - 1);
    el.parentElement!.style.width = '800px';
    await layout(el);
    expect(box($(el, 'svg')).width).to.be.above(narrow);
    // Side by side: the split starts to the right of the dial (LTR).
    expect(box(part(el, 'split')).left).to.be.at.least(box($(el, 'svg')).right - 1);
  });
});

describe('<nps-gauge> motion and needle', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v)));

  it('the needle moves with a transition', async () => {
    const el = await mount({ attrs: A });
    expect(seconds(getComputedStyle(part(el, 'needle')).transitionDuration)).to.be.above(0);
  });

  it('prefers-reduced-motion: reduce → the needle transition lasts 0s', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ attrs: A });
    expect(getComputedStyle(part(el, 'needle')).transitionDuration).to.equal('0s');
  });

  /** The needle's `--angle` in degrees. */
  const angle = (el: NpsGauge) => {
    const value = part(el, 'needle').style.getPropertyValue('--angle');
    expect(value).to.match(/deg$/);
    return parseFloat(value);
  };

  const cases: [string, Record<string, number | string>, number][] = [
    // 70 / 10 / 20 → 50 → 50 · 0.9 = 45°.
    ['score 50 → 45deg', { promoters: 70, passives: 10, detractors: 20 }, 45],
    // 412 / 180 / 96 → 45.930 → 45.930 · 0.9 = 41.337° (the unrounded score).
    ['score 45.93 → 41.34deg', A, (316 / 688) * 100 * 0.9],
    // 1 / 0 / 1 → 0 → 0°.
    ['score 0 → 0deg', { promoters: 1, passives: 0, detractors: 1 }, 0],
    // 10 / 15 / 15 → −12.5 → −11.25°.
    ['score −12.5 → −11.25deg', { promoters: 10, passives: 15, detractors: 15 }, -11.25],
    // All promoters → 100 → 90°; all detractors → −100 → −90°: the ends of the dial.
    ['score 100 → 90deg', { scores: '10,9,10' }, 90],
    ['score −100 → −90deg', { scores: '0,6,3' }, -90],
  ];
  for (const [name, attrs, expected] of cases) {
    it(`the needle's --angle: ${name}`, async () => {
      const el = await mount({ attrs });
      expect(angle(el)).to.be.closeTo(expected, 1e-6);
    });
  }

  it('the needle turns when the score changes', async () => {
    const el = await mount({ attrs: { scores: '10' } });
    expect(angle(el)).to.be.closeTo(90, 1e-6);
    el.setAttribute('scores', '10,0');
    await settle(el);
    expect(angle(el)).to.be.closeTo(0, 1e-6);
  });

  it('is drawn turned by --angle (computed transform)', async () => {
    const el = await mount({ attrs: { promoters: 70, passives: 10, detractors: 20 } });
    const m = new DOMMatrix(getComputedStyle(part(el, 'needle')).transform);
    // rotate(45deg): a = cos 45°, b = sin 45°.
    expect(m.a).to.be.closeTo(Math.SQRT1_2, 1e-6);
    expect(m.b).to.be.closeTo(Math.SQRT1_2, 1e-6);
  });
});
