// Every element under Trusted Types (issue 17): with the policy the README names
// (`trusted-types lit-html`) all render and the survey delivers with zero violations; a page that
// refuses it is told why in one console message.
import { expect } from '@open-wc/testing';
import type { TtReport } from './trusted-types-fixture.js';

const load = (policy: string, id: string): Promise<TtReport> => {
  const frame = document.createElement('iframe');
  frame.title = 'Trusted Types fixture';
  frame.src = `/__test__/tt.html?policy=${encodeURIComponent(policy)}&id=${id}`;
  const result = new Promise<TtReport>((resolve) => {
    const onMessage = (e: MessageEvent<TtReport>) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'tt-fixture') return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  return result;
};
const uid = () => Math.random().toString(36).slice(2);

describe('the kit under Trusted Types', () => {
  it('serves the fixture with the policy asked for, enforced', async () => {
    const csp = (await fetch('/__test__/tt.html?policy=lit-html')).headers.get('content-security-policy');
    expect(csp).to.include("require-trusted-types-for 'script'").and.include('trusted-types lit-html');
  });

  it('with `trusted-types lit-html`: every element renders, every chart exports, the survey delivers, with zero violations', async () => {
    const id = uid();
    const report = await load('lit-html', id);
    expect(report.loadError).to.equal('');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.consoleErrors).to.deep.equal([]);
    expect(report.states).to.deep.equal({
      'nps-gauge': 'ready',
      'funnel-view': 'ready',
      'churn-trend': 'ready',
      'breakdown-bars': 'ready',
      'kpi-card': 'ready',
    });
    // The export engine is a chunk loaded on first use: it too runs under the policy. The page
    // is in Persian: the files are named by the charts' Persian titles (the ZWNJ kept).
    const exported = { svg: true, png: true, csv: true };
    expect(report.exports).to.deep.equal({
      'nps-gauge': { ...exported, menu: 'خالص-امتیاز-ترویج‌کنندگان.csv' },
      'funnel-view': { ...exported, menu: 'قیف.csv' },
      'churn-trend': { ...exported, menu: 'نرخ-ریزش-مشتری.csv' },
      'breakdown-bars': { ...exported, menu: 'تفکیک.csv' },
      'kpi-card': { ...exported, menu: 'هزینهٔ-جذب-مشتری.csv' },
    });
    expect(report.survey).to.deep.equal({ open: true, status: 201 });
    const stats = await (await fetch(`/__test__/stats?id=${id}`)).json();
    expect(stats.bodies[0]).to.include({ score: 9, category: 'promoter' });
  });

  it("with `trusted-types 'none'`: no element, and a console message naming the policy to add", async () => {
    const report = await load("'none'", uid());
    expect(report.loaded).to.equal(false);
    expect(report.violations).to.deep.equal(['trusted-types trusted-types-policy lit-html']);
    expect(report.consoleErrors).to.have.length(1);
    expect(report.consoleErrors[0]).to.include('crm-widgets').and.include('`trusted-types lit-html`');
  });
});
