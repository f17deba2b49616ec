// Vue 3 `GlobalComponents` through `crm-widgets/vue` (dist/types/vue.d.ts): the props each tag
// takes in a template, `@nps-score` checked as `onNpsScore` (what vue-tsc looks for).
import type {} from 'crm-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const gauge: Props<'nps-gauge'> = {
  data: { scores: [10, 9, 7, 3] },
  onCrmData: (e) => e.detail.data.scores,
  onCrmError: (e) => e.detail.kind,
};
export const funnel: Props<'funnel-view'> = {
  data: { stages: [{ label: 'Visits', value: 1000 }] },
  onFunnelStageSelect: (e) => e.detail.value,
};
export const churn: Props<'churn-trend'> = { data: { dates: new Float64Array(2), rates: [0.1, 0.2] } };
export const bars: Props<'breakdown-bars'> = {
  data: { records: [{ source: 'Web' }] },
  onBreakdownSelect: (e) => e.detail.index,
};
export const kpi: Props<'kpi-card'> = { metric: 'cac', data: { spend: 100, newCustomers: 4 } };
export const nps: Props<'nps-survey'> = {
  brand: 'Acme',
  onNpsScore: (e) => e.detail.category,
  onNpsSubmitted: (e) => e.detail.status,
};
export const csat: Props<'csat-survey'> = { onCsatSubmit: (e) => e.detail.response };
export const ces: Props<'ces-survey'> = { onCesScore: (e) => e.detail.score };

// @ts-expect-error A count is a number.
export const wrongData: Props<'nps-gauge'> = { data: { promoters: 'many' } };
// @ts-expect-error The detail of `nps-score` has no `value`.
export const wrongDetail: Props<'nps-survey'> = { onNpsScore: (e) => e.detail.value };
