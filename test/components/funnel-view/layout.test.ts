// <funnel-view>: digits and formats (en, fa, ar), band sizes and scales, orientation and RTL
// mirroring, and widths from 240 to 1200 px, measured on the rendered boxes.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  STANDARD,
  STEEP,
  axFind,
  axTree,
  bandBoxes,
  box,
  faces,
  layout,
  mount,
  names,
  part,
  parts,
  stage,
  stages,
  tableCells,
  tableWrap,
  text,
  tooltip,
  withDocument,
  type FunnelView,
  type Stage,
} from './helpers.js';

const LATIN_DIGIT = /[0-9]/;

describe('<funnel-view> digits and formats', () => {
  it('value-format="compact": 48,210 → "48K", 3,120 → "3.1K", in faces, names, tooltips and table', async () => {
    const el = await mount({ data: STANDARD, attrs: { 'value-format': 'compact' } });
    expect(faces(el).map((f) => f.value)).to.deep.equal(['48K', '3.1K', '1.3K', '410', '162']);
    expect(names(el)[0]).to.equal('Visitors 48K');
    // The drop-off 45,090 → "45K"; shares are unchanged.
    expect(text(tooltip(el, 1))).to.equal(
      'Leads 3.1K 6.5% of previous stage 6.5% of Visitors 45K dropped (93.5%)',
    );
    expect((await tableCells(el))[2]).to.deep.equal(['Leads', '3.1K', '6.5%', '6.5%', '45K', '93.5%']);
  });

  it('lang="fa" → Persian digits and separators everywhere (Intl fa: 48210 → "۴۸٬۲۱۰")', async () => {
    const el = await mount({ data: STANDARD, attrs: { lang: 'fa' } });
    expect(faces(el)[0]!.value).to.equal('۴۸٬۲۱۰');
    // 0.0647 → "۶٫۵٪" (Persian decimal separator U+066B, percent sign U+066A).
    expect(faces(el)[1]).to.deep.equal({
      name: 'Leads',
      value: '۳٬۱۲۰',
      conv: '۶٫۵٪ از مرحلهٔ قبل',
      change: null,
    });
    expect(text(part(el, 'overall'))).to.equal('نرخ تبدیل کل ۰٫۳۴٪');
    expect((await tableCells(el))[4]).to.deep.equal(['Proposal', '۴۱۰', '۳۱٫۸٪', '۰٫۸۵٪', '۸۸۰', '۶۸٫۲٪']);
    expect(text(part(el, 'label'))).to.equal('قیف');
    // Nothing but the (English) stage labels is in Latin script, and no Latin digit anywhere.
    expect(text(part(el, 'base'))).not.to.match(LATIN_DIGIT);
    expect(names(el).join(' ')).not.to.match(LATIN_DIGIT);
  });

  it('lang="fa" value-format="compact" → "۴۸ هزار"', async () => {
    const el = await mount({ data: STANDARD, attrs: { lang: 'fa', 'value-format': 'compact' } });
    // Intl fa compact: "۴۸", NO-BREAK SPACE, "هزار"; 3120 → "۳٫۱ هزار".
    expect(part(el, 'stage').querySelector('.value')!.textContent).to.equal('۴۸\u00a0هزار');
    expect(faces(el)[1]!.value).to.equal('۳٫۱ هزار');
  });

  it('the document\'s lang="fa" is followed (and restored)', async () => {
    await withDocument({ lang: 'fa' }, async () => {
      const el = await mount({ data: STANDARD });
      expect(faces(el)[0]!.value).to.equal('۴۸٬۲۱۰');
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    });
    expect(document.documentElement.getAttribute('lang')).not.to.equal('fa');
  });

  it('lang="ar" numbering="arab" → Arabic-Indic digits (Intl: "٤٨٬٢١٠", "٦٫٥٪" + U+061C)', async () => {
    const el = await mount({ data: STANDARD, attrs: { lang: 'ar', numbering: 'arab' } });
    expect(faces(el)[0]!.value).to.equal('٤٨٬٢١٠');
    expect(faces(el)[1]!.conv).to.equal('٦٫٥٪\u061c من المرحلة السابقة');
    expect(text(part(el, 'overall'))).to.equal('معدل التحويل الإجمالي ٠٫٣٤٪\u061c');
    expect(text(part(el, 'base'))).not.to.match(LATIN_DIGIT);
  });

  it('plain lang="ar" → Latin digits, Arabic words, right to left', async () => {
    const el = await mount({ data: STANDARD, attrs: { lang: 'ar' } });
    expect(faces(el)[0]!.value).to.equal('48,210');
    // Intl ar (latn): "6.5‎%‎" with LEFT-TO-RIGHT MARKs around the percent sign.
    expect(faces(el)[1]!.conv).to.equal('6.5\u200e%\u200e من المرحلة السابقة');
    expect(text(part(el, 'label'))).to.equal('القمع');
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
  });

  it('numbering="latn" overrides Persian digits', async () => {
    const el = await mount({ data: STANDARD, attrs: { lang: 'fa', numbering: 'latn' } });
    expect(faces(el)[0]!.value).to.equal('48,210');
  });
});

/** The box of the `.track` (the band's full extent) of a stage. */
const trackBox = (el: FunnelView, i: number): DOMRect => box($(stage(el, i), '.track'));

describe('<funnel-view> bands and scales', () => {
  // 2,400,000 → 12 → 0: linear 12/2,400,000 = 0.000005 of the width (below the 2% minimum);
  // log: the scale starts a decade below the smallest positive stage (1.2):
  //   (ln 12 − ln 1.2)/(ln 2,400,000 − ln 1.2) = ln 10 / ln 2,000,000 = 2.3026/14.5087 = 0.1587 of the width.
  const TINY: Stage[] = [
    { label: 'Impressions', value: 2400000 },
    { label: 'Deals', value: 12 },
    { label: 'Refunds', value: 0 },
  ];

  it('linear (default): vertical band widths are proportional to the values', async () => {
    // 1000 / 500 / 250 / 100 → 100%, 50%, 25%, 10% of the track.
    const el = await mount({
      data: [1000, 500, 250, 100].map((value, i) => ({ label: `S${i}`, value })),
      width: 600,
    });
    await layout(el);
    const track = trackBox(el, 0).width;
    const widths = bandBoxes(el).map((b) => b.width / track);
    [1, 0.5, 0.25, 0.1].forEach((expected, i) => expect(widths[i]).to.be.closeTo(expected, 0.005));
    // Bands are centred in their track.
    const [first, second] = bandBoxes(el);
    expect(first!.left + first!.width / 2).to.be.closeTo(second!.left + second!.width / 2, 1);
  });

  it('log keeps a tiny last stage visible: its band is far wider than with linear', async () => {
    const linear = await mount({ data: TINY, attrs: { scale: 'linear' }, width: 600 });
    const log = await mount({ data: TINY, attrs: { scale: 'log' }, width: 600 });
    await layout(linear);
    await layout(log);
    const track = trackBox(log, 1).width;
    const lin = bandBoxes(linear)[1]!.width;
    const lg = bandBoxes(log)[1]!.width;
    // Linear: the 2% minimum. Log: 15.9%.
    expect(lin / track).to.be.closeTo(0.02, 0.002);
    expect(lg / track).to.be.closeTo(Math.log(10) / Math.log(2000000), 0.005);
    expect(lg).to.be.above(5 * lin);
    // The first stage fills the track on both scales.
    expect(bandBoxes(log)[0]!.width).to.be.closeTo(track, 0.5);
  });

  it('sqrt lies between linear and log', async () => {
    // 10,000 → 100: linear 100/10,000 = 1% → the 2% minimum; sqrt √100/√10,000 = 10%;
    // log (ln 100 − ln 10)/(ln 10,000 − ln 10) = 1/3.
    const data = [
      { label: 'A', value: 10000 },
      { label: 'B', value: 100 },
    ];
    const widths: Record<string, number> = {};
    for (const scale of ['linear', 'sqrt', 'log']) {
      const el = await mount({ data, attrs: { scale }, width: 600 });
      await layout(el);
      widths[scale] = bandBoxes(el)[1]!.width / trackBox(el, 1).width;
    }
    expect(widths.linear).to.be.closeTo(0.02, 0.002);
    expect(widths.sqrt).to.be.closeTo(0.1, 0.005);
    expect(widths.log).to.be.closeTo(1 / 3, 0.005);
  });

  it('a stage of 0 keeps at least 4 px, on every scale, vertical and horizontal, narrow and wide', async () => {
    for (const scale of ['linear', 'log', 'sqrt']) {
      for (const [orientation, width] of [
        ['vertical', 240],
        ['vertical', 1200],
        ['horizontal', 480],
        ['horizontal', 1200],
      ] as const) {
        const el = await mount({ data: TINY, attrs: { scale, orientation }, width });
        await layout(el);
        const zero = bandBoxes(el)[2]!;
        const size = orientation === 'vertical' ? zero.width : zero.height;
        expect(size, `${scale} ${orientation} ${width}px`).to.be.at.least(4 - 0.01);
        expect(zero.width, `${scale} ${orientation} ${width}px`).to.be.above(0);
        expect(zero.height, `${scale} ${orientation} ${width}px`).to.be.above(0);
      }
    }
  });

  it('changing scale re-renders the bands', async () => {
    const el = await mount({ data: TINY, attrs: { scale: 'linear' }, width: 600 });
    await layout(el);
    const before = bandBoxes(el)[1]!.width;
    el.setAttribute('scale', 'log');
    await layout(el);
    expect(bandBoxes(el)[1]!.width).to.be.above(5 * before);
  });
});

/** Band sizes as shares of their track: widths (vertical) or heights (horizontal columns). */
function shares(el: FunnelView, horizontal = false): number[] {
  return bandBoxes(el).map((b, i) => {
    const track = trackBox(el, i);
    return horizontal ? b.height / track.height : b.width / track.width;
  });
}

describe('<funnel-view> a steep funnel: 48,210 → 3,120 → 1,400 → 520 → 162', () => {
  /*
   * First to last 48,210 / 162 = 297.6 > 100, so scale="auto" (the default) draws it on a log scale
   * starting a decade below the smallest stage (16.2): band = ln(v / 16.2) / ln(48,210 / 16.2),
   * ln(2,975.9) = 7.9983:
   *   Leads     ln(192.59) = 5.2605 → 0.6577    Qualified ln(86.42) = 4.4592 → 0.5575
   *   Proposal  ln(32.099) = 3.4688 → 0.4337    Won       ln(10)    = 2.3026 → 0.2879
   * Linear they were 6.5%, 2.9%, 1.1% and 0.34% of the first: stubs of 6–45 px.
   */
  const LOG = [1, 0.6577, 0.5575, 0.4337, 0.2879];

  for (const [orientation, width, lang] of [
    ['vertical', 320, 'en'],
    ['vertical', 1200, 'en'],
    ['horizontal', 1200, 'en'],
    ['vertical', 320, 'fa'],
    ['horizontal', 1200, 'fa'],
  ] as const) {
    it(`auto: log scale, every later band ≥ 25% of its track and shrinking with the value: ${orientation} ${width}px ${lang}`, async () => {
      const el = await mount({ data: STEEP, attrs: { orientation, lang }, width });
      await layout(el);
      const got = shares(el, orientation === 'horizontal');
      got.forEach((share, i) => expect(share, STEEP[i]!.label).to.be.closeTo(LOG[i]!, 0.005));
      for (let i = 1; i < got.length; i++) {
        expect(got[i], STEEP[i]!.label).to.be.at.least(0.25);
        expect(got[i], `${STEEP[i]!.label} < ${STEEP[i - 1]!.label}`).to.be.below(got[i - 1]! - 0.05);
      }
      // Vertical bands are centred on one axis: the funnel's outline.
      if (orientation === 'vertical') {
        const centres = bandBoxes(el).map((b) => b.left + b.width / 2);
        for (const c of centres) expect(c).to.be.closeTo(centres[0]!, 1);
      }
      expect(text(part(el, 'scale'))).to.equal(
        lang === 'fa' ? 'طول نوارها با مقیاس لگاریتمی.' : 'Bar lengths on a log scale.',
      );
      // Nothing is drawn at a floor, so nothing is dashed.
      expect(el.shadowRoot!.querySelector('.floor')).to.equal(null);
    });
  }

  it('the scale note is in en, fa and ar, above the bands, and describes the list for screen readers', async () => {
    const NOTES = {
      en: 'Bar lengths on a log scale.',
      fa: 'طول نوارها با مقیاس لگاریتمی.',
      ar: 'أطوال الأشرطة بمقياس لوغاريتمي.',
    };
    for (const [lang, note] of Object.entries(NOTES)) {
      const el = await mount({ data: STEEP, attrs: { lang } });
      await layout(el);
      const shown = part(el, 'scale');
      expect(text(shown), lang).to.equal(note);
      expect(box(shown).bottom, lang).to.be.at.most(box(part(el, 'stages')).top + 1);
      expect(part(el, 'stages').getAttribute('aria-describedby')).to.equal(shown.id);
    }
    const el = await mount({ data: STEEP, attrs: { label: 'Steep' } });
    const [list] = axFind(await axTree(), (n) => n.role === 'list' && n.name === 'Steep');
    expect((list as { description?: string } | undefined)?.description).to.equal(NOTES.en);
    expect(el.state).to.equal('ready');
  });

  it('auto is linear up to a first/last ratio of 10, square root up to 100, log beyond', async () => {
    /*
     * 1,000 → 100 (ratio 10): linear, 100/1,000 = 0.1.
     * 1,000 → 20 (ratio 50): square root, √(20/1,000) = 0.1414.
     * 1,000 → 5 (ratio 200): log from 0.5, ln(10)/ln(2,000) = 2.3026/7.6009 = 0.3029.
     */
    for (const [last, expected, words] of [
      [100, 0.1, 'linear'],
      [20, 0.1414, 'square-root'],
      [5, 0.3029, 'log'],
    ] as const) {
      const data = [
        { label: 'A', value: 1000 },
        { label: 'B', value: last },
      ];
      const el = await mount({ data, width: 600 });
      await layout(el);
      expect(shares(el)[1], words).to.be.closeTo(expected, 0.005);
      expect(text(part(el, 'scale'))).to.equal(`Bar lengths on a ${words} scale.`);
    }
  });

  it('scale="linear" forces linear: a stage below 2% is drawn at 2%, dashed, and the note says so', async () => {
    // 520/48,210 = 1.08% and 162/48,210 = 0.34% are below the 2% floor; 1,400/48,210 = 2.9% is not.
    const el = await mount({ data: STEEP, attrs: { scale: 'linear' }, width: 600 });
    await layout(el);
    const got = shares(el);
    [1, 0.0647, 0.029, 0.02, 0.02].forEach((share, i) => expect(got[i]).to.be.closeTo(share, 0.002));
    const bands = parts(el, 'band');
    expect(bands.map((b) => b.classList.contains('floor'))).to.deep.equal([false, false, false, true, true]);
    for (const [i, band] of bands.entries()) {
      const style = getComputedStyle(band);
      // Drawn larger than its value: hollow, with a dashed edge; drawn to scale: solid.
      expect(style.borderTopStyle, `band ${i}`).to.equal(i >= 3 ? 'dashed' : 'none');
      expect(style.backgroundColor === 'rgba(0, 0, 0, 0)', `band ${i}`).to.equal(i >= 3);
    }
    expect(text(part(el, 'scale'))).to.equal(
      'Bar lengths on a linear scale. Dashed bars are too small to draw to scale.',
    );
    for (const lang of ['fa', 'ar']) {
      const other = await mount({ data: STEEP, attrs: { scale: 'linear', lang } });
      expect(text(part(other, 'scale')), lang).to.equal(
        lang === 'fa'
          ? 'طول نوارها با مقیاس خطی. نوارهای خط‌چین کوچک‌تر از آن‌اند که به مقیاس رسم شوند.'
          : 'أطوال الأشرطة بمقياس خطي. الأشرطة المتقطعة أصغر من أن تُرسم بالمقياس.',
      );
    }
  });

  it('a stage of 0 is dashed on every scale', async () => {
    for (const scale of ['auto', 'linear', 'sqrt', 'log']) {
      const el = await mount({
        data: [
          { label: 'A', value: 100 },
          { label: 'B', value: 40 },
          { label: 'C', value: 0 },
        ],
        attrs: { scale },
      });
      expect(
        parts(el, 'band').map((b) => b.classList.contains('floor')),
        scale,
      ).to.deep.equal([false, false, true]);
      expect(text(part(el, 'scale')), scale).to.contain('Dashed bars');
    }
  });
});

describe('<funnel-view> the value carries the row', () => {
  for (const orientation of ['vertical', 'horizontal']) {
    it(`the value is at least as heavy and as large as the stage name, and heavier or larger: ${orientation}`, async () => {
      const el = await mount({ data: STEEP, attrs: { orientation }, width: 1200 });
      await layout(el);
      for (const s of stages(el)) {
        const name = getComputedStyle($(s, '.name'));
        const value = getComputedStyle($(s, '.value'));
        const [nw, vw] = [parseFloat(name.fontWeight), parseFloat(value.fontWeight)];
        const [ns, vs] = [parseFloat(name.fontSize), parseFloat(value.fontSize)];
        expect(vw, 'weight').to.be.at.least(nw);
        expect(vs, 'size').to.be.at.least(ns);
        expect(vw > nw || vs > ns, 'heavier or larger').to.equal(true);
        // The labelled percentages are quieter than the value.
        for (const quiet of s.querySelectorAll('.conv, .vs')) {
          expect(parseFloat(getComputedStyle(quiet).fontSize)).to.be.below(vs);
        }
      }
    });
  }
});

describe('<funnel-view> orientation and direction', () => {
  const RATIOS: Stage[] = [1000, 500, 250].map((value, i) => ({ label: `Stage ${i + 1}`, value }));

  it('horizontal (≥ 480 px): stages side by side left to right, heights scale, bottoms aligned', async () => {
    const el = await mount({ data: RATIOS, attrs: { orientation: 'horizontal' }, width: 800 });
    await layout(el);
    const [a, b, c] = stages(el).map(box);
    expect(a!.right).to.be.at.most(b!.left + 1);
    expect(b!.right).to.be.at.most(c!.left + 1);
    expect(a!.top).to.be.closeTo(b!.top, 1);
    const bands = bandBoxes(el);
    // Heights 1 : 0.5 : 0.25, widths all the same.
    expect(bands[1]!.height / bands[0]!.height).to.be.closeTo(0.5, 0.01);
    expect(bands[2]!.height / bands[0]!.height).to.be.closeTo(0.25, 0.01);
    expect(bands[1]!.width).to.be.closeTo(bands[0]!.width, 1);
    expect(bands[1]!.bottom).to.be.closeTo(bands[0]!.bottom, 1);
    // The bars stand above the text.
    expect(bands[0]!.bottom).to.be.at.most(box($(stage(el, 0), '.name')).top + 1);
  });

  it('horizontal in lang="fa": the first stage is to the right of the second', async () => {
    const el = await mount({ data: RATIOS, attrs: { orientation: 'horizontal', lang: 'fa' }, width: 800 });
    await layout(el);
    const [a, b, c] = stages(el).map(box);
    expect(a!.left).to.be.at.least(b!.right - 1);
    expect(b!.left).to.be.at.least(c!.right - 1);
    // The first stage starts at the right edge of the list.
    expect(a!.right).to.be.closeTo(box(part(el, 'stages')).right, 1);
  });

  it('horizontal in dir="rtl" from an ancestor: mirrored too', async () => {
    const el = await mount({
      data: RATIOS,
      attrs: { orientation: 'horizontal' },
      wrapper: { dir: 'rtl' },
      width: 800,
    });
    await layout(el);
    const [a, b] = stages(el).map(box);
    expect(a!.left).to.be.at.least(b!.right - 1);
  });

  it('vertical: stages stacked, the label column left of the band in LTR', async () => {
    const el = await mount({ data: RATIOS, width: 600 });
    await layout(el);
    const [a, b] = stages(el).map(box);
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    const label = box($(stage(el, 0), '.text'));
    const track = trackBox(el, 0);
    expect(label.right).to.be.at.most(track.left + 1);
    expect(label.top).to.be.below(track.bottom);
  });

  it('vertical in lang="fa": the label column is to the right of the band', async () => {
    const el = await mount({ data: RATIOS, attrs: { lang: 'fa' }, width: 600 });
    await layout(el);
    const label = box($(stage(el, 0), '.text'));
    const track = trackBox(el, 0);
    expect(label.left).to.be.at.least(track.right - 1);
    // The label's text starts at its right edge.
    expect(box($(stage(el, 0), '.name')).right).to.be.closeTo(label.right, 1);
  });

  it('horizontal below 480 px is laid out vertically (stacked, widths scale)', async () => {
    const el = await mount({ data: RATIOS, attrs: { orientation: 'horizontal' }, width: 400 });
    await layout(el);
    const [a, b] = stages(el).map(box);
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    const bands = bandBoxes(el);
    expect(bands[1]!.width / bands[0]!.width).to.be.closeTo(0.5, 0.01);
    expect(bands[1]!.height).to.be.closeTo(bands[0]!.height, 0.5);
    // Widening the container switches to columns.
    el.parentElement!.style.width = '600px';
    await layout(el);
    const [a2, b2] = stages(el).map(box);
    expect(a2!.right).to.be.at.most(b2!.left + 1);
    expect(bandBoxes(el)[1]!.height / bandBoxes(el)[0]!.height).to.be.closeTo(0.5, 0.01);
  });

  it('the orientation attribute is reflected, and switching re-lays out', async () => {
    const el = await mount({ data: RATIOS, width: 800 });
    expect(el.getAttribute('orientation')).to.equal('vertical');
    el.orientation = 'horizontal';
    await layout(el);
    expect(el.getAttribute('orientation')).to.equal('horizontal');
    const [a, b] = stages(el).map(box);
    expect(a!.right).to.be.at.most(b!.left + 1);
  });
});

describe('<funnel-view> the data table at 320 px', () => {
  /** The box of a cell's text (its contents), which may lie outside a clipping ancestor. */
  const textBox = (cell: Element): DOMRect => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return range.getBoundingClientRect();
  };
  const within = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

  for (const lang of ['en', 'fa']) {
    it(`${lang}: every cell's text is inside the scroll box, or the box scrolls with a shadow at its edge; nothing leaves the host`, async () => {
      const el = await mount({ data: STEEP, attrs: { lang, table: '' }, width: 320 });
      await layout(el);
      const host = box(el);
      const wrap = tableWrap(el);
      const area = box(wrap);
      expect(within(area, host), 'the scroll box is inside the host').to.equal(true);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const cells = [...part(el, 'table').querySelectorAll('th, td')];
      expect(cells).to.have.length(6 * 8);
      // No text escapes its own cell (headers wrap; numbers fit their column).
      for (const cell of cells) expect(within(textBox(cell), box(cell)), text(cell)).to.equal(true);
      const outside = cells.filter((c) => !within(textBox(c), area));
      // Eight columns do not fit 320 px: the box must scroll, clip and show it.
      expect(outside.length).to.be.above(0);
      expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
      const style = getComputedStyle(wrap);
      expect(style.overflowX).to.equal('auto');
      // The cue: two surface-coloured covers that scroll with the table (local) over two shadows
      // fixed at the box's edges (scroll), so a shadow shows at each edge with more to scroll to.
      expect(style.backgroundImage.match(/gradient\(/g)).to.have.length(4);
      expect(style.backgroundAttachment).to.equal('local, local, scroll, scroll');
      // The text clipped at the edge is reached by scrolling (to the left in Persian).
      wrap.scrollLeft = (lang === 'fa' ? -1 : 1) * wrap.scrollWidth;
      const last = [...part(el, 'table').querySelectorAll('tr')].map((tr) => tr.lastElementChild!);
      for (const cell of last) expect(within(textBox(cell), box(wrap)), text(cell)).to.equal(true);
      // Multi-word headers wrap rather than widen the table.
      const header = [...part(el, 'table').querySelectorAll('thead th')][2]!;
      const range = document.createRange();
      range.selectNodeContents(header);
      expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).to.be.at.least(2);
    });
  }
});

describe('<funnel-view> widths from 240 to 1200 px', () => {
  const WIDTHS = [240, 300, 360, 480, 560, 720, 960, 1200];
  const LONG = 'Qualified marketing leads from the enterprise segment of the EMEA region';
  const WORD = 'Kundenweiterempfehlungsbereitschaftsindexbewertung';
  const DATA: Stage[] = [
    { label: 'Visitors', value: 2400000, previous: 2100000 },
    { label: LONG, value: 31200, previous: 29000 },
    { label: WORD, value: 1290, previous: 1400 },
    { label: 'Won', value: 162, previous: 120 },
  ];

  /** Every drawn box of the shadow root (but the visually hidden ones) lies within the host's box. */
  const assertFits = (el: FunnelView, label: string) => {
    expect(el.scrollWidth, `${label}: host scrollWidth`).to.be.at.most(el.clientWidth);
    const host = box(el);
    const nodes = [
      ...['base', 'label', 'stages', 'overall', 'table-toggle'].map((n) => part(el, n)),
      ...parts(el, 'stage'),
      ...parts(el, 'band'),
      ...parts(el, 'tooltip'),
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('.text > *, .track, .overall > *'),
    ];
    const wrap = el.table ? tableWrap(el) : null;
    if (wrap) nodes.push(wrap);
    let drawn = 0;
    for (const node of nodes) {
      if (node.closest('.visually-hidden') || node.getClientRects().length === 0) continue;
      drawn++;
      const b = box(node);
      const what = `${label}: ${node.getAttribute('part') ?? node.className} "${text(node).slice(0, 30)}"`;
      expect(b.left, `${what} left`).to.be.at.least(host.left - 1);
      expect(b.right, `${what} right`).to.be.at.most(host.right + 1);
      // The table's region scrolls sideways by design; anything else must not overflow.
      if (node !== wrap) {
        expect(node.scrollWidth, `${what} scrollWidth`).to.be.at.most(Math.ceil(b.width) + 1);
      }
    }
    expect(drawn).to.be.above(20);
  };

  for (const lang of ['en', 'fa']) {
    for (const orientation of ['vertical', 'horizontal']) {
      it(`${lang} ${orientation}: nothing overflows at ${WIDTHS.join(', ')} px, with a tooltip and the table shown`, async () => {
        const el = await mount({ data: DATA, attrs: { lang, orientation, table: '' }, width: WIDTHS[0] });
        const slot = el.parentElement!;
        for (const width of WIDTHS) {
          slot.style.width = `${width}px`;
          await layout(el);
          expect(box(el).width).to.be.closeTo(width, 0.5);
          // The long labels' tooltips are shown in turn (keyboard focus), so they are measured too.
          stage(el, 0).focus();
          for (const i of [1, 2]) {
            await sendKeys({ press: lang === 'fa' ? 'ArrowLeft' : 'ArrowRight' });
            await layout(el);
            expect(getComputedStyle(tooltip(el, i)).display).to.equal('block');
            assertFits(el, `${lang} ${orientation} ${width}px, tooltip ${i}`);
          }
        }
      });
    }
  }

  it('12 stages side by side at 480 px fit their columns', async () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ label: `Stage ${i + 1}`, value: 2400000 / 2 ** i }));
    // 480 px inside the card's 1 px edges.
    const el = await mount({ data, attrs: { orientation: 'horizontal' }, width: 482 });
    await layout(el);
    const [a, b] = stages(el).map(box);
    expect(a!.right).to.be.at.most(b!.left + 1);
    assertFits(el, '12 stages 480px');
    for (const s of stages(el)) {
      const column = box(s);
      for (const inner of s.querySelectorAll('.text > *')) {
        expect(box(inner).right, text(inner)).to.be.at.most(column.right + 1);
        expect(box(inner).left, text(inner)).to.be.at.least(column.left - 1);
      }
    }
  });

  it('a long label is clamped to two lines on the face; the tooltip and the table have it whole', async () => {
    const el = await mount({ data: DATA, width: 240 });
    await layout(el);
    const name = $(stage(el, 1), '.name');
    const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
    expect(name.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
    // Clipped: the rest of the text is hidden, not overflowing.
    expect(name.scrollHeight).to.be.above(name.clientHeight);
    expect(text(tooltip(el, 1))).to.contain(LONG);
    expect(text(tooltip(el, 2))).to.contain(WORD);
    expect((await tableCells(el))[2]![0]).to.equal(LONG);
    expect((await tableCells(el))[3]![0]).to.equal(WORD);
    // The accessible name has it whole too.
    expect(names(el)[1]).to.match(new RegExp(`^${LONG} `));
  });

  it('a long caption wraps at 240 px', async () => {
    const el = await mount({ data: STANDARD, attrs: { label: WORD }, width: 240 });
    await layout(el);
    assertFits(el, 'long caption 240px');
  });
});
