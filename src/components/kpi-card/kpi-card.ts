import { html, nothing, type PropertyValues } from 'lit';
import {
  DataController,
  inputKind,
  isoDuration,
  kpiInput,
  kpiMetrics,
  type CrmDataDetail,
  type CrmErrorDetail,
  type KpiInput,
  type KpiKind,
  type KpiView,
} from '../../data/index.js';
import { bidiIsolate, formatCurrency, formatDuration } from '../../i18n/index.js';
import { CrmChart } from '../crm-chart.js';
import type { ExportTable } from '../../charts/export/index.js';
import { cardStyles } from './kpi-card.styles.js';
import { kebab } from './messages.js';

/** `crm-data` detail of `<kpi-card>`: the computed metric (value, inputs used, details, previous, series, target) and where its input came from. */
export type KpiCardDataDetail = CrmDataDetail<KpiView>;

/** "1,2 3" or "[1,2,3]" → numbers (NaN for what is not one: the schema names it). */
const numbers = (v: string) =>
  v
    .replace(/[[\]]/g, '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
/** Options of some metrics, read from attributes as text. */
const OPTIONS = ['scale', 'from', 'to', 'at'];
/** Every attribute an input can come from: the registry's inputs and records, `value`, the options. */
const INPUTS = [
  ...new Set(Object.values(kpiMetrics).flatMap((m) => [...m.inputs, m.records ?? 'value'])),
  ...OPTIONS,
];
const OPS: Record<string, string> = { '+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ ' };

/**
 * One key performance indicator: a metric of `src/metrics` computed from its inputs (or a ready
 * value), large, with the change since the previous period coloured by whether the metric is
 * better higher or lower, the distance to a target, an optional sparkline and a disclosure with
 * the formula and the inputs used. A grid of cards (`grid-template-columns: repeat(auto-fill,
 * minmax(12rem, 1fr))`) gives rows of equal height: each card fills its cell.
 *
 * Inputs are attributes in kebab-case (`new-customers="410"`) or one object with the same fields
 * in camelCase through `.data`, an inline JSON child or `src` (records under `tickets`, `deals`,
 * `customers`, `scores`; `nps`, `csat` and `ces` also take the surveys' `responses` records
 * `{ kind, scale, score, … }`, each counting only its own kind, a body without `kind` being NPS,
 * and naming a record on another scale), plus `previous` (a number, an ISO 8601 duration for times, or an object of the same inputs), `series`
 * (numbers) and `target`. A missing or invalid input is an error that names the metric and the
 * field ("cac needs new-customers"), with `field` in the `crm-error` detail.
 *
 * @summary A metric as a number, its change, its target and its trend.
 *
 * @tagname kpi-card
 *
 * @attr metric - The metric's id: `renewal-rate`, `close-rate`, `conversion-rate`, `cac`, `retention-cost`, `clv`, `roi`, `marketing-roi`, `net-new-revenue`, `churn-rate`, `retention-rate`, `customer-growth`, `revenue-per-lead`, `cost-per-lead`, `average-deal-size`, `sales-cycle`, `nps`, `ces`, `csat`, `first-response-time`, `resolution-time`, `cases-per-day`, `relationship-length`. Absent: `value` is shown as it is.
 * @attr label - The caption; default the metric's name in the element's language.
 * @attr value - Without `metric`: the value to show, formatted as `format`.
 * @attr format - Without `metric`: `percent`, `currency`, `duration` (ms), `count`, `score` or `number` (default).
 * @attr currency - ISO 4217 code of money values (`USD`, `IRR`, `SAR`); without it money shows as a plain number.
 * @attr notation - `compact` shows large numbers and money short ("$125K", "۱۲۵ هزار").
 * @attr previous - The previous period's value (a time in ms or as an ISO 8601 duration): the change is a relative % for amounts, counts and times, points for rates and scores.
 * @attr target - The target value (a fraction for rates; an ISO 8601 duration such as `PT4H` for times), and how far off the value is.
 * @attr series - Values over time for the sparkline: `[1500,1610,1712,1840]` or `1500,1610,1712,1840`.
 * @attr scale - `ces`: the answer scale `1-7` (default, or that of the first CES response), `1-5` or `0-10`.
 * @attr renewed - An input of its metric, like every other kebab-case input: `due-for-renewal`, `won`, `lost`, `visitors`, `leads`, `spend`, `new-customers`, `retained-customers`, `average-revenue`, `gross-margin`, `churn-rate`, `gain`, `cost`, `attributed-revenue`, `marketing-cost`, `new-revenue`, `expansion`, `contraction`, `churned`, `customers-at-start`, `customers-lost`, `customers-at-end`, `revenue`, `deals`, `promoters`, `passives`, `detractors`, `satisfied`, `neutral`, `unsatisfied`, `scores`.
 *
 * @prop data - `{ ...inputs, previous?, series?, target? }` in camelCase; beats every other input.
 *
 * @fires {CustomEvent<KpiCardDataDetail>} crm-data - The input passed validation and the metric was computed: `detail` `{ data, source }` (`data`: value, inputs used, details, previous, series, target).
 * @fires {CustomEvent<CrmErrorDetail>} crm-error - The input is missing a field or has an invalid one (`detail.field`: `newCustomers`, `deals[3].closed`), or loading failed.
 *
 * @csspart base - The wrapper of everything the card draws.
 * @csspart label - The caption.
 * @csspart readout - The value, the change and the target (one accessible name).
 * @csspart value - The value, large.
 * @csspart delta - The change since the previous period (also `better` or `worse`).
 * @csspart target - How far the value is from the target (also `better` or `worse`).
 * @csspart sparkline - The trend line (its last point marked).
 * @csspart details - The disclosure with the formula and the inputs used.
 * @csspart message - The loading, empty or error message.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --crm-color-positive - A change or a target distance for the better.
 * @cssprop --crm-color-negative - A change or a target distance for the worse.
 * @cssprop --crm-color-focus - The sparkline (and the keyboard focus ring).
 * @cssprop --crm-font-size-display - The value's size; follows the container width.
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-text-muted - Secondary text.
 * @cssprop --crm-color-surface - Background.
 */
export class KpiCard extends CrmChart<KpiView> {
  static override styles = [...CrmChart.styles, cardStyles];

  static override properties = {
    metric: {},
    label: {},
    value: { type: Number },
    format: {},
    currency: {},
    notation: {},
    previous: {},
    target: {},
    series: {},
  };

  metric: string | null = null;
  label: string | null = null;
  value: number | null = null;
  format: KpiKind | null = null;
  currency: string | null = null;
  notation: string | null = null;
  /** The previous period's value: a number, or a string (`"298"`, an ISO 8601 duration such as `"PT4H"`). */
  previous: number | string | null = null;
  /** The target value: a number, or a string (`"0.03"`, an ISO 8601 duration such as `"PT4H"`). */
  target: number | string | null = null;
  series: string | null = null;
  declare data: KpiInput | undefined;

  // The inputs are attributes without properties: watched here, read in `attributes`.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...INPUTS.map(kebab)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  protected readonly loader = new DataController<KpiView>(this, {
    schema: { safeParse: (input) => kpiInput(this.metric).safeParse(input) },
    attributes: () => {
      const m = this.metric ? kpiMetrics[this.metric] : undefined;
      const d: Record<string, unknown> = {};
      for (const k of m ? [...m.inputs, m.records ?? ''] : ['value']) {
        const v = this.getAttribute(kebab(k));
        if (v != null) d[k] = k == 'scores' ? numbers(v) : v[0] == '[' ? JSON.parse(v) : Number(v);
      }
      if (!Object.keys(d).length) return undefined;
      for (const k of OPTIONS) {
        const v = this.getAttribute(k);
        if (v != null) d[k] = v;
      }
      return d;
    },
    // The element's own previous, target and series beat the data's, whatever the source.
    prepare: (raw) => {
      if (!raw || typeof raw != 'object') return raw;
      const d = { ...raw } as KpiInput;
      const { previous, target, series } = this;
      if (previous != null)
        d.previous = /^p/i.test(`${previous}`) ? isoDuration(`${previous}`) : Number(previous);
      if (series != null) d.series = numbers(series);
      if (target != null) d.target = /^p/i.test(`${target}`) ? `${target}` : Number(target);
      return d;
    },
    isEmpty: (d) => d.value == null,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another metric or comparison: the same input is validated (and computed) again.
    if (this.hasUpdated && (['metric', 'previous', 'target', 'series'] as const).some((k) => changed.has(k)))
      this.loader.reload();
  }

  /** The metric's kind, or `format` without a metric. */
  get #kind(): KpiKind {
    return (this.metric && kpiMetrics[this.metric]?.kind) || this.format || 'number';
  }

  /** A value of `kind` in the element's language and digits. */
  #fmt(v: number, kind = this.#kind): string {
    const { format } = this.locale;
    const compact = this.notation == 'compact';
    return kind == 'percent'
      ? format.percent(v)
      : kind == 'currency'
        ? formatCurrency(format, v, this.currency ?? '', compact)
        : kind == 'duration'
          ? formatDuration(format, v)
          : compact
            ? format.compact(v)
            : // Scores on short scales (CES 5.8) keep a decimal; NPS and counts are whole.
              format.number(v, { maximumFractionDigits: kind == 'number' || Math.abs(v) < 10 ? 1 : 0 });
  }

  /** The distance between two values: points for rates and scores, else in the value's own kind. */
  #apart(a: number, b: number, relative: boolean): string {
    const kind = this.#kind;
    const d = Math.abs(a - b);
    return kind == 'percent' || kind == 'score'
      ? this.locale.t('kpi.pts', { value: this.locale.format.number(kind == 'percent' ? d * 100 : d) })
      : // From 0 (or so near it that the change is too large to show) there is no relative
        // change: the difference itself.
        relative && d / Math.abs(b) < Infinity
        ? this.locale.format.percent(d / Math.abs(b))
        : this.#fmt(d);
  }

  protected override errorText(error: CrmErrorDetail): string {
    const { field, issues } = error;
    if (error.kind != 'schema' || !field || !this.metric) return super.errorText(error);
    return this.locale.t(issues?.[0]?.message == 'required' ? 'kpi.needs' : 'kpi.bad', {
      metric: bidiIsolate(this.metric),
      field: bidiIsolate(/[.[]/.test(field) ? field : kebab(field)),
    });
  }

  protected exportTitle(): string {
    return this.label ?? (this.metric ? this.locale.t(`kpi.${this.metric}`) : '');
  }

  /** The value, its change and target, the inputs and details of its formula, then the trend. */
  protected exportTable(): ExportTable | undefined {
    const view = this.loader.state == 'ready' ? this.loader.value : undefined;
    if (!view) return undefined;
    const { t } = this.locale;
    const { value, used, details, previous, series, target } = view;
    const rows: (string | number | null)[][] = [[this.exportTitle() || t('export.value'), value]];
    if (previous != null) rows.push([t('export.previous'), previous]);
    if (target != null) rows.push([t('export.target'), target]);
    for (const [k, v] of Object.entries({ ...used, ...details }))
      if (v != null)
        rows.push(
          ...(Array.isArray(v)
            ? v.map((x, i) => [`${t(`in.${k}`)} ${i + 1}`, x])
            : [[t(`in.${k}`), v as number]]),
        );
    series?.forEach((v, i) => rows.push([`${t('kpi.trend')} ${i + 1}`, v]));
    return { columns: [t('export.metric'), t('export.value')], rows };
  }

  override render() {
    const { lang, dir } = this.locale;
    const caption = this.exportTitle();
    const view = this.loader.state == 'ready' ? this.loader.value : undefined;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      ${caption ? html`<div part="label" class="label">${caption}</div>` : nothing} ${this.renderExport()}
      ${view ? this.#renderView(view, caption) : this.renderStatus()}
    </div>`;
  }

  #renderView({ value, used, details, previous, series, target }: KpiView, caption: string) {
    const { t } = this.locale;
    const v = value!;
    const m = this.metric ? kpiMetrics[this.metric] : undefined;
    const better = m ? m.better : 1;
    const shown = this.#fmt(v);
    const side = (other: number, text = this.#fmt(other)) => (shown == text ? 0 : Math.sign(v - other));
    const tone = (s: number) => (s * better > 0 ? 'better' : s * better < 0 ? 'worse' : '');
    // A distance too large to show (0 against 1e308 in points) is not stated; nor is a NaN one.
    const far = (other: number) => Math.abs(v - other) * 100 < Infinity;
    let delta = '';
    let deltaSide = 0;
    if (previous != null && far(previous)) {
      deltaSide = side(previous);
      const words = deltaSide
        ? t(deltaSide > 0 ? 'delta.up' : 'delta.down', { value: this.#apart(v, previous, true) })
        : t('delta.same');
      delta = tone(deltaSide) ? `${words} · ${t(`kpi.${tone(deltaSide)}`)}` : words;
    }
    let goal = '';
    let goalSide = 0;
    if (target != null && far(target)) {
      // The target formatted once, for the comparison and the words.
      const shownTarget = this.#fmt(target);
      goalSide = side(target, shownTarget);
      const params = { diff: this.#apart(v, target, false), target: shownTarget };
      goal = t(goalSide > 0 ? 'kpi.above' : goalSide < 0 ? 'kpi.below' : 'kpi.on', params);
    }
    const name = [`${this.label == null ? caption : bidiIsolate(caption)} ${shown}`, delta, goal]
      .filter(Boolean)
      .join(t('kpi.sep'));
    return html`
      <div part="readout" class="readout" role="img" aria-label=${name}>
        <div part="value" class="value"><span>${shown}</span></div>
        ${
          delta
            ? html`<p part="delta ${tone(deltaSide)}" class="delta ${tone(deltaSide)}">
                <span class="arrow">${deltaSide > 0 ? '▲' : deltaSide < 0 ? '▼' : '●'}</span> ${delta}
              </p>`
            : nothing
        }
        ${
          goal
            ? html`<p
                part="target ${tone(goalSide) || 'better'}"
                class="target ${tone(goalSide) || 'better'}"
              >
                ${goal}
              </p>`
            : nothing
        }
      </div>
      ${series && series.length > 1 ? this.#renderSpark(series) : nothing}
      ${m ? this.#renderDetails(m.formula, { ...used, ...details }, m.kind) : nothing}
    `;
  }

  #renderSpark(series: number[]) {
    const n = series.length;
    const lo = Math.min(...series);
    const hi = Math.max(...series);
    const y = (v: number) => 22 - ((v - lo) / (hi - lo || 1)) * 20;
    // The path by hand: d3-shape's line would bring d3-path's whole Path class (1.3 kB gzipped).
    let d = '';
    series.forEach((v, i) => (d += `${i ? 'L' : 'M'}${(i * 100) / (n - 1)},${y(v)}`));
    return html`<svg
        part="sparkline"
        class="spark"
        viewBox="0 0 100 24"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <path class="line" d=${d}></path>
        <path class="dot" d="M100 ${y(series[n - 1]!)}h0"></path>
      </svg>
      <ol class="visually-hidden" aria-label=${this.locale.t('kpi.trend')}>
        ${series.map((v) => html`<li>${this.#fmt(v)}</li>`)}
      </ol>`;
  }

  #renderDetails(
    formula: readonly string[],
    values: Record<string, number | readonly number[] | null | undefined>,
    kind: KpiKind,
  ) {
    const { t, format } = this.locale;
    const text = formula
      .map((k) => OPS[k] ?? (/^\d/.test(k) ? format.number(+k) : /^\W$/.test(k) ? k : t(`in.${k}`)))
      .join('');
    return html`<details part="details">
      <summary>${t('kpi.formula')}</summary>
      <p class="formula">${text}</p>
      <dl>
        ${Object.entries(values).map(([k, v]) =>
          v == null
            ? nothing
            : html`<div>
                <dt>${t(`in.${k}`)}</dt>
                <dd>
                  ${
                    // A range (an interval) in words: "a – b", «a تا b», «a إلى b». A dd takes
                    // the direction of its first letter, so in Persian and Arabic it reads low first.
                    Array.isArray(v)
                      ? t('kpi.range', { low: this.#fmt(v[0], kind), high: this.#fmt(v[1], kind) })
                      : this.#fmt(v as number, inputKind(k, kind))
                  }
                </dd>
              </div>`,
        )}
      </dl>
    </details>`;
  }
}
