// <nps-survey> with the keyboard only: real key presses (Tab, arrows, Home/End, Space/Enter, typing)
// through the radio group's roving tabindex, the follow-up box and its counter, Send/Skip and the
// thank-you; the arrows mirrored in right-to-left text.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  focused,
  mount,
  part,
  record,
  resetStorage,
  scoreButton,
  scoreButtons,
  settle,
  text,
  type NpsSurvey,
} from './helpers.js';

/** The score whose button has focus, or null when focus is elsewhere. */
const focusedScore = (el: NpsSurvey): number | null => {
  const f = focused(el) as HTMLElement | null;
  return f?.dataset.score == null ? null : Number(f.dataset.score);
};

/** A short description of a node: compared as text, as a failed comparison of DOM nodes hangs the reporter. */
const describeNode = (node: Element | null | undefined): string =>
  node
    ? `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} "${text(node)}"`
    : 'nothing';

/** What has the focus in the survey's shadow root. */
const surveyFocus = (el: NpsSurvey): string => describeNode(focused(el));

/** Presses a key for real and waits for the re-render and the focus move it causes. */
async function press(el: NpsSurvey, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Presses an arrow (or Home/End) and waits until the focus is on the expected score. */
async function move(el: NpsSurvey, key: string, to: number): Promise<void> {
  await press(el, key);
  await waitUntil(
    () => focusedScore(el) === to,
    `${key} did not move the focus to ${to} (on ${focusedScore(el)})`,
    {
      timeout: 2000,
    },
  );
}

/** The scores whose button is in the tab order (tabindex 0). */
const tabStops = (el: NpsSurvey): number[] =>
  scoreButtons(el)
    .map((b, i) => (b.getAttribute('tabindex') === '0' ? i : -1))
    .filter((i) => i >= 0);

/** The scores whose button is checked. */
const checked = (el: NpsSurvey): number[] =>
  scoreButtons(el)
    .map((b, i) => (b.getAttribute('aria-checked') === 'true' ? i : -1))
    .filter((i) => i >= 0);

/** Mounts a survey after a focusable button of the page, and focuses that button. */
async function mountAfterButton(attrs: Record<string, string | number> = {}, wrapper = {}) {
  const el = await mount({ attrs: { lang: 'en', ...attrs }, wrapper });
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  expect(describeNode(document.activeElement)).to.equal(describeNode(before));
  return { el, before };
}

/** Tabs from the page button into the radio group (past the close button) onto its tab stop. */
async function tabIntoScale(el: NpsSurvey): Promise<void> {
  await press(el, 'Tab');
  expect(surveyFocus(el)).to.equal(describeNode(part(el, 'close')));
  await press(el, 'Tab');
}

describe('<nps-survey> keyboard', () => {
  beforeEach(resetStorage);

  it('is answered with the keyboard alone: Tab, arrows, Space, typing, Tab, Enter on Send', async () => {
    const { el } = await mountAfterButton();
    const events = record(el, ['nps-score']);
    await tabIntoScale(el);
    expect(focusedScore(el)).to.equal(0);
    expect(checked(el)).to.deep.equal([]);

    for (const to of [1, 2, 3]) await move(el, 'ArrowRight', to);
    expect(focusedScore(el)).to.equal(3);
    expect(checked(el), 'moving does not choose').to.deep.equal([]);
    expect(el.score).to.equal(null);
    expect(events).to.have.length(0);
    expect(el.step).to.equal('question');

    await press(el, 'Space');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.include({ score: 3, category: 'detractor' });
    expect(el.score).to.equal(3);
    expect(el.step).to.equal('follow-up');
    expect(scoreButton(el, 3).getAttribute('aria-checked')).to.equal('true');
    expect(scoreButton(el, 3).part.contains('selected')).to.equal(true);
    expect(checked(el)).to.deep.equal([3]);
    expect(focusedScore(el)).to.equal(3);

    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'comment')));
    await sendKeys({ type: 'Quicker replies' });
    await settle(el);
    expect((part(el, 'comment') as HTMLTextAreaElement).value).to.equal('Quicker replies');
    expect(el.comment).to.equal('Quicker replies');

    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'skip')));
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'send')));
    await press(el, 'Enter');
    await waitUntil(() => focused(el) === part(el, 'thanks'), 'the thank-you never got the focus', {
      timeout: 2000,
    });
    expect(el.step).to.equal('thanks');
    expect(el.getAttribute('step')).to.equal('thanks');
    expect(text(part(el, 'thanks'))).to.equal('Thank you for your feedback!');
    expect(events, 'one score, chosen once').to.have.length(1);
  });

  it('Enter on Skip also ends on the focused thank-you', async () => {
    const { el } = await mountAfterButton();
    await tabIntoScale(el);
    await move(el, 'End', 10);
    await press(el, 'Enter');
    expect(el.score).to.equal(10);
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'comment')));
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'skip')));
    await press(el, 'Enter');
    await waitUntil(() => focused(el) === part(el, 'thanks'), 'the thank-you never got the focus', {
      timeout: 2000,
    });
    expect(el.step).to.equal('thanks');
  });

  it('Home and End jump to 0 and 10', async () => {
    const { el } = await mountAfterButton();
    await tabIntoScale(el);
    await move(el, 'ArrowRight', 1);
    await move(el, 'ArrowRight', 2);
    await move(el, 'End', 10);
    await move(el, 'Home', 0);
    await move(el, 'End', 10);
    expect(checked(el)).to.deep.equal([]);
    expect(el.score).to.equal(null);
  });

  it('wraps around: ArrowLeft on 0 goes to 10, ArrowRight on 10 back to 0', async () => {
    const { el } = await mountAfterButton();
    await tabIntoScale(el);
    expect(focusedScore(el)).to.equal(0);
    await move(el, 'ArrowLeft', 10);
    await move(el, 'ArrowRight', 0);
    await move(el, 'ArrowUp', 10);
    await move(el, 'ArrowDown', 0);
  });

  it('ArrowDown moves to the next score and ArrowUp to the previous one', async () => {
    const { el } = await mountAfterButton();
    await tabIntoScale(el);
    await move(el, 'ArrowDown', 1);
    await move(el, 'ArrowDown', 2);
    await move(el, 'ArrowUp', 1);
    await move(el, 'ArrowLeft', 0);
    expect(el.score).to.equal(null);
  });

  it('Enter chooses the focused score and fires nps-score', async () => {
    const { el } = await mountAfterButton();
    const events = record(el, ['nps-score']);
    await tabIntoScale(el);
    for (const to of [1, 2, 3, 4, 5, 6, 7]) await move(el, 'ArrowRight', to);
    expect(events).to.have.length(0);
    await press(el, 'Enter');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.include({ score: 7, category: 'passive' });
    expect(checked(el)).to.deep.equal([7]);
    // Changing the answer with the keyboard: a new score, the same response id.
    await move(el, 'ArrowRight', 8);
    await move(el, 'ArrowRight', 9);
    await press(el, 'Space');
    expect(events).to.have.length(2);
    expect(events[1]!.detail).to.include({ score: 9, category: 'promoter', id: events[0]!.detail.id });
    expect(checked(el)).to.deep.equal([9]);
  });

  for (const [what, wrapper] of [
    ['dir="rtl"', { dir: 'rtl' }],
    ['lang="fa"', { lang: 'fa' }],
  ] as const) {
    it(`in right-to-left text (${what}) ArrowLeft moves to the next score and ArrowRight to the previous one`, async () => {
      const el = await mount({ wrapper });
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await tabIntoScale(el);
      expect(focusedScore(el)).to.equal(0);
      await move(el, 'ArrowLeft', 1);
      await move(el, 'ArrowLeft', 2);
      await move(el, 'ArrowRight', 1);
      await move(el, 'ArrowRight', 0);
      await move(el, 'ArrowRight', 10);
      await move(el, 'ArrowLeft', 0);
      // Up/Down are not mirrored.
      await move(el, 'ArrowDown', 1);
      await move(el, 'ArrowUp', 0);
    });
  }

  it('keeps exactly one score in the tab order: 0 first, then the focused one, then the chosen one', async () => {
    const { el } = await mountAfterButton();
    expect(tabStops(el)).to.deep.equal([0]);
    await tabIntoScale(el);
    await move(el, 'ArrowRight', 1);
    await move(el, 'ArrowRight', 2);
    expect(tabStops(el)).to.deep.equal([2]);
    await move(el, 'End', 10);
    expect(tabStops(el)).to.deep.equal([10]);
    await move(el, 'ArrowLeft', 9);
    await move(el, 'ArrowLeft', 8);
    await press(el, 'Space');
    expect(el.score).to.equal(8);
    expect(tabStops(el)).to.deep.equal([8]);
    // A click elsewhere moves both the choice and the tab stop.
    scoreButton(el, 4).click();
    await settle(el);
    expect(el.score).to.equal(4);
    expect(tabStops(el)).to.deep.equal([4]);
    // Tabbing out and back in lands on the chosen score.
    (document.querySelector('button') as HTMLButtonElement).focus();
    await tabIntoScale(el);
    expect(focusedScore(el)).to.equal(4);
  });

  it('is a radio group labelled by the question, of 11 radios 0–10', async () => {
    const el = await mount({ attrs: { lang: 'en', brand: 'Acme' } });
    const scale = part(el, 'scale');
    expect(scale.getAttribute('role')).to.equal('radiogroup');
    const id = scale.getAttribute('aria-labelledby')!;
    expect(id).to.be.a('string').and.not.equal('');
    const label = el.shadowRoot!.getElementById(id);
    expect(label === part(el, 'question'), 'the label is the question part').to.equal(true);
    expect(text(label)).to.equal(
      'How likely are you to recommend \u2068Acme\u2069 to a friend or colleague?',
    );
    const buttons = scoreButtons(el);
    expect(buttons).to.have.length(11);
    buttons.forEach((b, i) => {
      expect(b.getAttribute('role')).to.equal('radio');
      expect(b.getAttribute('aria-checked')).to.equal('false');
      expect(text(b)).to.equal(String(i));
      expect(b.parentElement === scale, 'in the radio group').to.equal(true);
    });
  });

  it('counts the typed characters ("5/1,000") and limits the comment to max-length (default 1000)', async () => {
    const { el } = await mountAfterButton();
    await tabIntoScale(el);
    await press(el, 'Space');
    expect(el.score).to.equal(0);
    const box = part(el, 'comment') as HTMLTextAreaElement;
    expect(box.getAttribute('maxlength')).to.equal('1000');
    expect(box.maxLength).to.equal(1000);
    expect(text(part(el, 'counter'))).to.equal('0/1,000');
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(box));
    await sendKeys({ type: 'hello' });
    await settle(el);
    expect(text(part(el, 'counter'))).to.equal('5/1,000');
    await sendKeys({ type: ' world' });
    await settle(el);
    expect(text(part(el, 'counter'))).to.equal('11/1,000');
    await press(el, 'Backspace');
    expect(text(part(el, 'counter'))).to.equal('10/1,000');
    expect(box.value).to.equal('hello worl');
    // The counter describes the box.
    expect(describeNode(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!))).to.equal(
      describeNode(part(el, 'counter')),
    );
  });

  it('max-length="20" sets maxlength 20 and the counter, and typing stops there', async () => {
    const { el } = await mountAfterButton({ 'max-length': 20 });
    await tabIntoScale(el);
    await press(el, 'Enter');
    const box = part(el, 'comment') as HTMLTextAreaElement;
    expect(box.getAttribute('maxlength')).to.equal('20');
    expect(text(part(el, 'counter'))).to.equal('0/20');
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(box));
    await sendKeys({ type: 'abcdefghijklmnopqrstuvwxyz' });
    await settle(el);
    expect(box.value).to.equal('abcdefghijklmnopqrst');
    expect(el.comment).to.have.length(20);
    expect(text(part(el, 'counter'))).to.equal('20/20');
  });
});
