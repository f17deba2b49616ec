// Throttles and sampling per kind: <ces-survey> remembers under its own key
// (crm-widgets:ces-survey), so answering or closing it does not silence <nps-survey>, and the
// reverse; within its kind it follows the same rules as NPS (throttle-days, respondent-id, sample).
import { expect } from '@open-wc/testing';
import { surveyKey } from '../../../src/components/survey/throttle.js';
import { CES_KEY, SURVEY_KEY, choose, mount, mountNps, part, resetStorage, settle } from './helpers.js';

const DAY = 864e5;
const seen = (key: string, who = '') =>
  (JSON.parse(localStorage.getItem(key) ?? '{}') as { seen?: Record<string, Record<string, number>> }).seen?.[
    who
  ] ?? {};

describe('<ces-survey> throttles per kind', () => {
  beforeEach(resetStorage);

  it('its key is crm-widgets:ces-survey', () => {
    expect(surveyKey('ces')).to.equal(CES_KEY);
  });

  it('answering it hides the next <ces-survey> but not <nps-survey>', async () => {
    const el = await mount();
    await choose(el, 6);
    expect(seen(CES_KEY)).to.have.property('answered');
    expect(localStorage.getItem(SURVEY_KEY)).to.equal(null);
    expect((await mount()).step).to.equal('hidden');
    expect((await mount({ attrs: { scale: '1-5' } })).step, 'the other scale is the same kind').to.equal(
      'hidden',
    );
    expect((await mountNps()).step).to.equal('question');
  });

  it('answering <nps-survey> does not hide <ces-survey>', async () => {
    const nps = await mountNps();
    await choose(nps, 9);
    expect(seen(SURVEY_KEY)).to.have.property('answered');
    expect(localStorage.getItem(CES_KEY)).to.equal(null);
    expect((await mount()).step).to.equal('question');
    expect((await mountNps()).step).to.equal('hidden');
  });

  it('closing it unanswered is a dismissal of CES only', async () => {
    const el = await mount();
    part(el, 'close').click();
    await settle(el);
    expect(el.step).to.equal('hidden');
    expect(seen(CES_KEY)).to.have.property('declined');
    expect((await mount()).step).to.equal('hidden');
    expect((await mountNps()).step).to.equal('question');
  });

  it('throttle-days and decline-throttle-days count from its own memory', async () => {
    localStorage.setItem(CES_KEY, JSON.stringify({ seen: { '': { answered: Date.now() - 11 * DAY } } }));
    expect((await mount({ attrs: { 'throttle-days': 10 } })).step).to.equal('question');
    expect((await mount({ attrs: { 'throttle-days': 12 } })).step).to.equal('hidden');
    localStorage.setItem(CES_KEY, JSON.stringify({ seen: { '': { declined: Date.now() - 29 * DAY } } }));
    expect((await mount()).step).to.equal('hidden');
    expect((await mount({ attrs: { 'decline-throttle-days': 28 } })).step).to.equal('question');
  });

  it('per respondent-id: answered as u-1 hides it for u-1 only', async () => {
    await choose(await mount({ attrs: { 'respondent-id': 'u-1' } }), 2);
    expect(seen(CES_KEY, 'u-1')).to.have.property('answered');
    expect((await mount({ attrs: { 'respondent-id': 'u-1' } })).step).to.equal('hidden');
    expect((await mount({ attrs: { 'respondent-id': 'u-2' } })).step).to.equal('question');
    expect((await mount()).step).to.equal('question');
  });

  it('sample draws its own number: CES sampled out leaves NPS shown', async () => {
    localStorage.setItem(CES_KEY, JSON.stringify({ draw: 0.5 }));
    localStorage.setItem(SURVEY_KEY, JSON.stringify({ draw: 0.1 }));
    expect((await mount({ attrs: { sample: 0.25 } })).step).to.equal('hidden');
    expect((await mountNps({ attrs: { sample: 0.25 } })).step).to.equal('question');
    expect((await mount({ attrs: { sample: 0.75 } })).step).to.equal('question');
  });

  it('show() shows a throttled one', async () => {
    localStorage.setItem(CES_KEY, JSON.stringify({ seen: { '': { answered: Date.now() } } }));
    const el = await mount();
    expect(el.step).to.equal('hidden');
    el.show();
    await settle(el);
    expect(el.step).to.equal('question');
  });

  it('a form field is never throttled and records nothing', async () => {
    localStorage.setItem(CES_KEY, JSON.stringify({ seen: { '': { answered: Date.now() } } }));
    const el = await mount({ attrs: { name: 'ces' } });
    expect(el.step).to.equal('question');
    localStorage.clear();
    await choose(el, 7);
    expect(localStorage.getItem(CES_KEY)).to.equal(null);
  });
});
