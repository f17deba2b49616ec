// Helpers of the <kpi-card> tests: its mount and its readers, on the shared harness (../harness.ts).
import '../../../src/components/kpi-card/index.js';
import type { KpiCard } from '../../../src/components/kpi-card/index.js';
import { $, mountElement, text, type MountOptions } from '../harness.js';

export type { KpiCard };
export { $, afterFrames, box, has, jsonRoute, loaded, part, settle, text } from '../harness.js';

/** Mounts `<kpi-card>` and waits for its render. */
export const mount = (options?: MountOptions): Promise<KpiCard> => mountElement<KpiCard>('kpi-card', options);

/** The value as shown. */
export const valueText = (el: KpiCard): string => text($(el, '[part~="value"]'));

/** The readout's accessible name (value, change, target). */
export const nameOf = (el: KpiCard): string => $(el, '[part~="readout"]').getAttribute('aria-label') ?? '';

/** The text of a part, or '' when it is absent. */
export const partText = (el: KpiCard, name: string): string =>
  text(el.shadowRoot!.querySelector(`[part~="${name}"]`));

/** The inputs listed in the disclosure: [label, value] rows. */
export const inputsOf = (el: KpiCard): [string, string][] =>
  [...el.shadowRoot!.querySelectorAll('dl div')].map((d) => [
    text(d.querySelector('dt')),
    text(d.querySelector('dd')),
  ]);
