// Helpers of the <ces-survey> tests: the NPS survey's helpers (test/components/nps-survey/helpers.ts)
// work on any survey kind, since the engine renders the same parts; these mount <ces-survey> (or
// another survey tag) and type them for it. Importing them also registers <nps-survey>, which the
// per-kind throttle tests mount beside it.
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/ces-survey/index.js';
import type { CesSurvey } from '../../../src/components/ces-survey/index.js';
import * as nps from '../nps-survey/helpers.js';
import { parts, text } from '../harness.js';

export { axFind, axTree } from '../harness.js';

export type { CesSurvey };
export type { Mount, Received, Step } from '../nps-survey/helpers.js';
export {
  $,
  OUTBOX_KEY,
  SURVEY_KEY,
  afterFrames,
  box,
  collector,
  focused,
  has,
  outboxDrained,
  outboxEntries,
  part,
  parts,
  received,
  receivedAtLeast,
  record,
  resetStorage,
  text,
} from '../nps-survey/helpers.js';

/** Any survey element (the NPS helpers take one). */
type Survey = CesSurvey | nps.NpsSurvey;
const asNps = (el: Survey) => el as unknown as nps.NpsSurvey;

/** The localStorage key of <ces-survey>'s throttles and sample draw. */
export const CES_KEY = 'crm-widgets:ces-survey';

/**
 * Mounts `<ces-survey>` (or `tag`) in a `<div>` slot and waits for its render, as the NPS helper
 * does: `min-answer-time="0"` unless given, `true` attributes set empty.
 */
export async function mount<T extends Survey = CesSurvey>(
  { attrs = {}, width, wrapper = {}, children }: nps.Mount = {},
  tag = 'ces-survey',
): Promise<T> {
  const el = document.createElement(tag) as T;
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

/** Mounts `<nps-survey>` with the same defaults. */
export const mountNps = (m: nps.Mount = {}): Promise<nps.NpsSurvey> => mount<nps.NpsSurvey>(m, 'nps-survey');

export const settle = (el: Survey): Promise<void> => nps.settle(asNps(el));
export const typeComment = (el: Survey, comment: string): Promise<void> =>
  nps.typeComment(asNps(el), comment);
export const send = (el: Survey): Promise<void> => nps.send(asNps(el));
export const skip = (el: Survey): Promise<void> => nps.skip(asNps(el));
export const partShown = (el: Survey, name: string): Promise<HTMLElement> => nps.partShown(asNps(el), name);
export const question = (el: Survey): string => nps.question(asNps(el));
export const errorText = (el: Survey): string => nps.errorText(asNps(el));
export const honeypot = (el: Survey): HTMLInputElement => nps.honeypot(asNps(el));

/** The score buttons in DOM order (1…7 or 1…5). */
export const scoreButtons = (el: Survey): HTMLButtonElement[] => parts(el, 'score') as HTMLButtonElement[];
/** The button of one score (by `data-score`, so 1 is the first). */
export const scoreButton = (el: Survey, score: number): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-score="${score}"]`)!;
/** The score of each button, in DOM order. */
export const scores = (el: Survey): number[] => scoreButtons(el).map((b) => Number(b.dataset.score));
/** The text of each button, in DOM order. */
export const labels = (el: Survey): string[] => scoreButtons(el).map((b) => text(b));

/** Clicks a score and waits for the render. */
export async function choose(el: Survey, score: number): Promise<void> {
  scoreButton(el, score).click();
  await settle(el);
}

/** The two scales and each score's category on it (`cesCategory`: top two easy, bottom two hard). */
export const SCALES = [
  {
    scale: '1-7',
    max: 7,
    categories: { 1: 'hard', 2: 'hard', 3: 'neutral', 4: 'neutral', 5: 'neutral', 6: 'easy', 7: 'easy' },
  },
  { scale: '1-5', max: 5, categories: { 1: 'hard', 2: 'hard', 3: 'neutral', 4: 'easy', 5: 'easy' } },
] as const;
