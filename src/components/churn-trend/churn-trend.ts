import { html, nothing, svg } from 'lit';
import { area } from 'd3-shape';
import { movingAverage, periodStarts, type Calendar, type Granularity } from '../../metrics/index.js';
import {
  DataController,
  churnInput,
  churnTrend,
  type ChurnColumns,
  type ChurnData,
  type CrmDataDetail,
  type Trend,
} from '../../data/index.js';
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
import {
  dataTableStyles,
  renderDataTable,
  tableToggle,
  type DataTableColumn,
} from '../../charts/data-table.js';
import { lttb } from '../../charts/lttb.js';
import { linearScale } from '../../charts/scale.js';
import { bidiIsolate, getFormatter, type Formatter } from '../../i18n/index.js';
// Imported on its own: its quarter names are registered when it loads, for the elements that name periods.
import { periodLabel } from '../../i18n/period.js';
import { CrmChart } from '../crm-chart.js';
import type { ExportTable } from '../../charts/export/index.js';
import { churnStyles } from './churn-trend.styles.js';
import './messages.js';

/** `crm-data` detail of `<churn-trend>`: the validated input in columns and where it came from. */
export type ChurnTrendDataDetail = CrmDataDetail<ChurnColumns>;

type Metric = 'churn' | 'retention';

/** Plot height and margins in px (the margin is mirrored with the time axis; two lines of time labels below). */
const HEIGHT = 240;
const MARGIN = { top: 14, right: 14, bottom: 40, left: 46 };
/** Series up to this many periods get a dot on every period. */
const DOTS = 40;
/** The data table lists at most this many (the latest) periods. */
const TABLE_ROWS = 1000;

/** The count columns of a trend, in the table's order (the tooltip reads the first three). */
const COUNTS = ['atStart', 'lost', 'new', 'atEnd'] as const;
/** Mean length of a period in ms: how many periods a time span holds, roughly, before listing them. */
const MEAN = { day: 864e5, week: 6048e5, month: 2629746e3, quarter: 7889238e3, year: 31556952e3 };
/** The tick levels, finest first: a series ticks at its own granularity's periods or coarser (months at the finest for months and up). */
const LEVELS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** One shown metric: its value at each point (NaN where there is none) and its moving average (NaN gaps). */
interface Line {
  metric: Metric;
  value: (i: number) => number;
  smooth: Float64Array | null;
}

interface Series {
  trend: Trend;
  lines: Line[];
  /**
   * The largest value of any line; the index of the latest complete period with a rate (−1 for
   * none), and the first line's mean over the complete periods (null without values).
   */
  max: number;
  latest: number;
  average: number | null;
}

/**
 * Churn (or retention) rate over time: a line with an optional area, a dot on each period of a
 * short series, a dashed target line and an optional moving average, on a zero-based percent
 * axis against time ticked at day, week, month, quarter or year boundaries of the element's calendar
 * (Persian months, and weeks from Saturday, for Persian by default).
 *
 * A crosshair tooltip follows the pointer and the keyboard: focus the plot, then ← → step through
 * the periods, Home/End jump, Escape hides it. In Persian and Arabic time flows right to left
 * (the newest period on the left, the percent axis on the right); `time-direction="ltr"` keeps it
 * left to right. Above the plot's width in pixels the series is drawn downsampled with
 * Largest-Triangle-Three-Buckets; the tooltip and the table read the full data.
 *
 * A point stands for its period: it sits at the period's first day, under the tick that names
 * it (rates keyed by any day of a period, such as its last, included, when there is one rate per
 * period). A period the data does not cover entirely is partial: one not over yet, or, from
 * customer records, one that ends after the day of their latest date. It is drawn dashed, marked
 * "partial" in the tooltip and the table, and left out of the summary's latest rate and average
 * (the summary names the latest complete period instead).
 *
 * @summary Churn and retention trend.
 *
 * @tagname churn-trend
 *
 * @attr points - Ready rates as JSON: `[{"date":"2025-01-31","rate":0.041}, …]`; one per period, each stands for the period holding its date (January here).
 * @attr metric - `churn` (default), `retention` or `both`.
 * @attr granularity - `month` (default), `day`, `week` (ISO 8601; Persian weeks from Saturday), `quarter` or `year`: the periods raw customer records are bucketed into.
 * @attr target - A target rate as a fraction (`0.03` = 3%), drawn as a dashed line.
 * @attr smooth - A moving average over this many periods (e.g. `3`), drawn beside the line.
 * @attr area - Fills the area under the line.
 * @attr time-direction - `ltr` keeps time flowing left to right in right-to-left pages.
 * @attr label - The caption; default "Churn rate" (or retention) in the element's language.
 * @attr table - Shows the data table (its toggle shows and hides it too; the table is built only while shown).
 *
 * @prop data - The data as an object (see the attributes) or as columns, `{ dates, rates }` (`Float64Array`s or arrays, epoch ms or ISO dates): the form for big series. Its `crm-data` event's `detail.data` is the validated input in columns (`ChurnColumns`).
 * @fires {CustomEvent<ChurnTrendDataDetail>} crm-data - The data loaded and passed validation: `detail` `{ data, source }`, `data` in columns (`ChurnColumns`).
 *
 * @csspart base - The wrapper of everything the chart draws.
 * @csspart label - The caption.
 * @csspart plot - The focusable plot (the SVG and its tooltip).
 * @csspart line - A series line (also `line-churn` or `line-retention`).
 * @csspart area - The area under the line.
 * @csspart average - The moving-average line.
 * @csspart partial - The dashed line into and through the partial periods.
 * @csspart target - The target line and its value, beside the percent axis.
 * @csspart axis - The axes.
 * @csspart grid - The grid lines.
 * @csspart crosshair - The vertical line at the active period.
 * @csspart legend - The legend.
 * @csspart note - Says where the chart starts when customer records span more periods than it draws (10,000).
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
export class ChurnTrend extends CrmChart<ChurnColumns> {
  static override styles = [
    ...CrmChart.styles,
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
  declare data: ChurnData | undefined;

  protected readonly loader = new DataController<ChurnColumns>(this, {
    schema: churnInput,
    // Invalid JSON throws here; the loader reports it as kind json.
    attributes: () => (this.points === null ? undefined : { points: JSON.parse(this.points) as unknown }),
    isEmpty: (d) =>
      (d.kind == 'customers' ? d.customers.start : d.kind == 'rates' ? d.rates.t : d.periods.t).length === 0,
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

  /** Also waits for the chart drawn at its real width, which follows the first render (see `render`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#size.observed || this.loader.state !== 'ready' || !this.isConnected) return done;
    await this.#size.reported();
    return super.getUpdateComplete();
  }

  protected override firstUpdated(): void {
    // The plot is as wide as the padded wrapper's content box: a ruler of no height measures it,
    // whose size the chart it makes room for never changes (else the chart's first render, made
    // from the observer's first report, would change the observed size within the same frame).
    this.#size.observe(this.renderRoot.querySelector('.ruler')!);
  }

  /** The series, recomputed only when the data or what shapes it changes. */
  #compute(): Series | undefined {
    const data = this.loader.state === 'ready' ? this.loader.value : undefined;
    const key = [data, this.granularity, this.locale.format.calendar, this.metric, this.smooth];
    if (key.some((k, i) => k !== this.#key[i])) {
      this.#key = key;
      this.#active = null;
      this.#series = data && this.#build(data);
    }
    return this.#series;
  }

  #build(data: ChurnColumns): Series {
    // An unknown granularity or calendar (`hour`, `islamic`) falls back rather than throwing in render.
    const trend = churnTrend(data, {
      granularity: /^(day|week|quarter|year)$/.test(this.granularity) ? this.granularity : 'month',
      calendar: this.locale.format.calendar == 'persian' ? 'persian' : 'gregory',
    });
    const { churn, length: n } = trend;
    const k = Math.floor(this.smooth);
    const metrics: Metric[] = this.metric === 'both' ? ['churn', 'retention'] : [this.metric];
    const lines = metrics.map((metric): Line => {
      const value = metric === 'churn' ? (i: number) => churn[i]! : (i: number) => 1 - churn[i]!;
      // NaN (no rate) is a gap for the moving average too.
      const smooth =
        k >= 2
          ? Float64Array.from(
              movingAverage(
                Array.from({ length: n }, (_, i) => (churn[i] === churn[i] ? value(i) : null)),
                k,
              ),
              (v) => v ?? NaN,
            )
          : null;
      return { metric, value, smooth };
    });
    // From the rates' summary, made while they were read (retention is 1 − churn); the rates of
    // the partial periods at the end are taken back out of the latest and the mean.
    const { low, high } = trend.summary;
    let { sum, count } = trend.summary;
    const max = count ? Math.max(...metrics.map((m) => (m === 'churn' ? high : 1 - low))) : 0;
    let latest = n - 1;
    for (; latest >= 0 && (latest >= n - trend.partial || !(churn[latest]! >= 0)); latest--)
      if (churn[latest]! >= 0) {
        sum -= churn[latest]!;
        count--;
      }
    const average = count ? (metrics[0] === 'churn' ? sum / count : 1 - sum / count) : null;
    return { trend, lines, max, latest, average };
  }

  protected exportTitle(): string {
    return this.label ?? this.locale.t(`churn.title.${this.metric}`);
  }

  /** The data table's columns, the CSV's too: the period, each metric shown, the counts when there are. */
  #columns(lines: Series['lines'], counts: boolean): DataTableColumn[] {
    const { t } = this.locale;
    return [
      { label: t('churn.col.period') },
      ...lines.map((l) => ({ label: t(`churn.${l.metric}`), numeric: true })),
      ...(counts ? COUNTS.map((c) => ({ label: t(`churn.col.${c}`), numeric: true })) : []),
    ];
  }

  /**
   * Every period (not only the table's latest 1000): its start as an ISO date, the rates shown
   * as fractions, and the counts when the data has them.
   */
  protected exportTable(): ExportTable | undefined {
    const series = this.#compute();
    if (!series) return undefined;
    const { trend, lines } = series;
    const counts = trend.counts;
    return {
      columns: this.#columns(lines, !!counts).map((c) => c.label),
      rows: Array.from({ length: trend.length }, (_, i) => [
        new Date(trend.t[i]!).toISOString().slice(0, 10),
        ...lines.map((l) => l.value(i)),
        ...(counts ? COUNTS.map((c) => counts[c]?.[i] ?? null) : []),
      ]),
    };
  }

  override render() {
    const { lang, dir, t } = this.locale;
    const title = this.exportTitle();
    const series = this.#compute();
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div class="ruler"></div>
      <div part="label" class="label" id="title">${title}</div>
      ${this.renderExport()}
      ${series ? this.#renderChart(series, title) : this.renderStatus(t('churn.empty'))}
    </div>`;
  }

  /**
   * Ticks at period starts of the formatter's calendar, each named without its year ("Mar 4",
   * "Mar", "Q1"), the year on a second line under the first tick and each tick that starts another
   * year. The finest of the levels from the series' granularity (day, week) or month up to year
   * whose labels all fit (estimated from their length) with at least 3 ticks; else every k-th
   * period of the coarsest that gives 3 that fit; else the finest that fits; else every k-th
   * year. Label lengths come from 12 periods in a row of each level, the years at both ends and,
   * for days and weeks, a two-digit day of each of 12 months; a level is counted exactly only
   * below 99 periods (else estimated), and listed only once chosen, k at a time.
   */
  #timeTicks(
    granularity: Granularity,
    t0: number,
    t1: number,
    x: (t: number) => number,
    room: number,
    width: number,
    format: Formatter,
  ): Tick<number>[] {
    const calendar = format.calendar as Calendar;
    // The year's label under a tick: as long at both ends of the span (its digits and era).
    const years = Math.max(
      periodLabel(format, t0, 'year', true).length,
      periodLabel(format, t1, 'year', true).length,
    );
    const levels = LEVELS.slice(Math.min(LEVELS.indexOf(granularity), 2)).map((g) => {
      // At most this many periods begin within [t0, t1]: counted exactly when they are few.
      const estimate = (t1 - t0) / MEAN[g] + 2;
      const count = estimate < 99 ? periodStarts(t0, t1, g, calendar).length : estimate;
      // Label lengths from 12 periods in a row (every month's and quarter's name), not from all.
      let longest = years;
      const samples = periodStarts(t0, Math.min(t1, t0 + 12 * MEAN[g]), g, calendar);
      // Days and weeks are named by a day and a month: the 20th of every month tells the longest.
      if (MEAN[g] < MEAN.month)
        for (const s of periodStarts(t0 - MEAN.month, Math.min(t1, t0 + 12 * MEAN.month), 'month', calendar))
          samples.push(s + 19 * 864e5);
      for (const s of samples) longest = Math.max(longest, periodLabel(format, s, g, true).length);
      const most = Math.max(1, Math.floor(room / (longest * 6.5 + 14)));
      return { g, count, most, k: Math.ceil(count / most) };
    });
    const { g, k } =
      levels.find((l) => l.k == 1 && l.count >= 3) ??
      levels.findLast((l) => Math.ceil(l.count / l.k) >= 3) ??
      levels.find((l) => l.k == 1) ??
      levels[levels.length - 1]!;
    let last = '';
    return periodStarts(t0, t1, g, calendar, k).map((s) => {
      const year = periodLabel(format, s, 'year', true);
      const label = periodLabel(format, s, g, true);
      const sub = g != 'year' && year != last ? year : '';
      const at = x(s);
      // Kept inside the chart, by half its estimated width.
      const half = Math.max(label.length, sub.length) * 3.25;
      last = year;
      return { value: s, offset: at, label, sub, dx: Math.min(Math.max(at, half), width - half) - at };
    });
  }

  #renderChart({ trend, lines, max, latest, average }: Series, title: string) {
    const { t, lang } = this.locale;
    // Periods are named and ticked in the calendar they are in: the data's, else the element's.
    const format = getFormatter({ locale: lang, numbering: this.numbering, calendar: trend.calendar });
    const { t: times, length: n } = trend;
    // Drawn at the real width (a narrow slot is drawn narrow, not scaled down: the pointer and the
    // tooltip work in the same px as the drawing), so only once it is known: the first render has
    // everything else, and the plot at its full height, empty. The observer's first report comes
    // after that render's layout and before the first paint; the drawing it brings changes no
    // size, so the page's layout does not move. Not rendered (0 px wide), it is not drawn.
    const width = this.#size.width;
    const drawing = width > 0;
    // Time flows with the page: right to left in Persian and Arabic, unless told otherwise.
    const rtl = this.locale.rtl && this.timeDirection !== 'ltr';
    const margin = mirrorMargin(MARGIN, rtl);
    let t0 = times[0]!;
    let t1 = times[n - 1]!;
    if (t0 === t1) [t0, t1] = [t0 - 15 * 864e5, t1 + 15 * 864e5];
    const x = linearScale([t0, t1], horizontalRange(width, margin, rtl));
    this.#x = drawing ? x : undefined;
    const target = this.target !== null && this.target >= 0 && this.target <= 1 ? this.target : null;
    const top = this.metric === 'churn' ? Math.max(max, target ?? 0, 0.01) * 1.15 : 1;
    const y = linearScale([0, Math.min(1, top)], [HEIGHT - margin.bottom, margin.top], { nice: true });
    const digits = y.domain()[1]! < 0.1 ? 1 : 0;
    // Rates to one more digit than the axis; at least `min` fraction digits (the table's, all alike).
    const pct = (v: number | null, min?: number) =>
      v === null || v !== v ? '—' : format.percent(v, digits + 1, min);
    const yTicks = drawing ? ticksOf(y, 5, (v) => format.percent(v, digits)) : [];
    const [left, right] = [margin.left, width - margin.right];
    const yAxis = { orient: rtl ? 'right' : 'left', offset: rtl ? right : left } as const;
    // The target's value stands beside the percent axis, at its height, where no data runs; the
    // tick labels it would touch give way to it.
    const ty = target === null ? NaN : y(target);
    const xTicks = drawing
      ? this.#memo('ticks', [times, width, rtl, format], () =>
          this.#timeTicks(trend.granularity, t0, t1, (v) => x(v), right - left, width, format),
        )
      : [];

    // Draw at most one point per pixel: LTTB picks which (first, last and the peaks stay). The
    // picks of the rates serve churn and retention alike (see lttb).
    const room = Math.round(right - left);
    const drawn = (values: ArrayLike<number>) =>
      n > room ? lttb(times, values, room) : Array.from({ length: n }, (_, i) => i);
    // One generator per series: its area, and its top edge (lineY1) as the line.
    const shape = (value: (i: number) => number) =>
      area<number>()
        .defined((i) => value(i) === value(i))
        .x((i) => x(times[i]!))
        .y0(y(0))
        .y1((i) => y(value(i)));

    const active = drawing && this.#active !== null && this.#active < n ? this.#active : null;
    const activeX = active === null ? 0 : x(times[active]!);
    const first = lines[0]!;
    // Periods from `complete` on are partial, and say so.
    const complete = n - trend.partial;
    const label = (i: number) => {
      const name = periodLabel(format, times[i]!, trend.granularity);
      return i < complete ? name : `${name} (${t('churn.partial')})`;
    };
    const value = latest < 0 ? '—' : pct(first.value(latest));
    const summary = t('churn.summary', {
      // The page's caption is data: isolated, so an override in it cannot reorder what follows.
      title: this.label == null ? title : bidiIsolate(title),
      from: label(0),
      to: label(n - 1),
      latest: trend.partial && latest >= 0 ? `${value} (${label(latest)})` : value,
      average: pct(average),
    });
    const goal = target === null ? '' : t('churn.target', { value: pct(target) });
    const name = goal ? `${summary}. ${goal}` : summary;
    const shown = Math.min(n, TABLE_ROWS);
    const counts = trend.counts;
    const activeText = active === null ? [] : this.#pointText(active, lines, pct, label);
    const visible = this.table || this.#showTable;
    // Formatted once per series, and only when the table is shown.
    const rows = () =>
      this.#memo('rows', [lines, format, digits], () =>
        Array.from({ length: shown }, (_, k) => {
          const i = n - shown + k;
          const num = (c: ArrayLike<number> | undefined) => (c ? format.number(c[i]!) : '—');
          return [
            label(i),
            ...lines.map((l) => pct(l.value(i), digits + 1)),
            ...(counts ? COUNTS.map((c) => num(counts[c])) : []),
          ];
        }),
      );

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
          goal
            ? html`<li class="target"><span class="swatch" aria-hidden="true"></span>${goal}</li>`
            : nothing
        }
      </ul>
      ${
        trend.clipped
          ? html`<p part="note" class="note">
              ${t('churn.clipped', {
                from: periodLabel(format, times[0]!, trend.granularity),
              })}
            </p>`
          : nothing
      }
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
        <svg
          dir="ltr"
          width=${drawing ? width : '100%'}
          height=${HEIGHT}
          viewBox=${drawing ? `0 0 ${width} ${HEIGHT}` : nothing}
          aria-hidden="true"
        >
          ${drawing ? renderGrid(yTicks, { orient: 'left', length: right - left, offset: left }) : nothing}
          ${
            drawing
              ? renderAxis(
                  yTicks.filter((k) => !(Math.abs(k.offset - ty) < 18)),
                  yAxis,
                )
              : nothing
          }
          ${drawing ? renderAxis(xTicks, { orient: 'bottom', offset: HEIGHT - margin.bottom }) : nothing}
          ${
            !drawing
              ? nothing
              : this.#memo('lines', [lines, width, rtl, y.domain()[1], this.area], () => {
                  const points = drawn(trend.churn);
                  // The drawn points up to the last complete one, and from it on, dashed.
                  const k = points.findLastIndex((i) => i < complete);
                  return lines.map((l) => {
                    const line = shape(l.value);
                    const s = l.smooth;
                    return svg`
              ${this.area ? svg`<path part="area" class="area ${l.metric}" d=${line(points) ?? ''}></path>` : nothing}
              <path part="line line-${l.metric}" class="line ${l.metric}" d=${line.lineY1()(points.slice(0, k + 1)) ?? ''}></path>
              ${trend.partial ? svg`<path part="partial" class="line partial ${l.metric}" d=${line.lineY1()(points.slice(Math.max(k, 0))) ?? ''}></path>` : nothing}
              ${s ? svg`<path part="average" class="line avg ${l.metric}" d=${shape((i) => s[i]!).lineY1()(drawn(s)) ?? ''}></path>` : nothing}
              ${
                n <= DOTS
                  ? points.map((i) => {
                      const v = l.value(i);
                      return v !== v
                        ? nothing
                        : svg`<circle class="dot ${l.metric}" r="3" cx=${x(times[i]!)} cy=${y(v)}></circle>`;
                    })
                  : nothing
              }`;
                  });
                })
          }
          ${
            target === null || !drawing
              ? nothing
              : svg`<g part="target" class="target">
                <line x1=${left} x2=${right} y1=${ty} y2=${ty}></line>
                ${renderAxis([{ value: target, offset: ty, label: pct(target) }], yAxis)}
              </g>`
          }
          ${
            active === null
              ? nothing
              : svg`<g part="crosshair" class="crosshair">
                <line x1=${activeX} x2=${activeX} y1=${margin.top} y2=${HEIGHT - margin.bottom}></line>
                ${lines.map((l) => {
                  const v = l.value(active);
                  return v !== v
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
          y: active === null ? 0 : y(first.value(active) || 0),
          bounds: { width, height: HEIGHT },
          // It flips below a point that leaves it too little room above: about a line per item.
          space: 16 + 18 * activeText.length,
          // One line per item: a separator between numbers can read as a digit (· as the Persian zero).
          content: activeText.map((p) => html`<div>${p}</div>`),
        })}
      </div>
      <span class="visually-hidden" role="status">${activeText.join(t('churn.sep'))}</span>
      ${tableToggle(t, visible, () => {
        this.#showTable = !visible;
        this.requestUpdate();
      })}
      ${renderDataTable({
        id: 'data',
        caption:
          t('table.caption', { title }) + (shown < n ? ` (${t('churn.last', { shown, count: n })})` : ''),
        visible,
        columns: this.#columns(lines, !!counts),
        rows,
      })}
    `;
  }

  /** "Mar 2024", "Churn 4.1%", "At start 120", "Lost 5" …: the tooltip's lines, the live region's items. */
  #pointText(
    i: number,
    lines: Series['lines'],
    pct: (v: number | null) => string,
    label: (i: number) => string,
  ): string[] {
    const { t, format } = this.locale;
    const c = this.#series!.trend.counts;
    return [
      label(i),
      ...lines.map((l) => `${t(`churn.${l.metric}`)} ${pct(l.value(i))}`),
      ...COUNTS.slice(0, 3).flatMap((k) =>
        c?.[k] ? [`${t(`churn.col.${k}`)} ${format.number(c[k][i]!)}`] : [],
      ),
    ];
  }

  #activate(i: number | null) {
    if (i !== this.#active) {
      this.#active = i;
      this.requestUpdate();
    }
  }

  #onKey = (e: KeyboardEvent) => {
    const n = this.#series?.trend.length ?? 0;
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
    const times = this.#series?.trend.t;
    const svgEl = this.renderRoot.querySelector('svg');
    if (!times?.length || !svgEl || !this.#x) return;
    const t = this.#x.invert(e.clientX - svgEl.getBoundingClientRect().left);
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    const i = lo > 0 && t - times[lo - 1]! < times[lo]! - t ? lo - 1 : lo;
    this.#activate(i);
  };
}
