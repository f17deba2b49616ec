// The survey engine: everything <nps-survey>, <csat-survey> and <ces-survey> share. A kind is a
// subclass that says what it asks (see SurveyElement's "Writing a kind" and /ENGINE.md).
import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclaration,
  type PropertyDeclarations,
} from 'lit';
import type { SurveyKind } from '../../metrics/index.js';
import type { CrmErrorDetail, SurveyResponse, Validator } from '../../data/index.js';
import { enqueue, onOutboxReport, startOutbox, type OutboxReport } from '../../data/outbox.js';
import { LocaleController } from '../../i18n/index.js';
import { baseStyles, tokens } from '../../charts/tokens.js';
import { arrowStep } from '../../charts/keys.js';
import { VERSION } from '../define.js';
import { mayShow, remember, surveyKey } from './throttle.js';
import { surveyStyles } from './survey.styles.js';
import './messages.js';

/** Where the survey is: asking the score, asking the follow-up, thanking, or not shown. */
export type SurveyStep = 'question' | 'follow-up' | 'thanks' | 'hidden';

/** `<kind>-score` detail: the score just chosen. */
export interface SurveyScoreDetail<C extends string = string> {
  score: number;
  category: C;
  /** The response id (the same for every change of one response). */
  id: string;
}
/** `<kind>-submit` detail: the body about to be POSTed (cancel the event to send it yourself). */
export interface SurveySubmitDetail<R = SurveyResponse> {
  response: R;
}
/** `<kind>-submitted` detail: the body the server accepted and its status. */
export interface SurveySubmittedDetail<R = SurveyResponse> {
  response: R;
  status: number;
}
/** `<kind>-dismiss` detail: whether the visitor had answered before closing. */
export interface SurveyDismissDetail {
  answered: boolean;
}
/**
 * `crm-error` detail of a survey: a loader-style error, `queued` when the response stays in the
 * outbox to be retried, kind `outbox` when the outbox was full and dropped its oldest entry.
 */
export interface SurveyErrorDetail extends Omit<CrmErrorDetail, 'kind'> {
  kind: CrmErrorDetail['kind'] | 'outbox';
  /** The response id concerned. */
  id?: string;
  /** The response is kept in the outbox and will be retried. */
  queued?: boolean;
}

/**
 * A random RFC 4122 version 4 UUID: `crypto.randomUUID` exists only on https pages, this everywhere.
 * Each 0 or 1 of the pattern becomes a random hex digit, each 8 one of 8, 9, a, b (the variant).
 */
const uuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

/** `properties` from its attribute: parsed JSON, or the text itself when it is not JSON (reported on send). */
const json = {
  fromAttribute(v: string | null): unknown {
    try {
      return JSON.parse(v!); // null (no attribute) parses as null
    } catch {
      return v;
    }
  },
};

/**
 * The survey engine, a form-associated LitElement: one question on a scale of buttons (a radio
 * group), then one optional follow-up chosen by the answer's category, then a thank-you; the
 * outbox with exactly-once delivery and revisions, the throttles and sampling of its kind, the form
 * field, the popover, the honeypot and answer-time checks, the keyboard model, the events and
 * i18n. It is not registered: a kind extends it.
 *
 * **Writing a kind** (the whole contract; `nps-survey.ts` is one):
 * - `kind`: `'nps' | 'csat' | 'ces'`: the events' prefix (`<kind>-score`, `<kind>-submit`,
 *   `<kind>-submitted`, `<kind>-dismiss`), the messages' prefix, the throttle key
 *   (`crm-widgets:<kind>-survey`) and, except for NPS, the body's `kind`.
 * - `range()`: `[min, max]` of the scale shown now (it may read an attribute, e.g. CES `scale`).
 * - `categoryOf(score)`: the category of a score, from `src/metrics` (never computed here).
 * - messages `<kind>.question` (`{brand}`), `<kind>.questionUs`, `<kind>.low`, `<kind>.high` and
 *   `<kind>.<category>` (the follow-up) in en, fa and ar.
 * - one property `<category>Question` (attribute `<category>-question`) per category, for the
 *   follow-up text; the base reads it by name.
 * - optionally `renderScore(score)`: a button's content (default: the number in the locale's digits;
 *   stars or faces return their SVG and keep the number as the button's name).
 *
 * **Delivery.** With `action`, each change is POSTed as JSON (`surveyResponseSchema`): the score as
 * soon as it is chosen, then the comment under the same `id`, each with a higher `revision`. Servers
 * upsert by `id` and keep the body with the highest revision. Every POST goes through the outbox
 * (`src/data/outbox.ts`); it is deleted only after a 2xx; a 4xx other than 429 is shown and not
 * retried.
 *
 * **Form field.** With `name` and without `action`: the enclosing form submits `<name>` = the score
 * and `<name>-comment` = the comment; `required` takes part in validation; reset, restore and a
 * disabled fieldset work as on native fields (`ElementInternals`).
 *
 * What every kind inherits (each kind documents its own question, scale, follow-ups, events and colours):
 *
 * @attr action - URL the responses are POSTed to as JSON. Without it (and without `name`) the survey only fires events.
 * @attr name - Form field name: with it and without `action`, the score and comment go with the enclosing form.
 * @attr required - In a form: the form cannot be submitted without a score.
 * @attr max-length - Longest comment in characters (default 1000).
 * @attr respondent-id - Your id of the visitor: sent as `respondentId`, and throttling is per respondent.
 * @attr properties - JSON object of strings, numbers, booleans or nulls sent with the response: `{"plan":"pro"}`.
 * @attr keep-query - Send the page URL with its query string (by default it is cut off, with the fragment, as it may hold personal data).
 * @attr throttle-days - Days the survey stays hidden after an answer (default 90; 0: never).
 * @attr decline-throttle-days - Days the survey stays hidden after the visitor closes it unanswered (default 30).
 * @attr respondent-since - When the respondent's account was created (ISO date).
 * @attr first-survey-delay-days - Days after `respondent-since` before the survey may show (default 0).
 * @attr sample - Fraction of browsers shown the survey, 0–1 (default 1); drawn once per browser.
 * @attr mode - `inline` (default) or `popover`: a card in the corner of the window after `delay` seconds.
 * @attr delay - Seconds before the popover appears (default 0).
 * @attr open - Reflected in popover mode while the popover is shown; set it to show it now.
 * @attr min-answer-time - Seconds under which an answer is marked suspect (default 1.5).
 * @attr timeout - Seconds before one POST gives up and is queued for a retry (default 10).
 * @attr credentials - Fetch credentials of the POST: `omit`, `same-origin` (default) or `include`.
 * @attr step - Reflected, read-only: `question`, `follow-up`, `thanks` or `hidden`.
 * @attr theme - `light` or `dark`; absent follows the system's `prefers-color-scheme`.
 * @attr numbering - Digits: `latn`, `arab` or `arabext`; default: the locale's own.
 * @attr lang - Language; default: the closest ancestor's `lang`, then the document's, then the browser's.
 * @attr dir - Direction; default: the closest ancestor's `dir`, else from the language.
 * @prop comment - The follow-up answer.
 * @slot thanks - Replaces the thank-you text.
 * @csspart base - The card holding the survey.
 * @csspart popover - In popover mode, the window corner box around the card.
 * @csspart close - The close button.
 * @csspart question - The question.
 * @csspart score - Each score button (the chosen one also has part `selected`).
 * @csspart labels - The end labels under the scale.
 * @csspart follow-up - The follow-up question's label.
 * @csspart comment - The comment box.
 * @csspart counter - The character counter.
 * @csspart send - The send button.
 * @csspart skip - The skip button.
 * @csspart thanks - The thank-you message.
 * @csspart queued - The note that an answer waits in the outbox.
 * @csspart error - The error message.
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-text-muted - Secondary text.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-border - Borders.
 * @cssprop --crm-font-family - Font.
 * @cssprop --crm-card-border - The card's edge (in popover mode, the popover's). Default `1px solid` in `--crm-color-border`; `none` to embed it bare.
 * @cssprop --crm-card-radius - The card's corner radius. Default `--crm-radius` (6px).
 * @cssprop --crm-card-padding - Room inside the card's edge. Default 0.75rem; 0 to embed bare.
 */
export abstract class SurveyElement<C extends string = string> extends LitElement {
  static version = VERSION;
  static formAssociated = true;
  static override styles: CSSResultGroup = [tokens, baseStyles, surveyStyles];

  /**
   * Gives every property of the engine and of its kinds its kebab-case attribute (`throttleDays`:
   * `throttle-days`, `satisfiedQuestion`: `satisfied-question`) unless it names one.
   */
  protected static override finalize(): void {
    const props = this.properties as Record<string, PropertyDeclaration>;
    for (const k in props) props[k] = { attribute: k.replace(/[A-Z]/g, '-$&').toLowerCase(), ...props[k] };
    super.finalize();
  }

  static override properties: PropertyDeclarations = {
    action: {},
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    brand: {},
    question: {},
    lowLabel: {},
    highLabel: {},
    maxLength: { type: Number },
    respondentId: {},
    properties: { converter: json },
    keepQuery: { type: Boolean },
    throttleDays: { type: Number },
    declineThrottleDays: { type: Number },
    respondentSince: {},
    firstSurveyDelayDays: { type: Number },
    sample: { type: Number },
    mode: { reflect: true },
    delay: { type: Number },
    open: { type: Boolean, reflect: true },
    minAnswerTime: { type: Number },
    timeout: { type: Number },
    credentials: {},
    colored: { type: Boolean, reflect: true },
    step: { reflect: true },
    theme: { reflect: true },
    numbering: { reflect: true },
    score: { attribute: false },
    comment: { attribute: false },
  };

  // Attributes without a default are left undefined (no initializer: less code in every kind).
  declare action?: string | null;
  declare name?: string | null;
  declare required?: boolean;
  declare brand?: string | null;
  declare question?: string | null;
  declare lowLabel?: string | null;
  declare highLabel?: string | null;
  maxLength = 1000;
  declare respondentId?: string | null;
  declare properties?: unknown;
  declare keepQuery?: boolean;
  throttleDays = 90;
  declineThrottleDays = 30;
  declare respondentSince?: string | null;
  firstSurveyDelayDays = 0;
  sample = 1;
  /** Absent: inline. */
  declare mode?: 'inline' | 'popover';
  delay = 0;
  open = false;
  minAnswerTime = 1.5;
  timeout = 10;
  declare credentials?: RequestCredentials | null;
  colored = false;
  step: SurveyStep = 'question';
  declare theme?: 'light' | 'dark' | null;
  declare numbering?: string | null;
  score: number | null = null;
  comment = '';

  /** The kind: events `<kind>-…`, messages `<kind>.…`, throttle key, the body's `kind`. */
  protected abstract readonly kind: SurveyKind;
  /**
   * The placeholder the question and follow-ups name what is asked about with, and the property
   * holding it: `brand` (`{brand}`); CSAT `subject` (`{subject}`).
   */
  protected readonly about: string = 'brand';
  /** The lowest and highest score of the scale shown now. */
  protected abstract range(): readonly [number, number];
  /**
   * What a body is checked with before it is sent: `npsResponseSchema` for NPS (it leaves the CSAT
   * and CES rules out of the NPS bundle), `surveyResponseSchema` for the others.
   */
  protected abstract readonly schema: Validator<unknown>;
  /** The category of a score (a function of `src/metrics`). */
  protected abstract categoryOf(score: number): C;
  /** A score button's content: by default the number in the locale's digits. */
  protected renderScore(score: number): unknown {
    return this.locale.format.integer(score);
  }

  protected readonly locale = new LocaleController(this);
  readonly #internals = this.attachInternals();
  /** The response id: made with the first score, kept for every change of this response. */
  #id: string | undefined;
  /** The revision of the last body handed on: 1 for the first, one more for each change (set to 0 with the id). */
  #revision!: number;
  /** JSON of the last score and comment handed to the outbox: one request per change. */
  // The flags below start undefined (false): no initializers.
  #sent: string | undefined;
  #suspect: boolean | undefined;
  /** When the survey became visible (performance.now()), for the minimum time to answer. */
  #shownAt: number | undefined;
  #focus: number | undefined;
  /** Closed by the visitor, or shown by `show()` whatever the rules say. */
  #dismissed: boolean | undefined;
  #forced: boolean | undefined;
  #disabled: boolean | undefined;
  /** The outbox holds this response for a retry / the server refused it with this status. */
  #queued: boolean | undefined;
  #rejected: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Where focus was before it entered the popover: it goes back there on close. */
  #back: HTMLElement | null | undefined;

  /** True when the survey is a form field: `name` and no `action`. */
  get #field(): boolean {
    return !!this.name && !this.action;
  }

  /** The form the survey belongs to (form field mode). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  /** The browser's validity state (form field mode). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  /** The localized message shown when a required survey has no score. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  /** Checks validity; fires `invalid` when it fails. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  /** Checks validity and shows the browser's message when it fails. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Shows the survey now, whatever the throttling and sampling rules say (popover: opens it). */
  show(): void {
    this.#forced = true;
    this.#dismissed = false;
    // A hidden survey has open = false (willUpdate), so this renders it; a shown one needs nothing.
    this.open = true;
  }

  /** Closes the survey as the close button does (a dismissal if it was not answered). */
  close(): void {
    const answered = this.score != null;
    if (!answered && !this.#field) remember(surveyKey(this.kind), this.respondentId, 'declined');
    this.#dismissed = true;
    this.requestUpdate();
    // Focus inside the survey (a shown popover does not make the host :focus-within in Chromium).
    if (this.shadowRoot?.activeElement) this.#back?.focus();
    this.open = false;
    this.#fire<SurveyDismissDetail>('dismiss', { answered });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.#onFocusIn);
    this.#unsubscribe = onOutboxReport(this.#onReport);
    // Deliver what earlier pages left in the outbox.
    if (!this.#field) startOutbox();
    if (this.mode == 'popover' && !this.open)
      this.#timer = setTimeout(() => {
        this.#back = document.activeElement as HTMLElement | null;
        this.open = true;
      }, this.delay * 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.#onFocusIn);
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
  }

  override willUpdate(): void {
    // Whether to show it is decided until the first score (then the survey finishes what it started).
    if (this.#dismissed) this.step = 'hidden';
    else if (this.score == null)
      this.step =
        this.#field ||
        this.#forced ||
        mayShow(surveyKey(this.kind), {
          respondent: this.respondentId,
          throttleDays: this.throttleDays,
          declineDays: this.declineThrottleDays,
          since: this.respondentSince,
          firstDelayDays: this.firstSurveyDelayDays,
          sample: this.sample,
        })
          ? 'question'
          : 'hidden';
    else if (this.step == 'hidden') this.step = 'thanks';
    if (this.step == 'hidden') this.open = false;
  }

  override updated(): void {
    const popover = this.renderRoot.querySelector<HTMLElement>('[popover]');
    if (popover?.isConnected && !popover.matches(':popover-open')) popover.showPopover?.();
    if (this.#shownAt == null && this.step == 'question' && (this.mode != 'popover' || this.open))
      this.#shownAt = performance.now();
    this.#sync();
  }

  // Its buttons need no type="button": in the shadow tree they belong to no form.
  override render() {
    if (this.step == 'hidden' || (this.mode == 'popover' && !this.open)) return nothing;
    const { lang, dir, t } = this.locale;
    // The answered question stays in place, hidden and inert, under the thank-you: the same height.
    const thanks = this.step == 'thanks';
    const card = html`<div part="base" class="base" lang=${lang} dir=${dir}>
      ${
        this.#field
          ? nothing
          : html`<button
              part="close"
              class="close"
              aria-label=${t('survey.close')}
              @click=${() => this.close()}
            >
              ×
            </button>`
      }
      <div class="ask" ?inert=${thanks}>${this.#renderQuestion()}</div>
      ${
        thanks
          ? html`<div part="thanks" class="thanks label" tabindex="-1">
              <slot name="thanks">${t('survey.thanks')}</slot>
            </div>`
          : nothing
      }
      ${this.#queued ? html`<p part="queued" class="note" role="status">${t('survey.queued')}</p>` : nothing}
      ${
        this.#rejected
          ? html`<p part="error" class="note error" role="alert">
              ${t('survey.rejected', { status: String(this.#rejected) })}
            </p>`
          : nothing
      }
      <label class="visually-hidden" aria-hidden="true"
        >${t('survey.trap')}<input class="trap" tabindex="-1" autocomplete="off"
      /></label>
    </div>`;
    return this.mode == 'popover'
      ? html`<div
          popover="manual"
          part="popover"
          class="popover"
          role="dialog"
          aria-label=${this.#questionText()}
          lang=${lang}
          dir=${dir}
          @keydown=${this.#onEscape}
        >
          ${card}
        </div>`
      : card;
  }

  /**
   * `text` with `{<about>}` replaced by that property, literally (a `$&` stays `$&`) and, unless
   * `raw` (the body's `question`), between FSI and PDI: data, so that an override in it cannot
   * reorder the words or numbers after it, on screen or in an accessible name.
   */
  #branded(text: string, raw?: boolean): string {
    const value = (this as unknown as Record<string, string | undefined>)[this.about] ?? '';
    return text.split(`{${this.about}}`).join(raw || !value ? value : `\u2068${value}\u2069`);
  }

  #questionText(raw?: boolean): string {
    return this.#branded(
      this.question ||
        this.locale.t(
          `${this.kind}.question${(this as unknown as Record<string, unknown>)[this.about] ? '' : 'Us'}`,
        ),
      raw,
    );
  }

  #renderQuestion() {
    const { t } = this.locale;
    const { score, kind } = this;
    const [min, max] = this.range();
    const focus = this.#focus ?? min;
    const scores: number[] = [];
    for (let i = min; i <= max; i++) scores.push(i);
    return html`<p id="q" part="question" class="label">${this.#questionText()}</p>
      <div
        role="radiogroup"
        part="scale"
        class="scale"
        aria-labelledby="q"
        aria-required=${this.required && this.#field ? 'true' : nothing}
        @keydown=${this.#onKey}
      >
        ${scores.map(
          (i) =>
            html`<button
              role="radio"
              part=${i === score ? 'score selected' : 'score'}
              class=${this.categoryOf(i)}
              aria-checked=${i === score}
              aria-describedby=${i == min ? 'low' : i == max ? 'high' : nothing}
              tabindex=${i === focus ? 0 : -1}
              ?disabled=${this.#disabled}
              data-score=${i}
              @click=${() => this.#choose(i)}
            >
              ${this.renderScore(i)}
            </button>`,
        )}
      </div>
      <div part="labels" class="labels">
        <span id="low">${this.lowLabel ?? t(`${kind}.low`)}</span
        ><span id="high">${this.highLabel ?? t(`${kind}.high`)}</span>
      </div>
      ${score == null ? nothing : this.#renderFollowUp(this.categoryOf(score))}`;
  }

  #renderFollowUp(category: C) {
    const { t } = this.locale; // numbers in `t` params take the locale's digits
    // max-length="x" (NaN) or "Infinity" is no length to show or enforce: the default.
    const max = Number.isFinite(this.maxLength) ? this.maxLength : 1000;
    const own = (this as unknown as Record<string, string | null | undefined>)[`${category}Question`];
    // The comment runs in its own direction (an English comment in a Persian survey ends with its
    // full stop on the right); empty, it follows the survey's (Chromium takes an empty dir="auto"
    // box for left to right).
    return html`<label part="follow-up" class="follow-up" for="c">
        ${this.#branded(`\u2068${own ?? t(`${this.kind}.${category}`)}\u2069`)}
        <span class="muted">(${t('survey.optional')})</span>
      </label>
      <textarea
        id="c"
        part="comment"
        rows="3"
        dir=${this.comment ? 'auto' : nothing}
        maxlength=${max}
        aria-describedby="n"
        .value=${this.comment}
        ?disabled=${this.#disabled}
        @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="actions">
        <span id="n" part="counter" class="muted">
          ${t('survey.counter', { count: this.comment.length, max })}
        </span>
        ${
          this.#field
            ? nothing
            : html`<button part="skip" class="skip" @click=${() => this.#finish()}>
                  ${t('survey.skip')}
                </button>
                <button part="send" class="send" @click=${() => this.#finish(true)}>
                  ${t('survey.send')}
                </button>`
        }
      </div>`;
  }

  /** A score button was clicked (or Space/Enter pressed on it). */
  #choose(score: number) {
    this.#focus = score;
    if (score === this.score || this.#disabled) return;
    if (this.score == null) {
      this.#id = uuid();
      this.#revision = 0;
      this.#suspect =
        !!this.renderRoot.querySelector<HTMLInputElement>('.trap')?.value ||
        performance.now() - (this.#shownAt ?? 0) < this.minAnswerTime * 1000;
      if (!this.#field) remember(surveyKey(this.kind), this.respondentId, 'answered');
    }
    this.score = score;
    this.step = 'follow-up';
    this.#fire<SurveyScoreDetail<C>>('score', { score, category: this.categoryOf(score), id: this.#id! });
    this.#submit();
  }

  /** Skip (no request) or Send (the comment, if it changed): then the thank-you, focused. */
  #finish(send = false) {
    if (send) this.#submit();
    this.step = 'thanks';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus());
  }

  /**
   * The response as POSTed: score, category, comment, where and when. NPS bodies carry no `kind`
   * and `scale` (absent means NPS on 0–10: the body NPS servers have always received).
   */
  #response(): SurveyResponse {
    const { kind } = this;
    const score = this.score!;
    const comment = this.comment.trim();
    const { origin, pathname, search } = location;
    return {
      id: this.#id!,
      ...(kind != 'nps' && { kind, scale: this.range().join('-') as SurveyResponse['scale'] }),
      score,
      category: this.categoryOf(score) as SurveyResponse['category'],
      ...(comment && { comment }),
      question: this.#questionText(true),
      locale: this.locale.lang,
      ...(this.respondentId && { respondentId: this.respondentId }),
      ...(this.properties != null && { properties: this.properties as SurveyResponse['properties'] }),
      page: origin + pathname + (this.keepQuery ? search : ''),
      submittedAt: new Date().toISOString(),
      ...(this.#suspect && { suspect: true }),
    };
  }

  /** Hands this change to the page (`<kind>-submit`) and, unless it objects, to the outbox. */
  #submit() {
    if (this.#field) return;
    const response = this.#response();
    const change = JSON.stringify([response.score, response.comment]);
    if (change == this.#sent) return;
    this.#sent = change;
    // Each change a higher revision: the server keeps the newest, whatever order bodies arrive in.
    response.revision = ++this.#revision;
    let check = this.schema.safeParse(response);
    if (!check.success && response.properties) {
      this.#error({
        // The converter keeps the attribute's text only when it is not JSON.
        kind: this.properties === this.getAttribute('properties') ? 'json' : 'schema',
        field: 'properties',
        message: 'properties: expected a JSON object of primitives; sent without it',
      });
      delete response.properties;
      check = this.schema.safeParse(response);
    }
    if (!check.success) {
      const issue = check.error.issues[0]!;
      this.#error({
        kind: 'schema',
        field: issue.path.join('.'),
        message: issue.message,
      });
      return;
    }
    if (!this.#fire<SurveySubmitDetail>('submit', { response }, true) || !this.action) return;
    this.#rejected = 0;
    // Only http(s): a javascript: or data: action can never succeed, and would be retried forever.
    let url = '';
    try {
      url = new URL(this.action, location.href).href;
    } catch {
      // An invalid URL: refused below.
    }
    if (!/^https?:/.test(url))
      return this.#error({
        kind: 'schema',
        field: 'action',
        message: `action: not an http(s) URL: ${this.action}`,
      });
    const dropped = enqueue({
      id: response.id,
      url,
      body: response,
      revision: response.revision,
      credentials: this.credentials ?? undefined,
      timeout: this.timeout,
    });
    for (const entry of dropped)
      this.#error({
        kind: 'outbox',
        id: entry.id,
        url: entry.url,
        message: `Outbox full: dropped ${entry.id}`,
      });
  }

  /** What the outbox says about this survey's response. */
  #onReport = ({ outcome, entry, status, kind }: OutboxReport) => {
    if (entry.id != this.#id || outcome == 'dropped') return;
    const { url } = entry;
    const response = entry.body as SurveyResponse;
    this.#queued = outcome == 'retry';
    if (outcome == 'sent') this.#fire<SurveySubmittedDetail>('submitted', { response, status: status! });
    else if (outcome == 'rejected') {
      this.#rejected = status!;
      this.#error({
        kind: 'http',
        status,
        url,
        id: entry.id,
        message: `${url}: HTTP ${status}`,
      });
    } else
      this.#error({
        kind: kind!,
        status,
        url,
        id: entry.id,
        queued: true,
        message: `${url}: ${status ? `HTTP ${status}` : kind}; will retry`,
      });
    this.requestUpdate();
  };

  /** Fires `crm-error`. */
  #error(detail: SurveyErrorDetail) {
    this.dispatchEvent(new CustomEvent('crm-error', { detail, bubbles: true, composed: true }));
  }

  /** Fires `<kind>-<type>` (`nps-score`, `csat-submit` …). */
  #fire<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(`${this.kind}-${type}`, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /** Arrows move (mirrored in right-to-left text) and wrap, Home/End jump; Space/Enter press the button. */
  #onKey = (e: KeyboardEvent) => {
    const [min, max] = this.range();
    const step = arrowStep(e.key, this.locale.rtl);
    let i = this.#focus ?? min;
    if (e.key == 'Home') i = min;
    else if (e.key == 'End') i = max;
    else if (step) i = min + ((i - min + step + max - min + 1) % (max - min + 1));
    else return;
    e.preventDefault();
    this.#focus = i;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-score="${i}"]`)?.focus(),
    );
  };

  #onEscape = (e: KeyboardEvent) => {
    if (e.key == 'Escape') this.close();
  };

  /** Focus arriving from outside the survey: remember where it came from. */
  #onFocusIn = (e: FocusEvent) => {
    const from = e.relatedTarget as HTMLElement | null;
    if (!this.contains(from)) this.#back = from; // the host contains itself
  };

  /** The form value (`<name>`, `<name>-comment`) and validity. */
  #sync() {
    const { score, name } = this;
    let value: FormData | null = null;
    if (score != null && name) {
      value = new FormData();
      value.append(name, String(score));
      if (this.comment) value.append(`${name}-comment`, this.comment);
    }
    this.#internals.setFormValue(value, score == null ? null : `${score}:${this.comment}`);
    const { t } = this.locale;
    const [min, max] = this.range();
    this.#internals.setValidity(
      this.required && score == null ? { valueMissing: true } : {},
      t('survey.required', { min, max }),
      this.renderRoot.querySelector<HTMLElement>('[role=radio]') ?? undefined,
    );
  }

  /** @internal A form reset clears the score and the comment. */
  formResetCallback(): void {
    this.score = null;
    this.comment = '';
    this.#id = undefined;
    this.#sent = '';
    this.#focus = undefined;
  }

  /** @internal Restores the value the browser kept (back navigation, autofill). */
  formStateRestoreCallback(state: string | null): void {
    const m = /^(\d+):([\s\S]*)$/.exec(state ?? '');
    const [min, max] = this.range();
    if (m && +m[1]! >= min && +m[1]! <= max) {
      this.score = this.#focus = +m[1]!;
      this.comment = m[2]!;
      this.step = 'follow-up';
    }
  }

  /** @internal A disabled fieldset (or `disabled` attribute) disables the buttons and the comment. */
  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }
}
