import { define } from '../define.js';
import { FunnelView } from './funnel-view.js';

export { FunnelView };
export type { FunnelStageSelectDetail, FunnelViewDataDetail } from './funnel-view.js';

define('funnel-view', FunnelView);

declare global {
  interface HTMLElementTagNameMap {
    'funnel-view': FunnelView;
  }
}
