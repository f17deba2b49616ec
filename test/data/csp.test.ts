import { expect } from '@open-wc/testing';
import type { CspReport } from './csp-fixture.js';

/** Loads /__test__/csp.html in an iframe and waits for the fixture's report. */
const runFixture = (src: string, gauge = '/__test__/fixture/nps'): Promise<CspReport> => {
  const frame = document.createElement('iframe');
  frame.title = 'CSP fixture';
  frame.src = `/__test__/csp.html?src=${encodeURIComponent(src)}&gauge=${encodeURIComponent(gauge)}`;
  const result = new Promise<CspReport>((resolve) => {
    const onMessage = (e: MessageEvent<CspReport>) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'csp-fixture') return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  return result;
};

describe('the kit under a strict Content-Security-Policy', () => {
  it('serves the fixture page with the strict policy', async () => {
    const res = await fetch('/__test__/csp.html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.include("default-src 'self'");
    expect(csp).to.include("style-src 'self'");
    expect(csp).to.include("require-trusted-types-for 'script'");
    expect(await res.text()).not.to.match(/<script>|style=/);
  });

  it('renders data fetched from src with zero violations and no errors', async () => {
    const id = Math.random().toString(36).slice(2);
    const report = await runFixture(`/__test__/fixture/funnel?id=${id}`);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.state).to.equal('ready');
    expect(report.text).to.include('Visits 1200').and.include('Leads 300').and.include('Customers 42');
    expect(report.bars).to.deep.equal(['100%', '25%', '3.5%']);
    const stats = await (await fetch(`/__test__/stats?id=${id}`)).json();
    expect(stats.requests).to.equal(1);
  });

  it('renders a real <nps-gauge> from src in Persian, needle set through CSSOM, with zero violations', async () => {
    const report = await runFixture('/__test__/fixture/funnel');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    // fixture nps: 60 promoters, 25 passives, 15 detractors → (60 − 15) / 100 · 100 = 45; needle 45 · 0.9 = 40.5°
    expect(report.gauge.state).to.equal('ready');
    expect(report.gauge.score).to.equal('۴۵');
    expect(report.gauge.angle).to.equal('40.5deg');
    expect(report.gauge.name).to.include('۴۵').and.include('۱۰۰ پاسخ');
  });

  it('shows a real <nps-survey> popover and delivers its answer, with zero violations', async () => {
    const report = await runFixture('/__test__/fixture/funnel');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.survey).to.deep.equal({ open: true, status: 201, step: 'follow-up' });
  });

  it('shows the gauge error message under the policy too', async () => {
    const report = await runFixture('/__test__/fixture/funnel', '/__test__/json?status=404&note=intentional');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.gauge.state).to.equal('error');
  });

  it('renders the error message, also with zero violations', async () => {
    const report = await runFixture('/__test__/json?status=500&note=intentional');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.state).to.equal('error');
    expect(report.text).to.include('HTTP 500 from /__test__/json?status=500&note=intentional');
  });
});
