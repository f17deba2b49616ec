// <kpi-card>: the change since `previous` (relative for amounts, points for rates and scores),
// coloured by whether the metric is better higher or lower, with an arrow and words; the target.
import { expect } from '@open-wc/testing';
import { mount, nameOf, part, partText } from './helpers.js';

const colour = (el: Element) => getComputedStyle(el).color;

describe('<kpi-card> change and target', () => {
  it('a rise of CAC is worse: red, ▲ and the words', async () => {
    // 304.88 vs 298: +2.3%.
    const el = await mount({
      attrs: { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD', previous: 298 },
    });
    const delta = part(el, 'delta');
    expect(delta.classList.contains('worse')).to.equal(true);
    expect(partText(el, 'delta')).to.equal('▲ up 2.3% · worse');
    const good = await mount({ attrs: { metric: 'close-rate', won: 30, lost: 90, previous: 0.2 } });
    const bad = await mount({ attrs: { metric: 'close-rate', won: 30, lost: 90, previous: 0.3 } });
    expect(colour(delta)).to.equal(colour(part(bad, 'delta')));
    expect(colour(delta)).not.to.equal(colour(part(good, 'delta')));
  });

  it('previous and target as number properties (as React and Vue pass them), like the attributes', async () => {
    const el = await mount({
      attrs: { metric: 'cac', spend: 125000, 'new-customers': 410, currency: 'USD' },
    });
    const card = el as HTMLElement & { previous: number | string | null; target: number | string | null };
    card.previous = 298;
    card.target = 300;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part~="delta"]'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(partText(el, 'delta')).to.equal('▲ up 2.3% · worse');
    expect(el.shadowRoot!.querySelector('[part~="target"]')).to.not.equal(null);
  });

  it('a rise of close rate is better, in percentage points', async () => {
    // 25% vs 20%: 5 points.
    const el = await mount({ attrs: { metric: 'close-rate', won: 30, lost: 90, previous: 0.2 } });
    expect(part(el, 'delta').classList.contains('better')).to.equal(true);
    expect(partText(el, 'delta')).to.equal('▲ up 5 pts · better');
  });

  it('a fall of churn is better, a fall of retention worse', async () => {
    const churn = await mount({
      attrs: { metric: 'churn-rate', 'customers-at-start': 400, 'customers-lost': 18, previous: 0.05 },
    });
    expect(partText(churn, 'delta')).to.equal('▼ down 0.5 pts · better');
    expect(part(churn, 'delta').classList.contains('better')).to.equal(true);
    const retention = await mount({
      attrs: { metric: 'retention-rate', 'customers-at-start': 400, 'customers-lost': 18, previous: 0.96 },
    });
    expect(partText(retention, 'delta')).to.equal('▼ down 0.5 pts · worse');
  });

  it('a shorter first-response time is better; previous as an object of the same inputs', async () => {
    const H = 36e5;
    const t0 = Date.UTC(2025, 0, 1);
    const ticket = (h: number) => ({ opened: t0, firstResponse: t0 + h * H });
    const el = await mount({
      attrs: { metric: 'first-response-time' },
      data: { tickets: [ticket(2), ticket(3), ticket(4)], previous: { tickets: [ticket(4), ticket(4)] } },
    });
    // Median 3 h vs 4 h: −25%.
    expect(partText(el, 'delta')).to.equal('▼ down 25% · better');
  });

  it('NPS changes in points', async () => {
    const el = await mount({
      attrs: { metric: 'nps', promoters: 412, passives: 180, detractors: 96, previous: 40 },
    });
    // 45.9 − 40 = 5.9 points.
    expect(partText(el, 'delta')).to.equal('▲ up 5.9 pts · better');
  });

  it('cases per day is neither better nor worse', async () => {
    const el = await mount({
      attrs: { metric: 'cases-per-day' },
      data: { tickets: [{ opened: '2025-01-01' }, { opened: '2025-01-02' }], previous: 0.5 },
    });
    expect(partText(el, 'delta')).to.equal('▲ up 100%');
    expect(part(el, 'delta').classList.contains('better')).to.equal(false);
    expect(part(el, 'delta').classList.contains('worse')).to.equal(false);
  });

  it('a previous time as an ISO 8601 duration; from 0 the difference itself', async () => {
    const t0 = Date.UTC(2025, 0, 1);
    const el = await mount({
      attrs: { metric: 'first-response-time', previous: 'PT4H' },
      data: { tickets: [{ opened: t0, firstResponse: t0 + 3 * 36e5 }] },
    });
    expect(partText(el, 'delta')).to.equal('▼ down 25% · better');
    const data = await mount({
      attrs: { metric: 'first-response-time' },
      data: { tickets: [{ opened: t0, firstResponse: t0 + 3 * 36e5 }], previous: 'PT3H45M' },
    });
    expect(partText(data, 'delta')).to.equal('▼ down 20% · better');
    const zero = await mount({ attrs: { label: 'Deals', value: 5, previous: 0 } });
    expect(partText(zero, 'delta')).to.equal('▲ up 5 · better');
  });

  it('unchanged when the shown values are equal', async () => {
    const el = await mount({ attrs: { label: 'Users', value: 1840, previous: 1840 } });
    expect(partText(el, 'delta')).to.equal('● unchanged');
  });

  it('says how far below a rate target, in points', async () => {
    const el = await mount({ attrs: { metric: 'close-rate', won: 17, lost: 83, target: 0.25 } });
    expect(partText(el, 'target')).to.equal('8 pts below target 25%');
    expect(part(el, 'target').classList.contains('worse')).to.equal(true);
  });

  it('says how far above a duration target, and that is worse for a response time', async () => {
    const t0 = Date.UTC(2025, 0, 1);
    const el = await mount({
      attrs: { metric: 'first-response-time', target: 'PT4H' },
      data: { tickets: [{ opened: t0, firstResponse: t0 + 5 * 36e5 }] },
    });
    expect(partText(el, 'target')).to.equal('1 hr above target 4 hr');
    expect(part(el, 'target').classList.contains('worse')).to.equal(true);
  });

  it('money above a CLV target is better', async () => {
    const el = await mount({
      attrs: {
        metric: 'clv',
        'average-revenue': 1200,
        'gross-margin': 0.6,
        'churn-rate': 0.05,
        currency: 'USD',
        target: 12000,
      },
    });
    expect(partText(el, 'target')).to.equal('$2,400.00 above target $12,000.00');
    expect(part(el, 'target').classList.contains('better')).to.equal(true);
  });

  it('the accessible name reads metric, value, change and target', async () => {
    const el = await mount({
      attrs: { metric: 'close-rate', won: 30, lost: 90, previous: 0.2, target: 0.3 },
    });
    expect(nameOf(el)).to.equal('Close rate 25%, up 5 pts · better, 5 pts below target 30%');
  });

  it('the accessible name in Persian, with Persian digits', async () => {
    const el = await mount({
      attrs: { metric: 'close-rate', won: 30, lost: 90, previous: 0.2, target: 0.3, lang: 'fa' },
    });
    expect(nameOf(el)).to.equal('نرخ موفقیت فروش ۲۵٪، افزایش ۵ واحد · بهتر، ۵ واحد پایین‌تر از هدف ۳۰٪');
  });
});
