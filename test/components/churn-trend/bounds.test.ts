// <churn-trend> bounds its work by what it can draw (issue 17): customer records spanning
// centuries make the latest 10,000 periods and say where the chart starts, instead of blocking
// the page for seconds over 120,000 months.
import { expect } from '@open-wc/testing';
import { has, mount, part, text } from './helpers.js';

const centuries = { customers: [{ start: '0001-01-01' }, { start: '2000-01-01', end: '9999-12-31' }] };

describe('<churn-trend> bounds', () => {
  it('draws the latest 10,000 months of records from 0001 to 9999 and says where it starts', async () => {
    const el = await mount({ data: centuries });
    expect(el.state).to.equal('ready');
    // 9999-12 back 9,999 months of at least 28 days (≈ 766 years): it starts in the 9200s.
    expect(text(part(el, 'note'))).to.match(/^From \w+ 92\d\d: earlier periods are too many to draw\.$/);
    // Every one of those months is after today, so partial: drawn dashed.
    expect(part(el, 'partial').getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
  });

  it('says so in Persian, in its calendar and digits, and in Arabic', async () => {
    const fa = await mount({ attrs: { lang: 'fa' }, data: centuries });
    expect(fa.state).to.equal('ready');
    expect(text(part(fa, 'note'))).to.match(
      /^از .+ [۰-۹]{4}: دوره‌های پیش از آن بیش از آن‌اند که رسم شوند\.$/,
    );
    const ar = await mount({ attrs: { lang: 'ar' }, data: centuries });
    expect(text(part(ar, 'note'))).to.match(/^من .+: الفترات السابقة أكثر من أن تُرسم\.$/);
  });

  it('has no note when every period is drawn', async () => {
    const el = await mount({
      data: { customers: [{ start: '2024-01-01', end: '2024-06-01' }, { start: '2024-02-01' }] },
    });
    expect(el.state).to.equal('ready');
    expect(has(el, 'note')).to.equal(false);
  });
});
