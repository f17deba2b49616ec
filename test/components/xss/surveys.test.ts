// Injection into the three surveys (issue 17, "Injection"): every vector of vectors.ts in every
// text a survey renders — brand/subject in the default question, the page's own question (alone and
// around `{brand}`), the scale's end labels, the follow-up question (alone and around `{brand}`),
// the popover's accessible name, and a comment typed into the box — in English, Persian and
// Arabic. One survey per place and language, its text set in turn.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/nps-survey/index.js';
import '../../../src/components/csat-survey/index.js';
import '../../../src/components/ces-survey/index.js';
import { settle, type Host } from '../harness.js';
import { LANGS, VECTORS, check, counted, quiet, tagsOf } from './vectors.js';

/** What differs between the kinds: the placeholder's attribute, a follow-up attribute of the top score. */
const KINDS = {
  'nps-survey': { about: 'brand', followUp: 'promoter-question' },
  'csat-survey': { about: 'subject', followUp: 'satisfied-question' },
  'ces-survey': { about: 'brand', followUp: 'easy-question' },
} as const;

interface Place {
  where: string;
  attrs?: Record<string, string>;
  /** Choose the top score first, so that the follow-up is shown. */
  answer?: boolean;
  put: (el: HTMLElement, s: string) => Promise<void> | void;
  name?: boolean;
}

const set = (name: string) => (el: HTMLElement, s: string) => el.setAttribute(name, s);

const places = (about: string, followUp: string): Place[] => [
  { where: about, put: set(about), name: true },
  { where: 'question', put: set('question'), name: true },
  { where: `${about} in the question`, attrs: { question: `Q {${about}} ?` }, put: set(about), name: true },
  { where: 'low-label', put: set('low-label') },
  { where: 'high-label', put: set('high-label') },
  { where: followUp, answer: true, put: set(followUp) },
  {
    where: `${about} in the follow-up`,
    answer: true,
    attrs: { [followUp]: `F {${about}} ?` },
    put: set(about),
  },
  {
    where: `${about} in the popover's name`,
    attrs: { mode: 'popover', open: '' },
    put: set(about),
    name: true,
  },
  {
    where: 'comment',
    answer: true,
    put: (el, s) => {
      const box = el.shadowRoot!.querySelector('textarea')!;
      box.value = s;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    },
  },
];

for (const [tag, { about, followUp }] of Object.entries(KINDS))
  describe(`<${tag}> shows hostile strings as text`, () => {
    beforeEach(() => localStorage.clear());
    for (const { lang, dir } of LANGS)
      for (const place of places(about, followUp))
        it(`${place.where} (${lang}): ${VECTORS.length} vectors`, async function (this: {
          timeout(ms: number): void;
        }) {
          this.timeout(30000);
          const el = document.createElement(tag) as HTMLElement & Host;
          for (const [k, v] of Object.entries({ 'min-answer-time': '0', ...place.attrs }))
            el.setAttribute(k, v);
          await fixture(html`<div lang=${lang} dir=${dir}>${el}</div>`);
          await settle(el);
          if (place.answer) {
            const scores = el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part~='score']");
            scores[scores.length - 1]!.click();
            await settle(el);
            expect(el.getAttribute('step')).to.equal('follow-up');
          }
          const read = async (s: string) => {
            await place.put(el, s);
            await settle(el);
          };
          await read('Harmless');
          const own = tagsOf(el);
          expect(own.size, 'the survey drew nothing').to.be.greaterThan(0);
          for (const v of VECTORS) {
            await read(v);
            check(tag, el, v, own, place.where, place);
            if (place.where == 'comment') expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(v);
          }
          await quiet();
        });
  });

after(() => {
  const total = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(
    `XSS surveys: ${VECTORS.length} vectors × places × 3 languages = ${total} checks (${[...counted]
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')})`,
  );
});
