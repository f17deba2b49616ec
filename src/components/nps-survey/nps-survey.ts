import type { PropertyDeclarations } from 'lit';
import { npsCategory, type NpsCategory } from '../../metrics/index.js';
import { surveyFieldsSchema, type NpsResponse } from '../../data/index.js';
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
/** `nps-score` detail: the score just chosen, its category and the response id. */
export type NpsScoreDetail = SurveyScoreDetail<NpsCategory>;
/** `nps-submit` detail: the body about to be POSTed (cancel the event to send it yourself). */
export type NpsSubmitDetail = SurveySubmitDetail<NpsResponse>;
/** `nps-submitted` detail: the body the server accepted and its status. */
export type NpsSubmittedDetail = SurveySubmittedDetail<NpsResponse>;
/** `nps-dismiss` detail: whether the visitor had answered before closing. */
export type NpsDismissDetail = SurveyDismissDetail;
/** `crm-error` detail of the survey (see `SurveyErrorDetail`). */
export type NpsErrorDetail = SurveyErrorDetail;

/**
 * The Net Promoter Score survey: "How likely are you to recommend us to a friend or colleague?"
 * on a 0–10 scale, then one optional follow-up question chosen by the answer's category, then a
 * thank-you.
 *
 * The behaviour is the survey engine's (`SurveyElement`, `../survey/survey-element.ts`); this class
 * says what NPS asks: the kind `nps`, the 0–10 scale, `npsCategory`, its messages (`nps.*`) and
 * the three follow-up attributes.
 *
 * **Delivery.** With `action`, each change is POSTed as JSON (`npsResponseSchema`, and
 * `surveyResponseSchema`): the score as soon as it is chosen, then the comment under the same `id`,
 * each body with a `revision` one higher. **Servers upsert by `id` and keep the highest
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
 * @attr brand - The company or product named in the default question ("How likely are you to recommend Acme…").
 * @attr question - Your own question; `{brand}` is replaced by `brand`.
 * @attr low-label - The label under 0 (default "Not at all likely").
 * @attr high-label - The label under 10 (default "Extremely likely").
 * @attr detractor-question - Follow-up after 0–6 (default "What could we do better?").
 * @attr passive-question - Follow-up after 7–8 (default "What would make your experience even better?").
 * @attr promoter-question - Follow-up after 9–10 (default "What do you like most about us?").
 * @attr colored - Colours the unanswered scale by category (0–6 red, 7–8 amber, 9–10 green) and the chosen score in its category's colour. By default every score looks the same and the chosen one takes the focus colour: a colour-coded scale sways the answers.
 * @prop score - The chosen score, 0–10, or null.
 *
 * @fires {CustomEvent<NpsScoreDetail>} nps-score - A score was chosen: `detail` `{ score, category, id }`.
 * @fires {CustomEvent<NpsSubmitDetail>} nps-submit - Cancelable, before each POST: `detail` `{ response }`; `preventDefault()` to send it yourself.
 * @fires {CustomEvent<NpsSubmittedDetail>} nps-submitted - The server answered 2xx: `detail` `{ response, status }`.
 * @fires {CustomEvent<NpsDismissDetail>} nps-dismiss - The visitor closed the survey: `detail` `{ answered }`.
 * @fires {CustomEvent<NpsErrorDetail>} crm-error - A POST failed (`queued: true` when it will be retried), was rejected (4xx), the outbox dropped its oldest entry (`kind: 'outbox'`), or `properties` is invalid.
 *
 * @csspart scale - The radio group of the 11 scores.
 *
 * @cssprop --crm-color-promoter - With `colored`: scores 9–10.
 * @cssprop --crm-color-passive - With `colored`: scores 7–8.
 * @cssprop --crm-color-detractor - With `colored`: scores 0–6.
 * @cssprop --crm-color-focus - Focus ring, the send button and the chosen score.
 */
export class NpsSurvey extends SurveyElement<NpsCategory> {
  // The base's properties are inherited; these are NPS's follow-ups (`<category>Question`, attribute
  // `<category>-question`: the engine gives every property its kebab-case attribute).
  static override properties: PropertyDeclarations = {
    detractorQuestion: {},
    passiveQuestion: {},
    promoterQuestion: {},
  };

  // Read by name by the engine (`<category>Question`); absent means the message.
  declare detractorQuestion?: string | null;
  declare passiveQuestion?: string | null;
  declare promoterQuestion?: string | null;

  protected readonly kind = 'nps';
  protected readonly schema = surveyFieldsSchema;
  protected range(): readonly [number, number] {
    return [0, 10];
  }
  protected categoryOf(score: number): NpsCategory {
    return npsCategory(score);
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
