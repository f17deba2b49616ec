import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { npsCategory, type NpsCategory } from '../../metrics/index.js';
import { npsResponseSchema, type CrmErrorDetail, type NpsResponse } from '../../data/index.js';
import { enqueue, onOutboxReport, startOutbox, type OutboxReport } from '../../data/outbox.js';
import { LocaleController } from '../../i18n/index.js';
import { baseStyles, tokens } from '../../charts/tokens.js';
import { arrowStep } from '../../charts/keys.js';
import { VERSION } from '../define.js';
import { mayShow, remember } from './throttle.js';
import { surveyStyles } from './nps-survey.styles.js';
import './messages.js';

/** Where the survey is: asking the score, asking the follow-up, thanking, or not shown. */
export type SurveyStep = 'question' | 'follow-up' | 'thanks' | 'hidden';

/** `nps-score` detail: the score just chosen. */
export interface NpsScoreDetail {
  score: number;
  category: NpsCategory;
  /** The response id (the same for every change of one response). */
  id: string;
}
/** `nps-submit` detail: the body about to be POSTed (cancel the event to send it yourself). */
export interface NpsSubmitDetail {
  response: NpsResponse;
}
/** `nps-submitted` detail: the body the server accepted and its status. */
export interface NpsSubmittedDetail {
  response: NpsResponse;
  status: number;
}
/** `nps-dismiss` detail: whether the visitor had answered before closing. */
export interface NpsDismissDetail {
  answered: boolean;
}
/**
 * `crm-error` detail of the survey: a loader-style error, `queued` when the response stays in the
 * outbox to be retried, kind `outbox` when the outbox was full and dropped its oldest entry.
 */
export interface NpsErrorDetail extends Omit<CrmErrorDetail, 'kind'> {
  kind: CrmErrorDetail['kind'] | 'outbox';
  /** The response id concerned. */
  id?: string;
  /** The response is kept in the outbox and will be retried. */
  queued?: boolean;
}

const SCORES = [...Array(11).keys()];

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
 * The Net Promoter Score survey: "How likely are you to recommend us to a friend or colleague?"
 * on a 0–10 scale, then one optional follow-up question chosen by the answer's category, then a
 * thank-you.
 *
 * **Delivery.** With `action`, each change is POSTed as JSON (`npsResponseSchema`): the score as soon
 * as it is chosen, then the comment under the same `id`. **Servers upsert by `id`**: store the
 * first body with a new id, and let a later body with the same id replace it (the comment, a
 * changed score, or a retry that already arrived). Every POST goes through a persistent outbox
 * (localStorage key `crm-widgets:outbox`): a network error, timeout, 5xx or 429 keeps it there and
 * it is retried with exponential backoff, on `online`, on the next page load and, as the page goes
 * away, with `fetch(…, { keepalive: true })`; it is deleted only after a 2xx. A 4xx other than
 * 429 is shown and not retried. Cross-origin endpoints must answer CORS preflights for
 * `Content-Type: application/json` (and allow credentials when `credentials="include"`).
 *
 * **Not pestering.** After an answer the survey is hidden for `throttle-days`, after a dismissal for
 * `decline-throttle-days`, and before `first-survey-delay-days` after `respondent-since`; `sample`
 * shows it to that fraction of browsers. All of it per `respondent-id`, else per browser, in
 * localStorage under `crm-widgets:nps-survey`. A form field (below) is never hidden.
 *
 * **Form field.** With `name` and without `action`, the survey is a form control: the enclosing
 * form submits `<name>` = the score and `<name>-comment` = the comment (when there is one);
 * `required` takes part in the form's validation; a form reset clears it. It then has no
 * send, skip, close or thank-you: the form's own button submits.
 *
 * **Anti-spam.** A hidden honeypot field, and a score chosen less than `min-answer-time` seconds
 * after the survey appeared, mark the response `suspect: true` (it is still sent).
 *
 * @summary NPS survey with follow-up question, exactly-once delivery and throttling.
 *
 * @tagname nps-survey
 *
 * @attr action - URL the responses are POSTed to as JSON. Without it (and without `name`) the survey only fires events.
 * @attr name - Form field name: with it and without `action`, the score and comment go with the enclosing form.
 * @attr required - In a form: the form cannot be submitted without a score.
 * @attr brand - The company or product named in the default question ("How likely are you to recommend Acme…").
 * @attr question - Your own question; `{brand}` is replaced by `brand`.
 * @attr detractor-question - Follow-up after 0–6 (default "What could we do better?").
 * @attr passive-question - Follow-up after 7–8 (default "What would make your experience even better?").
 * @attr promoter-question - Follow-up after 9–10 (default "What do you like most about us?").
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
 * @attr colored - Colours the unanswered scale by category (0–6 red, 7–8 amber, 9–10 green) and the chosen score in its category's colour. By default every score looks the same and the chosen one takes the focus colour: a colour-coded scale sways the answers.
 * @attr step - Reflected, read-only: `question`, `follow-up`, `thanks` or `hidden`.
 * @attr theme - `light` or `dark`; absent follows the system's `prefers-color-scheme`.
 * @attr numbering - Digits: `latn`, `arab` or `arabext`; default: the locale's own.
 * @attr lang - Language; default: the closest ancestor's `lang`, then the document's, then the browser's.
 * @attr dir - Direction; default: the closest ancestor's `dir`, else from the language.
 * @prop score - The chosen score, 0–10, or null.
 * @prop comment - The follow-up answer.
 *
 * @slot thanks - Replaces the thank-you text.
 *
 * @fires nps-score - A score was chosen: `detail` `{ score, category, id }`.
 * @fires nps-submit - Cancelable, before each POST: `detail` `{ response }`; `preventDefault()` to send it yourself.
 * @fires nps-submitted - The server answered 2xx: `detail` `{ response, status }`.
 * @fires nps-dismiss - The visitor closed the survey: `detail` `{ answered }`.
 * @fires crm-error - A POST failed (`queued: true` when it will be retried), was rejected (4xx), the outbox dropped its oldest entry (`kind: 'outbox'`), or `properties` is invalid.
 *
 * @csspart base - The card holding the survey.
 * @csspart popover - In popover mode, the window corner box around the card.
 * @csspart close - The close button.
 * @csspart question - The question.
 * @csspart scale - The radio group of the 11 scores.
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
 *
 * @cssprop --crm-color-promoter - With `colored`: scores 9–10.
 * @cssprop --crm-color-passive - With `colored`: scores 7–8.
 * @cssprop --crm-color-detractor - With `colored`: scores 0–6.
 * @cssprop --crm-color-focus - Focus ring, the send button and the chosen score.
 * @cssprop --crm-color-text - Text.
 * @cssprop --crm-color-text-muted - Secondary text.
 * @cssprop --crm-color-surface - Background.
 * @cssprop --crm-color-border - Borders.
 * @cssprop --crm-font-family - Font.
 * @cssprop --crm-card-border - The card's edge (in popover mode, the popover's). Default `1px solid` in `--crm-color-border`; `none` to embed it bare.
 * @cssprop --crm-card-radius - The card's corner radius. Default `--crm-radius` (6px).
 * @cssprop --crm-card-padding - Room inside the card's edge. Default 0.75rem; 0 to embed bare.
 */
export class NpsSurvey extends LitElement {
  static version = VERSION;
  static formAssociated = true;
  static override styles = [tokens, baseStyles, surveyStyles];

  static override properties: PropertyDeclarations = {
    action: {},
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    brand: {},
    question: {},
    detractorQuestion: { attribute: 'detractor-question' },
    passiveQuestion: { attribute: 'passive-question' },
    promoterQuestion: { attribute: 'promoter-question' },
    maxLength: { attribute: 'max-length', type: Number },
    respondentId: { attribute: 'respondent-id' },
    properties: { converter: json },
    keepQuery: { attribute: 'keep-query', type: Boolean },
    throttleDays: { attribute: 'throttle-days', type: Number },
    declineThrottleDays: { attribute: 'decline-throttle-days', type: Number },
    respondentSince: { attribute: 'respondent-since' },
    firstSurveyDelayDays: { attribute: 'first-survey-delay-days', type: Number },
    sample: { type: Number },
    mode: { reflect: true },
    delay: { type: Number },
    open: { type: Boolean, reflect: true },
    minAnswerTime: { attribute: 'min-answer-time', type: Number },
    timeout: { type: Number },
    credentials: {},
    colored: { type: Boolean, reflect: true },
    step: { reflect: true },
    theme: { reflect: true },
    numbering: { reflect: true },
    score: { attribute: false },
    comment: { attribute: false },
  };

  action: string | null = null;
  name: string | null = null;
  required = false;
  brand: string | null = null;
  question: string | null = null;
  detractorQuestion: string | null = null;
  passiveQuestion: string | null = null;
  promoterQuestion: string | null = null;
  maxLength = 1000;
  respondentId: string | null = null;
  properties: unknown = undefined;
  keepQuery = false;
  throttleDays = 90;
  declineThrottleDays = 30;
  respondentSince: string | null = null;
  firstSurveyDelayDays = 0;
  sample = 1;
  mode: 'inline' | 'popover' = 'inline';
  delay = 0;
  open = false;
  minAnswerTime = 1.5;
  timeout = 10;
  credentials: RequestCredentials | null = null;
  colored = false;
  step: SurveyStep = 'question';
  theme: 'light' | 'dark' | null = null;
  numbering: string | null = null;
  score: number | null = null;
  comment = '';

  protected readonly locale = new LocaleController(this);
  readonly #internals = this.attachInternals();
  /** The response id: made with the first score, kept for every change of this response. */
  #id: string | undefined;
  /** JSON of the last score and comment handed to the outbox: one request per change. */
  #sent = '';
  #suspect = false;
  /** When the survey became visible (performance.now()), for the minimum time to answer. */
  #shownAt: number | undefined;
  #focus = 0;
  /** Closed by the visitor, or shown by `show()` whatever the rules say. */
  #dismissed = false;
  #forced = false;
  #disabled = false;
  /** The outbox holds this response for a retry / the server refused it with this status. */
  #queued = false;
  #rejected = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Where focus was before it entered the popover: it goes back there on close. */
  #back: HTMLElement | null = null;

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
    this.open = true;
    this.requestUpdate();
  }

  /** Closes the survey as the close button does (a dismissal if it was not answered). */
  close(): void {
    const answered = this.score != null;
    if (!answered && !this.#field) remember(this.respondentId, 'declined');
    this.#dismissed = true;
    this.requestUpdate();
    // Focus inside the survey (a shown popover does not make the host :focus-within in Chromium).
    if (this.shadowRoot?.activeElement) this.#back?.focus();
    this.open = false;
    this.#fire<NpsDismissDetail>('nps-dismiss', { answered });
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
        mayShow({
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
              type="button"
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

  #questionText(): string {
    const brand = this.brand ?? '';
    return this.question
      ? this.question.replace(/\{brand\}/g, brand)
      : this.locale.t(brand ? 'survey.question' : 'survey.questionUs', { brand });
  }

  #renderQuestion() {
    const { t, format } = this.locale;
    const score = this.score;
    const category = score == null ? undefined : npsCategory(score);
    const focus = this.#focus;
    return html`<p id="q" part="question" class="label">${this.#questionText()}</p>
      <div
        role="radiogroup"
        part="scale"
        class="scale"
        aria-labelledby="q"
        aria-required=${this.required && this.#field ? 'true' : nothing}
        @keydown=${this.#onKey}
      >
        ${SCORES.map(
          (i) =>
            html`<button
              type="button"
              role="radio"
              part=${i === score ? 'score selected' : 'score'}
              class=${npsCategory(i)}
              aria-checked=${i === score}
              aria-describedby=${i == 0 ? 'low' : i == 10 ? 'high' : nothing}
              tabindex=${i === focus ? 0 : -1}
              ?disabled=${this.#disabled}
              data-score=${i}
              @click=${() => this.#choose(i)}
            >
              ${format.integer(i)}
            </button>`,
        )}
      </div>
      <div part="labels" class="labels">
        <span id="low">${t('survey.low')}</span><span id="high">${t('survey.high')}</span>
      </div>
      ${category ? this.#renderFollowUp(category) : nothing}`;
  }

  #renderFollowUp(category: NpsCategory) {
    const { t, format } = this.locale;
    const asked = this[`${category}Question`] ?? t(`survey.${category}`);
    // The comment runs in its own direction (an English comment in a Persian survey ends with its
    // full stop on the right); empty, it follows the survey's (Chromium takes an empty dir="auto"
    // box for left to right).
    return html`<label part="follow-up" class="follow-up" for="c">
        ${asked.replace(/\{brand\}/g, this.brand ?? '')}
        <span class="muted">(${t('survey.optional')})</span>
      </label>
      <textarea
        id="c"
        part="comment"
        rows="3"
        dir=${this.comment ? 'auto' : nothing}
        maxlength=${this.maxLength}
        aria-describedby="n"
        .value=${this.comment}
        ?disabled=${this.#disabled}
        @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="actions">
        <span id="n" part="counter" class="muted">
          ${t('survey.counter', {
            count: format.integer(this.comment.length),
            max: format.integer(this.maxLength),
          })}
        </span>
        ${
          this.#field
            ? nothing
            : html`<button type="button" part="skip" class="skip" @click=${() => this.#finish()}>
                  ${t('survey.skip')}
                </button>
                <button type="button" part="send" class="send" @click=${() => this.#finish(true)}>
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
      this.#suspect =
        !!this.renderRoot.querySelector<HTMLInputElement>('.trap')?.value ||
        performance.now() - (this.#shownAt ?? 0) < this.minAnswerTime * 1000;
      if (!this.#field) remember(this.respondentId, 'answered');
    }
    this.score = score;
    this.step = 'follow-up';
    this.#fire<NpsScoreDetail>('nps-score', { score, category: npsCategory(score), id: this.#id! });
    this.#submit();
  }

  /** Skip (no request) or Send (the comment, if it changed): then the thank-you, focused. */
  #finish(send = false) {
    if (send) this.#submit();
    this.step = 'thanks';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus());
  }

  /** The response as POSTed: score, category, comment, where and when. */
  #response(): NpsResponse {
    const score = this.score!;
    const comment = this.comment.trim();
    const { origin, pathname, search } = location;
    return {
      id: this.#id!,
      score,
      category: npsCategory(score),
      ...(comment && { comment }),
      question: this.#questionText(),
      locale: this.locale.lang,
      ...(this.respondentId && { respondentId: this.respondentId }),
      ...(this.properties != null && { properties: this.properties as NpsResponse['properties'] }),
      page: origin + pathname + (this.keepQuery ? search : ''),
      submittedAt: new Date().toISOString(),
      ...(this.#suspect && { suspect: true }),
    };
  }

  /** Hands this change to the page (`nps-submit`) and, unless it objects, to the outbox. */
  #submit() {
    if (this.#field) return;
    const response = this.#response();
    const change = JSON.stringify([response.score, response.comment]);
    if (change == this.#sent) return;
    this.#sent = change;
    let check = npsResponseSchema.safeParse(response);
    if (!check.success && response.properties) {
      this.#error({
        // The converter keeps the attribute's text only when it is not JSON.
        kind: this.properties === this.getAttribute('properties') ? 'json' : 'schema',
        field: 'properties',
        message: 'properties must be a JSON object of strings, numbers, booleans or nulls; sent without it',
      });
      delete response.properties;
      check = npsResponseSchema.safeParse(response);
    }
    if (!check.success) {
      const issue = check.error.issues[0]!;
      this.#error({
        kind: 'schema',
        field: issue.path.join('.'),
        message: `Invalid response: ${issue.message}`,
      });
      return;
    }
    if (!this.#fire<NpsSubmitDetail>('nps-submit', { response }, true) || !this.action) return;
    this.#rejected = 0;
    const url = new URL(this.action, location.href).href;
    const dropped = enqueue({
      id: response.id,
      url,
      body: response,
      credentials: this.credentials ?? undefined,
      timeout: this.timeout,
    });
    for (const entry of dropped)
      this.#error({
        kind: 'outbox',
        id: entry.id,
        url: entry.url,
        message: `The outbox is full: dropped the oldest unsent response (${entry.id})`,
      });
  }

  /** What the outbox says about this survey's response. */
  #onReport = ({ outcome, entry, status, kind }: OutboxReport) => {
    if (entry.id != this.#id || outcome == 'dropped') return;
    const { url } = entry;
    const response = entry.body as NpsResponse;
    this.#queued = outcome == 'retry';
    if (outcome == 'sent') this.#fire<NpsSubmittedDetail>('nps-submitted', { response, status: status! });
    else if (outcome == 'rejected') {
      this.#rejected = status!;
      this.#error({
        kind: 'http',
        status,
        url,
        id: entry.id,
        message: `${url} refused the response (HTTP ${status})`,
      });
    } else
      this.#error({
        kind: kind!,
        status,
        url,
        id: entry.id,
        queued: true,
        message: `Could not send the response to ${url}${status ? ` (HTTP ${status})` : ''}; it will be retried`,
      });
    this.requestUpdate();
  };

  #error(detail: NpsErrorDetail) {
    this.#fire('crm-error', detail);
  }

  #fire<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /** Arrows move (mirrored in right-to-left text), Home/End jump; Space/Enter press the button. */
  #onKey = (e: KeyboardEvent) => {
    const step = arrowStep(e.key, this.locale.rtl);
    let i = this.#focus;
    if (e.key == 'Home') i = 0;
    else if (e.key == 'End') i = 10;
    else if (step) i = (i + step + 11) % 11;
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
    if (from != this && !this.contains(from)) this.#back = from;
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
    const { t, format } = this.locale;
    this.#internals.setValidity(
      this.required && score == null ? { valueMissing: true } : {},
      t('survey.required', { min: format.integer(0), max: format.integer(10) }),
      this.renderRoot.querySelector<HTMLElement>('[role=radio]') ?? undefined,
    );
  }

  /** @internal A form reset clears the score and the comment. */
  formResetCallback(): void {
    this.score = null;
    this.comment = '';
    this.#id = undefined;
    this.#sent = '';
    this.#focus = 0;
  }

  /** @internal Restores the value the browser kept (back navigation, autofill). */
  formStateRestoreCallback(state: string | null): void {
    const m = /^(\d+):([\s\S]*)$/.exec(state ?? '');
    if (m && +m[1]! <= 10) {
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

declare global {
  interface HTMLElementEventMap {
    'nps-score': CustomEvent<NpsScoreDetail>;
    'nps-submit': CustomEvent<NpsSubmitDetail>;
    'nps-submitted': CustomEvent<NpsSubmittedDetail>;
    'nps-dismiss': CustomEvent<NpsDismissDetail>;
  }
}
