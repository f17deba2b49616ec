import type { PropertyDeclarations } from 'lit';
import { cesCategory, type CesCategory, type CesScale } from '../../metrics/index.js';
import { surveyFieldsSchema, type SurveyResponse } from '../../data/index.js';
import {
  SurveyElement,
  type SurveyDismissDetail,
  type SurveyErrorDetail,
  type SurveyScoreDetail,
  type SurveySubmitDetail,
  type SurveySubmittedDetail,
} from '../survey/survey-element.js';
import './messages.js';

export type { SurveyStep } from '../survey/survey-element.js';
/** `ces-score` detail: the score just chosen, its category and the response id. */
export type CesScoreDetail = SurveyScoreDetail<CesCategory>;
/** `ces-submit` detail: the body about to be POSTed (cancel the event to send it yourself). */
export type CesSubmitDetail = SurveySubmitDetail<SurveyResponse>;
/** `ces-submitted` detail: the body the server accepted and its status. */
export type CesSubmittedDetail = SurveySubmittedDetail<SurveyResponse>;
/** `ces-dismiss` detail: whether the visitor had answered before closing. */
export type CesDismissDetail = SurveyDismissDetail;
/** `crm-error` detail of the survey (see `SurveyErrorDetail`). */
export type CesErrorDetail = SurveyErrorDetail;

/**
 * The Customer Effort Score survey: "{brand} made it easy for me to handle my issue." on a 1–7
 * agreement scale (or 1–5 with `scale="1-5"`), from "Strongly disagree" to "Strongly agree", then
 * one optional follow-up chosen by the answer's category (`cesCategory`: the top two points easy,
 * the bottom two hard, the rest neutral), then a thank-you. `computeCes` (`crm-widgets/metrics`)
 * turns the collected scores into the CES.
 *
 * The behaviour is the survey engine's (`SurveyElement`, `../survey/survey-element.ts`); this class
 * says what CES asks: the kind `ces`, the scale, `cesCategory`, its messages (`ces.*`) and the
 * three follow-up attributes. Each body carries `kind: 'ces'` and `scale: '1-7'` or `'1-5'`.
 *
 * **The points.** Numbers in the locale's digits; the two ends are labelled under the scale and
 * each end button is described by its label for screen readers.
 *
 * **Delivery.** With `action`, each change is POSTed as JSON (`surveyResponseSchema`, the
 * schema of every survey kind): the score as soon as it is chosen, then the comment under
 * the same `id`, each body with a `revision` one higher. **Servers upsert by `id` and keep the highest
 * revision**: store the first body with a new id, and let a later body with the same id replace
 * it only when its `revision` is higher (the comment, a changed score; a retry or a slow request
 * committed late has a lower or equal one). Every POST goes through a persistent outbox
 * (localStorage key `crm-widgets:outbox`): a network error, timeout, 5xx or 429 keeps it there and
 * it is retried with exponential backoff, on `online`, on the next page load and, as the page goes
 * away, with `fetch(…, { keepalive: true })`; it is deleted only after a 2xx. A 4xx other than
 * 429 is shown and not retried. Cross-origin endpoints must answer CORS preflights for
 * `Content-Type: application/json` (and allow credentials when `credentials="include"`).
 *
 * **Not pestering.** After an answer the survey is hidden for `throttle-days`, after a dismissal for
 * `decline-throttle-days`, and before `first-survey-delay-days` after `respondent-since`; `sample`
 * shows it to that fraction of browsers. All of it per `respondent-id`, else per browser, in
 * localStorage under `crm-widgets:ces-survey`: its own, so answering or closing it leaves
 * `<nps-survey>` and `<csat-survey>` as they were. A form field (below) is never hidden.
 *
 * **Form field.** With `name` and without `action`, the survey is a form control: the enclosing
 * form submits `<name>` = the score and `<name>-comment` = the comment (when there is one);
 * `required` takes part in the form's validation; a form reset clears it. It then has no
 * send, skip, close or thank-you: the form's own button submits.
 *
 * **Anti-spam.** A hidden honeypot field, and a score chosen less than `min-answer-time` seconds
 * after the survey appeared, mark the response `suspect: true` (it is still sent).
 *
 * @summary Customer Effort Score survey (1–7 or 1–5 agreement) with follow-up question, exactly-once delivery and throttling.
 *
 * @tagname ces-survey
 *
 * @attr scale - `1-7` (default) or `1-5`. Any other value is the default 1–7, as an unknown value of the kit's other enumerated attributes is their default. Read until the first answer: a response keeps the scale it was answered on.
 * @attr brand - The company or product in the default statement ("Acme made it easy for me…"); inserted as is.
 * @attr question - Your own statement or question; `{brand}` is replaced by `brand`.
 * @attr low-label - The label under 1 (default "Strongly disagree").
 * @attr high-label - The label under 7 or 5 (default "Strongly agree").
 * @attr hard-question - Follow-up after the bottom two points, 1–2 (default "What made it difficult?").
 * @attr neutral-question - Follow-up after the middle points, 3–5 on 1–7, 3 on 1–5 (default "What would have made it easier?").
 * @attr easy-question - Follow-up after the top two points, 6–7 or 4–5 (default "What made it easy?").
 * @attr colored - Colours the unanswered scale by category (the bottom two red, the middle amber, the top two green) and the chosen score in its category's colour. By default every score looks the same and the chosen one takes the focus colour: a colour-coded scale sways the answers.
 * @prop score - The chosen score, 1–7 (or 1–5), or null.
 *
 * @fires {CustomEvent<CesScoreDetail>} ces-score - A score was chosen: `detail` `{ score, category, id }`.
 * @fires {CustomEvent<CesSubmitDetail>} ces-submit - Cancelable, before each POST: `detail` `{ response }`; `preventDefault()` to send it yourself.
 * @fires {CustomEvent<CesSubmittedDetail>} ces-submitted - The server answered 2xx: `detail` `{ response, status }`.
 * @fires {CustomEvent<CesDismissDetail>} ces-dismiss - The visitor closed the survey: `detail` `{ answered }`.
 * @fires {CustomEvent<CesErrorDetail>} crm-error - A POST failed (`queued: true` when it will be retried), was rejected (4xx), the outbox dropped its oldest entry (`kind: 'outbox'`), or `properties` is invalid.
 *
 * @csspart scale - The radio group of the 7 (or 5) scores.
 *
 * @cssprop --crm-color-promoter - With `colored`: the top two points (easy).
 * @cssprop --crm-color-passive - With `colored`: the points between (neutral).
 * @cssprop --crm-color-detractor - With `colored`: the bottom two points (hard).
 * @cssprop --crm-color-focus - Focus ring, the send button and the chosen score.
 */
export class CesSurvey extends SurveyElement<CesCategory> {
  // The base's properties are inherited; these are CES's scale and follow-ups (`<category>Question`).
  static override properties: PropertyDeclarations = {
    scale: {},
    hardQuestion: { attribute: 'hard-question' },
    neutralQuestion: { attribute: 'neutral-question' },
    easyQuestion: { attribute: 'easy-question' },
  };

  scale: '1-7' | '1-5' = '1-7';
  hardQuestion: string | null = null;
  neutralQuestion: string | null = null;
  easyQuestion: string | null = null;

  protected readonly kind = 'ces';
  protected readonly schema = surveyFieldsSchema;
  /** The scale shown: `scale` until the first score, then the one that score was given on. */
  #scale: CesScale = '1-7';

  protected range(): readonly [number, number] {
    if (this.score == null) this.#scale = this.scale == '1-5' ? '1-5' : '1-7';
    return [1, this.#scale == '1-5' ? 5 : 7];
  }
  protected categoryOf(score: number): CesCategory {
    this.range();
    return cesCategory(score, this.#scale);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ces-score': CustomEvent<CesScoreDetail>;
    'ces-submit': CustomEvent<CesSubmitDetail>;
    'ces-submitted': CustomEvent<CesSubmittedDetail>;
    'ces-dismiss': CustomEvent<CesDismissDetail>;
  }
}
