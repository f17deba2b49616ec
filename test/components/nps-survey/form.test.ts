// <nps-survey name> in a real <form>: a form-associated custom element (ElementInternals) whose
// value is `<name>` = the score and `<name>-comment` = the comment; `required` validation with the
// localized message; form reset; a disabled fieldset; no POST, close, send, skip or thank-you.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  choose,
  has,
  outboxEntries,
  part,
  record,
  resetStorage,
  scoreButtons,
  settle,
  typeComment,
  type NpsSurvey,
} from './helpers.js';

/** A form holding a survey field and a submit button, in a slot of this `lang`. */
interface Form {
  form: HTMLFormElement;
  el: NpsSurvey;
  submit: HTMLButtonElement;
  fieldset: HTMLFieldSetElement;
}

async function mountForm({ required = false, lang = 'en' } = {}): Promise<Form> {
  const slot = await fixture<HTMLDivElement>(html`
    <div lang=${lang}>
      <form action="/__test__/never" method="post">
        <fieldset>
          <legend>Feedback</legend>
          <nps-survey name="nps" min-answer-time="0" ?required=${required}></nps-survey>
        </fieldset>
        <input type="hidden" name="other" value="x" />
        <button type="submit" name="go" value="yes">Submit</button>
      </form>
    </div>
  `);
  const form = slot.querySelector('form')!;
  const el = form.querySelector('nps-survey')!;
  await settle(el);
  return {
    form,
    el,
    submit: form.querySelector('button[type=submit]')!,
    fieldset: form.querySelector('fieldset')!,
  };
}

/** The entries of a FormData as [name, value] pairs. */
const entries = (data: FormData): [string, string][] => [...data.entries()].map(([k, v]) => [k, String(v)]);

/** Clicks an element with the real mouse. */
async function click(node: Element): Promise<void> {
  const b = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(b.left + b.width / 2), Math.round(b.top + b.height / 2)],
  });
}

/** Submits the form through its submit button (real mouse click) and returns the submitted data. */
async function submitForReal({ form, submit }: Form): Promise<FormData> {
  let data: FormData | undefined;
  const listener = (e: SubmitEvent) => {
    e.preventDefault();
    data = new FormData(form, e.submitter);
  };
  form.addEventListener('submit', listener);
  try {
    const submitted = oneEvent(form, 'submit');
    await click(submit);
    await submitted;
  } finally {
    form.removeEventListener('submit', listener);
  }
  return data!;
}

/** Counts the form's submit events (each prevented), until the returned function is called. */
function countSubmits(form: HTMLFormElement): { count: () => number; stop: () => void } {
  let n = 0;
  const listener = (e: Event) => {
    e.preventDefault();
    n++;
  };
  form.addEventListener('submit', listener);
  return { count: () => n, stop: () => form.removeEventListener('submit', listener) };
}

describe('<nps-survey> as a form field', () => {
  beforeEach(resetStorage);
  afterEach(async () => {
    await resetMouse();
  });

  it('is associated with its form', async () => {
    const { form, el } = await mountForm();
    expect(el.form === form, 'el.form is the enclosing form').to.equal(true);
    expect(el.name).to.equal('nps');
  });

  it('adds nps = the score and nps-comment = the comment to new FormData(form)', async () => {
    const { form, el } = await mountForm();
    await choose(el, 9);
    await typeComment(el, 'Great onboarding');
    const data = new FormData(form);
    expect(data.get('nps')).to.equal('9');
    expect(data.get('nps-comment')).to.equal('Great onboarding');
    expect(data.getAll('nps')).to.have.length(1);
    expect(data.get('other')).to.equal('x');
  });

  it('submitting the form for real carries the score and the comment', async () => {
    const f = await mountForm();
    await choose(f.el, 9);
    await typeComment(f.el, 'Great onboarding');
    const data = await submitForReal(f);
    expect(entries(data)).to.deep.equal([
      ['nps', '9'],
      ['nps-comment', 'Great onboarding'],
      ['other', 'x'],
      ['go', 'yes'],
    ]);
  });

  it('requestSubmit() carries the values too', async () => {
    const { form, el, submit } = await mountForm();
    await choose(el, 4);
    let data: FormData | undefined;
    form.addEventListener(
      'submit',
      (e) => {
        e.preventDefault();
        data = new FormData(form, (e as SubmitEvent).submitter);
      },
      { once: true },
    );
    form.requestSubmit(submit);
    expect(data, 'the form was submitted').to.not.equal(undefined);
    expect(data!.get('nps')).to.equal('4');
    expect(data!.has('nps-comment'), 'no comment, no field').to.equal(false);
    expect(data!.get('go')).to.equal('yes');
  });

  it('without a score the form data has no nps (and the form still submits)', async () => {
    const f = await mountForm();
    expect(new FormData(f.form).has('nps')).to.equal(false);
    const data = await submitForReal(f);
    expect(data.has('nps')).to.equal(false);
    expect(data.has('nps-comment')).to.equal(false);
    expect(data.get('other')).to.equal('x');
  });

  it('the value follows a changed score', async () => {
    const { form, el } = await mountForm();
    await choose(el, 2);
    expect(new FormData(form).get('nps')).to.equal('2');
    await choose(el, 10);
    expect(new FormData(form).get('nps')).to.equal('10');
    await typeComment(el, 'x');
    await typeComment(el, '');
    expect(new FormData(form).has('nps-comment'), 'an emptied comment is left out').to.equal(false);
  });

  describe('required', () => {
    it('blocks checkValidity() and fires invalid with the localized message until a score is chosen', async () => {
      const { form, el } = await mountForm({ required: true });
      expect(part(el, 'scale').getAttribute('aria-required')).to.equal('true');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal('Please choose a score from 0 to 10.');
      const invalid = record(el, ['invalid']);
      expect(form.checkValidity()).to.equal(false);
      expect(invalid).to.have.length(1);
      expect(el.checkValidity()).to.equal(false);
      expect(form.matches(':invalid')).to.equal(true);

      await choose(el, 6);
      expect(el.validity.valid).to.equal(true);
      expect(el.validity.valueMissing).to.equal(false);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      expect(invalid).to.have.length(2);
    });

    it('blocks requestSubmit() and a real click on submit, then lets it through after a choice', async () => {
      const f = await mountForm({ required: true });
      const submits = countSubmits(f.form);
      const invalid = record(f.el, ['invalid']);
      try {
        f.form.requestSubmit(f.submit);
        expect(submits.count(), 'requestSubmit is blocked').to.equal(0);
        expect(invalid.length).to.be.at.least(1);
        await click(f.submit);
        expect(submits.count(), 'the submit button is blocked').to.equal(0);
        expect(invalid.length).to.be.at.least(2);
        await choose(f.el, 0);
        f.form.requestSubmit(f.submit);
        expect(submits.count()).to.equal(1);
      } finally {
        submits.stop();
      }
      const data = await submitForReal(f);
      expect(data.get('nps')).to.equal('0');
    });

    it('in lang="fa" the message is Persian, with Persian digits ۰ and ۱۰', async () => {
      const { form, el } = await mountForm({ required: true, lang: 'fa' });
      expect(el.validationMessage).to.equal('لطفاً امتیازی از ۰ تا ۱۰ انتخاب کنید.');
      expect(el.validationMessage).to.contain('۰').and.contain('۱۰');
      expect(el.validationMessage).to.not.match(/[0-9]/);
      expect(form.checkValidity()).to.equal(false);
    });

    it('a survey that is not required is always valid', async () => {
      const { form, el } = await mountForm();
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(part(el, 'scale').hasAttribute('aria-required')).to.equal(false);
    });
  });

  it('form.reset() clears the score and the comment', async () => {
    const { form, el } = await mountForm({ required: true });
    await choose(el, 8);
    await typeComment(el, 'Nice');
    expect(el.step).to.equal('follow-up');
    form.reset();
    await settle(el);
    expect(el.score).to.equal(null);
    expect(el.comment).to.equal('');
    expect(el.step).to.equal('question');
    expect(el.getAttribute('step')).to.equal('question');
    expect(scoreButtons(el).filter((b) => b.getAttribute('aria-checked') === 'true')).to.have.length(0);
    expect(has(el, 'comment')).to.equal(false);
    const data = new FormData(form);
    expect(data.has('nps')).to.equal(false);
    expect(data.has('nps-comment')).to.equal(false);
    expect(el.validity.valueMissing, 'required again').to.equal(true);
    // A new answer after the reset.
    await choose(el, 3);
    expect(new FormData(form).get('nps')).to.equal('3');
    expect(new FormData(form).has('nps-comment')).to.equal(false);
  });

  it('a disabled fieldset disables the score buttons and the comment, and enabling it restores them', async () => {
    const { form, el, fieldset } = await mountForm();
    await choose(el, 5);
    fieldset.disabled = true;
    await settle(el);
    for (const b of scoreButtons(el)) expect(b.disabled).to.equal(true);
    expect((part(el, 'comment') as HTMLTextAreaElement).disabled).to.equal(true);
    expect(el.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('nps'), 'a disabled field is not submitted').to.equal(false);
    const events = record(el, ['nps-score']);
    scoreButtons(el)[7]!.click();
    await settle(el);
    expect(el.score).to.equal(5);
    expect(events).to.have.length(0);

    fieldset.disabled = false;
    await settle(el);
    for (const b of scoreButtons(el)) expect(b.disabled).to.equal(false);
    expect(new FormData(form).get('nps')).to.equal('5');
  });

  it('a fieldset disabled from the start renders disabled buttons', async () => {
    const { el, fieldset } = await mountForm();
    fieldset.disabled = true;
    await settle(el);
    expect(scoreButtons(el)).to.have.length(11);
    for (const b of scoreButtons(el)) expect(b.disabled).to.equal(true);
  });

  it('does not POST: no close, send, skip or thank-you, no nps-submit, nothing in the outbox; nps-score still fires', async () => {
    const { el } = await mountForm();
    const events = record(el, ['nps-score', 'nps-submit', 'nps-submitted', 'nps-dismiss']);
    expect(has(el, 'close')).to.equal(false);
    const fetches: unknown[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => (fetches.push(args[0]), realFetch(...args));
    try {
      await choose(el, 9);
      await typeComment(el, 'Love it');
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = realFetch;
    }
    expect(fetches, 'no request').to.deep.equal([]);
    expect(el.step).to.equal('follow-up');
    expect(has(el, 'comment')).to.equal(true);
    expect(has(el, 'follow-up')).to.equal(true);
    expect(has(el, 'counter')).to.equal(true);
    for (const name of ['close', 'send', 'skip', 'thanks'])
      expect(has(el, name), `no part ${name}`).to.equal(false);
    expect(events.map((e) => e.type)).to.deep.equal(['nps-score']);
    expect(events[0]!.detail).to.include({ score: 9, category: 'promoter' });
    expect(events[0]!.detail.id).to.be.a('string');
    expect(outboxEntries()).to.have.length(0);
  });
});
