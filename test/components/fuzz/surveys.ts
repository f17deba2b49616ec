// The attributes of the surveys' fuzz cases: every documented attribute, given hostile text.
import * as fc from 'fast-check';
import { asText, label, nasty } from './fuzz.js';

const text = fc.oneof(label, nasty.map(asText), fc.constantFrom('{brand}', "$&|$`|$'|$$|$1", '{subject}'));
const num = fc.oneof(
  nasty.map(asText),
  fc.double().map(asText),
  fc.constantFrom('0', '1', '0.5', '-3', '1e308'),
);

/** Attributes every survey shares (delivery, throttle, form), never an http(s) action: nothing is posted. */
const common = {
  action: fc.constantFrom('javascript:alert(1)', 'data:,x', 'ftp://example.com/x', 'mailto:a@b', ''),
  name: fc.constantFrom('nps', 'x'),
  required: fc.constant(''),
  'max-length': num,
  'respondent-id': text,
  properties: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('{"plan":"pro"}', '{', 'NaN', '{"a":{"b":1}}', '[1]', '{"n":1e308}'),
  ),
  'keep-query': fc.constant(''),
  'throttle-days': num,
  'decline-throttle-days': num,
  'respondent-since': fc.oneof(
    nasty.map(asText),
    fc.constantFrom('2024-02-30', '2024-01-01T00:00:00+0330', '2020-01-01'),
  ),
  'first-survey-delay-days': num,
  sample: num,
  mode: fc.constantFrom('inline', 'popover', 'bogus'),
  delay: num,
  open: fc.constant(''),
  'min-answer-time': num,
  timeout: num,
  credentials: fc.constantFrom('omit', 'include', 'same-origin', 'x'),
  theme: fc.constantFrom('light', 'dark', 'x'),
  numbering: fc.constantFrom('latn', 'arab', 'arabext', 'x'),
  'low-label': text,
  'high-label': text,
  question: text,
  colored: fc.constant(''),
};

/** A survey's attributes: the common ones and its own texts. */
export const surveyAttrs = (
  own: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<Record<string, string>> => fc.record({ ...common, ...own }, { requiredKeys: [] });

export const npsAttrs = surveyAttrs({
  brand: text,
  'detractor-question': text,
  'passive-question': text,
  'promoter-question': text,
});
export const csatAttrs = surveyAttrs({
  subject: text,
  appearance: fc.constantFrom('numbers', 'stars', 'faces', 'x'),
  'satisfied-question': text,
  'neutral-question': text,
  'unsatisfied-question': text,
});
export const cesAttrs = surveyAttrs({
  scale: fc.constantFrom('1-7', '1-5', '0-10', 'x', ''),
  brand: text,
  'hard-question': text,
  'neutral-question': text,
  'easy-question': text,
});
