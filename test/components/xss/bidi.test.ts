// Bidi isolation of data strings in accessible names (issue 17, "Bidi"): a caption, stage name or
// item name holding U+202E (right-to-left override) followed by numbers must
// not run its override into the numbers or words after it. Read from the browser's computed
// accessibility tree: every name that holds the string either is that string alone or holds it
// between FSI (U+2068) and PDI (U+2069). In English, Persian and Arabic. The surveys too: their
// brand or subject, the page's question, end labels and follow-ups, in the names and on screen, while
// the body they deliver keeps the question as written (no FSI or PDI stored).
import { expect } from '@open-wc/testing';
import '../../../src/components/nps-gauge/index.js';
import '../../../src/components/funnel-view/index.js';
import '../../../src/components/churn-trend/index.js';
import '../../../src/components/breakdown-bars/index.js';
import '../../../src/components/kpi-card/index.js';
import '../../../src/components/nps-survey/index.js';
import '../../../src/components/csat-survey/index.js';
import '../../../src/components/ces-survey/index.js';
import { collector, receivedAtLeast } from '../nps-survey/helpers.js';
import {
  axFind,
  axTree,
  liveRegion,
  mountElement,
  settle,
  text,
  type Host,
  type MountOptions,
} from '../harness.js';
import { LANGS } from './vectors.js';

/** An override and a name: unisolated, it reverses what follows ("…: 100" read as "001 :…"). */
const S = '\u202eAcme 42';

interface Case {
  tag: string;
  where: string;
  mount: MountOptions;
}

const churn = {
  granularity: 'month',
  points: [
    { period: '2024-01', customersAtStart: 100, customersLost: 4 },
    { period: '2024-02', customersAtStart: 96, customersLost: 3 },
  ],
};

const CASES: Case[] = [
  {
    tag: 'nps-gauge',
    where: 'label',
    mount: { attrs: { label: S, promoters: 60, passives: 25, detractors: 15 } },
  },
  {
    tag: 'funnel-view',
    where: 'label',
    mount: {
      attrs: { label: S },
      data: {
        stages: [
          { label: 'Visits', value: 1200 },
          { label: 'Leads', value: 300 },
        ],
      },
    },
  },
  {
    tag: 'funnel-view',
    where: 'stage name',
    mount: {
      data: {
        stages: [
          { label: S, value: 1200 },
          { label: 'Leads', value: 300 },
        ],
      },
    },
  },
  { tag: 'churn-trend', where: 'label', mount: { attrs: { label: S }, data: churn } },
  {
    tag: 'breakdown-bars',
    where: 'label',
    mount: {
      attrs: { label: S },
      data: [
        { label: 'Web', value: 500 },
        { label: 'Ads', value: 300 },
      ],
    },
  },
  {
    tag: 'breakdown-bars',
    where: 'item label',
    mount: {
      data: [
        { label: S, value: 500 },
        { label: 'Ads', value: 300 },
      ],
    },
  },
  { tag: 'kpi-card', where: 'label', mount: { attrs: { label: S, value: 0.25, format: 'percent' } } },
];

/** Whether every occurrence of `s` in `name` is isolated (or `name` is `s` alone). */
export function isolated(name: string, s: string): boolean {
  if (name.trim() === s) return true;
  for (let i = name.indexOf(s); i >= 0; i = name.indexOf(s, i + 1))
    if (name[i - 1] !== '\u2068' || name[i + s.length] !== '\u2069') return false;
  return true;
}

describe('data strings are bidi-isolated in accessible names', () => {
  it('the check itself: isolated, alone, or not', () => {
    expect(isolated(`Score \u2068${S}\u2069 100`, S)).to.equal(true);
    expect(isolated(S, S)).to.equal(true);
    expect(isolated(`${S}: 100`, S)).to.equal(false);
    expect(isolated(`\u2068${S}\u2069 and ${S} 1`, S)).to.equal(false);
  });

  for (const { tag, where, mount } of CASES)
    for (const { lang, dir } of LANGS)
      it(`<${tag}> ${where} (${lang})`, async () => {
        const el = await mountElement<Host>(tag, { ...mount, wrapper: { lang, dir } });
        await settle(el);
        const named = axFind(await axTree(), (n) => (n.name ?? '').includes(S));
        expect(named.length, `no accessible name holds the ${where}`).to.be.greaterThan(0);
        for (const n of named) expect(isolated(n.name, S), `${n.role} "${n.name}"`).to.equal(true);
      });
});

describe('data strings are bidi-isolated in live regions', () => {
  for (const { lang, dir } of LANGS)
    it(`<nps-gauge> announces a new score with its label isolated (${lang})`, async () => {
      const el = await mountElement<Host>('nps-gauge', {
        attrs: { label: S, promoters: 60, passives: 25, detractors: 15 },
        wrapper: { lang, dir },
      });
      el.setAttribute('promoters', '80');
      await settle(el);
      const said = liveRegion(el).textContent ?? '';
      expect(said).to.include(S);
      expect(isolated(said.trim(), S), said).to.equal(true);
    });
});

/** What differs between the survey kinds: the placeholder's attribute, a follow-up attribute of the top score. */
const KINDS = {
  'nps-survey': { about: 'brand', followUp: 'promoter-question' },
  'csat-survey': { about: 'subject', followUp: 'satisfied-question' },
  'ces-survey': { about: 'brand', followUp: 'easy-question' },
} as const;

interface SurveyCase {
  where: string;
  attrs: Record<string, string>;
  /** Choose the top score first, so that the follow-up is shown. */
  answer?: boolean;
  /** The role of a node whose name must hold the string. */
  role?: string;
}

/** Where a survey puts a page's string: in the question, the dialog's name, the labels, the follow-up. */
const surveyCases = (about: string, followUp: string): SurveyCase[] => [
  { where: `${about} in the question`, attrs: { [about]: S }, role: 'radiogroup' },
  {
    where: `${about} in the page's question`,
    attrs: { [about]: S, question: `Q {${about}} after 12` },
    role: 'radiogroup',
  },
  {
    where: `${about} in the popover's name`,
    attrs: { [about]: S, mode: 'popover', open: '' },
    role: 'dialog',
  },
  { where: 'end labels', attrs: { 'low-label': S, 'high-label': S } },
  { where: followUp, attrs: { [followUp]: S }, answer: true, role: 'textbox' },
  {
    where: `${about} in the follow-up`,
    attrs: { [about]: S, [followUp]: `F {${about}} after 12` },
    answer: true,
    role: 'textbox',
  },
];

/** Mounts a survey in a language, and answers its top score when asked to. */
async function mountSurvey(
  tag: string,
  attrs: Record<string, string>,
  { lang, dir }: { lang: string; dir: string },
  answer = false,
): Promise<Host> {
  const el = await mountElement<Host>(tag, {
    attrs: { 'min-answer-time': '0', ...attrs },
    wrapper: { lang, dir },
  });
  if (answer) {
    const scores = el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part~='score']");
    scores[scores.length - 1]!.click();
    await settle(el);
    expect(el.getAttribute('step')).to.equal('follow-up');
  }
  return el;
}

/** Left edge on screen of the character at `i` of the text node `node`. */
function leftOf(node: Text, i: number): number {
  const range = document.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  return range.getBoundingClientRect().left;
}

/**
 * Whether the word "after" and the number "12" that follow the string on screen read left to right
 * (an override running into them would draw them "retfa" and "21"), in every text node holding them.
 */
function afterReadsInOrder(el: Element): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf('after 12');
    if (i < 0) continue;
    found++;
    expect(leftOf(n, i), `"after" in "${n.data}"`).to.be.lessThan(leftOf(n, i + 4));
    expect(leftOf(n, i + 6), `"12" in "${n.data}"`).to.be.lessThan(leftOf(n, i + 7));
  }
  return found;
}

for (const [tag, { about, followUp }] of Object.entries(KINDS))
  describe(`<${tag}>: data strings are bidi-isolated`, () => {
    beforeEach(() => localStorage.clear());

    for (const { lang, dir } of LANGS) {
      for (const { where, attrs, answer, role } of surveyCases(about, followUp))
        it(`${where}: accessible names (${lang})`, async () => {
          await mountSurvey(tag, attrs, { lang, dir }, answer);
          const named = axFind(await axTree(), (n) => (n.name ?? '').includes(S));
          expect(named.length, `no accessible name holds the ${where}`).to.be.greaterThan(0);
          for (const n of named) expect(isolated(n.name, S), `${n.role} "${n.name}"`).to.equal(true);
          if (role)
            expect(
              named.map((n) => n.role),
              `a ${role} named with it`,
            ).to.include(role);
        });

      it(`the words and numbers after the ${about} are not reordered on screen (${lang})`, async () => {
        const el = await mountSurvey(
          tag,
          { [about]: S, question: `Q {${about}} after 12`, [followUp]: `F {${about}} after 12` },
          { lang, dir },
          true,
        );
        expect(afterReadsInOrder(el), 'the question and the follow-up').to.equal(2);
      });

      it(`the delivered question holds the ${about} as written, without isolates (${lang})`, async () => {
        const url = collector();
        const el = await mountSurvey(tag, { [about]: S, action: url }, { lang, dir }, true);
        const shown = text(el.shadowRoot!.querySelector("[part~='question']"));
        expect(shown).to.include(`\u2068${S}\u2069`);
        const { bodies } = await receivedAtLeast(url, 1);
        const question = bodies[0]!.question as string;
        expect(question).to.include(S);
        expect(/[\u2068\u2069]/.test(question), JSON.stringify(question)).to.equal(false);
        expect(question).to.equal(shown.replace(/[\u2068\u2069]/g, ''));
      });
    }

    it(`a ${about} with replacement patterns is inserted literally, on screen and in the body`, async () => {
      const url = collector();
      const value = "$&|$`|$'|$$|$1";
      const el = await mountSurvey(
        tag,
        { [about]: value, action: url, lang: 'en' },
        { lang: 'en', dir: 'ltr' },
        true,
      );
      expect(text(el.shadowRoot!.querySelector("[part~='question']"))).to.include(`\u2068${value}\u2069`);
      const { bodies } = await receivedAtLeast(url, 1);
      expect(bodies[0]!.question as string).to.include(value);
    });
  });
