import { html, nothing, svg } from 'lit';
import { compareNps, computeNps, type NpsComparison, type NpsResult } from '../../metrics/index.js';
import {
  DataController,
  npsInput,
  npsInputSchema,
  type CrmDataDetail,
  type NpsData,
  type NpsShape,
} from '../../data/index.js';
import { cssProps } from '../../charts/css-props.js';
import { CrmChart } from '../crm-chart.js';
import type { ExportTable } from '../../charts/export/index.js';
import { bidiIsolate } from '../../i18n/index.js';
import { gaugeStyles } from './nps-gauge.styles.js';
import './messages.js';

const total = (data: NpsShape): number =>
  data.scores?.length ??
  data.responses?.length ??
  (data.promoters ?? 0) + (data.passives ?? 0) + (data.detractors ?? 0);

/** −100…100 → degrees on the half circle: −90 (left) … 90 (right); 0 points up. */
const degrees = (score: number) => Math.max(-90, Math.min(90, score * 0.9));

/** Half away from zero like the formatter (Math.round takes −2.5 to −2), never −0. */
const round = (v: number) => Math.sign(v) * Math.round(Math.abs(v)) + 0;

/** The point at radius `r` and `deg` degrees clockwise from the top, as "x y" (centre 0 0). */
const polar = (r: number, deg: number) =>
  `${r * Math.sin((deg * Math.PI) / 180)} ${-r * Math.cos((deg * Math.PI) / 180)}`;

/**
 * The three zones of the dial: below 0, 0–50, 50 and above (Bain's "good" and "excellent"), as
 * paths computed once. Each is the ring 69–89 inset by 3 along its radial edges (2.49° at r 69,
 * 1.93° at r 89); its 6-wide round-joined stroke grows it back to 66–92 with corners rounded by 3.
 */
const ZONES = (
  [
    ['detractor', -90, 0],
    ['passive', 0, 45],
    ['promoter', 45, 90],
  ] as const
).map(
  ([zone, from, to]) =>
    [
      zone,
      `M${polar(89, from + 1.93)}A89 89 0 0 1 ${polar(89, to - 1.93)}L${polar(69, to - 2.49)}A69 69 0 0 0 ${polar(69, from + 2.49)}Z`,
    ] as const,
);

/** `crm-data` detail of `<nps-gauge>`: the validated input and where it came from. */
export type NpsGaugeDataDetail = CrmDataDetail<NpsData>;

interface View {
  result: NpsResult;
  delta: NpsComparison | undefined;
  target: number | undefined;
}

/**
 * A semicircular Net Promoter Score gauge from −100 to 100, with the promoter / passive /
 * detractor split, the 95% margin of error and the change since the previous period.
 *
 * In right-to-left pages the split bar and the text mirror; the dial keeps −100 on the left and
 * 100 on the right, as a number line does in Persian and Arabic mathematics and dashboards.
 * From a 560 px wide container the score, change, note and split stand beside the dial.
 *
 * @summary Net Promoter Score gauge.
 *
 * @tagname nps-gauge
 *
 * @attr promoters - Number of promoters (answers 9–10); with `passives` and `detractors`.
 * @attr passives - Number of passives (answers 7–8).
 * @attr detractors - Number of detractors (answers 0–6).
 * @attr scores - The answers themselves, 0–10, separated by commas or spaces: `10,9,7,3`.
 * @attr target - A target score, −100…100, marked on the dial (beats the data's `target`; ignored outside that range).
 * @attr label - The caption; default "Net Promoter Score" in the element's language.
 * @attr min-responses - Below this many responses the gauge says the sample is too small to trust (default 30).
 *
 * @fires {CustomEvent<NpsGaugeDataDetail>} crm-data - The data loaded and passed validation: `detail` `{ data, source }`.
 *
 * @csspart base - The wrapper of everything the gauge draws.
 * @csspart arc - The dial's zones (each also has part `arc-detractor`, `arc-passive` or `arc-promoter`).
 * @csspart needle - The needle pointing at the score.
 * @csspart target - The target's marker: a triangle outside the rim and its stem.
 * @csspart target-label - The target's label above the dial ("Target 40").
 * @csspart score - The score as a large number.
 * @csspart margin - The ±margin of error beside the score.
 * @csspart label - The caption.
 * @csspart split - The promoter / passive / detractor split (bar and legend).
 * @csspart delta - The change since the previous period.
 * @csspart note - The small-sample warning.
 * @csspart message - The loading, empty or error message.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --crm-color-promoter - Promoter zone, bar and swatch.
 * @cssprop --crm-color-passive - Passive zone, bar and swatch.
 * @cssprop --crm-color-detractor - Detractor zone, bar and swatch.
 * @cssprop --crm-color-positive - A rise since the previous period.
 * @cssprop --crm-color-negative - A fall since the previous period.
 * @cssprop --crm-color-target - The target's marker and label. Default: the focus colour (light #0969da, dark #4493f8).
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-text-muted - Secondary text.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-font-family - Font.
 */
export class NpsGauge extends CrmChart<NpsData> {
  static override styles = [...CrmChart.styles, gaugeStyles];

  static override properties = {
    promoters: { type: Number },
    passives: { type: Number },
    detractors: { type: Number },
    scores: {},
    target: { type: Number },
    label: {},
    minResponses: { type: Number, attribute: 'min-responses' },
  };

  promoters: number | null = null;
  passives: number | null = null;
  detractors: number | null = null;
  scores: string | null = null;
  target: number | null = null;
  label: string | null = null;
  minResponses = 30;
  /** The data as an object (`NpsData`: counts, `scores` or `responses`, with `previous` and `target`); beats every other input. Set `undefined` to fall back. */
  declare data: NpsData | undefined;

  protected readonly loader = new DataController<NpsData>(this, {
    schema: npsInputSchema,
    attributes: () =>
      this.scores !== null
        ? {
            scores: this.scores
              .split(/[\s,]+/)
              .filter(Boolean)
              .map(Number),
          }
        : this.promoters !== null || this.passives !== null || this.detractors !== null
          ? { promoters: this.promoters ?? 0, passives: this.passives ?? 0, detractors: this.detractors ?? 0 }
          : undefined,
    isEmpty: (data) => total(data) === 0,
  });

  #data: NpsData | undefined;
  #view: View | undefined;
  #shown: number | undefined;
  #announcement = '';

  /** Computes once per new data: a million scores are counted once, not on every render. */
  #compute(): View | undefined {
    const data = this.loader.state === 'ready' ? this.loader.value : undefined;
    if (data !== this.#data) {
      this.#data = data;
      this.#view = data && {
        result: computeNps(npsInput(data)),
        delta:
          data.previous && total(data.previous) > 0
            ? compareNps(npsInput(data), npsInput(data.previous))
            : undefined,
        target: data.target,
      };
    }
    return this.#view;
  }

  protected exportTitle(): string {
    return this.label ?? this.locale.t('nps.title');
  }

  /** The score, its margin, the counts, the change and the target: one row each. */
  protected exportTable(): ExportTable | undefined {
    const view = this.#compute();
    if (!view || view.result.score === null) return undefined;
    const { t } = this.locale;
    const { result, delta } = view;
    const own = this.target;
    const target = own !== null && own >= -100 && own <= 100 ? own : view.target;
    return {
      columns: [t('export.metric'), t('export.value')],
      rows: [
        [this.exportTitle(), result.score],
        [t('export.margin'), result.marginOfError],
        [t('export.responses'), result.total],
        [t('nps.promoters'), result.promoters],
        [t('nps.passives'), result.passives],
        [t('nps.detractors'), result.detractors],
        ...(delta ? [[t('export.change'), delta.difference]] : []),
        ...(target == null ? [] : [[t('export.target'), target]]),
      ],
    };
  }

  override render() {
    const view = this.#compute();
    const { lang, dir } = this.locale;
    const title = this.exportTitle();
    const status = view?.result.score == null ? this.renderStatus(this.locale.t('nps.empty')) : nothing;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div part="label" class="label">${title}</div>
      ${this.renderExport()} ${view && view.result.score !== null ? this.#renderGauge(view, title) : status}
    </div>`;
  }

  #renderGauge({ result, delta, target: dataTarget }: View, title: string) {
    const { t, format } = this.locale;
    const score = result.score as number;
    const rounded = format.integer(score);
    const margin = format.integer(result.marginOfError ?? 0);
    const pct = (share: number) => format.percent(share, 0);
    // A target attribute outside −100…100 (or not a number) is ignored, like invalid data would be.
    const own = this.target;
    const target = own !== null && own >= -100 && own <= 100 ? own : dataTarget;
    // The page's caption is data: isolated, so an override in it cannot reorder the numbers after it.
    if (this.label != null) title = bidiIsolate(title);
    const summary = t('nps.summary', {
      title,
      score: rounded,
      margin,
      from: t('nps.from', { count: result.total }),
      promoters: pct(result.shares.promoters),
      passives: pct(result.shares.passives),
      detractors: pct(result.shares.detractors),
    });
    const mark = target == null ? '' : t('nps.target', { target: format.integer(target) });
    const name = mark ? `${summary}. ${mark}` : summary;
    // Announce a change of the score once (not the first value, not a change of language).
    const now = round(score);
    if (this.#shown !== undefined && this.#shown !== now)
      this.#announcement = t('nps.changed', { title, score: rounded });
    this.#shown = now;

    // An infinite minimum (min-responses="Infinity") is no minimum to show: the default.
    const min = this.minResponses < Infinity ? this.minResponses : 30;
    const small = result.total < min;
    // The target: a triangle outside the rim pointing in (tip at r 95, base ±4 at r 103), on a
    // thin stem up to its label above the dial. The label slides along its row in proportion to
    // where the stem stands (left: x%, then back x% of its own width): over the stem, and never
    // out of the dial's box. The readout is hidden like the meter's content: the name says it.
    const at = degrees(target ?? 0);
    return html`
      <div
        class="meter"
        role="meter"
        aria-valuemin="-100"
        aria-valuemax="100"
        aria-valuenow=${now}
        aria-valuetext=${rounded}
        aria-label=${name}
      >
        ${
          mark
            ? html`<div
                part="target-label"
                class="target tl"
                ${cssProps({ '--x': 50 + 47.7 * Math.sin((at * Math.PI) / 180) })}
              >
                ${mark}
              </div>`
            : nothing
        }
        <svg viewBox="-108 -106 216 114" aria-hidden="true">
          ${ZONES.map(([zone, d]) => svg`<path part="arc arc-${zone}" class="zone ${zone}" d=${d}></path>`)}
          ${
            mark
              ? svg`<g part="target" class="target"><path d="M${polar(95, at)}L${polar(103.1, at - 2.2)} ${polar(103.1, at + 2.2)}Z"></path><path d="M${polar(103, at)}V-106"></path></g>`
              : nothing
          }
          <path
            part="needle"
            class="needle"
            ${cssProps({ '--angle': `${degrees(score)}deg` })}
            d="M-4 0L0-86 4 0Z"
          ></path>
          <circle class="hub" r="7"></circle>
        </svg>
        <div class="ends">
          <span class="end">${format.integer(-100)}</span><span class="end">${format.integer(100)}</span>
        </div>
      </div>
      <div class="readout" aria-hidden="true">
        <span part="score" class="score">${rounded}</span>
        <span part="margin" class="margin">${t('nps.margin', { margin })}</span>
      </div>
      ${delta ? this.#renderDelta(delta) : nothing}
      ${small ? html`<p part="note" class="note">${t('nps.small', { min })}</p>` : nothing}
      ${this.#renderSplit(result)}
      <span class="visually-hidden" role="status">${this.#announcement}</span>
    `;
  }

  #renderDelta(delta: NpsComparison) {
    const { t, format } = this.locale;
    const difference = round(delta.difference ?? 0);
    const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
    const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '●';
    const value = format.delta(difference, { maximumFractionDigits: 0 });
    return html`<p part="delta" class="delta ${direction}">
      <span aria-hidden="true">${arrow}</span>
      <span class="visually-hidden">${t(`delta.${direction}`, { value })}</span>
      <span aria-hidden="true">${direction === 'same' ? t('delta.same') : value}</span>
      <span class="muted"
        >${t('nps.previous')}${delta.significant ? '' : ` · ${t('delta.notSignificant')}`}</span
      >
    </p>`;
  }

  #renderSplit(result: NpsResult) {
    const { t, format } = this.locale;
    const rows = (['promoters', 'passives', 'detractors'] as const).map((key) => ({
      key,
      zone: key.slice(0, -1),
      share: result.shares[key],
      count: result[key],
    }));
    return html`<div part="split" class="split">
      <div class="bar" aria-hidden="true">
        ${rows.map(({ zone, share }) => html`<span class=${zone} ${cssProps({ '--share': share })}></span>`)}
      </div>
      <ul class="legend">
        ${rows.map(
          ({ key, zone, share, count }) =>
            html`<li class=${zone}>
              <span class="swatch" aria-hidden="true"></span>
              <span class="name">${t(`nps.${key}`)}</span>
              <span class="share">${format.percent(share, 0)}</span>
              <span class="count">${t('nps.responses', { count })}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
