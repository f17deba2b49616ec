// Helpers of the <breakdown-bars> tests: its mount, fixtures and readers, on the shared harness (../harness.ts).
import '../../../src/components/breakdown-bars/index.js';
import type { BreakdownBars } from '../../../src/components/breakdown-bars/index.js';
import { afterFrames, mountElement, part, parts, text, withTable, type MountOptions } from '../harness.js';

export type { BreakdownBars };
export {
  $,
  axFind,
  axTree,
  box,
  focused,
  has,
  jsonRoute,
  loaded,
  part,
  parts,
  settle,
  text,
  withTable,
} from '../harness.js';

/**
 * Leads by source (hand-computed in values.test.ts): total 500 + 300 + 120 + 50 + 30 = 1000;
 * Web +25%, Ads ±0, Referral +20%, Email without a previous value, Events −50%.
 */
export const LEADS = [
  { label: 'Referral', value: 120, previous: 100 },
  { label: 'Web', value: 500, previous: 400 },
  { label: 'Events', value: 30, previous: 60 },
  { label: 'Ads', value: 300, previous: 300 },
  { label: 'Email', value: 50 },
];

/** Outreach by rep: Sara 12 + 30 + 3 = 45, Omid 20 + 10 + 5 = 35, Lina 0 + 15 + 5 = 20. */
export const OUTREACH = {
  series: ['Calls', 'Emails', 'Meetings'],
  items: [
    { label: 'Omid', values: [20, 10, 5] },
    { label: 'Sara', values: [12, 30, 3] },
    { label: 'Lina', values: [0, 15, 5] },
  ],
};

/** Mounts `<breakdown-bars>` and waits for its render. */
export const mount = (options?: MountOptions): Promise<BreakdownBars> =>
  mountElement<BreakdownBars>('breakdown-bars', options);

/** Waits for layout: the render, then two animation frames (container queries, ResizeObserver). */
export const layout = (el: BreakdownBars): Promise<void> => afterFrames(el, 2);

/** The bar buttons, in order. */
export const bars = (el: BreakdownBars): HTMLButtonElement[] => parts(el, 'bar') as HTMLButtonElement[];

/** The bar button at an index, or throws. */
export function bar(el: BreakdownBars, i: number): HTMLButtonElement {
  const found = bars(el)[i];
  if (!found) throw new Error(`no bar ${i}`);
  return found;
}

/** A bar's accessible name as its content gives it: its text without the aria-hidden arrow. */
export function names(el: BreakdownBars): string[] {
  return bars(el).map((b) => {
    const copy = b.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return text(copy);
  });
}

/** The labels of the bars. */
export const labels = (el: BreakdownBars): string[] => bars(el).map((b) => text(b.querySelector('.name')));

/** The tooltip that describes a bar (its `aria-describedby`). */
export function tooltip(el: BreakdownBars, i: number): HTMLElement {
  const id = bar(el, i).getAttribute('aria-describedby') ?? '';
  const found = el.shadowRoot!.getElementById(id);
  if (!found?.matches("[part~='tooltip']")) throw new Error(`bar ${i} is not described by a tooltip`);
  return found;
}

/** Whether a bar's tooltip is drawn. */
export const tipShown = (el: BreakdownBars, i: number): boolean =>
  getComputedStyle(tooltip(el, i)).display !== 'none';

/** The data table as text: [header cells, ...body rows]. */
export const tableCells = (el: BreakdownBars): Promise<string[][]> =>
  withTable(el, () =>
    [...part(el, 'table').querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => text(c)),
    ),
  );

/** Index of the focused bar, or -1. */
export const focusedIndex = (el: BreakdownBars): number =>
  bars(el).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);

/** Indexes of the bars with tabindex="0". */
export const tabStops = (el: BreakdownBars): number[] =>
  bars(el).flatMap((b, i) => (b.getAttribute('tabindex') === '0' ? [i] : []));
