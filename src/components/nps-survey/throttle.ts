// <nps-survey>'s memory is the survey engine's (../survey/throttle.ts) under the key NPS has always
// used (`crm-widgets:nps-survey`), so visitors throttled before the engine stay throttled. These
// are the engine's functions with that key filled in.
import { SURVEY_KEY, mayShow as mayShowAt, remember as rememberAt } from '../survey/throttle.js';
import type { Seen, ShowRules } from '../survey/throttle.js';

export { SURVEY_KEY };
export type { Memory, Seen, ShowRules } from '../survey/throttle.js';

/** Whether `<nps-survey>` may be shown now (`now` in epoch ms). */
export const mayShow = (rules: ShowRules, now = Date.now()): boolean => mayShowAt(SURVEY_KEY, rules, now);

/** Remembers that `respondent` (absent: the browser) answered or dismissed `<nps-survey>` at `now`. */
export const remember = (respondent: string | null | undefined, what: keyof Seen, now = Date.now()): void =>
  rememberAt(SURVEY_KEY, respondent, what, now);
