// <ces-survey mode="popover">: the engine's popover dialog named by the CES statement, closed by
// Escape or its close button (ces-dismiss, a CES dismissal only), kept shut by CES throttles, in
// the window corner that follows the direction.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  CES_KEY,
  SURVEY_KEY,
  choose,
  mount,
  part,
  record,
  resetStorage,
  scoreButton,
  settle,
  type CesSurvey,
  type Mount,
} from './helpers.js';

const popover = (el: CesSurvey): HTMLElement | null => el.shadowRoot!.querySelector("[part~='popover']");
const isOpen = (el: CesSurvey) => !!popover(el)?.matches(':popover-open');

async function mountOpen({ attrs = {}, ...rest }: Mount = {}): Promise<CesSurvey> {
  const el = await mount({ attrs: { mode: 'popover', lang: 'en', ...attrs }, ...rest });
  await waitUntil(() => isOpen(el), 'the popover never opened', { timeout: 3000, interval: 20 });
  await settle(el);
  return el;
}

describe('<ces-survey> popover', () => {
  beforeEach(resetStorage);

  for (const scale of ['1-7', '1-5'])
    it(`${scale}: a manual popover dialog named by the statement, holding the scale`, async () => {
      const el = await mountOpen({ attrs: { brand: 'Acme', scale } });
      const box = popover(el)!;
      expect(box.getAttribute('popover')).to.equal('manual');
      expect(box.getAttribute('role')).to.equal('dialog');
      expect(box.getAttribute('aria-label')).to.equal(
        '\u2068Acme\u2069 made it easy for me to handle my issue.',
      );
      expect(box.contains(part(el, 'scale'))).to.equal(true);
      expect(el.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

  it('Escape closes it unanswered: ces-dismiss answered false, a CES dismissal, NPS untouched', async () => {
    const el = await mountOpen();
    const events = record(el, ['ces-dismiss', 'nps-dismiss']);
    scoreButton(el, 1).focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(isOpen(el)).to.equal(false);
    expect(el.step).to.equal('hidden');
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['ces-dismiss', { answered: false }]]);
    expect(JSON.parse(localStorage.getItem(CES_KEY)!).seen['']).to.have.property('declined');
    expect(localStorage.getItem(SURVEY_KEY)).to.equal(null);
  });

  it('closed after answering: answered true, no dismissal remembered', async () => {
    const el = await mountOpen();
    const events = record(el, ['ces-dismiss']);
    await choose(el, 6);
    part(el, 'close').click();
    await settle(el);
    expect(events.map((e) => e.detail)).to.deep.equal([{ answered: true }]);
    expect(JSON.parse(localStorage.getItem(CES_KEY)!).seen['']).to.not.have.property('declined');
  });

  it('throttled: never opens; show() opens it', async () => {
    localStorage.setItem(CES_KEY, JSON.stringify({ seen: { '': { answered: Date.now() } } }));
    const el = await mount({ attrs: { mode: 'popover' } });
    await settle(el);
    expect(popover(el)).to.equal(null);
    el.show();
    await waitUntil(() => isOpen(el), 'show() did not open it', { timeout: 3000 });
  });

  describe('the corner follows the direction', () => {
    before(async () => {
      await setViewport({ width: 1200, height: 800 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('en: bottom right; fa: bottom left', async () => {
      const en = await mountOpen();
      let b = popover(en)!.getBoundingClientRect();
      expect(window.innerWidth - b.right).to.be.below(b.left);
      expect(b.bottom).to.be.above(window.innerHeight / 2);
      en.remove();
      const fa = await mount({ attrs: { mode: 'popover' }, wrapper: { lang: 'fa' } });
      await waitUntil(() => isOpen(fa), 'the popover never opened', { timeout: 3000 });
      b = popover(fa)!.getBoundingClientRect();
      expect(popover(fa)!.getAttribute('dir')).to.equal('rtl');
      expect(b.left).to.be.below(window.innerWidth - b.right);
    });
  });
});
