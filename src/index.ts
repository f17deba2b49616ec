/**
 * crm-widgets: registers every element and re-exports the public API (the package's main entry,
 * `dist/index.js`, dependencies external). The all-in-one for pages, `dist/crm-widgets.js`, is
 * `bundle.ts`: the elements and what a page calls, without the server-side API.
 */
export * from './metrics/index.js';
export * from './data/index.js';
export * from './i18n/index.js';
export { NpsGauge } from './components/nps-gauge/index.js';
export { FunnelView } from './components/funnel-view/index.js';
export type { FunnelStageSelectDetail } from './components/funnel-view/index.js';
export { ChurnTrend } from './components/churn-trend/index.js';
export { BreakdownBars } from './components/breakdown-bars/index.js';
export type { BreakdownSelectDetail } from './components/breakdown-bars/index.js';
export { NpsSurvey, SURVEY_KEY } from './components/nps-survey/index.js';
export type {
  SurveyStep,
  NpsScoreDetail,
  NpsSubmitDetail,
  NpsSubmittedDetail,
  NpsDismissDetail,
  NpsErrorDetail,
} from './components/nps-survey/index.js';
