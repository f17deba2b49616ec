/**
 * crm-widgets: registers every element and re-exports the public API.
 * `dist/crm-widgets.js` is this module bundled whole for a plain `<script type="module">`.
 */
export * from './metrics/index.js';
export * from './data/index.js';
export * from './i18n/index.js';
export { NpsGauge } from './components/nps-gauge/index.js';
export { FunnelView } from './components/funnel-view/index.js';
export type { FunnelStageSelectDetail } from './components/funnel-view/index.js';
export { ChurnTrend } from './components/churn-trend/index.js';
export { NpsSurvey, SURVEY_KEY } from './components/nps-survey/index.js';
export type {
  SurveyStep,
  NpsScoreDetail,
  NpsSubmitDetail,
  NpsSubmittedDetail,
  NpsDismissDetail,
  NpsErrorDetail,
} from './components/nps-survey/index.js';
