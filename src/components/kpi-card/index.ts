import { define } from '../define.js';
import { KpiCard } from './kpi-card.js';

export { KpiCard };
export type { KpiCardDataDetail } from './kpi-card.js';

define('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
