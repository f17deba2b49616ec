// <nps-survey> does not pester: hidden after an answer (throttle-days), after a dismissal
// (decline-throttle-days), before first-survey-delay-days after respondent-since, outside the
// sample; per respondent-id, else per browser; show() and form-field mode override it. What the
// survey remembers is written to and read from localStorage (SURVEY_KEY) directly.
import { expect } from '@open-wc/testing';
import {
  SURVEY_KEY,
  choose,
  has,
  mount,
  part,
  record,
  resetStorage,
  settle,
  shownOnScreen,
  type NpsSurvey,
} from './helpers.js';
import type { Memory } from '../../../src/components/nps-survey/throttle.js';

const DAY = 864e5;

/** What the survey remembers in this browser. */
const memory = (): Memory => JSON.parse(localStorage.getItem(SURVEY_KEY) ?? '{}') as Memory;

/** Stores what the survey remembers. */
const remember = (m: Memory): void => localStorage.setItem(SURVEY_KEY, JSON.stringify(m));

/** Epoch ms of `days` days ago. */
const ago = (days: number): number => Date.now() - days * DAY;

/** Whether the survey is hidden: step "hidden", nothing rendered (the host's own box: see its test). */
function expectHidden(el: NpsSurvey): void {
  expect(el.step).to.equal('hidden');
  expect(el.getAttribute('step')).to.equal('hidden');
  expect(has(el, 'scale')).to.equal(false);
  expect(has(el, 'base')).to.equal(false);
}

/** Whether the survey asks its question, drawn on screen. */
function expectShown(el: NpsSurvey): void {
  expect(el.step).to.equal('question');
  expect(el.getAttribute('step')).to.equal('question');
  expect(has(el, 'scale')).to.equal(true);
  expect(shownOnScreen(part(el, 'scale'))).to.equal(true);
}

describe('<nps-survey> throttling', () => {
  beforeEach(resetStorage);

  it('shows in a fresh browser', async () => {
    expectShown(await mount());
  });

  it('a hidden survey takes no room: its host is display none', async () => {
    remember({ seen: { '': { answered: ago(1) } } });
    const el = await mount();
    expectHidden(el);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getClientRects()).to.have.length(0);
  });

  describe('throttle-days (after an answer)', () => {
    it('hides for 90 days by default: answered 89 days ago → hidden, 91 days ago → shown', async () => {
      remember({ seen: { '': { answered: ago(89) } } });
      expectHidden(await mount());
      remember({ seen: { '': { answered: ago(91) } } });
      expectShown(await mount());
    });

    it('answered a moment ago → hidden', async () => {
      remember({ seen: { '': { answered: Date.now() - 1000 } } });
      expectHidden(await mount());
    });

    it('a custom throttle-days="10": 9 days ago hidden, 11 days ago shown', async () => {
      remember({ seen: { '': { answered: ago(9) } } });
      expectHidden(await mount({ attrs: { 'throttle-days': 10 } }));
      remember({ seen: { '': { answered: ago(11) } } });
      expectShown(await mount({ attrs: { 'throttle-days': 10 } }));
    });

    it('a longer throttle-days="180" hides what the default would show', async () => {
      remember({ seen: { '': { answered: ago(120) } } });
      expectShown(await mount());
      expectHidden(await mount({ attrs: { 'throttle-days': 180 } }));
    });

    it('throttle-days="0" never hides after an answer', async () => {
      remember({ seen: { '': { answered: Date.now() - 1000 } } });
      expectShown(await mount({ attrs: { 'throttle-days': 0 } }));
    });

    it('answering records `answered` now for the browser', async () => {
      const before = Date.now();
      const el = await mount();
      await choose(el, 8);
      const seen = memory().seen?.[''];
      expect(seen?.answered).to.be.a('number');
      expect(seen!.answered).to.be.within(before, Date.now());
      expect(seen!.declined).to.equal(undefined);
      // The survey that was answered finishes; the next one is hidden.
      expect(el.step).to.equal('follow-up');
      expectHidden(await mount());
    });

    it('answering records `answered` under the respondent-id', async () => {
      const el = await mount({ attrs: { 'respondent-id': 'u-1' } });
      await choose(el, 2);
      const m = memory();
      expect(m.seen?.['u-1']?.answered).to.be.a('number');
      expect(m.seen?.['']).to.equal(undefined);
    });
  });

  describe('decline-throttle-days (after a dismissal)', () => {
    it('hides for 30 days by default: declined 29 days ago → hidden, 31 days ago → shown', async () => {
      remember({ seen: { '': { declined: ago(29) } } });
      expectHidden(await mount());
      remember({ seen: { '': { declined: ago(31) } } });
      expectShown(await mount());
    });

    it('a custom decline-throttle-days="7": 6 days ago hidden, 8 days ago shown', async () => {
      remember({ seen: { '': { declined: ago(6) } } });
      expectHidden(await mount({ attrs: { 'decline-throttle-days': 7 } }));
      remember({ seen: { '': { declined: ago(8) } } });
      expectShown(await mount({ attrs: { 'decline-throttle-days': 7 } }));
    });

    it('the close button records `declined` for the browser and hides the survey', async () => {
      const before = Date.now();
      const el = await mount();
      const close = part(el, 'close');
      expect(close.getAttribute('aria-label')).to.equal('Close the survey');
      close.click();
      await settle(el);
      const seen = memory().seen?.[''];
      expect(seen?.declined).to.be.a('number');
      expect(seen!.declined).to.be.within(before, Date.now());
      expect(seen!.answered).to.equal(undefined);
      expectHidden(await mount());
    });

    it('the close button hides the inline survey it closes', async () => {
      const el = await mount();
      const events = record(el, ['nps-dismiss']);
      part(el, 'close').click();
      await settle(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ answered: false }]);
      expectHidden(el);
    });

    it('close() records `declined` under the respondent-id only', async () => {
      const el = await mount({ attrs: { 'respondent-id': 'u-7' } });
      el.close();
      await settle(el);
      const m = memory();
      expect(m.seen?.['u-7']?.declined).to.be.a('number');
      expect(m.seen?.['']).to.equal(undefined);
      expectHidden(await mount({ attrs: { 'respondent-id': 'u-7' } }));
      expectShown(await mount({ attrs: { 'respondent-id': 'u-8' } }));
      expectShown(await mount());
    });

    it('closing after answering is not a dismissal: no `declined`', async () => {
      const el = await mount();
      await choose(el, 9);
      const events = record(el, ['nps-dismiss']);
      el.close();
      await settle(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ answered: true }]);
      const seen = memory().seen?.[''];
      expect(seen?.answered).to.be.a('number');
      expect(seen?.declined).to.equal(undefined);
      expectHidden(el);
    });
  });

  describe('first-survey-delay-days after respondent-since', () => {
    const since = (days: number) => new Date(ago(days)).toISOString();

    it('a respondent since 5 days with a 14-day delay is not asked yet', async () => {
      expectHidden(await mount({ attrs: { 'respondent-since': since(5), 'first-survey-delay-days': 14 } }));
    });

    it('a respondent since 15 days with a 14-day delay is asked', async () => {
      expectShown(await mount({ attrs: { 'respondent-since': since(15), 'first-survey-delay-days': 14 } }));
    });

    it('a plain ISO date works too', async () => {
      const day = new Date(ago(3)).toISOString().slice(0, 10);
      expectHidden(await mount({ attrs: { 'respondent-since': day, 'first-survey-delay-days': 30 } }));
      expectShown(
        await mount({ attrs: { 'respondent-since': '2001-01-01', 'first-survey-delay-days': 30 } }),
      );
    });

    it('the delay defaults to 0: a brand-new respondent is asked', async () => {
      expectShown(await mount({ attrs: { 'respondent-since': new Date().toISOString() } }));
    });
  });

  describe('per respondent-id, else per browser', () => {
    it('answered as "u-1" hides it for "u-1" only, not for "u-2" nor the anonymous browser', async () => {
      remember({ seen: { 'u-1': { answered: ago(1) } } });
      expectHidden(await mount({ attrs: { 'respondent-id': 'u-1' } }));
      expectShown(await mount({ attrs: { 'respondent-id': 'u-2' } }));
      expectShown(await mount());
    });

    it('answered anonymously hides it for the browser, not for a known respondent', async () => {
      remember({ seen: { '': { answered: ago(1) } } });
      expectHidden(await mount());
      expectShown(await mount({ attrs: { 'respondent-id': 'u-1' } }));
    });

    it('answering as "u-1" for real keeps others unaffected', async () => {
      const el = await mount({ attrs: { 'respondent-id': 'u-1' } });
      await choose(el, 10);
      expectHidden(await mount({ attrs: { 'respondent-id': 'u-1' } }));
      expectShown(await mount({ attrs: { 'respondent-id': 'u-2' } }));
      expectShown(await mount());
    });
  });

  describe('sample', () => {
    it('sample="0" hides it, and draws the browser number', async () => {
      expectHidden(await mount({ attrs: { sample: 0 } }));
      const draw = memory().draw;
      expect(draw).to.be.a('number');
      expect(draw).to.be.at.least(0).and.below(1);
    });

    it('sample="1" shows it', async () => {
      expectShown(await mount({ attrs: { sample: 1 } }));
    });

    it('compares with the stored draw: 0.3 → sample 0.25 hidden, 0.5 shown', async () => {
      remember({ draw: 0.3 });
      expectHidden(await mount({ attrs: { sample: 0.25 } }));
      expectShown(await mount({ attrs: { sample: 0.5 } }));
      expect(memory().draw, 'the stored draw is kept').to.equal(0.3);
    });

    it('is decided once per browser: the draw is stored and reused', async () => {
      await mount({ attrs: { sample: 0.5 } });
      const first = memory().draw;
      expect(first).to.be.a('number');
      const results: string[] = [];
      for (let i = 0; i < 5; i++) results.push((await mount({ attrs: { sample: 0.5 } })).step);
      expect(memory().draw).to.equal(first);
      expect(new Set(results).size, `always the same answer: ${results.join(', ')}`).to.equal(1);
      expect(results[0]).to.equal(first! < 0.5 ? 'question' : 'hidden');
    });

    it('the sample does not override the other rules', async () => {
      remember({ draw: 0.1, seen: { '': { answered: ago(1) } } });
      expectHidden(await mount({ attrs: { sample: 0.5 } }));
    });
  });

  describe('overrides', () => {
    it('show() shows a survey hidden by an answer', async () => {
      remember({ seen: { '': { answered: ago(1) } } });
      const el = await mount();
      expectHidden(el);
      el.show();
      await settle(el);
      expectShown(el);
    });

    it('show() shows a survey hidden by the sample and by a dismissal', async () => {
      remember({ draw: 0.9, seen: { '': { declined: ago(1) } } });
      const el = await mount({ attrs: { sample: 0.1 } });
      expectHidden(el);
      el.show();
      await settle(el);
      expectShown(el);
      await choose(el, 6);
      expect(el.step).to.equal('follow-up');
    });

    it('show() shows a survey closed on this page again', async () => {
      const el = await mount();
      el.close();
      await settle(el);
      expectHidden(el);
      el.show();
      await settle(el);
      expectShown(el);
    });

    it('a form field is never throttled', async () => {
      const stored = { draw: 0.9, seen: { '': { answered: ago(1), declined: ago(1) } } };
      remember(stored);
      const el = await mount({
        attrs: {
          name: 'nps',
          sample: 0.1,
          'respondent-since': new Date().toISOString(),
          'first-survey-delay-days': 30,
        },
      });
      expectShown(el);
      await choose(el, 7);
      expect(el.step).to.equal('follow-up');
      // Nor does it record anything as a form field.
      expect(memory()).to.deep.equal(stored);
    });

    it('a form field answer records nothing', async () => {
      const el = await mount({ attrs: { name: 'nps', 'respondent-id': 'u-9' } });
      await choose(el, 7);
      expect(memory().seen?.['u-9']).to.equal(undefined);
      expectShown(await mount({ attrs: { 'respondent-id': 'u-9' } }));
    });
  });
});
