// Helpers of the <nps-gauge> tests: its mount and its readers, on the shared harness (../harness.ts).
import '../../../src/components/nps-gauge/index.js';
import type { NpsGauge } from '../../../src/components/nps-gauge/index.js';
import { $, afterFrames, mountElement, part, text, type MountOptions } from '../harness.js';

export type { NpsGauge };
export type { MountOptions as Mount };
export { $, box, has, jsonRoute, liveRegion, loaded, part, requestsOf, settle, text } from '../harness.js';

/**
 * Mounts `<nps-gauge>` and waits for its render; with `src` and no other input, `loaded` waits
 * for the loader to leave `loading` as well.
 */
export const mount = (options?: MountOptions): Promise<NpsGauge> =>
  mountElement<NpsGauge>('nps-gauge', options);

/** Waits for layout: the render, then an animation frame (container queries, ResizeObserver). */
export const layout = (el: NpsGauge): Promise<void> => afterFrames(el, 1);

/** The `role="meter"` element. */
export const meter = (el: NpsGauge): HTMLElement => $(el, '[role="meter"]');

/** Text of the legend row of one category (`promoter`, `passive`, `detractor`): [name, share, count]. */
export function legendRow(
  el: NpsGauge,
  zone: 'promoter' | 'passive' | 'detractor',
): [string, string, string] {
  const li = $(el, `.legend li.${zone}`);
  return [
    text(li.querySelector('.name')),
    text(li.querySelector('.share')),
    text(li.querySelector('.count')),
  ];
}

/** The shares shown in the legend, promoters first. */
export const shares = (el: NpsGauge): string[] =>
  (['promoter', 'passive', 'detractor'] as const).map((z) => legendRow(el, z)[1]);

/** What a gauge shows for one input, read from the rendered shadow DOM. */
export interface Shown {
  score: string;
  margin: string;
  shares: string[];
  counts: string[];
  valuenow: string | null;
}
export function shown(el: NpsGauge): Shown {
  return {
    score: text(part(el, 'score')),
    margin: text(part(el, 'margin')),
    shares: shares(el),
    counts: (['promoter', 'passive', 'detractor'] as const).map((z) => legendRow(el, z)[2]),
    valuenow: meter(el).getAttribute('aria-valuenow'),
  };
}
