// <ces-survey> with the keyboard over 1–7 and 1–5: real key presses through the radio group's
// roving tabindex; Home/End jump to 1 and the top, arrows wrap, mirrored in right-to-left text;
// Space chooses.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  focused,
  mount,
  part,
  record,
  resetStorage,
  scoreButton,
  settle,
  type CesSurvey,
} from './helpers.js';

const focusedScore = (el: CesSurvey): number | null => {
  const f = focused(el) as HTMLElement | null;
  return f?.dataset.score == null ? null : Number(f.dataset.score);
};

async function move(el: CesSurvey, key: string, to: number): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
  await waitUntil(() => focusedScore(el) === to, `${key} did not move to ${to} (on ${focusedScore(el)})`, {
    timeout: 2000,
  });
}

/** Mounts after a page button and tabs past the close button onto the scale's tab stop. */
async function tabIn(attrs: Record<string, string>, wrapper: Record<string, string> = {}) {
  const el = await mount({ attrs, wrapper });
  const before = document.createElement('button');
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(focused(el)).to.equal(part(el, 'close'));
  await sendKeys({ press: 'Tab' });
  await settle(el);
  return el;
}

describe('<ces-survey> keyboard', () => {
  beforeEach(resetStorage);

  for (const [scale, max] of [
    ['1-7', 7],
    ['1-5', 5],
  ] as const) {
    it(`${scale}: Tab lands on 1; Home/End jump to 1 and ${max}; arrows wrap; Space chooses`, async () => {
      const el = await tabIn({ scale, lang: 'en' });
      const events = record(el, ['ces-score']);
      expect(focusedScore(el)).to.equal(1);
      await move(el, 'End', max);
      await move(el, 'ArrowRight', 1);
      await move(el, 'ArrowLeft', max);
      await move(el, 'ArrowUp', max - 1);
      await move(el, 'Home', 1);
      await move(el, 'ArrowDown', 2);
      expect(el.score, 'moving does not choose').to.equal(null);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.score).to.equal(2);
      expect(events.map((e) => e.detail.score)).to.deep.equal([2]);
      expect(scoreButton(el, 2).getAttribute('tabindex')).to.equal('0');
      expect(scoreButton(el, 1).getAttribute('tabindex')).to.equal('-1');
    });

    for (const [what, wrapper] of [
      ['dir="rtl"', { dir: 'rtl' }],
      ['lang="fa"', { lang: 'fa' }],
      ['lang="ar"', { lang: 'ar' }],
    ] as const)
      it(`${scale} in right-to-left text (${what}): ArrowLeft is next, ArrowRight previous, wrapping`, async () => {
        const el = await tabIn({ scale }, wrapper);
        await move(el, 'ArrowLeft', 2);
        await move(el, 'ArrowRight', 1);
        await move(el, 'ArrowRight', max);
        await move(el, 'ArrowLeft', 1);
        await move(el, 'End', max);
        await move(el, 'Home', 1);
      });
  }

  it('Enter chooses the focused score; the follow-up box takes typing', async () => {
    const el = await tabIn({ lang: 'en' });
    await move(el, 'ArrowRight', 2);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.score).to.equal(2);
    expect(el.step).to.equal('follow-up');
  });
});
