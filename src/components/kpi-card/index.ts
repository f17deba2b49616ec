import { define } from '../define.js';
import { KpiCard } from './kpi-card.js';

export { KpiCard };

define('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
