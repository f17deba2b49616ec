// <ces-survey name> in a real <form>: the value `<name>` = the score, `<name>-comment` = the
// comment; `required` blocks the form with a message naming the scale's range (1 to 7, 1 to 5) in
// the locale's digits; reset; a disabled fieldset; no POST.
import { expect, fixture, html } from '@open-wc/testing';
import {
  choose,
  has,
  outboxEntries,
  record,
  resetStorage,
  scoreButtons,
  settle,
  typeComment,
  type CesSurvey,
} from './helpers.js';

async function mountForm({ required = false, lang = 'en', scale = '1-7' } = {}) {
  const slot = await fixture<HTMLDivElement>(html`
    <div lang=${lang}>
      <form>
        <fieldset>
          <legend>Feedback</legend>
          <ces-survey name="ces" scale=${scale} min-answer-time="0" ?required=${required}></ces-survey>
        </fieldset>
        <input type="hidden" name="other" value="x" />
      </form>
    </div>
  `);
  const form = slot.querySelector('form')!;
  const el = form.querySelector<CesSurvey>('ces-survey')!;
  await settle(el);
  return { form, el, fieldset: form.querySelector('fieldset')! };
}
const entries = (form: HTMLFormElement) => [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);

describe('<ces-survey> as a form field', () => {
  beforeEach(resetStorage);

  it('is associated with its form and adds ces and ces-comment to its data', async () => {
    const { form, el } = await mountForm();
    expect(el.form).to.equal(form);
    expect(entries(form)).to.deep.equal([['other', 'x']]);
    await choose(el, 6);
    await typeComment(el, 'Fast');
    expect(entries(form)).to.deep.equal([
      ['ces', '6'],
      ['ces-comment', 'Fast'],
      ['other', 'x'],
    ]);
    await choose(el, 2);
    expect(entries(form)[0]).to.deep.equal(['ces', '2']);
  });

  for (const [scale, max] of [
    ['1-7', '7'],
    ['1-5', '5'],
  ] as const) {
    it(`required on ${scale}: invalid until a score, the message names 1 to ${max}`, async () => {
      const { form, el } = await mountForm({ required: true, scale });
      const events = record(el, ['invalid']);
      expect(el.checkValidity()).to.equal(false);
      expect(events).to.have.length(1);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(`Please choose a score from 1 to ${max}.`);
      expect(form.checkValidity()).to.equal(false);
      await choose(el, Number(max));
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });
  }

  it('required in lang="fa": the Persian message with Persian digits ۱ and ۷', async () => {
    const { el } = await mountForm({ required: true, lang: 'fa' });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('لطفاً امتیازی از ۱ تا ۷ انتخاب کنید.');
  });

  it('in lang="ar-EG" on 1-5: Arabic-Indic ١ and ٥', async () => {
    const { el } = await mountForm({ required: true, lang: 'ar-EG', scale: '1-5' });
    expect(el.validationMessage).to.equal('يُرجى اختيار درجة من ١ إلى ٥.');
  });

  it('a survey that is not required is always valid', async () => {
    const { el } = await mountForm();
    expect(el.checkValidity()).to.equal(true);
  });

  it('form.reset() clears the score and the comment', async () => {
    const { form, el } = await mountForm({ required: true });
    await choose(el, 4);
    await typeComment(el, 'x');
    form.reset();
    await settle(el);
    expect(el.score).to.equal(null);
    expect(el.comment).to.equal('');
    expect(entries(form)).to.deep.equal([['other', 'x']]);
    expect(el.checkValidity()).to.equal(false);
  });

  it('a disabled fieldset disables every score button', async () => {
    const { el, fieldset } = await mountForm();
    fieldset.disabled = true;
    await settle(el);
    expect(scoreButtons(el).every((b) => b.disabled)).to.equal(true);
    fieldset.disabled = false;
    await settle(el);
    expect(scoreButtons(el).some((b) => b.disabled)).to.equal(false);
  });

  it('does not POST and has no close, send or skip; ces-score still fires', async () => {
    const { el } = await mountForm();
    const events = record(el, ['ces-score', 'ces-submit']);
    await choose(el, 5);
    expect(events.map((e) => e.type)).to.deep.equal(['ces-score']);
    expect(outboxEntries()).to.deep.equal([]);
    for (const name of ['close', 'send', 'skip']) expect(has(el, name), name).to.equal(false);
  });
});
