// <nps-survey> accessibility: axe-core in every step, theme and language; the radio group's name,
// the radios' state, names and descriptions; the alert and status notes; the keyboard focus ring;
// reduced motion.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { remember } from '../../../src/components/nps-survey/throttle.js';
import {
  $,
  choose,
  collector,
  focused,
  has,
  mount,
  part,
  question,
  record,
  resetStorage,
  scoreButton,
  scoreButtons,
  settle,
  text,
  type NpsSurvey,
  partShown,
  skip,
} from './helpers.js';

type Attrs = Record<string, string | number | boolean>;

/** A state of the survey: how to reach it from a mount, and what shows it was reached. */
interface State {
  name: string;
  attrs?: Attrs;
  /** Before the mount. */
  prepare?: () => void;
  reach?: (el: NpsSurvey) => Promise<void>;
  check: (el: NpsSurvey) => void;
}

const STATES: State[] = [
  {
    name: 'question',
    check: (el) => {
      expect(el.step).to.equal('question');
      expect(scoreButtons(el)).to.have.length(11);
    },
  },
  ...(
    [
      [3, 'detractor'],
      [7, 'passive'],
      [10, 'promoter'],
    ] as const
  ).map(([score, category]): State => ({
    name: `follow-up (${category})`,
    reach: (el) => choose(el, score),
    check: (el) => {
      expect(el.step).to.equal('follow-up');
      expect(scoreButton(el, score).getAttribute('aria-checked')).to.equal('true');
      expect(scoreButton(el, score).className).to.equal(category);
      expect(has(el, 'comment')).to.equal(true);
    },
  })),
  {
    name: 'thanks',
    reach: async (el) => {
      await choose(el, 9);
      await skip(el);
    },
    check: (el) => {
      expect(el.step).to.equal('thanks');
      expect(has(el, 'thanks')).to.equal(true);
    },
  },
  {
    name: 'error (HTTP 400)',
    attrs: { action: '400' },
    reach: async (el) => {
      await choose(el, 2);
      await partShown(el, 'error');
    },
    check: (el) => expect(part(el, 'error').getAttribute('role')).to.equal('alert'),
  },
  {
    name: 'queued (HTTP 500)',
    attrs: { action: '500' },
    reach: async (el) => {
      await choose(el, 8);
      await partShown(el, 'queued');
    },
    check: (el) => expect(part(el, 'queued').getAttribute('role')).to.equal('status'),
  },
  {
    // Hidden by the throttling (the visitor closed a survey today). The close button should hide it
    // too: see 'the close button hides an inline survey' below.
    name: 'hidden',
    prepare: () => remember(null, 'declined'),
    check: (el) => {
      expect(el.step).to.equal('hidden');
      expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
    },
  },
  {
    name: 'form field, required',
    attrs: { name: 'nps', required: true },
    check: (el) => {
      expect(part(el, 'scale').getAttribute('aria-required')).to.equal('true');
      expect(has(el, 'close')).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
    },
  },
  {
    name: 'form field, answered',
    attrs: { name: 'nps', required: true },
    reach: (el) => choose(el, 6),
    check: (el) => {
      expect(el.validity.valid).to.equal(true);
      expect(has(el, 'comment')).to.equal(true);
      expect(has(el, 'send')).to.equal(false);
    },
  },
  {
    name: 'popover open',
    attrs: { mode: 'popover', open: true },
    check: (el) => {
      const popover = part(el, 'popover');
      expect(popover.getAttribute('role')).to.equal('dialog');
      expect(popover.matches(':popover-open')).to.equal(true);
      expect(popover.getAttribute('aria-label')).to.equal(question(el));
    },
  },
  {
    name: 'popover, follow-up',
    attrs: { mode: 'popover', open: true },
    reach: (el) => choose(el, 5),
    check: (el) => {
      expect(part(el, 'popover').matches(':popover-open')).to.equal(true);
      expect(has(el, 'comment')).to.equal(true);
    },
  },
];

/** The light and dark ways to show the survey. */
const SCHEMES = [
  { name: 'light', attrs: {}, media: 'light' },
  { name: 'theme="dark"', attrs: { theme: 'dark' }, media: 'light' },
  { name: 'prefers-color-scheme: dark', attrs: {}, media: 'dark' },
] as const;

const LANGS = [
  { lang: 'en', attrs: { lang: 'en' } },
  { lang: 'fa', attrs: { lang: 'fa' } },
  { lang: 'ar', attrs: { lang: 'ar' } },
  { lang: 'ar-EG', attrs: { lang: 'ar-EG' } },
] as const;

describe('<nps-survey> axe-core', () => {
  beforeEach(resetStorage);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const { lang, attrs: langAttrs } of LANGS)
    for (const scheme of SCHEMES)
      for (const state of STATES) {
        // ar-EG (Arabic-Indic digits) once, in light.
        if (lang == 'ar-EG' && scheme.name != 'light') continue;
        it(`no violations: ${state.name}, ${scheme.name}, ${lang}`, async () => {
          await emulateMedia({ colorScheme: scheme.media });
          const attrs: Attrs = { ...langAttrs, ...scheme.attrs, ...state.attrs };
          if (attrs.action) attrs.action = collector([{ status: Number(attrs.action) }]);
          state.prepare?.();
          const el = await mount({ attrs });
          await state.reach?.(el);
          state.check(el);
          expect(getComputedStyle(el).colorScheme).to.equal(scheme.name == 'light' ? 'light' : 'dark');
          if (state.name != 'hidden') {
            const base = part(el, 'base');
            expect(base.getAttribute('dir')).to.equal(lang == 'en' ? 'ltr' : 'rtl');
            expect(base.getAttribute('lang')).to.equal(lang);
          }
          await expect(el).to.be.accessible();
        });
      }
});

describe('<nps-survey> ARIA', () => {
  beforeEach(resetStorage);

  /** The element an id reference in the shadow root points at, or throws. */
  const byId = (el: NpsSurvey, id: string | null): HTMLElement => {
    expect(id, 'an id reference').to.be.a('string').and.not.equal('');
    const found = el.shadowRoot!.getElementById(id!);
    expect(found, `#${id} in the shadow root`).to.not.equal(null);
    return found!;
  };

  for (const [lang, brand] of [
    ['en', 'Acme'],
    ['fa', null],
    ['ar', 'Acme'],
  ] as const) {
    it(`${lang}: the radio group is named by the question`, async () => {
      const el = await mount({ attrs: { lang, ...(brand && { brand }) } });
      const scale = part(el, 'scale');
      expect(scale.getAttribute('role')).to.equal('radiogroup');
      expect(scale.hasAttribute('aria-label')).to.equal(false);
      const label = byId(el, scale.getAttribute('aria-labelledby'));
      expect(label).to.equal(part(el, 'question'));
      expect(text(label)).to.equal(question(el));
      expect(question(el).length).to.be.above(10);
      // Still named so in the follow-up step.
      await choose(el, 4);
      expect(text(byId(el, part(el, 'scale').getAttribute('aria-labelledby')))).to.equal(question(el));
    });
  }

  it('a custom question names the radio group', async () => {
    const el = await mount({ attrs: { lang: 'en', brand: 'Acme', question: 'Recommend {brand}?' } });
    expect(text(byId(el, part(el, 'scale').getAttribute('aria-labelledby')))).to.equal(
      'Recommend \u2068Acme\u2069?',
    );
  });

  it('11 radios named "0"…"10", all aria-checked="false", then only the chosen one "true"', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    const radios = scoreButtons(el);
    expect(radios).to.have.length(11);
    for (const [i, r] of radios.entries()) {
      expect(r.getAttribute('role'), `role of ${i}`).to.equal('radio');
      expect(r.getAttribute('aria-checked'), `aria-checked of ${i}`).to.equal('false');
      expect(r.hasAttribute('aria-label'), `aria-label of ${i}`).to.equal(false);
      expect(text(r), `name of ${i}`).to.equal(String(i));
      expect(r.closest('[role="radiogroup"]')).to.equal(part(el, 'scale'));
    }
    await choose(el, 6);
    expect(scoreButtons(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal(
      radios.map((_, i) => String(i === 6)),
    );
    await choose(el, 9);
    expect(scoreButtons(el).filter((r) => r.getAttribute('aria-checked') === 'true')).to.deep.equal([
      scoreButton(el, 9),
    ]);
  });

  it('fa: the radios are named in Persian digits', async () => {
    const el = await mount({ attrs: { lang: 'fa' } });
    expect(scoreButtons(el).map((r) => text(r))).to.deep.equal([...'۰۱۲۳۴۵۶۷۸۹'].concat('۱۰'));
  });

  for (const lang of ['en', 'fa', 'ar'] as const) {
    it(`${lang}: 0 is described by the low end label and 10 by the high one`, async () => {
      const el = await mount({ attrs: { lang } });
      const [low, high] = [...part(el, 'labels').children] as HTMLElement[];
      expect(byId(el, scoreButton(el, 0).getAttribute('aria-describedby'))).to.equal(low);
      expect(byId(el, scoreButton(el, 10).getAttribute('aria-describedby'))).to.equal(high);
      expect(text(low)).to.have.length.above(3);
      expect(text(high)).to.have.length.above(3);
      for (let i = 1; i < 10; i++)
        expect(scoreButton(el, i).hasAttribute('aria-describedby'), `score ${i}`).to.equal(false);
    });
  }

  it('the comment box is labelled by the follow-up question and described by the counter', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    await choose(el, 8);
    const comment = part(el, 'comment') as HTMLTextAreaElement;
    expect(comment.labels?.[0]).to.equal(part(el, 'follow-up'));
    expect(byId(el, comment.getAttribute('aria-describedby'))).to.equal(part(el, 'counter'));
  });

  it('the close button is named', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    expect(part(el, 'close').getAttribute('aria-label')).to.equal('Close the survey');
  });

  it('the 4xx error has role="alert", the 5xx note role="status"', async () => {
    const rejected = await mount({ attrs: { lang: 'en', action: collector([{ status: 400 }]) } });
    await choose(rejected, 1);
    const error = await partShown(rejected, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('(HTTP 400)');

    resetStorage(); // the answer above throttles a second survey in this browser
    const queued = await mount({ attrs: { lang: 'en', action: collector([{ status: 503 }]) } });
    await choose(queued, 9);
    expect((await partShown(queued, 'queued')).getAttribute('role')).to.equal('status');
    expect(has(queued, 'error')).to.equal(false);
  });

  for (const score of [null, 7]) {
    it(`the close button hides an inline survey (${score == null ? 'unanswered' : 'answered'}): nothing left to reach`, async () => {
      const el = await mount({ attrs: { lang: 'en' } });
      if (score != null) await choose(el, score);
      const events = record(el, ['nps-dismiss']);
      part(el, 'close').click();
      await settle(el);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      expect(events.map((e) => e.detail)).to.deep.equal([{ answered: score != null }]);
      expect(el.step).to.equal('hidden');
      expect(has(el, 'base')).to.equal(false);
      expect(has(el, 'close')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('the honeypot is hidden from assistive technology and out of the tab order', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    const trap = $(el, 'input.trap');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.getAttribute('tabindex')).to.equal('-1');
  });
});

describe('<nps-survey> focus and motion', () => {
  beforeEach(resetStorage);
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  /** Mounts a survey after a button of the page and focuses that button. */
  async function mountAfterButton(attrs: Attrs): Promise<NpsSurvey> {
    const el = await mount({ attrs });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    expect(document.activeElement).to.equal(before);
    return el;
  }

  /** Presses a key for real and waits for the render. */
  async function press(el: NpsSurvey, key: string): Promise<void> {
    await sendKeys({ press: key });
    await settle(el);
  }

  for (const attrs of [{ lang: 'en' }, { lang: 'fa' }, { lang: 'en', theme: 'dark' }] as Attrs[]) {
    it(`a score focused with Tab shows a focus ring (${JSON.stringify(attrs)})`, async () => {
      const el = await mountAfterButton(attrs);
      await press(el, 'Tab');
      expect(focused(el)).to.equal(part(el, 'close'));
      await press(el, 'Tab');
      const zero = scoreButton(el, 0);
      expect(focused(el)).to.equal(zero);
      expect(zero.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(zero);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      // The ring is drawn in the focus colour, not transparent.
      expect(style.outlineColor).to.not.match(/rgba\(.*, 0\)$|transparent/);
      // An arrow moves the focus, and the ring with it.
      await press(el, attrs.lang == 'fa' ? 'ArrowLeft' : 'ArrowRight');
      await waitUntil(() => focused(el) === scoreButton(el, 1), 'the arrow did not move the focus');
      expect(getComputedStyle(scoreButton(el, 1)).outlineStyle).to.not.equal('none');
      expect(getComputedStyle(zero).outlineStyle).to.equal('none');
    });
  }

  it('the Send and Skip buttons and the comment box show a focus ring from the keyboard', async () => {
    const el = await mountAfterButton({ lang: 'en' });
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Space');
    expect(el.step).to.equal('follow-up');
    for (const name of ['comment', 'skip', 'send']) {
      await press(el, 'Tab');
      const node = part(el, name);
      expect(focused(el), name).to.equal(node);
      expect(getComputedStyle(node).outlineStyle, name).to.not.equal('none');
    }
  });

  const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v)));

  it('the buttons change colour with a transition', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount({ attrs: { lang: 'en' } });
    expect(seconds(getComputedStyle(scoreButton(el, 0)).transitionDuration)).to.be.above(0);
  });

  it('prefers-reduced-motion: reduce → the button transitions last 0s', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ attrs: { lang: 'en' } });
    for (const b of scoreButtons(el)) expect(getComputedStyle(b).transitionDuration).to.equal('0s');
    expect(getComputedStyle(part(el, 'close')).transitionDuration).to.equal('0s');
    await choose(el, 9);
    for (const name of ['send', 'skip'])
      expect(getComputedStyle(part(el, name)).transitionDuration, name).to.equal('0s');
  });
});
