/**
 * crm-widgets: registers every element and re-exports the public API (the package's main entry,
 * `dist/index.js`, dependencies external). The all-in-one for pages, `dist/crm-widgets.js`, is
 * `bundle.ts`: the elements and what a page calls, without the server-side API.
 */
// First: in place before Lit loads (see the module).
import './components/trusted-types.js';
export * from './metrics/index.js';
export * from './data/index.js';
export * from './i18n/index.js';
export * from './components/nps-gauge/index.js';
export * from './components/funnel-view/index.js';
export * from './components/churn-trend/index.js';
export * from './components/breakdown-bars/index.js';
export * from './components/kpi-card/index.js';
export * from './components/nps-survey/index.js';
export * from './components/csat-survey/index.js';
export * from './components/ces-survey/index.js';
export type { CrmChart, CrmExportDetail, ExportFormat, PngOptions } from './components/crm-chart.js';
