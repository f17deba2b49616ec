// "Not pestering": when a survey may be shown, remembered in localStorage (see src/data/storage.ts).
import { readJson, writeJson } from '../../data/storage.js';

/**
 * The localStorage key of what a survey of `kind` remembers in a browser, one per kind so that
 * answering a CSAT survey does not silence the NPS one: `crm-widgets:nps-survey` (the key NPS has
 * always used, so existing visitors keep their throttles), `crm-widgets:csat-survey`,
 * `crm-widgets:ces-survey`. The value is
 * `{ draw, seen: { [respondent]: { answered?, declined? } } }`: `draw` is the browser's random
 * number in [0, 1) that `sample` is compared with (drawn once, so a visitor is in or out of the
 * sample for good); `seen` holds, per `respondent-id` (`""` for a visitor without one), the epoch
 * ms of the last answer and of the last dismissal.
 */
export const surveyKey = (kind: string): string => `crm-widgets:${kind}-survey`;
/** The localStorage key of `<nps-survey>`'s memory: `surveyKey('nps')`. */
export const SURVEY_KEY = 'crm-widgets:nps-survey';

/** When a respondent last answered and dismissed, epoch ms. */
export interface Seen {
  answered?: number;
  declined?: number;
}
/** The value stored under a survey key. */
export interface Memory {
  draw?: number;
  seen?: Record<string, Seen>;
}

const DAY = 864e5;
const read = (key: string): Memory => {
  const m = readJson<Memory>(key);
  return m && typeof m == 'object' ? m : {};
};

/** What decides whether a survey is shown. Days may be fractional; 0 turns a rule off. */
export interface ShowRules {
  /** `respondent-id`; absent: the browser. */
  respondent?: string | null;
  /** Days hidden after an answer. */
  throttleDays: number;
  /** Days hidden after a dismissal. */
  declineDays: number;
  /** The respondent's account creation date (anything `Date` parses). */
  since?: string | null;
  /** Days after `since` before the first survey. */
  firstDelayDays: number;
  /** Fraction of browsers shown the survey, 0…1. */
  sample: number;
}

/**
 * Whether the survey remembering under `key` may be shown now (`now` in epoch ms). Draws the
 * browser's sample number once per key.
 */
export function mayShow(key: string, rules: ShowRules, now = Date.now()): boolean {
  const m = read(key);
  if (rules.sample < 1) {
    let draw = m.draw;
    if (!(typeof draw == 'number' && draw >= 0 && draw < 1))
      writeJson(key, { ...m, draw: (draw = Math.random()) });
    if (draw >= rules.sample) return false;
  }
  const seen = m.seen?.[rules.respondent ?? ''] ?? {};
  const since = rules.since ? Date.parse(rules.since) : NaN;
  return !(
    now - (seen.answered ?? -Infinity) < rules.throttleDays * DAY ||
    now - (seen.declined ?? -Infinity) < rules.declineDays * DAY ||
    now - since < rules.firstDelayDays * DAY
  );
}

/** Remembers under `key` that `respondent` (absent: the browser) answered or dismissed the survey at `now`. */
export function remember(
  key: string,
  respondent: string | null | undefined,
  what: keyof Seen,
  now = Date.now(),
): void {
  const m = read(key);
  const who = respondent ?? '';
  const seen = { ...m.seen };
  seen[who] = { ...seen[who], [what]: now };
  writeJson(key, { ...m, seen });
}
