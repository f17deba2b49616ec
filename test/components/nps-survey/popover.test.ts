// <nps-survey mode="popover">: a manual popover dialog in the corner of the window after `delay`
// seconds; closed by its close button or Escape (a dismissal before answering), focus given back
// to where it came from; throttling keeps it shut, show() opens it; the corner follows the direction.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  SURVEY_KEY,
  choose,
  focused,
  has,
  mount,
  part,
  record,
  resetStorage,
  scoreButton,
  settle,
  text,
  type Mount,
  type NpsSurvey,
} from './helpers.js';

interface Seen {
  answered?: number;
  declined?: number;
}
/** What the survey remembers for the anonymous browser. */
const seen = (): Seen =>
  (JSON.parse(localStorage.getItem(SURVEY_KEY) ?? '{}') as { seen?: Record<string, Seen> }).seen?.[''] ?? {};

/** The popover box, or null when none is rendered. */
const popover = (el: NpsSurvey): HTMLElement | null => el.shadowRoot!.querySelector("[part~='popover']");

/** Whether the popover is rendered and shown in the top layer. */
const isOpen = (el: NpsSurvey): boolean => !!popover(el)?.matches(':popover-open');

/** Waits until the popover is shown, and for the render that follows. */
async function opened(el: NpsSurvey): Promise<void> {
  await waitUntil(() => isOpen(el), 'the popover never opened', { timeout: 3000, interval: 20 });
  await settle(el);
}

/** Mounts a popover survey (delay 0 unless given) and waits until it is shown. */
async function mountOpen({ attrs = {}, ...rest }: Mount = {}): Promise<NpsSurvey> {
  const el = await mount({ attrs: { mode: 'popover', lang: 'en', ...attrs }, ...rest });
  await opened(el);
  return el;
}

/** A short description of a node (a failed comparison of DOM nodes hangs the test runner's reporter). */
const describeNode = (node: Element | null | undefined): string =>
  node
    ? `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} "${text(node)}"`
    : 'nothing';

/** What has the focus in the page (the host when the focus is in its shadow root). */
const pageFocus = (): string => describeNode(document.activeElement);

/** What has the focus in the survey's shadow root. */
const surveyFocus = (el: NpsSurvey): string => describeNode(focused(el));

/** Presses a key for real and waits for the render. */
async function press(el: NpsSurvey, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** Whether the popover is closed: nothing rendered, no `open`, step hidden. */
function expectClosed(el: NpsSurvey): void {
  expect(isOpen(el)).to.equal(false);
  expect(popover(el)).to.equal(null);
  expect(el.open).to.equal(false);
  expect(el.hasAttribute('open')).to.equal(false);
  expect(el.step).to.equal('hidden');
}

/** A button of the page, before the survey, focused. */
function focusedButtonBefore(el: NpsSurvey, label = 'outside'): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = label;
  el.before(button);
  button.focus();
  expect(pageFocus()).to.equal(describeNode(button));
  return button;
}

describe('<nps-survey> popover', () => {
  beforeEach(resetStorage);

  it('delay 0 (the default): opens a manual popover dialog and sets `open`', async () => {
    const el = await mountOpen();
    const box = popover(el)!;
    expect(box.getAttribute('popover')).to.equal('manual');
    expect(box.getAttribute('role')).to.equal('dialog');
    expect(box.matches(':popover-open')).to.equal(true);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.step).to.equal('question');
    expect(box.contains(part(el, 'scale')), 'the scale is in the box').to.equal(true);
    expect(box.contains(part(el, 'close')), 'the close button is in the box').to.equal(true);
    expect(part(el, 'close').getAttribute('aria-label')).to.equal('Close the survey');
  });

  it('delay="0.3": not open at first, open after the delay', async () => {
    const el = await mount({ attrs: { mode: 'popover', delay: 0.3 } });
    expect(isOpen(el)).to.equal(false);
    expect(popover(el)).to.equal(null);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(has(el, 'scale')).to.equal(false);
    await opened(el);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(has(el, 'scale')).to.equal(true);
  });

  it('the dialog is named by the question', async () => {
    const el = await mountOpen({ attrs: { brand: 'Acme' } });
    const name = 'How likely are you to recommend \u2068Acme\u2069 to a friend or colleague?';
    expect(popover(el)!.getAttribute('aria-label')).to.equal(name);
    expect(text(part(el, 'question'))).to.equal(name);
  });

  it('a custom question names the dialog too', async () => {
    const el = await mountOpen({ attrs: { question: 'Would you recommend {brand}?', brand: 'Acme' } });
    expect(popover(el)!.getAttribute('aria-label')).to.equal('Would you recommend \u2068Acme\u2069?');
  });

  it('Escape closes it unanswered: nps-dismiss answered false, a dismissal remembered, step hidden', async () => {
    const el = await mountOpen();
    const events = record(el, ['nps-dismiss']);
    const before = Date.now();
    scoreButton(el, 0).focus();
    await press(el, 'Escape');
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: false }]);
    expect(seen().declined).to.be.a('number').within(before, Date.now());
    expect(seen().answered).to.equal(undefined);
    expectClosed(el);
  });

  it('Escape from the comment box closes it too', async () => {
    const el = await mountOpen();
    await choose(el, 5);
    const events = record(el, ['nps-dismiss']);
    part(el, 'comment').focus();
    await press(el, 'Escape');
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: true }]);
    expectClosed(el);
  });

  it('the close button closes it unanswered', async () => {
    const el = await mountOpen();
    const events = record(el, ['nps-dismiss']);
    part(el, 'close').click();
    await settle(el);
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: false }]);
    expect(seen().declined).to.be.a('number');
    expectClosed(el);
  });

  it('the close button works from the keyboard (Enter)', async () => {
    const el = await mountOpen();
    const events = record(el, ['nps-dismiss']);
    part(el, 'close').focus();
    await press(el, 'Enter');
    expect(events).to.have.length(1);
    expectClosed(el);
  });

  it('a dismissed popover stays shut on the next page', async () => {
    const first = await mountOpen();
    part(first, 'close').click();
    await settle(first);
    const el = await mount({ attrs: { mode: 'popover' } });
    await aTimeout(100);
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(el.step).to.equal('hidden');
  });

  it('gives the focus back to the page button it came from (Tab in, Escape)', async () => {
    const el = await mountOpen();
    const outside = focusedButtonBefore(el);
    await press(el, 'Tab');
    expect(surveyFocus(el), 'Tab enters the dialog').to.equal(describeNode(part(el, 'close')));
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(scoreButton(el, 0)));
    await press(el, 'ArrowRight');
    await waitUntil(
      () => focused(el) === scoreButton(el, 1),
      `ArrowRight did not move (${surveyFocus(el)})`,
      {
        timeout: 2000,
      },
    );
    await press(el, 'Escape');
    expectClosed(el);
    expect(pageFocus()).to.equal(describeNode(outside));
  });

  it('gives the focus back when the popover closes with the focus inside it (close button, Enter)', async () => {
    const el = await mountOpen();
    const outside = focusedButtonBefore(el);
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'close')));
    await press(el, 'Enter');
    expectClosed(el);
    expect(pageFocus()).to.equal(describeNode(outside));
  });

  it('leaves the focus alone when it was not in the survey', async () => {
    const el = await mountOpen();
    const outside = focusedButtonBefore(el);
    el.close();
    await settle(el);
    expectClosed(el);
    expect(pageFocus()).to.equal(describeNode(outside));
  });

  it('gives the focus back after programmatic focus and the close button', async () => {
    const el = await mountOpen();
    const outside = focusedButtonBefore(el);
    scoreButton(el, 4).focus();
    expect(surveyFocus(el)).to.equal(describeNode(scoreButton(el, 4)));
    part(el, 'close').focus();
    part(el, 'close').click();
    await settle(el);
    expectClosed(el);
    expect(pageFocus()).to.equal(describeNode(outside));
  });

  it('the button focused when it opened gets the focus back after a delay', async () => {
    const el = await mount({ attrs: { mode: 'popover', delay: 0.2, lang: 'en' } });
    const outside = focusedButtonBefore(el);
    await opened(el);
    await press(el, 'Tab');
    expect(surveyFocus(el)).to.equal(describeNode(part(el, 'close')));
    await press(el, 'Escape');
    expectClosed(el);
    expect(pageFocus()).to.equal(describeNode(outside));
  });

  it('closed after answering: nps-dismiss answered true, no dismissal remembered', async () => {
    const el = await mountOpen();
    await choose(el, 9);
    expect(el.step).to.equal('follow-up');
    expect(seen().answered).to.be.a('number');
    const events = record(el, ['nps-dismiss']);
    part(el, 'close').click();
    await settle(el);
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: true }]);
    expect(seen().declined).to.equal(undefined);
    expectClosed(el);
  });

  it('Escape on the thank-you: answered true, no dismissal remembered', async () => {
    const el = await mountOpen();
    await choose(el, 2);
    part(el, 'skip').click();
    await settle(el);
    expect(el.step).to.equal('thanks');
    await waitUntil(
      () => focused(el) === part(el, 'thanks'),
      `the thank-you never got the focus (${surveyFocus(el)})`,
      {
        timeout: 2000,
      },
    );
    const events = record(el, ['nps-dismiss']);
    await press(el, 'Escape');
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: true }]);
    expect(seen().declined).to.equal(undefined);
    expectClosed(el);
  });

  it('throttled: never opens', async () => {
    localStorage.setItem(SURVEY_KEY, JSON.stringify({ seen: { '': { answered: Date.now() - 864e5 } } }));
    const el = await mount({ attrs: { mode: 'popover' } });
    await aTimeout(150);
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(popover(el)).to.equal(null);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.step).to.equal('hidden');
  });

  it('show() opens a throttled one', async () => {
    localStorage.setItem(SURVEY_KEY, JSON.stringify({ seen: { '': { declined: Date.now() - 864e5 } } }));
    const el = await mount({ attrs: { mode: 'popover' } });
    await aTimeout(100);
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    el.show();
    await opened(el);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.step).to.equal('question');
  });

  it('show() opens it before its delay', async () => {
    const el = await mount({ attrs: { mode: 'popover', delay: 30 } });
    expect(isOpen(el)).to.equal(false);
    el.show();
    await opened(el);
    expect(el.step).to.equal('question');
  });

  describe('the corner follows the direction', () => {
    before(async () => {
      await setViewport({ width: 1200, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('left-to-right: at the bottom right', async () => {
      const el = await mountOpen({ wrapper: { dir: 'ltr' } });
      const b = popover(el)!.getBoundingClientRect();
      expect(b.width).to.be.above(0);
      expect(b.left).to.be.above(window.innerWidth / 2);
      expect(window.innerWidth - b.right).to.be.below(b.left);
      expect(b.bottom).to.be.above(window.innerHeight / 2);
    });

    it('right-to-left (dir="rtl"): at the bottom left', async () => {
      // No host lang: the host's own lang="en" would be closer than the slot's dir and win.
      const el = await mount({ attrs: { mode: 'popover' }, wrapper: { dir: 'rtl' } });
      await opened(el);
      expect(popover(el)!.getAttribute('dir')).to.equal('rtl');
      const b = popover(el)!.getBoundingClientRect();
      expect(b.width).to.be.above(0);
      expect(b.left).to.be.below(window.innerWidth / 2);
      expect(b.left).to.be.below(window.innerWidth - b.right);
      expect(b.bottom).to.be.above(window.innerHeight / 2);
    });

    it('right-to-left (lang="fa"): at the bottom left', async () => {
      const el = await mount({ attrs: { mode: 'popover' }, wrapper: { lang: 'fa' } });
      await opened(el);
      expect(popover(el)!.getAttribute('dir')).to.equal('rtl');
      const b = popover(el)!.getBoundingClientRect();
      expect(b.left).to.be.below(window.innerWidth / 2);
      expect(b.left).to.be.below(window.innerWidth - b.right);
    });
  });
});
