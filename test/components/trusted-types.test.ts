// Every element under issue 17's strict page: `default-src 'self'; script-src 'self'; style-src
// 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html` (the
// policy the README names). Every chart fetches its data from a same-origin `src`, renders and
// exports; the three surveys each deliver to a same-origin collector (201); zero violations. A page
// that refuses the lit-html policy is told why in one console message.
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
    expect(csp).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
        "require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it('under the full strict policy: every chart fetches its src, renders and exports, every survey delivers, with zero violations', async function (this: {
    timeout(ms: number): void;
  }) {
    // Five fetches, five exports and three POSTs in one page: more than mocha's default 10 s on a busy machine.
    this.timeout(30000);
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
    const charts = ['nps-gauge', 'funnel-view', 'churn-trend', 'breakdown-bars', 'kpi-card'];
    expect(report.sources).to.deep.equal(Object.fromEntries(charts.map((tag) => [tag, 'src'])));
    for (const tag of charts) {
      const seen = await (await fetch(`/__test__/stats?id=${id}-${tag}`)).json();
      expect(seen, tag).to.include({ requests: 1, finished: 1 });
    }
    expect(report.survey).to.deep.equal({ open: true, status: 201 });
    expect(report.surveys).to.deep.equal({ 'csat-survey': 201, 'ces-survey': 201 });
    const stats = await (await fetch(`/__test__/stats?id=${id}`)).json();
    expect(stats.bodies[0]).to.include({ score: 9, category: 'promoter' });
    for (const kind of ['csat', 'ces']) {
      const got = await (await fetch(`/__test__/stats?id=${id}-${kind}`)).json();
      expect(got.methods, kind).to.deep.equal(['POST']);
      expect(got.bodies[0], kind).to.include({ kind, score: 4 });
    }
  });

  it("with `trusted-types 'none'`: no element, and a console message naming the policy to add", async () => {
    const report = await load("'none'", uid());
    expect(report.loaded).to.equal(false);
    expect(report.violations).to.deep.equal(['trusted-types trusted-types-policy lit-html']);
    expect(report.consoleErrors).to.have.length(1);
    expect(report.consoleErrors[0]).to.include('crm-widgets').and.include('`trusted-types lit-html`');
  });
});
