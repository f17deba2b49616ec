// <kpi-card metric="csat|ces|nps"> from what the surveys collect: scores, counts or response
// records `{ kind, scale, score }` (each metric counts only its own kind; an NPS body without
// `kind` is NPS), through attributes, `.data` and `src` (the test server's `responses` fixture).
import { expect } from '@open-wc/testing';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import { inputsOf, loaded, mount, nameOf, partText, valueText, type KpiCard } from './helpers.js';

/** The message without its bidi isolates. */
const message = (el: KpiCard) => partText(el, 'message').replace(/[\u2068\u2069]/g, '');

/** Mixed records: NPS 10 (no kind), CSAT 5, 4, 3 and 1, CES 2 on 1–5, NPS 6 (kind). */
const MIXED = [
  { id: 'a', score: 10, category: 'promoter' },
  { id: 'b', kind: 'csat', scale: '1-5', score: 5 },
  { id: 'c', kind: 'csat', scale: '1-5', score: 4 },
  { id: 'd', kind: 'ces', scale: '1-5', score: 2 },
  { id: 'e', kind: 'csat', scale: '1-5', score: 3 },
  { id: 'f', kind: 'nps', scale: '0-10', score: 6 },
  { id: 'g', kind: 'csat', scale: '1-5', score: 1 },
];

describe('<kpi-card> survey metrics', () => {
  it('csat from scores: 8 of 10 satisfied is 80%, with its adjusted-Wald interval', async () => {
    // p̃ = (8 + 1.9208) ÷ 13.8416 = 0.716738; 1.96 × √(0.716738 × 0.283262 ÷ 13.8416) = 0.237376
    // → 47.9% – 95.4%.
    const el = await mount({ attrs: { metric: 'csat', scores: '5 5 5 4 4 4 4 4 3 1' } });
    expect(el.state).to.equal('ready');
    expect(valueText(el)).to.equal('80%');
    expect(nameOf(el)).to.equal('CSAT 80%');
    expect(inputsOf(el)).to.deep.equal([
      ['Satisfied', '8'],
      ['Neutral', '1'],
      ['Unsatisfied', '1'],
      ['Confidence interval', '47.9% – 95.4%'],
    ]);
    expect(partText(el, 'details')).to.contain('Satisfied ÷ (Satisfied + Neutral + Unsatisfied)');
  });

  it('csat from counts as attributes and through .data: the same 80%', async () => {
    const counts = { satisfied: 8, neutral: 1, unsatisfied: 1 };
    expect(valueText(await mount({ attrs: { metric: 'csat', ...counts } }))).to.equal('80%');
    expect(valueText(await mount({ attrs: { metric: 'csat' }, data: counts }))).to.equal('80%');
  });

  it('csat from response records counts only the CSAT ones: 2 of 4 is 50%', async () => {
    // CSAT 5, 4, 3, 1: 2 satisfied, 1 neutral, 1 unsatisfied; the NPS and CES records are left out.
    // p̃ = (2 + 1.9208) ÷ 7.8416 = 0.5; 1.96 × √(0.25 ÷ 7.8416) = 0.349960 → 15% – 85%.
    const el = await mount({ attrs: { metric: 'csat' }, data: { responses: MIXED } });
    expect(valueText(el)).to.equal('50%');
    expect(inputsOf(el)).to.deep.equal([
      ['Satisfied', '2'],
      ['Neutral', '1'],
      ['Unsatisfied', '1'],
      ['Confidence interval', '15% – 85%'],
    ]);
  });

  it('nps from response records counts only NPS ones, a body without kind included', async () => {
    // 10 and 6: 1 promoter, 1 detractor → NPS 0; the four CSAT records (scores 1–5) would be
    // detractors if they counted.
    const el = await mount({ attrs: { metric: 'nps' }, data: { responses: MIXED } });
    expect(valueText(el)).to.equal('0');
    expect(inputsOf(el).slice(0, 3)).to.deep.equal([
      ['Promoters', '1'],
      ['Detractors', '1'],
      ['Passives', '0'],
    ]);
  });

  it('ces from response records takes the scale of its records: 2 on 1–5', async () => {
    const el = await mount({ attrs: { metric: 'ces' }, data: { responses: MIXED } });
    expect(valueText(el)).to.equal('2');
    expect(inputsOf(el)).to.deep.equal([
      ['Responses', '1'],
      ['Easy', '0%'],
    ]);
  });

  it('loads the responses of all three surveys from a real route', async () => {
    const src = '/__test__/fixture/responses';
    // CSAT 5, 4, 4, 3, 2: 3 of 5 satisfied → 60%; p̃ = 4.9208 ÷ 8.8416 = 0.556551,
    // 1.96 × √(0.556551 × 0.443449 ÷ 8.8416) = 0.327465 → 22.9% – 88.4%.
    const csat = await mount({ attrs: { metric: 'csat', src } });
    await loaded(csat);
    expect(valueText(csat)).to.equal('60%');
    expect(inputsOf(csat)[3]).to.deep.equal(['Confidence interval', '22.9% – 88.4%']);
    // CES 7, 7, 6, 4 on 1–7: mean 24 ÷ 4 = 6; easy (6–7) 3 of 4.
    const ces = await mount({ attrs: { metric: 'ces', src } });
    await loaded(ces);
    expect(valueText(ces)).to.equal('6');
    expect(inputsOf(ces)).to.deep.equal([
      ['Responses', '4'],
      ['Easy', '75%'],
    ]);
    // NPS 10, 3, 9, 7: 2 promoters, 1 detractor of 4 → (2 − 1) ÷ 4 · 100 = 25.
    const nps = await mount({ attrs: { metric: 'nps', src } });
    await loaded(nps);
    expect(valueText(nps)).to.equal('25');
  });

  it('names the record on another scale than the card', async () => {
    const el = document.createElement('kpi-card');
    el.setAttribute('metric', 'ces');
    el.data = { responses: [{ kind: 'ces', scale: '1-7', score: 7 }, MIXED[3]], scale: '1-7' };
    const event = new Promise<CrmErrorDetail>((resolve) =>
      el.addEventListener('crm-error', (e) => resolve((e as CustomEvent<CrmErrorDetail>).detail), {
        once: true,
      }),
    );
    document.body.append(el);
    try {
      const detail = await event;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(detail.field).to.equal('responses[1].scale');
      expect(message(el)).to.equal('ces: responses[1].scale is not valid');
    } finally {
      el.remove();
    }
  });

  it('names a bad score by its record, not by its place among the scores', async () => {
    const responses = [...MIXED, { id: 'h', kind: 'csat', scale: '1-5', score: 7 }];
    const el = await mount({ attrs: { metric: 'csat' }, data: { responses } });
    expect(el.state).to.equal('error');
    expect(message(el)).to.equal('csat: responses[7].score is not valid');
  });

  it('is empty with no response of its kind, and names the missing input without any', async () => {
    const empty = await mount({ attrs: { metric: 'csat' }, data: { responses: [MIXED[0]] } });
    expect(empty.state).to.equal('empty');
    const none = await mount({ attrs: { metric: 'csat' }, data: { target: 0.8 } });
    expect(message(none)).to.equal('csat needs satisfied');
  });

  it('is a percent better higher: a rise is better, in points', async () => {
    const el = await mount({
      attrs: { metric: 'csat', satisfied: 8, neutral: 1, unsatisfied: 1, previous: 0.75 },
    });
    expect(partText(el, 'delta')).to.equal('▲ up 5 pts · better');
  });

  it('names and formats in Persian and Arabic, with their digits', async () => {
    const attrs = { metric: 'csat', scores: '5 5 5 4 4 4 4 4 3 1' };
    const fa = await mount({ attrs: { ...attrs, lang: 'fa' } });
    expect(partText(fa, 'label')).to.equal('رضایت مشتری');
    expect(valueText(fa)).to.equal('۸۰٪');
    expect(inputsOf(fa)).to.deep.equal([
      ['راضی', '۸'],
      ['بی‌طرف', '۱'],
      ['ناراضی', '۱'],
      ['بازهٔ اطمینان', '۴۷٫۹٪ تا ۹۵٫۴٪'],
    ]);
    const ar = await mount({ attrs: { ...attrs, lang: 'ar-EG' } });
    expect(partText(ar, 'label')).to.equal('رضا العملاء');
    expect(valueText(ar)).to.equal('٨٠٪؜');
    expect(inputsOf(ar)[3]).to.deep.equal(['فترة الثقة', '٤٧٫٩٪؜ إلى ٩٥٫٤٪؜']);
    const arLatn = await mount({ attrs: { ...attrs, lang: 'ar' } });
    expect(valueText(arLatn)).to.equal('80\u200e%\u200e');
  });

  it('reads the interval low end first: left in English, right in Persian and Arabic', async () => {
    for (const [lang, lowFirst] of [
      ['en', true],
      ['fa', false],
      ['ar-EG', false],
    ] as const) {
      const el = await mount({ attrs: { metric: 'csat', scores: '5 5 5 4 4 4 4 4 3 1', lang } });
      el.shadowRoot!.querySelector('details')!.open = true;
      const dd = [...el.shadowRoot!.querySelectorAll('dd')].pop()!;
      const node = [...dd.childNodes].find((n) => n.nodeType == 3 && n.textContent!.trim().length > 4)!;
      const s = node.textContent!;
      /** Left edge of the character at i. */
      const x = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect().x;
      };
      const low = x(s.search(/\S/));
      const high = x(s.trimEnd().lastIndexOf(' ') + 1);
      expect(low < high, `${lang}: ${s}`).to.equal(lowFirst);
    }
  });

  for (const lang of ['en', 'fa', 'ar'])
    it(`has no violations with the details open, ${lang}`, async () => {
      for (const metric of ['csat', 'ces']) {
        const el = await mount({ attrs: { metric, lang }, data: { responses: MIXED, previous: 0.4 } });
        el.shadowRoot!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      }
    });
});
