import { html, nothing, svg } from 'lit';
import { area } from 'd3-shape';
import { movingAverage, periodRange, type Calendar, type Granularity } from '../../metrics/index.js';
import { DataController, churnInput, churnTrend, type ChurnData, type Trend } from '../../data/index.js';
import { chartTokens } from '../../charts/tokens.js';
import { SizeController } from '../../charts/size.js';
import {
  axisStyles,
  horizontalRange,
  mirrorMargin,
  renderAxis,
  renderGrid,
  ticksOf,
} from '../../charts/axis.js';
import type { Tick } from '../../charts/axis.js';
import { renderTooltip, tooltipStyles } from '../../charts/tooltip.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../../charts/data-table.js';
import { lttb } from '../../charts/lttb.js';
import { linearScale } from '../../charts/scale.js';
import { getFormatter, type Formatter } from '../../i18n/index.js';
import { CrmElement } from '../crm-element.js';
import { churnStyles } from './churn-trend.styles.js';
import './messages.js';

type Metric = 'churn' | 'retention';

/** Plot height and margins in px (the margin is mirrored with the time axis). */
const HEIGHT = 240;
const MARGIN = { top: 14, right: 14, bottom: 26, left: 46 };
/** Series up to this many periods get a dot on every period. */
const DOTS = 40;
/** The data table lists at most this many (the latest) periods. */
const TABLE_ROWS = 1000;

interface Series {
  trend: Trend;
  /** One array of rates per shown metric, aligned with `trend.points`. */
  lines: { metric: Metric; values: (number | null)[]; smooth: (number | null)[] | null }[];
}

/**
 * Churn (or retention) rate over time: a line with an optional area, a dot on each period of a
 * short series, a dashed target line and an optional moving average, on a zero-based percent
 * axis against time ticked at month, quarter or year boundaries of the element's calendar
 * (Persian months for Persian by default).
 *
 * A crosshair tooltip follows the pointer and the keyboard: focus the plot, then ← → step through
 * the periods, Home/End jump, Escape hides it. In Persian and Arabic time flows right to left
 * (the newest period on the left, the percent axis on the right); `time-direction="ltr"` keeps it
 * left to right. Above the plot's width in pixels the series is drawn downsampled with
 * Largest-Triangle-Three-Buckets; the tooltip and the table read the full data.
 *
 * @summary Churn and retention trend.
 *
 * @tagname churn-trend
 *
 * @attr points - Ready rates as JSON: `[{"date":"2025-01-31","rate":0.041}, …]`.
 * @attr metric - `churn` (default), `retention` or `both`.
 * @attr granularity - `month` (default), `quarter` or `year`: the periods raw customer records are bucketed into.
 * @attr target - A target rate as a fraction (`0.03` = 3%), drawn as a dashed line.
 * @attr smooth - A moving average over this many periods (e.g. `3`), drawn beside the line.
 * @attr area - Fills the area under the line.
 * @attr time-direction - `ltr` keeps time flowing left to right in right-to-left pages.
 * @attr label - The caption; default "Churn rate" (or retention) in the element's language.
 * @attr table - Shows the data table (it is always there for screen readers).
 *
 * @csspart base - The wrapper of everything the chart draws.
 * @csspart label - The caption.
 * @csspart plot - The focusable plot (the SVG and its tooltip).
 * @csspart line - A series line (also `line-churn` or `line-retention`).
 * @csspart area - The area under the line.
 * @csspart average - The moving-average line.
 * @csspart target - The target line and its label.
 * @csspart axis - The axes.
 * @csspart grid - The grid lines.
 * @csspart crosshair - The vertical line at the active period.
 * @csspart legend - The legend.
 * @csspart tooltip - The active period's values.
 * @csspart table - The data table.
 * @csspart table-toggle - Its toggle button.
 * @csspart message - The loading, empty or error message.
 *
 * @cssprop --crm-color-series-1 - Churn line.
 * @cssprop --crm-color-series-2 - Retention line.
 * @cssprop --crm-color-grid - Grid lines.
 * @cssprop --crm-color-axis - Axis lines.
 * @cssprop --crm-color-text - Text and target line.
 * @cssprop --crm-color-text-muted - Tick labels.
 * @cssprop --crm-color-tooltip-bg - Tooltip background.
 * @cssprop --crm-color-tooltip-text - Tooltip text.
 */
export class ChurnTrend extends CrmElement<ChurnData> {
  static override styles = [
    ...CrmElement.styles,
    chartTokens,
    axisStyles,
    tooltipStyles,
    dataTableStyles,
    churnStyles,
  ];

  static override properties = {
    points: {},
    metric: { reflect: true },
    granularity: {},
    target: { type: Number },
    smooth: { type: Number },
    area: { type: Boolean },
    timeDirection: { attribute: 'time-direction' },
    label: {},
    table: { type: Boolean, reflect: true },
  };

  points: string | null = null;
  metric: 'churn' | 'retention' | 'both' = 'churn';
  granularity: Granularity = 'month';
  target: number | null = null;
  smooth = 0;
  area = false;
  timeDirection: 'ltr' | null = null;
  label: string | null = null;
  table = false;

  protected readonly loader = new DataController<ChurnData>(this, {
    schema: churnInput,
    // Invalid JSON throws here; the loader reports it as kind json.
    attributes: () => (this.points === null ? undefined : { points: JSON.parse(this.points) as unknown }),
    isEmpty: (data) => ('customers' in data ? data.customers : data.points).length === 0,
  });

  #size = new SizeController(this);
  #active: number | null = null;
  #showTable = false;
  #key: unknown[] = [];
  #series: Series | undefined;
  /** The time scale of the last render, for the pointer. */
  #x?: { invert(px: number): number };
  #memos = new Map<string, [unknown[], unknown]>();

  /**
   * `make()`, or its last result while `key` is the same: a crosshair step re-renders the chart,
   * but must not re-run LTTB over the whole series or re-format a thousand table rows.
   */
  #memo<T>(slot: string, key: unknown[], make: () => T): T {
    const last = this.#memos.get(slot);
    if (last && key.every((k, i) => k === last[0][i])) return last[1] as T;
    const value = make();
    this.#memos.set(slot, [key, value]);
    return value;
  }

  protected override firstUpdated(): void {
    // The plot is as wide as the padded wrapper's content box.
    this.#size.observe(this.renderRoot.querySelector('.base')!);
  }

  /** The series, recomputed only when the data or what shapes it changes. */
  #compute(): Series | undefined {
    const data = this.loader.state === 'ready' ? this.loader.value : undefined;
    const key = [data, this.granularity, this.locale.format.calendar, this.metric, this.smooth];
    if (key.some((k, i) => k !== this.#key[i])) {
      this.#key = key;
      this.#active = null;
      if (!data) this.#series = undefined;
      else {
        // An unknown granularity or calendar (`week`, `islamic`) falls back rather than throwing in render.
        const trend = churnTrend(data, {
          granularity: /^(quarter|year)$/.test(this.granularity) ? this.granularity : 'month',
          calendar: this.locale.format.calendar == 'persian' ? 'persian' : 'gregory',
        });
        const metrics: Metric[] = this.metric === 'both' ? ['churn', 'retention'] : [this.metric];
        this.#series = {
          trend,
          lines: metrics.map((metric) => {
            const values = trend.points.map((p) =>
              p.churn === null ? null : metric === 'churn' ? p.churn : 1 - p.churn,
            );
            return {
              metric,
              values,
              smooth: this.smooth >= 2 ? movingAverage(values, Math.floor(this.smooth)) : null,
            };
          }),
        };
      }
    }
    return this.#series;
  }

  override render() {
    const { lang, dir, t } = this.locale;
    const title = this.label ?? t(`churn.title.${this.metric}`);
    const series = this.#compute();
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div part="label" class="label" id="title">${title}</div>
      ${series ? this.#renderChart(series, title) : this.renderStatus(t('churn.empty'))}
    </div>`;
  }

  /**
   * Ticks at period boundaries of the formatter's calendar: the finest of month, quarter, year
   * whose labels fit (estimated from their length), else the coarsest that has any, thinned.
   */
  #timeTicks(
    t0: number,
    t1: number,
    x: (t: number) => number,
    room: number,
    format: Formatter,
  ): Tick<number>[] {
    const calendar = format.calendar as Calendar;
    let ticks: Tick<number>[] = [];
    let most = 1;
    for (const g of ['month', 'quarter', 'year'] as const) {
      const all = periodRange(t0, t1, g, calendar)
        .map((p) => p.start.getTime())
        .filter((s) => s >= t0 && s <= t1)
        .map((s) => ({ value: s, offset: x(s), label: format.period(s, g) }));
      if (!all.length) break;
      ticks = all;
      most = Math.max(1, Math.floor(room / (Math.max(...all.map((a) => a.label.length)) * 6.5 + 14)));
      if (all.length <= most) return all;
    }
    const step = Math.ceil(ticks.length / most);
    return ticks.filter((_, i) => i % step === 0);
  }

  #renderChart({ trend, lines }: Series, title: string) {
    const { t, lang } = this.locale;
    // Periods are named and ticked in the calendar they are in: the data's, else the element's.
    const format = getFormatter({ locale: lang, numbering: this.numbering, calendar: trend.calendar });
    const points = trend.points;
    const n = points.length;
    // The real width once observed (a narrow slot is drawn narrow, not scaled down: the pointer and the
    // tooltip work in the same px as the drawing).
    const width = this.#size.width || 200;
    // Time flows with the page: right to left in Persian and Arabic, unless told otherwise.
    const rtl = this.locale.rtl && this.timeDirection !== 'ltr';
    const margin = mirrorMargin(MARGIN, rtl);
    let t0 = points[0]!.t;
    let t1 = points[n - 1]!.t;
    if (t0 === t1) [t0, t1] = [t0 - 15 * 864e5, t1 + 15 * 864e5];
    const x = (this.#x = linearScale([t0, t1], horizontalRange(width, margin, rtl)));
    // Once per series, not per render: the largest value, and the first line's latest and mean.
    const [max, latest, average] = this.#memo('stats', [lines], () => {
      let most = 0;
      for (const l of lines) for (const v of l.values) if (v !== null && v > most) most = v;
      const defined = lines[0]!.values.filter((v): v is number => v !== null);
      return [
        most,
        defined.length ? defined[defined.length - 1]! : null,
        defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null,
      ];
    });
    const target = this.target !== null && this.target >= 0 && this.target <= 1 ? this.target : null;
    const top = this.metric === 'churn' ? Math.max(max ?? 0, target ?? 0, 0.01) * 1.15 : 1;
    const y = linearScale([0, Math.min(1, top)], [HEIGHT - margin.bottom, margin.top], { nice: true });
    const digits = y.domain()[1]! < 0.1 ? 1 : 0;
    const pct = (v: number | null) => (v === null ? '—' : format.percent(v, digits + 1));
    const yTicks = ticksOf(y, 5, (v) => format.percent(v, digits));
    const [left, right] = [margin.left, width - margin.right];
    const xTicks = this.#timeTicks(t0, t1, (v) => x(v), right - left, format);

    // Draw at most one point per pixel: LTTB picks which (first, last and the peaks stay).
    const drawn = (values: (number | null)[]) => {
      const room = Math.round(right - left);
      return n > room
        ? lttb(
            n,
            room,
            (i) => points[i]!.t,
            (i) => values[i] ?? NaN,
          )
        : points.map((_, i) => i);
    };
    // One generator per series: its area, and its top edge (lineY1) as the line.
    const shape = (values: (number | null)[]) =>
      area<number>()
        .defined((i) => values[i] != null)
        .x((i) => x(points[i]!.t))
        .y0(y(0))
        .y1((i) => y(values[i]!));
    const path = (values: (number | null)[]) => shape(values).lineY1()(drawn(values)) ?? '';

    const active = this.#active !== null && this.#active < n ? this.#active : null;
    const activeX = active === null ? 0 : x(points[active]!.t);
    const first = lines[0]!;
    const label = (i: number) => format.period(points[i]!.t, trend.granularity);
    const summary = t('churn.summary', {
      title,
      from: label(0),
      to: label(n - 1),
      latest: pct(latest),
      average: pct(average),
    });
    const name = target === null ? summary : `${summary}. ${t('churn.target', { value: pct(target) })}`;
    const rows = points.slice(-TABLE_ROWS);
    const counts = points.some((p) => p.counts);
    const activeText = active === null ? '' : this.#pointText(active, lines, pct, label);
    const visible = this.table || this.#showTable;

    return html`
      <ul part="legend" class="legend">
        ${lines.map(
          (l) =>
            html`<li class=${l.metric}>
              <span class="swatch" aria-hidden="true"></span>${t(`churn.${l.metric}`)}
            </li>`,
        )}
        ${
          this.smooth >= 2
            ? html`<li class="avg">
                <span class="swatch" aria-hidden="true"></span
                >${t('churn.average', { count: Math.floor(this.smooth) })}
              </li>`
            : nothing
        }
        ${
          target === null
            ? nothing
            : html`<li class="target">
                <span class="swatch" aria-hidden="true"></span>${t('churn.target', { value: pct(target) })}
              </li>`
        }
      </ul>
      <div
        part="plot"
        class="plot"
        role="img"
        tabindex="0"
        aria-label=${name}
        aria-describedby=${active === null ? nothing : 'tip'}
        @keydown=${this.#onKey}
        @pointermove=${this.#onPointer}
        @pointerleave=${() => this.#activate(null)}
        @blur=${() => this.#activate(null)}
      >
        <svg dir="ltr" width=${width} height=${HEIGHT} viewBox="0 0 ${width} ${HEIGHT}" aria-hidden="true">
          ${renderGrid(yTicks, { orient: 'left', length: right - left, offset: left })}
          ${renderAxis(yTicks, { orient: rtl ? 'right' : 'left', offset: rtl ? right : left })}
          ${renderAxis(xTicks, { orient: 'bottom', offset: HEIGHT - margin.bottom })}
          ${this.#memo('lines', [lines, width, rtl, y.domain()[1], this.area], () =>
            lines.map(
              (l) => svg`
              ${this.area ? svg`<path part="area" class="area ${l.metric}" d=${shape(l.values)(drawn(l.values)) ?? ''}></path>` : nothing}
              <path part="line line-${l.metric}" class="line ${l.metric}" d=${path(l.values)}></path>
              ${l.smooth ? svg`<path part="average" class="line avg ${l.metric}" d=${path(l.smooth)}></path>` : nothing}
              ${
                n <= DOTS
                  ? l.values.map((v, i) =>
                      v === null
                        ? nothing
                        : svg`<circle class="dot ${l.metric}" r="3" cx=${x(points[i]!.t)} cy=${y(v)}></circle>`,
                    )
                  : nothing
              }`,
            ),
          )}
          ${
            target === null
              ? nothing
              : svg`<g part="target" class="target">
                <line x1=${left} x2=${right} y1=${y(target)} y2=${y(target)}></line>
                <text x=${rtl ? left + 4 : right - 4} y=${y(target) - 5} text-anchor=${
                  // Start and end follow the text's own direction (the page's: svg dir="ltr" does not set it).
                  rtl == this.locale.rtl ? 'end' : 'start'
                }>${t('churn.target', { value: pct(target) })}</text>
              </g>`
          }
          ${
            active === null
              ? nothing
              : svg`<g part="crosshair" class="crosshair">
                <line x1=${activeX} x2=${activeX} y1=${margin.top} y2=${HEIGHT - margin.bottom}></line>
                ${lines.map((l) => {
                  const v = l.values[active];
                  return v == null
                    ? nothing
                    : svg`<circle class="dot ${l.metric}" r="4.5" cx=${activeX} cy=${y(v)}></circle>`;
                })}
              </g>`
          }
        </svg>
        ${renderTooltip({
          id: 'tip',
          open: active !== null,
          x: activeX,
          y: active === null ? 0 : y(first.values[active] ?? 0),
          bounds: { width, height: HEIGHT },
          content: activeText,
        })}
      </div>
      <span class="visually-hidden" role="status">${activeText}</span>
      ${renderTableToggle({
        controls: 'data',
        expanded: visible,
        label: t(visible ? 'table.hide' : 'table.show'),
        onToggle: () => {
          this.#showTable = !visible;
          this.requestUpdate();
        },
      })}
      ${renderDataTable({
        id: 'data',
        caption:
          rows.length < n
            ? `${t('table.caption', { title })} (${t('churn.last', { shown: rows.length, count: n })})`
            : t('table.caption', { title }),
        visible,
        columns: [
          { label: t('churn.col.period') },
          ...lines.map((l) => ({ label: t(`churn.${l.metric}`), numeric: true })),
          ...(counts
            ? [
                { label: t('churn.col.atStart'), numeric: true },
                { label: t('churn.col.lost'), numeric: true },
                { label: t('churn.col.new'), numeric: true },
                { label: t('churn.col.atEnd'), numeric: true },
              ]
            : []),
        ],
        rows: this.#memo('rows', [lines, format, digits], () =>
          rows.map((p, k) => {
            const i = n - rows.length + k;
            const c = p.counts;
            const num = (v: number | undefined) => (v === undefined ? '—' : format.number(v));
            return [
              label(i),
              ...lines.map((l) => pct(l.values[i] ?? null)),
              ...(counts ? [num(c?.atStart), num(c?.lost), num(c?.new), num(c?.atEnd)] : []),
            ];
          }),
        ),
      })}
    `;
  }

  /** "Mar 2024 · Churn 4.1% · Customers at start 120 · Lost 5 …" for the tooltip and the live region. */
  #pointText(
    i: number,
    lines: Series['lines'],
    pct: (v: number | null) => string,
    label: (i: number) => string,
  ): string {
    const { t, format } = this.locale;
    const p = this.#series!.trend.points[i]!;
    const parts = [
      label(i),
      ...lines.map((l) => `${t(`churn.${l.metric}`)} ${pct(l.values[i] ?? null)}`),
      ...(p.counts
        ? [
            `${t('churn.col.atStart')} ${format.number(p.counts.atStart)}`,
            `${t('churn.col.lost')} ${format.number(p.counts.lost)}`,
            ...(p.counts.new === undefined ? [] : [`${t('churn.col.new')} ${format.number(p.counts.new)}`]),
          ]
        : []),
    ];
    return parts.join(' · ');
  }

  #activate(i: number | null) {
    if (i !== this.#active) {
      this.#active = i;
      this.requestUpdate();
    }
  }

  #onKey = (e: KeyboardEvent) => {
    const n = this.#series?.trend.points.length ?? 0;
    if (!n) return;
    const rtl = this.locale.rtl && this.timeDirection !== 'ltr';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const i = this.#active;
    let next: number | null;
    if (e.key === forward) next = i === null ? 0 : Math.min(n - 1, i + 1);
    else if (e.key === back) next = i === null ? n - 1 : Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') next = null;
    else return;
    e.preventDefault();
    this.#activate(next);
  };

  /** The period nearest to the pointer, by binary search over time. */
  #onPointer = (e: PointerEvent) => {
    const points = this.#series?.trend.points;
    const svgEl = this.renderRoot.querySelector('svg');
    if (!points?.length || !svgEl || !this.#x) return;
    const t = this.#x.invert(e.clientX - svgEl.getBoundingClientRect().left);
    let lo = 0;
    let hi = points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    const i = lo > 0 && t - points[lo - 1]!.t < points[lo]!.t - t ? lo - 1 : lo;
    this.#activate(i);
  };
}
