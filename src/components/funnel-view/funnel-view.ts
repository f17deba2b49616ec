import { html, nothing } from 'lit';
import { computeFunnel, funnelConversion, type FunnelStage } from '../../metrics/index.js';
import {
  DataController,
  funnelObjectSchema,
  funnelStages,
  wrapStages,
  type CrmDataDetail,
  type FunnelData,
} from '../../data/index.js';
import { chartTokens } from '../../charts/tokens.js';
import { linearScale } from '../../charts/scale.js';
import { arrowStep } from '../../charts/keys.js';
import { cssProps } from '../../charts/css-props.js';
import {
  dataTableStyles,
  renderDataTable,
  tableToggle,
  type DataTableColumn,
} from '../../charts/data-table.js';
import { CrmChart } from '../crm-chart.js';
import type { ExportTable } from '../../charts/export/index.js';
import { funnelStyles } from './funnel-view.styles.js';
import './messages.js';

/** `crm-data` detail of `<funnel-view>`: the validated stages (a bare array comes wrapped) and where they came from. */
export type FunnelViewDataDetail = CrmDataDetail<FunnelData>;

/** `detail` of `funnel-stage-select`. */
export interface FunnelStageSelectDetail {
  index: number;
  label: string;
  value: number;
}

/** The smallest band, as a share of the largest: no stage ever disappears. */
const MIN = 0.02;
/**
 * The most stages drawn (and listed in the table): more cannot be read as a funnel, and drawing
 * ten thousand blocked the page for seconds. The note under the caption says how many there were.
 */
const MAX_STAGES = 100;

type Scale = 'linear' | 'log' | 'sqrt';

/**
 * The scale of the bands: the `scale` attribute, or (`auto`, or anything else) the one that keeps
 * the smallest positive stage at 10% of the largest or more: linear up to a ratio of 10, square
 * root up to 100 (√(1/100) = 10%), log beyond.
 */
function scaleOf(values: number[], scale: string): Scale {
  if (scale === 'linear' || scale === 'log' || scale === 'sqrt') return scale;
  const positive = values.filter((v) => v > 0);
  const ratio = Math.max(...positive) / Math.min(...positive);
  return ratio > 100 ? 'log' : ratio > 10 ? 'sqrt' : 'linear';
}

/**
 * Band sizes 0…1 for the values, on a linear, log or square-root scale (below MIN, the band is
 * drawn at MIN, dashed). A log (or sqrt) scale is a linear scale over log (or √) of the values,
 * so one linear scale over the transformed values draws all three.
 */
function sizes(values: number[], kind: Scale): number[] {
  const max = Math.max(0, ...values);
  const f = kind === 'log' ? Math.log : kind === 'sqrt' ? Math.sqrt : (v: number) => v;
  // log: the scale starts a decade below the smallest positive stage, so that one stays visible
  // (at the stage itself when a tenth of it is 0: 5e-324, whose log would make every size NaN).
  const min = Math.min(...values.filter((v) => v > 0));
  const low = kind === 'log' ? min / 10 || min : 0;
  const scale = linearScale([f(low), f(max)], [0, 1], { clamp: true });
  return values.map((v) => (v > 0 && max > 0 ? scale(f(v)) : 0));
}

interface Row extends FunnelStage {
  size: number;
  /** Relative change against the previous period's value of this stage. */
  change: number | null;
  previous: number | undefined;
}

interface View {
  rows: Row[];
  /** The scale in use, stated under the caption. */
  kind: Scale;
  /** Some band is below MIN, drawn at MIN (dashed), which the note says. */
  floor: boolean;
  overall: number | null;
  /** Change of the overall conversion against the previous period, in percentage points. */
  overallChange: number | null;
  /** The number of stages in the data (more than `rows` beyond MAX_STAGES). */
  total: number;
}

/**
 * A sales or marketing funnel: one band per stage scaled to its value, the conversion from the
 * previous stage on every band, the overall conversion at the end, and the drop-off between
 * stages on hover or focus and in the data table; optionally against the previous period.
 *
 * Stages are a list of buttons named by what they show ("Leads 3,120 +7.6% vs previous period
 * 6.5% of previous stage": the visible text is the name, WCAG 2.5.3) and described by their
 * tooltip (the share of the first stage and the drop-off); arrow keys move between them,
 * Home/End jump, Enter or a click selects one. The layout follows the page's direction: labels
 * start on the right and horizontal funnels flow right to left in Persian and Arabic. A
 * horizontal funnel narrower than 480 px is laid out vertically. The scale of the bands is
 * chosen from the data and stated above them.
 *
 * @summary Sales and marketing funnel.
 *
 * @tagname funnel-view
 *
 * @attr stages - The stages as JSON: `[{"label":"Leads","value":3120,"previous":2900}, …]`.
 * @attr orientation - `vertical` (default: bands stacked, width scaled) or `horizontal` (columns, height scaled).
 * @attr scale - `auto` (default): linear while the largest stage is at most 10 times the smallest, square root up to 100 times, log beyond, so every stage stays at least a tenth of the largest; or `linear`, `sqrt`, `log`. The scale in use is stated above the bands; a band below 2% of the largest is drawn at 2%, dashed, and the note says so.
 * @attr value-format - `number` (default, 48,210) or `compact` (48K).
 * @attr label - The caption; default "Funnel" in the element's language.
 * @attr table - Shows the data table (its toggle shows and hides it too; the table is built only while shown).
 *
 * @fires {CustomEvent<FunnelStageSelectDetail>} funnel-stage-select - A stage was clicked or chosen with Enter/Space: `detail` `{ index, label, value }`.
 * @fires {CustomEvent<FunnelViewDataDetail>} crm-data - The data loaded and passed validation: `detail` `{ data, source }`.
 *
 * @csspart base - The wrapper of everything the funnel draws.
 * @csspart label - The caption.
 * @csspart scale - The note under the caption that states the scale of the bands.
 * @csspart stages - The list of stages.
 * @csspart stage - One stage (a button): its label, value, conversion and band.
 * @csspart band - The bar of a stage.
 * @csspart overall - The overall conversion.
 * @csspart tooltip - The drop-off details of the hovered or focused stage.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart message - The loading, empty or error message.
 *
 * @cssprop --crm-color-series-1 - Bands.
 * @cssprop --crm-color-positive - A stage or conversion that rose since the previous period.
 * @cssprop --crm-color-negative - A stage or conversion that fell.
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-text-muted - The scale note, the words of the percentages and secondary text.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-tooltip-bg - Tooltip background.
 * @cssprop --crm-color-tooltip-text - Tooltip text.
 * @cssprop --crm-font-family - Font.
 */
export class FunnelView extends CrmChart<FunnelData> {
  static override styles = [...CrmChart.styles, chartTokens, dataTableStyles, funnelStyles];

  static override properties = {
    stages: {},
    orientation: { reflect: true },
    scale: {},
    valueFormat: { attribute: 'value-format' },
    label: {},
    table: { type: Boolean, reflect: true },
  };

  stages: string | null = null;
  orientation: 'vertical' | 'horizontal' = 'vertical';
  scale: 'auto' | Scale = 'auto';
  valueFormat: 'number' | 'compact' = 'number';
  label: string | null = null;
  table = false;
  /** The data as an object, `{ stages: [{ label, value, previous? }] }`, or a bare array of stages (`FunnelData`); beats every other input. Set `undefined` to fall back. */
  declare data: FunnelData | undefined;

  protected readonly loader = new DataController<FunnelData>(this, {
    schema: funnelObjectSchema,
    prepare: wrapStages,
    // Invalid JSON throws here; the loader reports it as kind json.
    attributes: () => (this.stages === null ? undefined : (JSON.parse(this.stages) as unknown)),
    isEmpty: (data) => funnelStages(data).length === 0,
  });

  /** The stage that takes the Tab stop (roving tabindex). */
  #focus = 0;
  #showTable = false;
  /** Escape hides the tooltips until the pointer or focus moves on (WCAG 1.4.13). */
  #dismissed = false;
  #key: [FunnelData | undefined, string] | undefined;
  #view: View | undefined;

  /** Computes once per new data or scale. */
  #compute(): View | undefined {
    const data = this.loader.state === 'ready' ? this.loader.value : undefined;
    if (!this.#key || this.#key[0] !== data || this.#key[1] !== this.scale) {
      this.#key = [data, this.scale];
      this.#view = data && this.#build(funnelStages(data));
    }
    return this.#view;
  }

  #build(stages: { label: string; value: number; previous?: number | undefined }[]): View {
    const steps = computeFunnel(stages);
    const values = stages.map((s) => s.value);
    const kind = scaleOf(values, this.scale);
    const size = sizes(values, kind);
    const hasPrevious = stages.length > 0 && stages.every((s) => s.previous !== undefined);
    const before = hasPrevious ? stages.map((s) => ({ label: s.label, value: s.previous ?? 0 })) : [];
    const overall = funnelConversion(stages);
    const overallBefore = hasPrevious ? funnelConversion(before) : null;
    return {
      rows: steps.slice(0, MAX_STAGES).map((step, i) => {
        const previous = stages[i]?.previous;
        return {
          ...step,
          size: size[i] ?? 0,
          previous,
          // A change too large to show (a previous of 5e-324: "+∞%") is no change shown.
          change:
            previous && Math.abs((step.value - previous) / previous) < Infinity
              ? (step.value - previous) / previous
              : null,
        };
      }),
      kind,
      floor: size.some((v) => v < MIN),
      overall,
      // In points; none when too large to show (an overall of 1e307 is 1e309 points).
      overallChange:
        overall !== null && overallBefore !== null && Math.abs((overall - overallBefore) * 100) < Infinity
          ? (overall - overallBefore) * 100
          : null,
      total: stages.length,
    };
  }

  protected exportTitle(): string {
    return this.label ?? this.locale.t('funnel.title');
  }

  /** The data table's columns, the CSV's too. */
  #columns(withPrevious: boolean): DataTableColumn[] {
    const col = (key: string) => ({ label: this.locale.t(`funnel.col.${key}`), numeric: true });
    return [
      { label: this.locale.t('funnel.col.stage') },
      ...['value', 'fromPrevious', 'fromFirst', 'dropped', 'droppedShare'].map(col),
      ...(withPrevious ? [col('previous'), col('change')] : []),
    ];
  }

  /** The data table's columns and rows, with raw values and shares as fractions. */
  protected exportTable(): ExportTable | undefined {
    const view = this.#compute();
    if (!view) return undefined;
    const withPrevious = view.rows.some((r) => r.previous !== undefined);
    return {
      columns: this.#columns(withPrevious).map((c) => c.label),
      rows: view.rows.map((r) => [
        r.label,
        r.value,
        r.fromPrevious,
        r.fromFirst,
        r.dropOff?.count ?? null,
        r.dropOff?.share ?? null,
        ...(withPrevious ? [r.previous ?? null, r.change] : []),
      ]),
    };
  }

  override render() {
    const { lang, dir } = this.locale;
    const title = this.exportTitle();
    const view = this.#compute();
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div part="label" class="label" id="title">${title}</div>
      ${this.renderExport()}
      ${view ? this.#renderFunnel(view, title) : this.renderStatus(this.locale.t('funnel.empty'))}
    </div>`;
  }

  #value(v: number): string {
    const { format } = this.locale;
    return this.valueFormat === 'compact' ? format.compact(v) : format.number(v);
  }

  /** A share as a percentage; two decimals below 1% (a 0.34% win rate is not "0.3%"). */
  #pct(v: number | null): string {
    return v === null ? '—' : this.locale.format.percent(v, Math.abs(v) < 0.01 ? 2 : 1);
  }

  /**
   * "▲ +12% vs previous period": the arrow and number in their colour class (the arrow carries the
   * direction for those who cannot see colour), the localized words around them quieter.
   */
  #change(value: number | null, text: string) {
    if (value === null) return nothing;
    const dir = value > 0 ? 'up' : value < 0 ? 'down' : 'same';
    const [before, after] = this.locale.t('funnel.change', { value: '\0' }).split('\0');
    return html`<span class="vs"
      >${before}<span class="change ${dir}"
        ><span aria-hidden="true">${dir === 'up' ? '▲' : dir === 'down' ? '▼' : '●'}</span> ${text}</span
      >${after}</span
    >`;
  }

  // Each stage's role="tooltip" is named by its content (ARIA "name from contents"), which the
  // lit-a11y rule cannot see.
  /* eslint-disable lit-a11y/accessible-name */
  #renderFunnel({ rows, kind, floor, overall, overallChange, total }: View, title: string) {
    const { t, format } = this.locale;
    const focus = Math.min(this.#focus, rows.length - 1);
    const visible = this.table || this.#showTable;
    const delta = (v: number | null) => (v === null ? '' : format.delta(v, { percent: true }));
    // Every row has the same columns, even when only some stages have a previous value.
    const withPrevious = rows.some((r) => r.previous !== undefined);
    return html`
      <p part="scale" class="note" id="scale">
        ${t('funnel.scale', { scale: t(`funnel.${kind}`) })} ${floor ? t('funnel.floor') : nothing}
        ${
          total > rows.length
            ? t('funnel.shown', { shown: format.number(rows.length), total: format.number(total) })
            : nothing
        }
      </p>
      <ol
        part="stages"
        class=${this.#dismissed ? 'stages dismissed' : 'stages'}
        aria-labelledby="title"
        aria-describedby="scale"
        @keydown=${this.#onKey}
        @focusin=${this.#onFocus}
        @pointerover=${this.#undismiss}
      >
        ${rows.map((r, i) => {
          const prev = rows[i - 1];
          const value = this.#value(r.value);
          return html`<li>
            <button
              type="button"
              part="stage"
              class="stage"
              data-tip=${i}
              tabindex=${i === focus ? 0 : -1}
              aria-describedby="tip-${i}"
              @click=${() => this.#select(i, r)}
            >
              <span class="text">
                <span class="name">${r.label}</span>
                <span class="value">${value}</span>
                ${this.#change(r.change, delta(r.change))}
                ${
                  prev
                    ? html`<span class="conv"
                        >${t('funnel.ofPrevious', { share: this.#pct(r.fromPrevious) })}</span
                      >`
                    : nothing
                }
              </span>
              <span class="track"
                ><span
                  part="band"
                  class=${r.size < MIN ? 'band floor' : 'band'}
                  ${cssProps({ '--size': Math.max(MIN, r.size) })}
                ></span
              ></span>
            </button>
            <span id="tip-${i}" role="tooltip" part="tooltip" class="tip">${this.#tooltip(rows, i)}</span>
          </li>`;
        })}
      </ol>
      <p part="overall" class="overall">
        ${t('funnel.overall', { value: this.#pct(overall) })}
        ${this.#change(
          overallChange,
          t('funnel.points', { value: format.delta(overallChange ?? 0, { maximumFractionDigits: 2 }) }),
        )}
      </p>
      ${tableToggle(t, visible, () => {
        this.#showTable = !visible;
        this.requestUpdate();
      })}
      ${renderDataTable({
        id: 'data',
        caption: t('table.caption', { title }),
        visible,
        columns: this.#columns(withPrevious),
        rows: () =>
          rows.map((r) => [
            r.label,
            this.#value(r.value),
            this.#pct(r.fromPrevious),
            this.#pct(r.fromFirst),
            r.dropOff ? this.#value(r.dropOff.count) : '—',
            this.#pct(r.dropOff?.share ?? null),
            ...(withPrevious
              ? [r.previous === undefined ? '—' : this.#value(r.previous), delta(r.change) || '—']
              : []),
          ]),
      })}
    `;
  }

  /* eslint-enable lit-a11y/accessible-name */

  #tooltip(rows: Row[], i: number) {
    const { t } = this.locale;
    const r = rows[i];
    const prev = rows[i - 1];
    const first = rows[0];
    if (!r || !first) return '';
    const count = r.dropOff?.count ?? 0;
    return html`<strong>${r.label}</strong> ${this.#value(r.value)}
      ${
        prev
          ? html`<br />${t('funnel.ofPrevious', { share: this.#pct(r.fromPrevious) })}
              <br />${t('funnel.ofFirst', { share: this.#pct(r.fromFirst), first: first.label })} <br />${
                count >= 0
                  ? t('funnel.dropped', {
                      count: this.#value(count),
                      share: this.#pct(r.dropOff?.share ?? null),
                    })
                  : t('funnel.more', { count: this.#value(-count), previous: prev.label })
              }`
          : nothing
      }`;
  }

  #onKey = (e: KeyboardEvent) => {
    const n = this.#view?.rows.length ?? 0;
    const step = arrowStep(e.key, this.locale.rtl);
    let i = Math.min(this.#focus, n - 1);
    if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = n - 1;
    else if (step) i = Math.max(0, Math.min(n - 1, i + step));
    else {
      if (e.key === 'Escape' && !this.#dismissed) {
        this.#dismissed = true;
        this.requestUpdate();
      }
      return;
    }
    e.preventDefault();
    this.#focus = i;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-tip="${i}"]`)?.focus(),
    );
  };

  /** The focused stage takes the Tab stop, wherever the focus came from. */
  #onFocus = (e: FocusEvent) => {
    const i = (e.target as HTMLElement).dataset.tip;
    if (i) this.#focus = +i;
    this.#dismissed = false;
    this.requestUpdate();
  };

  #undismiss = () => {
    if (this.#dismissed) {
      this.#dismissed = false;
      this.requestUpdate();
    }
  };

  #select(index: number, { label, value }: Row) {
    this.#focus = index;
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<FunnelStageSelectDetail>('funnel-stage-select', {
        detail: { index, label, value },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementEventMap {
    'funnel-stage-select': CustomEvent<FunnelStageSelectDetail>;
  }
}
