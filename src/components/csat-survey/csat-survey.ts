import { css, html, type PropertyDeclarations } from 'lit';
import { csatCategory, type CsatCategory } from '../../metrics/index.js';
import { surveyFieldsSchema, type SurveyResponse } from '../../data/index.js';
import {
  SurveyElement,
  type SurveyDismissDetail,
  type SurveyErrorDetail,
  type SurveyScoreDetail,
  type SurveySubmitDetail,
  type SurveySubmittedDetail,
} from '../survey/survey-element.js';
import { face, star } from './icons.js';
import './messages.js';

export type { SurveyStep } from '../survey/survey-element.js';
/** `csat-score` detail: the score just chosen, its category and the response id. */
export type CsatScoreDetail = SurveyScoreDetail<CsatCategory>;
/** `csat-submit` detail: the body about to be POSTed (cancel the event to send it yourself). */
export type CsatSubmitDetail = SurveySubmitDetail<SurveyResponse>;
/** `csat-submitted` detail: the body the server accepted and its status. */
export type CsatSubmittedDetail = SurveySubmittedDetail<SurveyResponse>;
/** `csat-dismiss` detail: whether the visitor had answered before closing. */
export type CsatDismissDetail = SurveyDismissDetail;
/** `crm-error` detail of the survey (see `SurveyErrorDetail`). */
export type CsatErrorDetail = SurveyErrorDetail;

/** How the five answers look: digits, a row of stars (a rating) or five faces. */
export type CsatAppearance = 'numbers' | 'stars' | 'faces';

/**
 * The customer satisfaction survey: "How satisfied were you with {subject}?" on 1–5 (numbers,
 * stars or faces), then one optional follow-up chosen by the answer (satisfied 4–5, neutral 3,
 * unsatisfied 1–2: `csatCategory`), then a thank-you. CSAT is the share of 4–5 answers
 * (`computeCsat`).
 *
 * The behaviour is the survey engine's (`SurveyElement`, `../survey/survey-element.ts`), the same as
 * `<nps-survey>`'s: delivery through the outbox with revisions, throttles, form field, popover,
 * honeypot, keyboard. Each body is `surveyResponseSchema`'s with `kind: 'csat'`, `scale: '1-5'`;
 * servers keep the highest `revision` per `id`. Its throttles are its own
 * (localStorage `crm-widgets:csat-survey`): answering it does not silence `<nps-survey>`.
 *
 * Stars and faces are inline SVG in `currentColor` (no emoji font; forced colors and dark mode
 * follow the text); each button stays a radio named by its number and its answer ("4, Satisfied").
 *
 * @summary CSAT survey (1–5: numbers, stars or faces) with follow-up, exactly-once delivery and throttling.
 *
 * @tagname csat-survey
 *
 * @attr subject - What the question asks about ("How satisfied were you with {subject}?"), inserted as written: "your order". Absent: "your experience".
 * @attr question - Your own question; `{subject}` is replaced by `subject`.
 * @attr brand - Not used by CSAT, whose question names `subject`; the survey engine's attribute for NPS and CES.
 * @attr appearance - `numbers` (default), `stars` (the chosen star and those before it filled) or `faces`.
 * @attr low-label - The label under 1 (default "Very unsatisfied").
 * @attr high-label - The label under 5 (default "Very satisfied").
 * @attr satisfied-question - Follow-up after 4–5 (default "What did you like most?").
 * @attr neutral-question - Follow-up after 3 (default "What would have made your experience better?").
 * @attr unsatisfied-question - Follow-up after 1–2 (default "We're sorry. What should we do better?").
 * @attr colored - Colours the answers by category (1–2 red, 3 amber, 4–5 green; faces in their colour).
 * @prop score - The chosen score, 1–5, or null.
 *
 * @fires {CustomEvent<CsatScoreDetail>} csat-score - A score was chosen: `detail` `{ score, category, id }`.
 * @fires {CustomEvent<CsatSubmitDetail>} csat-submit - Cancelable, before each POST: `detail` `{ response }`.
 * @fires {CustomEvent<CsatSubmittedDetail>} csat-submitted - The server answered 2xx: `detail` `{ response, status }`.
 * @fires {CustomEvent<CsatDismissDetail>} csat-dismiss - The visitor closed the survey: `detail` `{ answered }`.
 * @fires {CustomEvent<CsatErrorDetail>} crm-error - A POST failed (`queued: true` when it will be retried), was rejected (4xx), the outbox dropped its oldest entry, or `properties` is invalid.
 *
 * @csspart scale - The radio group of the 5 answers.
 *
 * @cssprop --crm-color-promoter - With `colored`: 4–5.
 * @cssprop --crm-color-passive - With `colored`: 3.
 * @cssprop --crm-color-detractor - With `colored`: 1–2.
 * @cssprop --crm-color-focus - Focus ring, the send button, the chosen answer and the stars before it.
 */
export class CsatSurvey extends SurveyElement<CsatCategory> {
  static override styles = [
    SurveyElement.styles,
    css`
      /* The stars and faces (the only SVG), square: the width follows the viewBox; the button centres it. */
      svg {
        height: 1.75rem;
      }
      /* A rating: the chosen star and those before it filled, these in the chosen one's colour. */
      :has(~ [aria-checked='true']) > .star {
        color: var(--_k, var(--_focus));
        fill: currentColor;
      }
      [aria-checked='true'] > .star {
        fill: currentColor;
      }
      :host([colored]) [aria-checked='false'] > .face {
        color: var(--_c);
      }
    `,
  ];

  // The base's properties are inherited; these are CSAT's: the subject, the look, the follow-ups.
  static override properties: PropertyDeclarations = {
    subject: {},
    appearance: { reflect: true },
    satisfiedQuestion: {},
    neutralQuestion: {},
    unsatisfiedQuestion: {},
  };

  declare subject?: string | null;
  /** Absent: numbers. */
  declare appearance?: CsatAppearance;
  // Read by name by the engine (`<category>Question`); absent means the message.
  declare satisfiedQuestion?: string | null;
  declare neutralQuestion?: string | null;
  declare unsatisfiedQuestion?: string | null;

  protected readonly kind = 'csat';
  protected readonly schema = surveyFieldsSchema;
  protected range(): readonly [number, number] {
    return [1, 5];
  }
  protected categoryOf(score: number): CsatCategory {
    return csatCategory(score);
  }
  protected override readonly about = 'subject';

  /**
   * Numbers: the digit. Stars and faces: the picture (hidden) and, for assistive technology, the
   * number and its answer ("4 Satisfied", from `csat.labels`; one text node, so the accessible name
   * keeps its space).
   */
  protected override renderScore(score: number): unknown {
    const n = super.renderScore(score);
    const { appearance } = this;
    const draw = appearance == 'stars' ? star : appearance == 'faces' && face;
    return draw
      ? html`${draw(score as 1)}<span class="visually-hidden"
            >${`${n} ${this.locale.t('csat.labels').split('|')[score - 1]}`}</span
          >`
      : n;
  }
}

declare global {
  interface HTMLElementEventMap {
    'csat-score': CustomEvent<CsatScoreDetail>;
    'csat-submit': CustomEvent<CsatSubmitDetail>;
    'csat-submitted': CustomEvent<CsatSubmittedDetail>;
    'csat-dismiss': CustomEvent<CsatDismissDetail>;
  }
}
