// <nps-survey> keeps its height through the steps: the thank-you takes the place of the answered
// question (same grid cell) instead of collapsing the card, so nothing below the survey moves when
// the visitor sends or skips. The question and follow-up stay in place under it, hidden and inert:
// not drawn, not focusable, not in the accessibility tree. Inline and popover, en and fa, 320 and
// 600 px; a thank-you taller than the question still fits.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axFind, axTree } from '../harness.js';
import {
  box,
  choose,
  focused,
  mount,
  part,
  parts,
  resetStorage,
  send,
  settle,
  skip,
  typeComment,
  type NpsSurvey,
} from './helpers.js';

/** Waits for the render and the layout of the new step. */
async function layout(el: NpsSurvey): Promise<void> {
  await settle(el);
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** A block after the survey's slot, standing for the rest of the host page. */
function pageBelow(el: NpsSurvey): HTMLElement {
  const below = document.createElement('p');
  below.textContent = 'The rest of the page';
  el.parentElement!.after(below);
  return below;
}

/** Where the host page is: the survey's box, the block below it, the document's scroll height. */
const where = (el: NpsSurvey, below: HTMLElement) => ({
  host: box(el).height,
  below: box(below).top,
  scroll: document.documentElement.scrollHeight,
});

/** True when `node` is drawn (not visibility-hidden, not display-none). */
const drawn = (node: Element) => node.checkVisibility({ visibilityProperty: true });

describe('<nps-survey> height through the steps', () => {
  beforeEach(resetStorage);

  for (const lang of ['en', 'fa'])
    for (const width of [320, 600])
      for (const [how, finish] of [
        ['send', send],
        ['skip', skip],
      ] as const)
        it(`${lang} at ${width} px: the thank-you (${how}) keeps the height of the answered question; the page below does not move`, async () => {
          const el = await mount({ attrs: { lang, brand: 'Acme' }, width });
          const below = pageBelow(el);
          await layout(el);
          const scale = box(part(el, 'scale')).top;
          await choose(el, 3);
          await typeComment(el, 'Billing question.');
          await layout(el);
          // The follow-up opens under the scale: nothing above it moves.
          expect(box(part(el, 'scale')).top).to.be.closeTo(scale, 0.5);
          const answered = where(el, below);
          await finish(el);
          await layout(el);
          expect(el.step).to.equal('thanks');
          const thanks = where(el, below);
          expect(thanks.host, 'host height').to.be.closeTo(answered.host, 1);
          expect(thanks.below, 'top of the page below').to.be.closeTo(answered.below, 1);
          expect(thanks.scroll, 'document scroll height').to.equal(answered.scroll);
          // The thank-you is drawn inside the card, centred in its height.
          const card = box(part(el, 'base'));
          const t = box(part(el, 'thanks'));
          const text = document.createRange();
          text.selectNodeContents(part(el, 'thanks').querySelector('slot')!);
          const line = text.getBoundingClientRect();
          expect(line.height).to.be.above(0);
          expect(line.top).to.be.at.least(t.top - 0.5);
          expect(line.bottom).to.be.at.most(t.bottom + 0.5);
          expect(t.top - card.top).to.be.closeTo(card.bottom - t.bottom, 1.5);
          expect(t.left).to.be.at.least(card.left);
          expect(t.right).to.be.at.most(card.right);
        });

  for (const lang of ['en', 'fa'])
    it(`${lang}: the answered question under the thank-you is hidden, inert and out of the accessibility tree`, async () => {
      const el = await mount({ attrs: { lang } });
      await choose(el, 9);
      await typeComment(el, 'Fast support.');
      await send(el);
      expect(el.step).to.equal('thanks');
      for (const name of ['question', 'scale', 'labels', 'follow-up', 'comment', 'counter', 'send', 'skip']) {
        const node = part(el, name);
        expect(drawn(node), `${name} drawn`).to.equal(false);
        expect(node.closest('[inert]'), `${name} inert`).to.not.equal(null);
      }
      expect(drawn(part(el, 'thanks'))).to.equal(true);
      expect(part(el, 'thanks').closest('[inert]')).to.equal(null);
      expect(focused(el)).to.equal(part(el, 'thanks'));
      // A screen reader meets the thank-you and the close button, nothing of the question.
      const tree = await axTree();
      const roles = axFind(tree, (n) => ['radio', 'radiogroup', 'textbox'].includes(n.role));
      expect(roles, JSON.stringify(roles)).to.deep.equal([]);
      expect(axFind(tree, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal([
        part(el, 'close').getAttribute('aria-label'),
      ]);
      // Tab goes from the thank-you to the close button (before it) or out, never into the hidden step.
      for (const shift of [false, true]) {
        part(el, 'thanks').focus();
        if (shift) await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        if (shift) await sendKeys({ up: 'Shift' });
        const now = focused(el);
        expect(
          now === null || now === part(el, 'close'),
          `${shift ? 'Shift+' : ''}Tab: ${now?.outerHTML}`,
        ).to.equal(true);
      }
      // The answer is still there, unchanged, for a later render.
      expect(parts(el, 'selected')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

  it('a thank-you taller than the question grows the card and stays inside it', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of our thanks.`).join('<br>');
    const el = await mount({
      attrs: { lang: 'en' },
      width: 320,
      children: `<p slot="thanks" id="own">${lines}</p>`,
    });
    await choose(el, 10);
    await layout(el);
    const answered = box(el).height;
    await skip(el);
    await layout(el);
    const own = box(el.querySelector('#own')!);
    const card = box(part(el, 'base'));
    expect(own.height).to.be.above(answered);
    expect(own.top).to.be.at.least(card.top);
    expect(own.bottom).to.be.at.most(card.bottom);
    expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
  });

  for (const lang of ['en', 'fa'])
    it(`${lang}: the popover keeps its box from the follow-up to the thank-you (no jump in the window corner)`, async () => {
      const el = await mount({ attrs: { lang, mode: 'popover', open: true } });
      await choose(el, 7);
      await layout(el);
      const popover = part(el, 'popover');
      expect(popover.matches(':popover-open')).to.equal(true);
      const answered = box(popover);
      await skip(el);
      await layout(el);
      expect(el.step).to.equal('thanks');
      const thanks = box(popover);
      for (const side of ['top', 'bottom', 'left', 'right', 'height'] as const)
        expect(thanks[side], side).to.be.closeTo(answered[side], 1);
      expect(popover.scrollHeight).to.be.at.most(popover.clientHeight + 1);
    });
});
