// Helpers of the <churn-trend> tests: its mount and reading the drawn chart back, on the shared
// harness (../harness.ts).
import { waitUntil } from '@open-wc/testing';
import '../../../src/components/churn-trend/index.js';
import type { ChurnTrend } from '../../../src/components/churn-trend/index.js';
import { $, mountElement, part, settle, text, withTable, type MountOptions } from '../harness.js';

export type { ChurnTrend };
export type { MountOptions as Mount };
export {
  $,
  axFind,
  axTree,
  box,
  has,
  jsonRoute,
  liveRegion,
  loaded,
  part,
  parts,
  settle,
  text,
  withTable,
} from '../harness.js';
export type { AxNode } from '../harness.js';

/**
 * Mounts `<churn-trend>` inside a slot of a known width (default 800, so the tick level is known),
 * and waits until the chart is drawn at that width (the ResizeObserver has reported) or a message
 * is shown.
 */
export async function mount(options: MountOptions = {}): Promise<ChurnTrend> {
  const el = await mountElement<ChurnTrend>('churn-trend', { ...options, width: options.width ?? 800 });
  if (el.state === 'ready') await sized(el);
  return el;
}

/** The content width of the padded wrapper: what the plot is drawn at. */
export const contentWidth = (el: ChurnTrend): number => {
  const base = $(el, '.base');
  const style = getComputedStyle(base);
  return Math.round(base.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
};

/** Waits until the ResizeObserver has reported and the svg is drawn at the wrapper's content width. */
export async function sized(el: ChurnTrend): Promise<void> {
  await waitUntil(
    () => {
      const svg = el.shadowRoot!.querySelector('svg');
      return !!svg && Number(svg.getAttribute('width')) === contentWidth(el);
    },
    'the chart never took its container width',
    { timeout: 3000 },
  );
  await settle(el);
}

/** A point of a drawn path, in svg px. */
export interface Pt {
  x: number;
  y: number;
}

/** The points of the M and L commands of a path's `d` (d3's line and area write nothing else but Z). */
export function pathPoints(d: string | null): Pt[] {
  const out: Pt[] = [];
  for (const m of (d ?? '').matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[,\s]\s*(-?[\d.]+(?:e-?\d+)?)/g)) {
    out.push({ x: Number(m[1]), y: Number(m[2]) });
  }
  return out;
}

/** Points of the solid part of a series line (`line-churn` or `line-retention`; the first line by default). */
export const solidPoints = (el: ChurnTrend, metric?: 'churn' | 'retention'): Pt[] =>
  pathPoints(part(el, metric ? `line-${metric}` : 'line').getAttribute('d'));

/**
 * Points of the dashed part of a series line, into and through the partial periods (the first
 * line's by default): from the last complete point on; none without partial periods.
 */
export const partialPoints = (el: ChurnTrend, metric?: 'churn' | 'retention'): Pt[] => {
  const m = metric ?? (part(el, 'line').classList.contains('retention') ? 'retention' : 'churn');
  return pathPoints(el.shadowRoot!.querySelector(`[part~="partial"].${m}`)?.getAttribute('d') ?? null);
};

/** Points of a whole series line: its solid part, then its dashed part (their shared point once). */
export const linePoints = (el: ChurnTrend, metric?: 'churn' | 'retention'): Pt[] => {
  const solid = solidPoints(el, metric);
  const dashed = partialPoints(el, metric);
  const [last, joint] = [solid.at(-1), dashed[0]];
  return [...solid, ...dashed.slice(last && joint && last.x === joint.x && last.y === joint.y ? 1 : 0)];
};

/** Persian and Arabic-Indic digits and separators as Latin, bidi marks dropped. */
export const latin = (s: string): string =>
  s
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c,]/g, '')
    .replace(/[\u200e\u200f\u061c]/g, '');

/** A percent label ("3.5%", "۳٫۵٪", "٣٫٥٪؜") as a fraction (0.035). */
export const fraction = (label: string): number => Number(latin(label).replace(/[%\u066a\s]/g, '')) / 100;

/** One tick of an axis: its label, the line under it (the time axis's year, else ''), and its position along the axis in svg px. */
export interface AxisTick {
  label: string;
  sub: string;
  at: number;
}

const translate = (g: Element): [number, number] => {
  const m = /translate\((-?[\d.e-]+),\s*(-?[\d.e-]+)\)/.exec(g.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
};

/** The y axis (on the left, or on the right in RTL). */
export const yAxis = (el: ChurnTrend): Element => $(el, '.axis.left, .axis.right');

/** Ticks of the percent axis: label and y. */
export const yTicks = (el: ChurnTrend): AxisTick[] =>
  [...yAxis(el).querySelectorAll('.tick')].map((g) => ({ label: text(g), sub: '', at: translate(g)[1] }));

/** Ticks of the time axis: label, the year under it, and x. */
export const xTicks = (el: ChurnTrend): AxisTick[] =>
  [...$(el, '.axis.bottom').querySelectorAll('.tick')].map((g) => {
    const [label, sub] = [...g.querySelectorAll('text')].map((t) => text(t));
    return { label: label!, sub: sub ?? '', at: translate(g)[0] };
  });

/** The time-axis labels, each with the year under it if any: "Jan 2024", "Feb", "Mar"… */
export const xLabels = (el: ChurnTrend): string[] =>
  xTicks(el).map((t) => (t.sub ? `${t.label} ${t.sub}` : t.label));

/** The boxes of every label of the time axis (both lines), in viewport px. */
export const xLabelBoxes = (el: ChurnTrend): DOMRect[] =>
  [...$(el, '.axis.bottom').querySelectorAll('text')].map((t) => t.getBoundingClientRect());

/** Whether two boxes overlap (touching edges do not). */
export const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The rate a y pixel stands for, read back through the percent axis: the lowest and the highest
 * tick give the linear map (their labels are the values).
 */
export function rateAt(el: ChurnTrend, y: number): number {
  const ticks = yTicks(el);
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  const [va, vb] = [fraction(a.label), fraction(b.label)];
  return va + ((y - a.at) / (b.at - a.at)) * (vb - va);
}

/** The y pixel of a rate, through the percent axis. */
export function yOf(el: ChurnTrend, rate: number): number {
  const ticks = yTicks(el);
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  const [va, vb] = [fraction(a.label), fraction(b.label)];
  return a.at + ((rate - va) / (vb - va)) * (b.at - a.at);
}

/** The rates the series line is drawn at, read back through the axis. */
export const plotted = (el: ChurnTrend, metric?: 'churn' | 'retention'): number[] =>
  linePoints(el, metric).map((p) => rateAt(el, p.y));

/** The shown data table's body rows, each as its cells' text. */
export const readRows = (el: ChurnTrend): string[][] =>
  [...el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => text(c)),
  );

/** The data table's body rows, each as its cells' text (opening a hidden table to read it). */
export const rows = (el: ChurnTrend): Promise<string[][]> => withTable(el, () => readRows(el));

/** The data table's column headers. */
export const headers = (el: ChurnTrend): Promise<string[]> =>
  withTable(el, () => [...el.shadowRoot!.querySelectorAll('[part~="table"] thead th')].map((c) => text(c)));

/** The focusable plot. */
export const plot = (el: ChurnTrend): HTMLElement => part(el, 'plot');

/** The drawn svg. */
export const svgOf = (el: ChurnTrend): SVGSVGElement => $(el, 'svg') as unknown as SVGSVGElement;

/** The tooltip's lines (one per item) joined by line breaks, or null while it is hidden. */
export const tip = (el: ChurnTrend): string | null => {
  const t = part(el, 'tooltip');
  return t.hidden ? null : [...t.children].map((c) => text(c)).join('\n');
};

/** The x of the crosshair, or null without one. */
export const crosshairX = (el: ChurnTrend): number | null => {
  const line = el.shadowRoot!.querySelector('[part~="crosshair"] line');
  return line ? Number(line.getAttribute('x1')) : null;
};

/** `n` ISO dates one month apart from `YYYY-MM` (the first of each month). */
export const monthStarts = (year: number, month: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) => new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 10));

/** UTC epoch ms of an ISO date. */
export const ms = (iso: string): number => Date.parse(iso);
