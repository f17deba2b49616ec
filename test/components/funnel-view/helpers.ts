// Helpers of the <funnel-view> tests: its mount, fixtures and readers, on the shared harness (../harness.ts).
import '../../../src/components/funnel-view/index.js';
import type { FunnelView } from '../../../src/components/funnel-view/index.js';
import {
  afterFrames,
  box,
  focused,
  mountElement,
  part,
  parts,
  text,
  withTable,
  type MountOptions,
} from '../harness.js';

export type { FunnelView };
export type { AxNode } from '../harness.js';
export type { MountOptions as Mount };
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
  requestsDone,
  requestsOf,
  settle,
  shownOnScreen,
  text,
  withDocument,
  withTable,
} from '../harness.js';

/** One input stage. */
export interface Stage {
  label: string;
  value: number;
  previous?: number;
}

/**
 * The standard funnel of the issue (arithmetic in values.test.ts):
 * Visitors 48,210 → Leads 3,120 → Qualified 1,290 → Proposal 410 → Won 162.
 */
export const STANDARD: Stage[] = [
  { label: 'Visitors', value: 48210 },
  { label: 'Leads', value: 3120 },
  { label: 'Qualified', value: 1290 },
  { label: 'Proposal', value: 410 },
  { label: 'Won', value: 162 },
];

/**
 * A realistic steep funnel (issue 12): first to last 48,210 / 162 = 297.6, so `scale="auto"`
 * draws it on a log scale; with the previous period's values.
 */
export const STEEP: Stage[] = [
  { label: 'Visitors', value: 48210, previous: 45100 },
  { label: 'Leads', value: 3120, previous: 2870 },
  { label: 'Qualified', value: 1400, previous: 1302 },
  { label: 'Proposal', value: 520, previous: 560 },
  { label: 'Won', value: 162, previous: 131 },
];

/** Mounts `<funnel-view>` and waits for its render. */
export const mount = (options?: MountOptions): Promise<FunnelView> =>
  mountElement<FunnelView>('funnel-view', options);

/** The `stages` attribute for a list of stages. */
export const stagesAttr = (stages: unknown): { stages: string } => ({ stages: JSON.stringify(stages) });

/** Waits for layout: the render, then two animation frames (container queries, ResizeObserver). */
export const layout = (el: FunnelView): Promise<void> => afterFrames(el, 2);

/** The stage buttons, in order. */
export const stages = (el: FunnelView): HTMLButtonElement[] => parts(el, 'stage') as HTMLButtonElement[];

/** The stage button at an index, or throws. */
export function stage(el: FunnelView, i: number): HTMLButtonElement {
  const found = stages(el)[i];
  if (!found) throw new Error(`no stage ${i}`);
  return found;
}

/**
 * The accessible names of the stages: a stage is named by its content (no aria-label), so this is
 * its text without the aria-hidden arrows. a11y.test.ts checks it against the browser's own tree.
 */
export function names(el: FunnelView): string[] {
  return stages(el).map((s) => {
    const copy = s.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return text(copy);
  });
}

/**
 * What one stage shows on its face: label, value, conversion from the previous stage with its
 * words ("6.5% of previous stage"), and the change against the previous period ("▲ +7.6%"; its words,
 * "vs previous period", are around it in `.vs`).
 */
export interface Face {
  name: string;
  value: string;
  conv: string | null;
  change: string | null;
}
export function face(button: Element): Face {
  const conv = button.querySelector('.conv');
  const change = button.querySelector('.change');
  return {
    name: text(button.querySelector('.name')),
    value: text(button.querySelector('.value')),
    conv: conv ? text(conv) : null,
    change: change ? text(change) : null,
  };
}
export const faces = (el: FunnelView): Face[] => stages(el).map(face);

/** The tooltip (`[part=tooltip]`) that describes a stage (its `aria-describedby`). */
export function tooltip(el: FunnelView, i: number): HTMLElement {
  const id = stage(el, i).getAttribute('aria-describedby') ?? '';
  const found = el.shadowRoot!.getElementById(id);
  if (!found?.matches("[part~='tooltip']")) throw new Error(`stage ${i} is not described by a tooltip`);
  return found;
}

/**
 * The data table as text: [header cells, ...body rows]. The table is built only while shown: a
 * hidden one is opened with its toggle to be read, then closed again.
 */
export async function tableCells(el: FunnelView): Promise<string[][]> {
  return withTable(el, () =>
    [...part(el, 'table').querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => text(c)),
    ),
  );
}

/** The data table's region (the scrollable, focusable wrapper of a shown table). */
export const tableWrap = (el: FunnelView): HTMLElement => part(el, 'table').parentElement!;

/** Index of the focused stage, or -1. */
export const focusedIndex = (el: FunnelView): number => stages(el).indexOf(focused(el) as HTMLButtonElement);

/** Indexes of the stages with tabindex="0". */
export const tabStops = (el: FunnelView): number[] =>
  stages(el).flatMap((s, i) => (s.getAttribute('tabindex') === '0' ? [i] : []));

/** Band boxes, in order. */
export const bandBoxes = (el: FunnelView): DOMRect[] => parts(el, 'band').map(box);
