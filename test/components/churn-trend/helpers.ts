// Shared helpers of the <churn-trend> tests: mounting, reading the drawn chart back, the test server.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/churn-trend/index.js';
import type { ChurnTrend } from '../../../src/components/churn-trend/index.js';

export type { ChurnTrend };

/** What a chart is mounted with: attributes, an inline JSON child, a `.data` property, a slot width. */
export interface Mount {
  attrs?: Record<string, string | number>;
  inline?: unknown;
  data?: unknown;
  /** Width of the wrapping slot in px (default 800, so the tick level is known). */
  width?: number;
  /** Attributes of the wrapping slot (`lang`, `dir`). */
  wrapper?: Record<string, string>;
  /**
   * Append the slot to the body instead of a fixture, so it outlives the test (fixtures are removed
   * after each one): for a `before` hook shared by several tests, which must remove it itself.
   */
  keep?: boolean;
}

/**
 * Mounts `<churn-trend>` built imperatively (an inline `<script>` child cannot be a Lit binding)
 * inside a `<div>` slot of a known width, and waits until the chart is drawn at that width (the
 * ResizeObserver has reported) or a message is shown.
 */
export async function mount({
  attrs = {},
  inline,
  data,
  width = 800,
  wrapper = {},
  keep = false,
}: Mount = {}): Promise<ChurnTrend> {
  const el = document.createElement('churn-trend');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof inline === 'string' ? inline : JSON.stringify(inline);
    el.append(script);
  }
  if (data !== undefined) el.data = data;
  const slot = document.createElement('div');
  for (const [k, v] of Object.entries(wrapper)) slot.setAttribute(k, v);
  slot.style.width = `${width}px`;
  slot.append(el);
  if (keep) document.body.append(slot);
  else await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el);
  if (el.state === 'ready') await sized(el);
  return el;
}

/** Waits for pending renders (a lang/dir change reaches the host through a MutationObserver microtask). */
export async function settle(el: ChurnTrend): Promise<void> {
  await null;
  while (!(await el.updateComplete));
}

/** Waits until the loader leaves `loading` (a `src` answered), then for the render that shows it. */
export async function loaded(el: ChurnTrend): Promise<void> {
  await waitUntil(() => el.state !== 'loading', 'the src never answered', { timeout: 5000 });
  await settle(el);
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

/** The first element in the shadow root with this part name (`part~=`), or throws. */
export function part(el: ChurnTrend, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
  if (!found) throw new Error(`no part ${name} in ${el.shadowRoot!.textContent}`);
  return found;
}

/** Every element with this part name. */
export const parts = (el: ChurnTrend, name: string): Element[] => [
  ...el.shadowRoot!.querySelectorAll(`[part~='${name}']`),
];

/** The element matching a selector in the shadow root, or throws. */
export function $(el: ChurnTrend, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

/** Whether a part is rendered. */
export const has = (el: ChurnTrend, name: string): boolean =>
  !!el.shadowRoot!.querySelector(`[part~='${name}']`);

/** Text content with whitespace collapsed. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

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

/** Points of the series line (`line-churn` or `line-retention`; the first line by default). */
export const linePoints = (el: ChurnTrend, metric?: 'churn' | 'retention'): Pt[] =>
  pathPoints(part(el, metric ? `line-${metric}` : 'line').getAttribute('d'));

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

/** One tick of an axis: its label and its position along the axis in svg px. */
export interface AxisTick {
  label: string;
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
  [...yAxis(el).querySelectorAll('.tick')].map((g) => ({ label: text(g), at: translate(g)[1] }));

/** Ticks of the time axis: label and x. */
export const xTicks = (el: ChurnTrend): AxisTick[] =>
  [...$(el, '.axis.bottom').querySelectorAll('.tick')].map((g) => ({ label: text(g), at: translate(g)[0] }));

/** The time-axis labels. */
export const xLabels = (el: ChurnTrend): string[] => xTicks(el).map((t) => t.label);

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

/** The data table's body rows, each as its cells' text. */
export const rows = (el: ChurnTrend): string[][] =>
  [...el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => text(c)),
  );

/** The data table's column headers. */
export const headers = (el: ChurnTrend): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part~="table"] thead th')].map((c) => text(c));

/** The focusable plot. */
export const plot = (el: ChurnTrend): HTMLElement => part(el, 'plot');

/** The drawn svg. */
export const svgOf = (el: ChurnTrend): SVGSVGElement => $(el, 'svg') as unknown as SVGSVGElement;

/** The polite live region that reads the active period out. */
export const liveRegion = (el: ChurnTrend): HTMLElement => $(el, '.visually-hidden[role="status"]');

/** The tooltip's text, or null while it is hidden. */
export const tip = (el: ChurnTrend): string | null => {
  const t = part(el, 'tooltip');
  return t.hidden ? null : text(t);
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

const uid = () => Math.random().toString(36).slice(2);

/** `/__test__/json?id=…&body=<JSON of value>&…` on the real test server (test/tools/test-server.mjs). */
export function jsonRoute(value: unknown, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams({ id: uid(), body: JSON.stringify(value) });
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  return `/__test__/json?${q}`;
}

/** A box, for comparing where parts are drawn. */
export const box = (node: Element): DOMRect => node.getBoundingClientRect();
