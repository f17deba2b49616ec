import { html, nothing } from 'lit';
import { breakdown, stackedBreakdown, type BreakdownOptions } from '../../metrics/index.js';
import type * as z from 'zod/mini';
import {
  DataController,
  breakdownInput,
  type BreakdownData,
  type BreakdownItem,
  type CrmDataDetail,
  type breakdownInputSchema,
} from '../../data/index.js';
import { chartTokens } from '../../charts/tokens.js';
import { arrowStep } from '../../charts/keys.js';
import { cssProps } from '../../charts/css-props.js';
import {
  dataTableStyles,
  renderDataTable,
  tableToggle,
  type DataTableColumn,
} from '../../charts/data-table.js';
import { formatList } from '../../i18n/index.js';
import { CrmChart } from '../crm-chart.js';
import type { ExportTable } from '../../charts/export/index.js';
import { barsStyles } from './breakdown-bars.styles.js';
import './messages.js';

/** `<breakdown-bars>` input: items, a bare array of items, stacked series, or records to count. */
export type BreakdownBarsInput = z.input<typeof breakdownInputSchema> | BreakdownItem[];
/** `crm-data` detail of `<breakdown-bars>`: the validated input (records come counted into items) and where it came from. */
export type BreakdownBarsDataDetail = CrmDataDetail<BreakdownData>;

/** `detail` of `breakdown-select`: the bar's index, label (localized for "Other") and value. */
export interface BreakdownSelectDetail {
  index: number;
  label: string;
  value: number;
}

/** One bar: a breakdown row, or a stacked one (`values` per series). */
interface Bar {
  label: string;
  value: number;
  share: number;
  previous?: number;
  change?: number | null;
  other?: true;
  members?: string[];
  values?: number[];
}

interface View {
  bars: Bar[];
  /** Series names, when stacked. */
  series?: string[];
  /** Length of a bar (or segment) 0…1 for a value: linear, from 0 to the largest bar. */
  size: (v: number) => number;
}

/**
 * Horizontal bars for categorical counts: leads by source, outreach activity by type or by rep,
 * churn by contract type, tickets by channel. Each bar shows its label, value and share of the
 * total, and the change against `previous` when the data has it; bars beyond `max-bars` are
 * folded into one "Other" bar whose tooltip lists them. Stacked (`{ series, items: [{ label,
 * values }] }`, or items with a `series` under `stacked`): one segment per series in the legend's
 * order and colours, segments parted by a gap, each series' value in the tooltip.
 *
 * Bars are a list of buttons named by what they show ("Web 500 50%": the visible text is the
 * name, WCAG 2.5.3) and described by their tooltip; arrow keys move between them (Left and Right
 * swap in right-to-left text), Home/End jump, Escape hides the tooltip, Enter or a click selects
 * one. Labels sit above their bars below 480 px and beside them above; bars grow from the start
 * edge, so from the right in Persian and Arabic.
 *
 * @summary Horizontal bars of a categorical breakdown, with shares, Other and stacked series.
 *
 * @tagname breakdown-bars
 *
 * @attr items - The data as JSON: `[{"label":"Web","value":500,"previous":400}, …]`, `{ "items": […] }`, stacked `{ "series": ["Calls", …], "items": [{ "label": "Sara", "values": [12, …] }] }`, or raw records `{ "records": [{ "source": "Web", "count": 2 }, …] }` (named by `source`, `type` or `label`; `count` default 1).
 * @attr sort - `desc` (default: largest first, ties by label) or `none` (the given order; "Other" then folds the last ones).
 * @attr max-bars - At most this many bars (default 8): the rest is folded into one "Other" bar.
 * @attr value-format - `number` (default, 48,210) or `compact` (48K).
 * @attr show - What each bar states: `value`, `share`, or both (default, `value share`).
 * @attr label - The caption, and the accessible name of the list; default "Breakdown" in the element's language.
 * @attr table - Shows the data table (its toggle shows and hides it too; the table is built only while shown).
 * @attr better - `higher` (default: a rise is coloured as good) or `lower` (a rise is coloured as bad: churn, costs, response times). The arrow and the sign say the direction either way.
 * @attr stacked - Stacks items that carry a `series` (`[{ "label": "Sara", "series": "Calls", "value": 12 }, …]`); the `{ series, items }` shape is always stacked.
 *
 * @prop maxBars - The `max-bars` attribute.
 * @prop valueFormat - The `value-format` attribute.
 *
 * @fires {CustomEvent<BreakdownSelectDetail>} breakdown-select - A bar was clicked or chosen with Enter/Space: `detail` `{ index, label, value }`.
 * @fires {CustomEvent<BreakdownBarsDataDetail>} crm-data - The data loaded and passed validation: `detail` `{ data, source }` (records come counted into items).
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart label - The caption.
 * @csspart legend - The series of a stacked chart, in segment order.
 * @csspart bars - The list of bars.
 * @csspart bar - One bar (a button): its label, value, share, change and track; also `other` for the "Other" bar.
 * @csspart fill - The drawn length of a bar.
 * @csspart segment - One series' part of a stacked bar.
 * @csspart tooltip - The details of the hovered or focused bar.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart message - The empty or error message.
 *
 * @cssprop --crm-color-series-1 - Bars, and the first series; `--crm-color-series-2` … `-5` the next series (then they repeat).
 * @cssprop --crm-color-positive - A change for the better since the previous period (a rise; a fall with `better="lower"`).
 * @cssprop --crm-color-negative - A change for the worse.
 * @cssprop --crm-color-text-muted - The "Other" bar, shares and the words of the change.
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-surface - Background, and the gaps between segments.
 * @cssprop --crm-color-tooltip-bg - Tooltip background.
 * @cssprop --crm-color-tooltip-text - Tooltip text.
 * @cssprop --crm-font-family - Font.
 */
export class BreakdownBars extends CrmChart<BreakdownData> {
  static override styles = [...CrmChart.styles, chartTokens, dataTableStyles, barsStyles];

  static override properties = {
    items: {},
    sort: {},
    maxBars: { type: Number, attribute: 'max-bars' },
    valueFormat: { attribute: 'value-format' },
    show: {},
    label: {},
    table: { type: Boolean, reflect: true },
    stacked: { type: Boolean },
    better: { reflect: true },
  };

  items: string | null = null;
  sort: 'desc' | 'none' = 'desc';
  maxBars = 8;
  valueFormat: 'number' | 'compact' = 'number';
  show: string | null = null;
  label: string | null = null;
  table = false;
  stacked = false;
  better: 'higher' | 'lower' = 'higher';
  /** The data as an object or array (`BreakdownBarsInput`: items, stacked series or records, like the `items` attribute); beats every other input. Set `undefined` to fall back. */
  declare data: BreakdownBarsInput | undefined;

  protected readonly loader = new DataController<BreakdownData>(this, {
    schema: breakdownInput,
    // Invalid JSON throws here; the loader reports it as kind json.
    attributes: () => (this.items === null ? undefined : (JSON.parse(this.items) as unknown)),
    isEmpty: (data) => data.items.length == 0,
  });

  /** The bar that takes the Tab stop (roving tabindex). */
  #focus = 0;
  #showTable = false;
  /** Escape hides the tooltips until focus moves on (WCAG 1.4.13). */
  #dismissed = false;
  #key: unknown[] = [];
  #view: View | undefined;

  /** Computes once per new data or option. */
  #compute(): View | undefined {
    const data = this.loader.state == 'ready' ? this.loader.value : undefined;
    const key = [data, this.sort, this.maxBars, this.stacked];
    if (key.some((v, i) => v !== this.#key[i])) {
      this.#key = key;
      this.#view = data && this.#build(data);
    }
    return this.#view;
  }

  #build(d: BreakdownData): View {
    const m = this.maxBars;
    const o: BreakdownOptions = { sort: this.sort == 'none' ? 'none' : 'desc', maxBars: m >= 1 ? m | 0 : 8 };
    let bars: Bar[];
    let series: string[] | undefined;
    if ('series' in d || this.stacked) {
      const s = stackedBreakdown(
        'series' in d
          ? d.items.flatMap(({ label, values }) =>
              values.map((value, k) => ({ label, series: d.series[k]!, value })),
            )
          : d.items.map(({ label, value, series = '—' }) => ({ label, series, value })),
        o,
      );
      series = s.series;
      bars = s.rows;
    } else bars = breakdown(d.items, o).rows;
    const max = Math.max(0, ...bars.map((b) => b.value));
    // Linear from 0 to the largest bar: d3-array's ticks and nice (linearScale) would draw nothing here.
    return { bars, series, size: (v) => v / max };
  }

  override render() {
    const { lang, dir } = this.locale;
    const title = this.exportTitle();
    const view = this.#compute();
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div part="label" class="label" id="title">${title}</div>
      ${this.renderExport()} ${view ? this.#renderBars(view, title) : this.renderStatus()}
    </div>`;
  }

  protected exportTitle(): string {
    return this.label ?? this.locale.t('bars.title');
  }

  /** The data table's columns, the CSV's too. Stacked: a column per series, then the bar's value (their total). */
  #columns(series: readonly string[] | undefined, withPrevious: boolean): DataTableColumn[] {
    const col = (key: string, numeric = true) => ({ label: this.locale.t(`bars.col.${key}`), numeric });
    return [
      col('label', false),
      ...(series ?? []).map((label) => ({ label, numeric: true })),
      col('value'),
      col('share'),
      ...(withPrevious ? [col('previous'), col('change')] : []),
    ];
  }

  /** The data table's columns and rows (a column per series when stacked), raw values, shares as fractions. */
  protected exportTable(): ExportTable | undefined {
    const view = this.#compute();
    if (!view) return undefined;
    const { bars, series } = view;
    const withPrevious = bars.some((b) => b.previous !== undefined);
    return {
      columns: this.#columns(series, withPrevious).map((c) => c.label),
      rows: bars.map((b) => [
        this.#name(b),
        ...(b.values ?? []),
        b.value,
        b.share,
        ...(withPrevious ? [b.previous ?? null, b.change ?? null] : []),
      ]),
    };
  }

  #value = (v: number): string =>
    this.valueFormat == 'compact' ? this.locale.format.compact(v) : this.locale.format.number(v);

  /** A share as a percentage; two decimals below 1%. */
  #pct = (v: number): string => this.locale.format.percent(v, v < 0.01 ? 2 : 1);

  #delta = (v?: number | null): string => (v == null ? '—' : this.locale.format.delta(v, { percent: true }));

  #name = (b: Bar): string => (b.other ? this.locale.t('bars.other') : b.label);

  /** "▲ +12% vs previous period" in the colour of its direction; the arrow carries it for those who cannot see colour. */
  #change(value?: number | null) {
    if (value == null) return nothing;
    const dir = value > 0 ? 'up' : value < 0 ? 'down' : '';
    return html`<span class="vs ${dir}"
      ><span aria-hidden="true">${dir == 'up' ? '▲' : dir ? '▼' : ''}</span> ${this.locale.t('bars.change', {
        value: this.#delta(value),
      })}</span
    >`;
  }

  // Each bar's role="tooltip" is named by its content (ARIA "name from contents"), which the
  // lit-a11y rule cannot see.
  /* eslint-disable lit-a11y/accessible-name */
  #renderBars({ bars, series, size }: View, title: string) {
    const { t } = this.locale;
    const focus = Math.min(this.#focus, bars.length - 1);
    const visible = this.table || this.#showTable;
    const show = this.show ?? 'value share';
    const withPrevious = bars.some((b) => b.previous !== undefined);
    // A tooltip line; one text node per line: the browser's description puts a space between two.
    const line = (what: string, v: number) => html`<br />${`${what}: ${this.#value(v)}`} `;
    return html`
      ${
        series
          ? html`<ul part="legend" class="legend">
              ${series.map((s, k) => html`<li><span class="sw c${k % 5}"></span> ${s}</li>`)}
            </ul>`
          : nothing
      }
      <ol
        part="bars"
        class=${this.#dismissed ? 'bars dismissed' : 'bars'}
        aria-labelledby="title"
        @keydown=${this.#onKey}
        @focusin=${this.#onFocus}
        @click=${this.#onClick}
      >
        ${bars.map((b, i) => {
          // Formatted once: the bar and its tooltip (in the same template) state the same.
          const name = this.#name(b);
          const value = this.#value(b.value);
          const share = this.#pct(b.share);
          return html`<li>
            <button
              type="button"
              part=${b.other ? 'bar other' : 'bar'}
              class="bar"
              data-tip=${i}
              tabindex=${i == focus ? 0 : -1}
              aria-describedby="tip-${i}"
            >
              <span class="name">${name}</span>
              <span class="fig"
                >${show.includes('value') ? html`<b>${value}</b>` : nothing}
                ${show.includes('share') ? ` ${share}` : nothing}</span
              >
              ${this.#change(b.change)}
              <span class="track"
                >${
                  b.values
                    ? b.values.map((v, k) =>
                        v
                          ? html`<span
                              part="segment"
                              class="seg c${k % 5}"
                              ${cssProps({ '--size': size(v) })}
                            ></span>`
                          : nothing,
                      )
                    : b.value
                      ? html`<span part="fill" class="fill" ${cssProps({ '--size': size(b.value) })}></span>`
                      : nothing
                }</span
              >
            </button>
            <span id="tip-${i}" role="tooltip" part="tooltip" class="tip"
              ><strong>${name}</strong> ${value} ${share} ${b.values?.map((v, k) => line(series![k]!, v))}
              ${b.previous === undefined ? nothing : line(t('bars.col.previous'), b.previous)}
              ${b.members ? html`<br />${formatList(this.locale.format, b.members)}` : nothing}</span
            >
          </li>`;
        })}
      </ol>
      ${tableToggle(t, visible, () => {
        this.#showTable = !visible;
        this.requestUpdate();
      })}
      ${renderDataTable({
        id: 'data',
        caption: t('table.caption', { title }),
        visible,
        columns: this.#columns(series, withPrevious),
        rows: () =>
          bars.map((b) => [
            this.#name(b),
            ...(b.values ?? []).map(this.#value),
            this.#value(b.value),
            this.#pct(b.share),
            ...(withPrevious
              ? [b.previous === undefined ? '—' : this.#value(b.previous), this.#delta(b.change)]
              : []),
          ]),
      })}
    `;
  }
  /* eslint-enable lit-a11y/accessible-name */

  #onKey = (e: KeyboardEvent) => {
    const n = this.#view?.bars.length ?? 0;
    const step = arrowStep(e.key, this.locale.rtl);
    let i = Math.min(this.#focus, n - 1);
    if (e.key == 'Home') i = 0;
    else if (e.key == 'End') i = n - 1;
    else if (step) i = Math.max(0, Math.min(n - 1, i + step));
    else {
      if (e.key == 'Escape') {
        this.#dismissed = true;
        this.requestUpdate();
      }
      return;
    }
    e.preventDefault();
    this.#focus = i;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.bar')[i]?.focus());
  };

  /** The focused bar takes the Tab stop, wherever the focus came from. */
  #onFocus = (e: FocusEvent) => {
    const i = (e.target as HTMLElement).dataset.tip;
    if (i) this.#focus = +i;
    this.#dismissed = false;
    this.requestUpdate();
  };

  /** One listener for every bar: a click (or Enter/Space) on a bar's button, not on its tooltip, selects it. */
  #onClick = (e: Event) => {
    const tip = (e.target as Element).closest<HTMLElement>('.bar')?.dataset.tip;
    if (!tip) return;
    const index = +tip;
    const b = this.#view!.bars[index]!;
    this.#focus = index;
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<BreakdownSelectDetail>('breakdown-select', {
        detail: { index, label: this.#name(b), value: b.value },
        bubbles: true,
        composed: true,
      }),
    );
  };
}

declare global {
  interface HTMLElementEventMap {
    'breakdown-select': CustomEvent<BreakdownSelectDetail>;
  }
}
