import { css, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/**
 * One tick: its domain value, its position along the axis in px, its formatted label; on a
 * bottom axis, optionally a second line under it (the year under a month) and a shift of both
 * along the axis (`dx` px: a label at the end of the axis kept inside the chart).
 */
export interface Tick<D = number | Date> {
  value: D;
  offset: number;
  label: string;
  sub?: string;
  dx?: number;
}

/** Side of the plot an axis sits on. In RTL the y axis goes on the right (`'right'`). */
export type Orient = 'top' | 'bottom' | 'left' | 'right';

/**
 * What `ticksOf` needs from a d3 scale: a linear, log, sqrt, time or utc scale (with `ticks`),
 * or a band or point scale (with `bandwidth`, ticked at each domain value).
 */
export interface TickScale<D> {
  (value: D): number | undefined;
  domain(): D[];
  ticks?(count?: number): D[];
  bandwidth?(): number;
}

/**
 * Ticks of a d3 scale: `scale.ticks(count)` for continuous and time scales; for band and point
 * scales every domain value at the middle of its band (`count` is then ignored). Labels come
 * from `format`, e.g. an i18n number or date formatter.
 */
export function ticksOf<D>(scale: TickScale<D>, count: number, format: (value: D) => string): Tick<D>[] {
  const half = (scale.bandwidth?.() ?? 0) / 2;
  return (scale.ticks ? scale.ticks(count) : scale.domain()).map((value) => ({
    value,
    offset: (scale(value) ?? NaN) + half,
    label: format(value),
  }));
}

/**
 * Pixel range of a horizontal scale: `[left, width − right]` in LTR and the reverse in RTL, so
 * the x scale, its ticks and labels flow right-to-left. Put the y axis on the right in RTL
 * (`orient: 'right'`, with the wider margin on the right: see `mirrorMargin`).
 */
export function horizontalRange(
  width: number,
  margin: { left: number; right: number },
  rtl: boolean,
): [number, number] {
  const a = margin.left;
  const b = width - margin.right;
  return rtl ? [b, a] : [a, b];
}

/** Swaps `left` and `right` of a margin in RTL (a margin written for LTR, mirrored). */
export function mirrorMargin<M extends { left: number; right: number }>(margin: M, rtl: boolean): M {
  return rtl ? { ...margin, left: margin.right, right: margin.left } : margin;
}

/** Options of `renderAxis`: side, tick length in px (6) and translation across the axis (0). */
export interface AxisOptions {
  orient: Orient;
  tickSize?: number;
  offset?: number;
}

/**
 * An axis as a Lit SVG template (`<g part="axis" class="axis {orient}">`): a tick line and a
 * `<text>` label per tick, anchored away from the plot, and a second `<text>` under it for a
 * tick with a `sub` line. `offset` moves the axis across its
 * direction (y for top/bottom, x for left/right). Decorative for assistive technology
 * (`aria-hidden`): the data table carries the values. Needs `axisStyles`, which also mirrors
 * the text anchors of left/right axes in RTL (SVG `start`/`end` follow the direction).
 */
export function renderAxis(
  ticks: readonly Tick<unknown>[],
  { orient, tickSize = 6, offset = 0 }: AxisOptions,
): SVGTemplateResult {
  const v = orient === 'left' || orient === 'right';
  const k = orient === 'top' || orient === 'left' ? -1 : 1;
  const size = k * tickSize;
  const gap = k * (Math.max(tickSize, 0) + 3);
  const anchor = v ? (k < 0 ? 'end' : 'start') : 'middle';
  const dy = v ? '0.32em' : k < 0 ? '0' : '0.71em';
  return svg`<g part="axis" class="axis ${orient}" aria-hidden="true" transform=${v ? `translate(${offset},0)` : `translate(0,${offset})`}>${ticks.map(
    (t) =>
      svg`<g class="tick" transform=${v ? `translate(0,${t.offset})` : `translate(${t.offset},0)`}><line x2=${v ? size : 0} y2=${v ? 0 : size}></line><text x=${v ? gap : (t.dx ?? 0)} y=${v ? 0 : gap} dy=${dy} text-anchor=${anchor}>${t.label}</text>${t.sub ? svg` <text x=${t.dx ?? 0} y=${gap} dy="1.9em" text-anchor="middle">${t.sub}</text>` : ''}</g>`,
  )}</g>`;
}

/** Options of `renderGrid`: the axis the lines belong to, their length, their start (0). */
export interface GridOptions {
  orient: Orient;
  length: number;
  offset?: number;
}

/**
 * Grid lines across the plot at each tick (`<g part="grid">`, `aria-hidden`): vertical lines
 * from y = offset for a top/bottom axis, horizontal lines from x = offset for a left/right one,
 * each `length` px long.
 */
export function renderGrid(
  ticks: readonly Tick<unknown>[],
  { orient, length, offset = 0 }: GridOptions,
): SVGTemplateResult {
  const v = orient === 'left' || orient === 'right';
  return svg`<g part="grid" class="grid" aria-hidden="true">${ticks.map((t) =>
    v
      ? svg`<line x1=${offset} x2=${offset + length} y1=${t.offset} y2=${t.offset}></line>`
      : svg`<line x1=${t.offset} x2=${t.offset} y1=${offset} y2=${offset + length}></line>`,
  )}</g>`;
}

/** Styles of `renderAxis` and `renderGrid` (colours from `tokens`; RTL-mirrored anchors). */
export const axisStyles = css`
  .axis line {
    stroke: var(--_axis);
  }
  .axis text {
    fill: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  /* SVG start/end follow the text's direction: mirrored for text that is itself RTL. (A dir
     attribute on an <svg> sets neither CSS direction nor :dir() for its children in Chromium, so
     other text in a chart must pick its anchor from the page direction itself.) */
  .axis.left text:dir(rtl) {
    text-anchor: start;
  }
  .axis.right text:dir(rtl) {
    text-anchor: end;
  }
`;
