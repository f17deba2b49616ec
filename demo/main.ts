import { html, render } from 'lit';
import { churnSeries, compareNps, computeFunnel, computeNps } from '../src/metrics/index.js';
import { getFormatter } from '../src/i18n/index.js';
import '../src/components/nps-gauge/index.js';
import '../src/components/funnel-view/index.js';
import '../src/components/churn-trend/index.js';
import '../src/components/nps-survey/index.js';
import '../src/components/breakdown-bars/index.js';
import '../src/components/kpi-card/index.js';
import '../src/components/csat-survey/index.js';
import '../src/components/ces-survey/index.js';
import type { NpsSubmitDetail } from '../src/components/nps-survey/index.js';
import type { CesSubmitDetail } from '../src/components/ces-survey/index.js';
import type { CsatSubmitDetail } from '../src/components/csat-survey/index.js';
import { churnByContract, customers, funnel, leads, nps, outreach, tickets } from './sample-data.js';

type Lang = 'en' | 'fa';

const words = {
  en: {
    nps: 'Net Promoter Score, this quarter',
    active: 'Active users',
    smallSample: 'NPS of a pilot survey',
    score: 'NPS',
    margin: '95% margin of error',
    interval: '95% interval (adjusted Wald)',
    responses: 'Responses',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    change: 'Change since last quarter',
    significant: 'significant',
    notSignificant: 'not significant',
    funnel: 'Sales funnel',
    leads: 'Leads by source, vs last quarter',
    contract: 'Churned customers by contract (IBM Telco sample)',
    outreach: 'Outreach by rep, this month',
    stage: 'Stage',
    count: 'Count',
    fromPrevious: 'From previous',
    fromFirst: 'From first',
    dropped: 'Dropped',
    churn: 'Churn by quarter',
    period: 'Period',
    atStart: 'At start',
    lost: 'Lost',
    new: 'New',
    atEnd: 'At end',
    churnRate: 'Churn',
    survey: 'What the survey would POST (this demo has no server: it shows the JSON instead)',
  },
  fa: {
    nps: 'خالص امتیاز ترویج‌کنندگان، این فصل',
    active: 'کاربران فعال',
    smallSample: 'NPS نظرسنجی آزمایشی',
    score: 'NPS',
    margin: 'حاشیهٔ خطای ۹۵٪',
    interval: 'بازهٔ ۹۵٪ (والد تعدیل‌شده)',
    responses: 'پاسخ‌ها',
    promoters: 'مروجان',
    passives: 'منفعل‌ها',
    detractors: 'منتقدان',
    change: 'تغییر نسبت به فصل پیش',
    significant: 'معنادار',
    notSignificant: 'نامعنادار',
    funnel: 'قیف فروش',
    leads: 'سرنخ‌ها بر حسب منبع، نسبت به فصل پیش',
    contract: 'مشتریان ازدست‌رفته بر حسب نوع قرارداد (نمونهٔ Telco شرکت IBM)',
    outreach: 'فعالیت‌های فروش هر کارشناس، این ماه',
    stage: 'مرحله',
    count: 'تعداد',
    fromPrevious: 'از مرحلهٔ قبل',
    fromFirst: 'از مرحلهٔ اول',
    dropped: 'ریزش',
    churn: 'ریزش مشتری در هر فصل (تقویم خورشیدی)',
    period: 'دوره',
    atStart: 'ابتدای دوره',
    lost: 'ازدست‌رفته',
    new: 'جدید',
    atEnd: 'انتهای دوره',
    churnRate: 'نرخ ریزش',
    survey: 'آنچه نظرسنجی POST می‌کند (این دمو سروری ندارد و JSON را نشان می‌دهد)',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The kit's own formatter (src/i18n), so the tables beside the elements show the same digits. */
function formats(lang: Lang) {
  const format = getFormatter({ locale: lang });
  const or = (f: (v: number) => string) => (v: number | null) => (v === null ? '—' : f(v));
  return {
    n: or((v) => format.number(v)),
    pct: or((v) => format.percent(v)),
    signed: or((v) => format.delta(v)),
  };
}

/**
 * The demo has no collector yet: it shows each POST body the survey would send (and cancels the
 * POST, which is what `nps-submit`'s preventDefault is for). Throttling is off so it always shows.
 */
function showPayload(e: CustomEvent<NpsSubmitDetail | CsatSubmitDetail | CesSubmitDetail>) {
  e.preventDefault();
  const pre = (e.target as Element).nextElementSibling?.querySelector('pre');
  if (pre) pre.textContent = JSON.stringify(e.detail.response, null, 2);
}

function tables(lang: Lang) {
  const t = words[lang];
  const f = formats(lang);
  const current = computeNps(nps.current);
  const delta = compareNps(current, nps.previous);
  const steps = computeFunnel(funnel.map((s) => ({ label: s.label[lang], value: s.value })));
  const series = churnSeries(customers, {
    granularity: 'quarter',
    calendar: lang === 'fa' ? 'persian' : 'gregory',
  });
  return html`
    <div class="gauges">
      <nps-gauge .data=${{ ...nps.current, previous: nps.previous, target: 50 }}></nps-gauge>
      <nps-gauge label=${t.smallSample} scores="10,9,9,8,7,10,3,6,9,10,10,4"></nps-gauge>
    </div>
    <div class="kpis">
      <kpi-card metric="cac" spend="125000" new-customers="410" currency="USD" previous="298"></kpi-card>
      <kpi-card metric="close-rate" won="162" lost="248" previous="0.31" target="0.4"></kpi-card>
      <kpi-card
        metric="net-new-revenue"
        new-revenue="84000"
        expansion="21500"
        contraction="6300"
        churned="11200"
        currency="USD"
        notation="compact"
        previous="71000"
      ></kpi-card>
      <kpi-card
        metric="churn-rate"
        customers-at-start="2410"
        customers-lost="77"
        previous="0.036"
        target="0.03"
        series="[0.041,0.039,0.036,0.032]"
      ></kpi-card>
      <kpi-card
        metric="first-response-time"
        .data=${{ tickets, target: 'PT4H', previous: 'PT3H30M' }}
      ></kpi-card>
      <kpi-card metric="ces" scores="6,7,5,7,4,6,6,3,7,5" previous="5.4"></kpi-card>
      <kpi-card
        label=${t.active}
        value="1840"
        previous="1712"
        format="count"
        series="[1500,1610,1712,1840]"
      ></kpi-card>
    </div>
    <churn-trend granularity="quarter" metric="both" target="0.08" .data=${{ customers }}></churn-trend>
    <div class="bars">
      <breakdown-bars
        label=${t.leads}
        .data=${leads.map((s) => ({ label: s.label[lang], value: s.value, previous: s.previous }))}
      ></breakdown-bars>
      <breakdown-bars
        label=${t.contract}
        sort="none"
        better="lower"
        .data=${churnByContract.map((s) => ({ label: s.label[lang], value: s.value }))}
      ></breakdown-bars>
      <breakdown-bars
        label=${t.outreach}
        .data=${{
          series: outreach.series[lang],
          items: outreach.items.map((s) => ({ label: s.label[lang], values: s.values })),
        }}
      ></breakdown-bars>
    </div>
    <nps-survey
      action="/api/responses"
      brand=${lang === 'fa' ? 'فروشگاه نمونه' : 'Acme'}
      respondent-id="demo-user"
      properties='{"plan":"pro"}'
      throttle-days="0"
      decline-throttle-days="0"
      @nps-submit=${showPayload}
    ></nps-survey>
    <details class="payload">
      <summary>${t.survey}</summary>
      <pre></pre>
    </details>
    <csat-survey
      action="/api/responses"
      subject=${lang === 'fa' ? 'سفارش خود' : 'your order'}
      appearance="faces"
      colored
      respondent-id="demo-user"
      throttle-days="0"
      decline-throttle-days="0"
      @csat-submit=${showPayload}
    ></csat-survey>
    <details class="payload">
      <summary>${t.survey}</summary>
      <pre></pre>
    </details>
    <ces-survey
      action="/api/responses"
      brand=${lang === 'fa' ? 'فروشگاه نمونه' : 'Acme'}
      respondent-id="demo-user"
      throttle-days="0"
      decline-throttle-days="0"
      @ces-submit=${showPayload}
    ></ces-survey>
    <details class="payload">
      <summary>${t.survey}</summary>
      <pre></pre>
    </details>
    <funnel-view
      label=${t.funnel}
      .data=${funnel.map((s) => ({ label: s.label[lang], value: s.value, previous: s.previous }))}
    ></funnel-view>
    <funnel-view
      label=${t.funnel}
      orientation="horizontal"
      scale="log"
      value-format="compact"
      .data=${funnel.map((s) => ({ label: s.label[lang], value: s.value }))}
    ></funnel-view>
    <table>
      <caption>
        ${t.nps}
      </caption>
      <tbody>
        <tr>
          <th scope="row">${t.score}</th>
          <td class="num">${f.n(current.score)}</td>
        </tr>
        <tr>
          <th scope="row">${t.margin}</th>
          <td class="num">±${f.n(current.marginOfError)}</td>
        </tr>
        <tr>
          <th scope="row">${t.interval}</th>
          <td class="num">
            ${current.interval ? `${f.n(current.interval[0])} … ${f.n(current.interval[1])}` : '—'}
          </td>
        </tr>
        <tr>
          <th scope="row">${t.responses}</th>
          <td class="num">${f.n(current.total)}</td>
        </tr>
        <tr>
          <th scope="row">${t.promoters}</th>
          <td class="num">${f.n(current.promoters)} (${f.pct(current.shares.promoters)})</td>
        </tr>
        <tr>
          <th scope="row">${t.passives}</th>
          <td class="num">${f.n(current.passives)} (${f.pct(current.shares.passives)})</td>
        </tr>
        <tr>
          <th scope="row">${t.detractors}</th>
          <td class="num">${f.n(current.detractors)} (${f.pct(current.shares.detractors)})</td>
        </tr>
        <tr>
          <th scope="row">${t.change}</th>
          <td class="num">
            ${f.signed(delta.difference)} ±${f.n(delta.marginOfError)},
            ${delta.significant ? t.significant : t.notSignificant}
          </td>
        </tr>
      </tbody>
    </table>

    <table>
      <caption>
        ${t.funnel}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.stage}</th>
          <th scope="col" class="num">${t.count}</th>
          <th scope="col" class="num">${t.fromPrevious}</th>
          <th scope="col" class="num">${t.fromFirst}</th>
          <th scope="col" class="num">${t.dropped}</th>
        </tr>
      </thead>
      <tbody>
        ${steps.map(
          (s) =>
            html`<tr>
              <th scope="row">${s.label}</th>
              <td class="num">${f.n(s.value)}</td>
              <td class="num">${f.pct(s.fromPrevious)}</td>
              <td class="num">${f.pct(s.fromFirst)}</td>
              <td class="num">${s.dropOff ? `${f.n(s.dropOff.count)} (${f.pct(s.dropOff.share)})` : '—'}</td>
            </tr>`,
        )}
      </tbody>
    </table>

    <table>
      <caption>
        ${t.churn}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.period}</th>
          <th scope="col" class="num">${t.atStart}</th>
          <th scope="col" class="num">${t.lost}</th>
          <th scope="col" class="num">${t.new}</th>
          <th scope="col" class="num">${t.atEnd}</th>
          <th scope="col" class="num">${t.churnRate}</th>
        </tr>
      </thead>
      <tbody>
        ${series.map(
          (p) =>
            html`<tr>
              <th scope="row">${p.period}</th>
              <td class="num">${f.n(p.customersAtStart)}</td>
              <td class="num">${f.n(p.customersLost)}</td>
              <td class="num">${f.n(p.newCustomers)}</td>
              <td class="num">${f.n(p.customersAtEnd)}</td>
              <td class="num">${f.pct(p.churnRate)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

for (const lang of ['en', 'fa'] as const) {
  const section = document.getElementById(lang);
  if (section) render(tables(lang), section, { renderBefore: null });
}
