// Helpers of the <csat-survey> tests: mounting and driving the survey by its scores 1–5. The
// collector and outbox helpers of the NPS tests are kind-free and re-exported from there.
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/csat-survey/index.js';
import type { CsatSurvey } from '../../../src/components/csat-survey/index.js';
import { surveyKey } from '../../../src/components/survey/throttle.js';
import {
  send as sendNps,
  settle as settleNps,
  skip as skipNps,
  typeComment as typeNps,
  type Mount,
  type NpsSurvey,
} from '../nps-survey/helpers.js';

export type { CsatSurvey, Mount };
export {
  $,
  OUTBOX_KEY,
  SURVEY_KEY,
  box,
  collector,
  focused,
  has,
  honeypot,
  outboxDrained,
  outboxEntries,
  part,
  partShown,
  parts,
  received,
  receivedAtLeast,
  record,
  resetStorage,
  text,
  withDocument,
} from '../nps-survey/helpers.js';

/** `<csat-survey>`'s localStorage key of throttles and sampling. */
export const CSAT_KEY = surveyKey('csat');

/** Waits for pending renders. */
const asNps = (el: CsatSurvey) => el as unknown as NpsSurvey;
export const settle = (el: CsatSurvey): Promise<void> => settleNps(asNps(el));

/**
 * Mounts `<csat-survey>` (or `tag`) in a `<div>` slot and waits for its render: `min-answer-time="0"`
 * unless given; `true` attributes are set empty. The NPS helper's `mount` with the tag as a parameter.
 */
export async function mount(
  { attrs = {}, width, wrapper = {}, children }: Mount = {},
  tag = 'csat-survey',
): Promise<CsatSurvey> {
  const el = document.createElement(tag) as CsatSurvey;
  const all: Record<string, string | number | boolean> = { 'min-answer-time': 0, ...attrs };
  for (const [k, v] of Object.entries(all)) if (v !== false) el.setAttribute(k, v === true ? '' : String(v));
  if (children) el.append(document.createRange().createContextualFragment(children));
  const slot = document.createElement('div');
  for (const [k, v] of Object.entries(wrapper)) slot.setAttribute(k, v);
  if (width !== undefined) slot.style.width = `${width}px`;
  slot.append(el);
  await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el);
  return el;
}

/** The five score buttons, 1…5 in DOM order. */
export const scoreButtons = (el: Element): HTMLButtonElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part~='score']"),
];

/** The button of one score (1–5). */
export const scoreButton = (el: Element, score: number): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-score="${score}"]`)!;

/** Clicks a score (1–5) and waits for the render. */
export async function choose(el: CsatSurvey, score: number): Promise<void> {
  scoreButton(el, score).click();
  await settle(el);
}

/** The question text. */
export const question = (el: Element): string =>
  el.shadowRoot!.querySelector("[part~='question']")!.textContent!.replace(/\s+/g, ' ').trim();

/** Types a comment (input events) and waits for the render. */
export const typeComment = (el: CsatSurvey, comment: string): Promise<void> => typeNps(asNps(el), comment);
/** Clicks Send and waits for the render. */
export const send = (el: CsatSurvey): Promise<void> => sendNps(asNps(el));
/** Clicks Skip and waits for the render. */
export const skip = (el: CsatSurvey): Promise<void> => skipNps(asNps(el));
