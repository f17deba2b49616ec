// The survey engine with a kind other than NPS: a minimal CSAT-like kind defined here (1–5,
// csatCategory, surveyResponseSchema) shows what any kind gets from SurveyElement — its own event
// names, body kind and scale, revisions, throttles under its own key (answering it does not
// silence <nps-survey>), the keyboard over its range, end labels, form validity, RTL digits, axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { csatCategory, type CsatCategory } from '../../../src/metrics/index.js';
import { surveyResponseSchema } from '../../../src/data/index.js';
import { defineMessages } from '../../../src/i18n/index.js';
import { SurveyElement } from '../../../src/components/survey/survey-element.js';
import { surveyKey } from '../../../src/components/survey/throttle.js';
import {
  SURVEY_KEY,
  choose as chooseNps,
  collector,
  focused,
  mount as mountNps,
  outboxDrained,
  part,
  parts,
  receivedAtLeast,
  record,
  resetStorage,
  send,
  settle,
  text,
  typeComment,
  type NpsSurvey,
} from '../nps-survey/helpers.js';

defineMessages({
  en: {
    'csat.question': 'How satisfied were you with {brand}?',
    'csat.questionUs': 'How satisfied were you with us?',
    'csat.low': 'Very unsatisfied',
    'csat.high': 'Very satisfied',
    'csat.satisfied': 'What did you like?',
    'csat.neutral': 'What was missing?',
    'csat.unsatisfied': 'What went wrong?',
  },
  fa: { 'csat.questionUs': 'چقدر از ما راضی بودید؟' },
});

class TestCsatSurvey extends SurveyElement<CsatCategory> {
  static override properties = {
    satisfiedQuestion: { attribute: 'satisfied-question' },
  };
  satisfiedQuestion: string | null = null;
  protected readonly kind = 'csat';
  protected readonly schema = surveyResponseSchema;
  protected range(): readonly [number, number] {
    return [1, 5];
  }
  protected categoryOf(score: number): CsatCategory {
    return csatCategory(score);
  }
}
customElements.define('test-csat-survey', TestCsatSurvey);

/** Mounts the test kind like the NPS helpers do: min-answer-time 0, true attributes empty. */
async function mount(
  attrs: Record<string, string | number | boolean> = {},
  wrapper: Record<string, string> = {},
) {
  const el = document.createElement('test-csat-survey') as TestCsatSurvey;
  const all: Record<string, string | number | boolean> = { 'min-answer-time': 0, ...attrs };
  for (const [k, v] of Object.entries(all)) if (v !== false) el.setAttribute(k, v === true ? '' : String(v));
  const slot = document.createElement('div');
  for (const [k, v] of Object.entries(wrapper)) slot.setAttribute(k, v);
  slot.append(el);
  await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el as unknown as NpsSurvey);
  return el;
}
const asNps = (el: TestCsatSurvey) => el as unknown as NpsSurvey;
/** Clicks the button of a score (the NPS helper counts from 0) and waits for the render. */
async function choose(el: TestCsatSurvey, score: number): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(`[data-score="${score}"]`)!.click();
  await settle(asNps(el));
}

describe('survey engine, a CSAT-like kind', () => {
  beforeEach(resetStorage);

  it('renders its own range, question and end labels, with the category as each button class', async () => {
    const el = await mount({ brand: 'Acme' });
    const buttons = parts(el, 'score');
    expect(buttons.map((b) => text(b))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(buttons.map((b) => b.className)).to.deep.equal([
      'unsatisfied',
      'unsatisfied',
      'neutral',
      'satisfied',
      'satisfied',
    ]);
    expect(text(part(el, 'question'))).to.equal('How satisfied were you with \u2068Acme\u2069?');
    expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal([
      'Very unsatisfied',
      'Very satisfied',
    ]);
    expect(buttons[0]!.getAttribute('aria-describedby')).to.equal('low');
    expect(buttons[4]!.getAttribute('aria-describedby')).to.equal('high');
    await expect(el).to.be.accessible();
  });

  it('low-label and high-label override the end labels', async () => {
    const el = await mount({ 'low-label': 'Awful', 'high-label': 'Great' });
    expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal(['Awful', 'Great']);
  });

  it('in Persian the scale has Persian digits and the question is Persian', async () => {
    const el = await mount({}, { lang: 'fa', dir: 'rtl' });
    expect(parts(el, 'score').map((b) => text(b))).to.deep.equal(['۱', '۲', '۳', '۴', '۵']);
    expect(text(part(el, 'question'))).to.equal('چقدر از ما راضی بودید؟');
  });

  it('fires csat-* events and posts kind, scale, category and growing revisions', async () => {
    const url = collector();
    const el = await mount({ action: url, 'throttle-days': 0 });
    const events = record(el, ['csat-score', 'csat-submit', 'csat-submitted', 'nps-score', 'crm-error']);
    await choose(el, 2);
    expect(text(part(el, 'follow-up'))).to.contain('What went wrong?');
    await receivedAtLeast(url, 1);
    await typeComment(asNps(el), 'Slow');
    await send(asNps(el));
    const { bodies } = await receivedAtLeast(url, 2);
    await outboxDrained();
    expect(bodies.map((b) => [b.kind, b.scale, b.score, b.category, b.revision, b.comment])).to.deep.equal([
      ['csat', '1-5', 2, 'unsatisfied', 1, undefined],
      ['csat', '1-5', 2, 'unsatisfied', 2, 'Slow'],
    ]);
    for (const b of bodies) expect(surveyResponseSchema.safeParse(b).success).to.equal(true);
    expect(events.filter((e) => e.type == 'csat-score').map((e) => e.detail)).to.deep.equal([
      { score: 2, category: 'unsatisfied', id: bodies[0]!.id },
    ]);
    expect(events.filter((e) => e.type == 'csat-submit')).to.have.length(2);
    expect(events.some((e) => e.type == 'nps-score' || e.type == 'crm-error')).to.equal(false);
  });

  it('its follow-up attribute <category>-question overrides the message', async () => {
    const el = await mount({ 'satisfied-question': 'What made {brand} great?', brand: 'Acme' });
    await choose(el, 5);
    expect(text(part(el, 'follow-up'))).to.contain('What made \u2068Acme\u2069 great?');
  });

  it('answering it is remembered under its own key: <nps-survey> still shows, a second CSAT survey does not', async () => {
    const el = await mount();
    await choose(el, 4);
    expect(surveyKey('csat')).to.equal('crm-widgets:csat-survey');
    expect(JSON.parse(localStorage.getItem('crm-widgets:csat-survey')!).seen['']).to.have.property(
      'answered',
    );
    expect(localStorage.getItem(SURVEY_KEY)).to.equal(null);
    const nps = await mountNps();
    expect(nps.step).to.equal('question');
    const again = await mount();
    expect(again.step).to.equal('hidden');
  });

  it('answering <nps-survey> does not silence it either', async () => {
    const nps = await mountNps();
    await chooseNps(nps, 9);
    expect(localStorage.getItem(SURVEY_KEY)).to.not.equal(null);
    expect((await mount()).step).to.equal('question');
    expect((await mountNps()).step).to.equal('hidden');
  });

  it('keyboard: Home and End go to 1 and 5, arrows wrap over the range', async () => {
    const el = await mount();
    (parts(el, 'score')[0] as HTMLElement).focus();
    const at = () => Number((focused(el) as HTMLElement | null)?.dataset.score);
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(asNps(el));
      await new Promise((r) => requestAnimationFrame(r));
    };
    await press('End');
    expect(at()).to.equal(5);
    await press('ArrowRight');
    expect(at()).to.equal(1);
    await press('ArrowLeft');
    expect(at()).to.equal(5);
    await press('Home');
    expect(at()).to.equal(1);
    await press('Space');
    expect(el.score).to.equal(1);
  });

  it('as a required form field, its validation message names its own range', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><test-csat-survey name="csat" required min-answer-time="0"></test-csat-survey></form>`,
    );
    const el = form.querySelector('test-csat-survey') as TestCsatSurvey;
    await settle(asNps(el));
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Please choose a score from 1 to 5.');
    await choose(el, 3);
    expect(el.checkValidity()).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([['csat', '3']]);
  });
});
