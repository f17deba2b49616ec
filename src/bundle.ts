/**
 * The all-in-one for a plain `<script type="module">` (`dist/crm-widgets.js`, dependencies
 * inlined): registers every element and exports what a page itself calls — the element classes,
 * `registerMessages` for its own strings, and the survey outbox (`flushOutbox`, `onOutboxReport`,
 * `outboxEntries`). The rest of the API (metrics, input and response schemas, the loader, the
 * formatter) is for code with a bundler or a server: `import … from 'crm-widgets'`, or
 * `dist/metrics.js` from a page. Every visitor of a page downloads this file, so it does not carry
 * the schemas and metrics that no element on it uses (3.2 kB gzip).
 */
// First: in place before Lit loads (see the module).
import './components/trusted-types.js';
// Each element's module: its class and the types of its events' details.
export * from './components/nps-gauge/index.js';
export * from './components/funnel-view/index.js';
export * from './components/churn-trend/index.js';
export * from './components/breakdown-bars/index.js';
export * from './components/kpi-card/index.js';
export * from './components/nps-survey/index.js';
export * from './components/csat-survey/index.js';
export * from './components/ces-survey/index.js';
export { registerMessages } from './i18n/index.js';
export type { Catalog, Message } from './i18n/index.js';
export { flushOutbox, onOutboxReport, outboxEntries } from './data/index.js';
export type { OutboxEntry, OutboxReport, CrmDataDetail, CrmErrorDetail } from './data/index.js';
export type { CrmChart, CrmExportDetail, ExportFormat, PngOptions } from './components/crm-chart.js';
