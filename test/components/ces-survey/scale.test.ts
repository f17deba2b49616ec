// <ces-survey>'s scale: 1–7 by default, 1–5 with scale="1-5", any other value the default (as the
// kit's other enumerated attributes do, silently); each button's class is its cesCategory, the
// ends are labelled "Strongly disagree" / "Strongly agree", the follow-up follows the category on
// the scale answered, and a response keeps its scale when the attribute changes after the answer.
import { expect } from '@open-wc/testing';
import {
  SCALES,
  choose,
  labels,
  mount,
  part,
  question,
  record,
  resetStorage,
  scoreButton,
  scoreButtons,
  scores,
  text,
} from './helpers.js';

const FOLLOW_UP = {
  hard: 'What made it difficult?',
  neutral: 'What would have made it easier?',
  easy: 'What made it easy?',
} as const;

describe('<ces-survey> scale', () => {
  beforeEach(resetStorage);

  for (const { scale, max, categories } of SCALES) {
    const attrs: Record<string, string> = scale == '1-7' ? {} : { scale };
    it(`${scale}: ${max} radios 1…${max}, each classed by its category, the ends described by their labels`, async () => {
      const el = await mount({ attrs });
      expect(scores(el)).to.deep.equal(Object.keys(categories).map(Number));
      expect(labels(el)).to.deep.equal(Object.keys(categories));
      expect(scoreButtons(el).map((b) => b.className)).to.deep.equal(Object.values(categories));
      expect(scoreButtons(el).map((b) => b.getAttribute('role'))).to.deep.equal(Array(max).fill('radio'));
      expect(scoreButton(el, 1).getAttribute('aria-describedby')).to.equal('low');
      expect(scoreButton(el, max).getAttribute('aria-describedby')).to.equal('high');
      for (let s = 2; s < max; s++)
        expect(scoreButton(el, s).hasAttribute('aria-describedby')).to.equal(false);
      expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal([
        'Strongly disagree',
        'Strongly agree',
      ]);
    });

    for (const [score, category] of Object.entries(categories)) {
      it(`${scale}: score ${score} is ${category}: ces-score says so and the ${category} follow-up is asked`, async () => {
        const el = await mount({ attrs });
        const events = record(el, ['ces-score']);
        await choose(el, Number(score));
        expect(events.map((e) => e.detail.category)).to.deep.equal([category]);
        expect(events[0]!.detail.score).to.equal(Number(score));
        expect(text(part(el, 'follow-up'))).to.contain(FOLLOW_UP[category]);
        expect(el.step).to.equal('follow-up');
      });
    }
  }

  for (const value of ['1-10', '0-10', '5', '']) {
    it(`scale="${value}" is the default 1–7, without an error`, async () => {
      const el = await mount({ attrs: { scale: value } });
      const events = record(el, ['crm-error']);
      expect(scores(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      await choose(el, 6);
      expect(text(part(el, 'follow-up'))).to.contain(FOLLOW_UP.easy);
      expect(events).to.deep.equal([]);
    });
  }

  it('a scale changed before the answer re-renders the buttons', async () => {
    const el = await mount();
    el.scale = '1-5';
    await el.updateComplete;
    expect(scores(el)).to.deep.equal([1, 2, 3, 4, 5]);
    el.setAttribute('scale', '1-7');
    await el.updateComplete;
    expect(scores(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a scale changed after the answer keeps the scale answered on (7 stays easy, no error in render)', async () => {
    const el = await mount();
    await choose(el, 7);
    el.scale = '1-5';
    await el.updateComplete;
    expect(scores(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(scoreButton(el, 7).getAttribute('aria-checked')).to.equal('true');
    expect(text(part(el, 'follow-up'))).to.contain(FOLLOW_UP.easy);
  });

  it('the statement names the brand; without one it speaks to the visitor', async () => {
    expect(question(await mount({ attrs: { brand: 'Acme' } }))).to.equal(
      '\u2068Acme\u2069 made it easy for me to handle my issue.',
    );
    expect(question(await mount())).to.equal('You made it easy for me to handle my issue.');
  });

  it('low-label and high-label replace the end labels', async () => {
    const el = await mount({
      attrs: { 'low-label': 'Very difficult', 'high-label': 'Very easy', scale: '1-5' },
    });
    expect([...part(el, 'labels').children].map((c) => text(c))).to.deep.equal([
      'Very difficult',
      'Very easy',
    ]);
  });

  it('question replaces the statement, {brand} in it replaced', async () => {
    const el = await mount({
      attrs: { brand: 'Acme', question: 'Solving my problem with {brand} was easy.' },
    });
    expect(question(el)).to.equal('Solving my problem with \u2068Acme\u2069 was easy.');
  });

  for (const [attr, score, category] of [
    ['hard-question', 1, 'hard'],
    ['neutral-question', 4, 'neutral'],
    ['easy-question', 7, 'easy'],
  ] as const) {
    it(`${attr} replaces the ${category} follow-up only, {brand} replaced`, async () => {
      const el = await mount({ attrs: { brand: 'Acme', [attr]: `About ${category} at {brand}?` } });
      await choose(el, score);
      expect(text(part(el, 'follow-up'))).to.contain(`About ${category} at \u2068Acme\u2069?`);
      const other = score == 7 ? 1 : 7;
      await choose(el, other);
      expect(text(part(el, 'follow-up'))).to.contain(FOLLOW_UP[other == 7 ? 'easy' : 'hard']);
    });
  }

  it('a brand with $& and $1 is shown verbatim in the default statement', async () => {
    const el = await mount({ attrs: { brand: 'A$&B $1 $$' } });
    expect(question(el)).to.equal('\u2068A$&B $1 $$\u2069 made it easy for me to handle my issue.');
  });
});
