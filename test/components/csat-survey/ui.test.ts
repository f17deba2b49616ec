// <csat-survey> as people see and use it: the question with its subject (inserted literally), the
// three appearances (numbers, stars as a rating, faces coloured with `colored`) and their
// accessible names, the keyboard over 1–5, Persian and Arabic (digits, strings, right to left),
// dark mode, the form field, the popover, axe in every step and appearance, and 320 px.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { axFind, axTree } from '../harness.js';
import {
  box,
  choose,
  focused,
  mount,
  part,
  question,
  resetStorage,
  scoreButton,
  scoreButtons,
  send,
  settle,
  typeComment,
  type CsatSurvey,
} from './helpers.js';

const APPEARANCES = ['numbers', 'stars', 'faces'] as const;
const EN = ['Very unsatisfied', 'Unsatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const FA = ['بسیار ناراضی', 'ناراضی', 'نه راضی، نه ناراضی', 'راضی', 'بسیار راضی'];
const FA_DIGITS = ['۱', '۲', '۳', '۴', '۵'];
const AR_DIGITS = ['١', '٢', '٣', '٤', '٥'];

/** The radio buttons' accessible names as the browser computes them (its accessibility tree). */
async function radioNames(): Promise<string[]> {
  return axFind(await axTree(), (n) => n.role == 'radio').map((n) => n.name);
}

/** Whether a button's star is filled (computed, so it is what the page shows). */
const filled = (b: HTMLElement) => getComputedStyle(b.querySelector('.star path')!).fill != 'none';

describe('<csat-survey>', () => {
  beforeEach(resetStorage);
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  describe('question and subject', () => {
    it('asks about the subject; without one, about "your experience"', async () => {
      expect(
        question(await mount({ attrs: { 'throttle-days': 0, lang: 'en', subject: 'your order' } })),
      ).to.equal('How satisfied were you with \u2068your order\u2069?');
      expect(question(await mount({ attrs: { 'throttle-days': 0, lang: 'en' } }))).to.equal(
        'How satisfied were you with your experience?',
      );
    });

    it('inserts the subject literally: "$&", "$1" and "$$" are shown as written', async () => {
      const subject = 'plan $& $1 $$ $`';
      expect(question(await mount({ attrs: { 'throttle-days': 0, lang: 'en', subject } }))).to.equal(
        `How satisfied were you with \u2068${subject}\u2069?`,
      );
      const own = await mount({
        attrs: { 'throttle-days': 0, lang: 'en', subject, question: 'Rate {subject} ({subject})' },
      });
      expect(question(own)).to.equal(`Rate \u2068${subject}\u2069 (\u2068${subject}\u2069)`);
      await choose(own, 5);
      const custom = await mount({
        attrs: { 'throttle-days': 0, lang: 'en', subject, 'satisfied-question': 'What made {subject} good?' },
      });
      await choose(custom, 4);
      expect(part(custom, 'follow-up').textContent).to.contain(`What made \u2068${subject}\u2069 good?`);
    });

    it('end labels, question and follow-ups are attributes', async () => {
      const el = await mount({
        attrs: {
          'throttle-days': 0,
          lang: 'en',
          question: 'Happy?',
          'low-label': 'Nope',
          'high-label': 'Very',
          'unsatisfied-question': 'Why not?',
          'neutral-question': 'Meh?',
        },
      });
      expect(question(el)).to.equal('Happy?');
      expect(part(el, 'labels').textContent!.replace(/\s+/g, '')).to.equal('NopeVery');
      await choose(el, 1);
      expect(part(el, 'follow-up').textContent).to.contain('Why not?');
      await choose(el, 3);
      expect(part(el, 'follow-up').textContent).to.contain('Meh?');
      await choose(el, 5);
      expect(part(el, 'follow-up').textContent).to.contain('What did you like most?');
    });
  });

  describe('appearance', () => {
    it('numbers (the default): five digits 1–5, named by their number', async () => {
      const el = await mount({ attrs: { 'throttle-days': 0, lang: 'en' } });
      expect(el.hasAttribute('appearance')).to.equal(false);
      expect(scoreButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(await radioNames()).to.deep.equal(['1', '2', '3', '4', '5']);
      // Not a rating: the digits before the chosen one look like those after it.
      await choose(el, 4);
      const colour = (i: number) => getComputedStyle(scoreButton(el, i)).color;
      expect([colour(1), colour(2), colour(3)]).to.deep.equal([colour(5), colour(5), colour(5)]);
    });

    for (const appearance of ['stars', 'faces'] as const) {
      it(`${appearance}: a hidden SVG per button, each radio named "<number> <answer>"`, async () => {
        const el = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance } });
        const buttons = scoreButtons(el);
        expect(buttons.map((b) => b.getAttribute('role'))).to.deep.equal(Array(5).fill('radio'));
        for (const b of buttons) {
          const svg = b.querySelector('svg')!;
          expect(svg.getAttribute('aria-hidden')).to.equal('true');
          expect(svg.classList.contains(appearance == 'stars' ? 'star' : 'face')).to.equal(true);
          // The picture is drawn and square, inside its button.
          const s = box(svg);
          const bb = box(b);
          expect(s.width).to.be.above(0);
          expect(Math.abs(s.width - s.height)).to.be.below(1);
          expect(s.left).to.be.at.least(bb.left);
          expect(s.right).to.be.at.most(bb.right);
          expect(s.top).to.be.at.least(bb.top);
          expect(s.bottom).to.be.at.most(bb.bottom);
        }
        expect(await radioNames()).to.deep.equal(EN.map((label, i) => `${i + 1} ${label}`));
        await choose(el, 4);
        expect((await radioNames())[3]).to.equal('4 Satisfied');
        expect(scoreButton(el, 4).getAttribute('aria-checked')).to.equal('true');
      });
    }

    it('stars are a rating: the chosen star and those before it filled, the rest outlines', async () => {
      const el = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance: 'stars' } });
      expect(scoreButtons(el).map(filled)).to.deep.equal([false, false, false, false, false]);
      await choose(el, 3);
      expect(scoreButtons(el).map(filled)).to.deep.equal([true, true, true, false, false]);
      await choose(el, 5);
      expect(scoreButtons(el).map(filled)).to.deep.equal([true, true, true, true, true]);
      await choose(el, 1);
      expect(scoreButtons(el).map(filled)).to.deep.equal([true, false, false, false, false]);
    });

    it('the pictures are drawn in currentColor (forced colors and dark mode recolour them)', async () => {
      for (const appearance of ['stars', 'faces']) {
        const el = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance } });
        for (const b of scoreButtons(el)) {
          const svg = b.querySelector('svg')!;
          expect(getComputedStyle(svg).stroke).to.equal(getComputedStyle(b).color);
        }
      }
    });

    it('faces: five different mouths; with colored, each face in its category colour', async () => {
      await emulateMedia({ reducedMotion: 'reduce' }); // the computed colours are the final ones
      const plain = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance: 'faces' } });
      const mouths = scoreButtons(plain).map((b) => b.querySelector('.mouth')!.getAttribute('d'));
      expect(new Set(mouths).size).to.equal(5);
      const text = getComputedStyle(scoreButton(plain, 1)).color;
      expect(
        scoreButtons(plain).every((b) => getComputedStyle(b.querySelector('svg')!).color == text),
      ).to.equal(true);
      const el = await mount({
        attrs: { 'throttle-days': 0, lang: 'en', appearance: 'faces', colored: true },
      });
      const colours = scoreButtons(el).map((b) => getComputedStyle(b.querySelector('svg')!).color);
      expect(colours[0]).to.equal(colours[1]);
      expect(colours[3]).to.equal(colours[4]);
      expect(new Set([colours[0], colours[2], colours[4]]).size).to.equal(3);
      expect(colours).to.not.include(text);
      // The chosen face is drawn in the button's own colour, on its category's background.
      await choose(el, 2);
      const chosen = scoreButton(el, 2);
      expect(getComputedStyle(chosen.querySelector('svg')!).color).to.equal(getComputedStyle(chosen).color);
      expect(getComputedStyle(chosen).backgroundColor).to.not.equal(
        getComputedStyle(scoreButton(el, 3)).backgroundColor,
      );
    });

    it('dark: the pictures follow the light text of the dark theme', async () => {
      for (const appearance of ['stars', 'faces']) {
        const light = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance } });
        const dark = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance, theme: 'dark' } });
        const stroke = (el: CsatSurvey) => getComputedStyle(scoreButton(el, 2).querySelector('svg')!).stroke;
        expect(stroke(dark)).to.not.equal(stroke(light));
        expect(stroke(dark)).to.equal(getComputedStyle(scoreButton(dark, 2)).color);
        expect(getComputedStyle(dark).colorScheme).to.equal('dark');
      }
    });
  });

  describe('keyboard', () => {
    it('arrows move over 1–5 and wrap, Home/End jump, Space chooses; RTL mirrors the arrows', async () => {
      for (const lang of ['en', 'fa']) {
        const el = await mount({ attrs: { 'throttle-days': 0, lang, appearance: 'stars' } });
        scoreButton(el, 1).focus();
        const at = () => Number((focused(el) as HTMLElement).dataset.score);
        const next = lang == 'fa' ? 'ArrowLeft' : 'ArrowRight';
        const back = lang == 'fa' ? 'ArrowRight' : 'ArrowLeft';
        await sendKeys({ press: next });
        await settle(el);
        expect(at()).to.equal(2);
        await sendKeys({ press: 'End' });
        await settle(el);
        expect(at()).to.equal(5);
        await sendKeys({ press: next });
        await settle(el);
        expect(at()).to.equal(1);
        await sendKeys({ press: back });
        await settle(el);
        expect(at()).to.equal(5);
        await sendKeys({ press: 'Home' });
        await settle(el);
        expect(at()).to.equal(1);
        expect(scoreButtons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Space' });
        await settle(el);
        expect(el.score).to.equal(2);
        expect(el.step).to.equal('follow-up');
      }
    });
  });

  describe('Persian and Arabic', () => {
    it('fa: Persian strings and digits, right to left, 1 at the right', async () => {
      const el = await mount({ attrs: { 'throttle-days': 0, lang: 'fa', subject: 'سفارش خود' } });
      expect(question(el)).to.equal('چقدر از \u2068سفارش خود\u2069 راضی بودید؟');
      expect(scoreButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(FA_DIGITS);
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
      expect(box(scoreButton(el, 1)).left).to.be.above(box(scoreButton(el, 5)).left);
      expect(part(el, 'labels').textContent).to.contain('بسیار ناراضی');
      await choose(el, 1);
      expect(part(el, 'follow-up').textContent).to.contain('متأسفیم.');
      const faces = await mount({ attrs: { 'throttle-days': 0, lang: 'fa', appearance: 'faces' } });
      expect(
        scoreButtons(faces).map((b) => b.querySelector('.visually-hidden')!.textContent!.trim()),
      ).to.deep.equal(FA.map((l, i) => `${FA_DIGITS[i]} ${l}`));
      expect(question(faces)).to.equal('چقدر از تجربهٔ خود راضی بودید؟');
    });

    it('ar: Arabic strings, Latin digits by default (Arabic-Indic with numbering="arab"), right to left', async () => {
      const el = await mount({
        attrs: { 'throttle-days': 0, lang: 'ar', appearance: 'stars', subject: 'طلبك' },
      });
      expect(question(el)).to.equal('ما مدى رضاك عن \u2068طلبك\u2069؟');
      expect(
        scoreButtons(el).map((b) => b.querySelector('.visually-hidden')!.textContent!.trim()),
      ).to.deep.equal(
        ['غير راضٍ تمامًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ تمامًا'].map((l, i) => `${i + 1} ${l}`),
      );
      const arab = await mount({ attrs: { 'throttle-days': 0, lang: 'ar', numbering: 'arab' } });
      expect(scoreButtons(arab).map((b) => b.textContent!.trim())).to.deep.equal(AR_DIGITS);
      expect(box(scoreButton(el, 1)).left).to.be.above(box(scoreButton(el, 5)).left);
      await choose(el, 4);
      expect(part(el, 'follow-up').textContent).to.contain('ما أكثر ما أعجبك؟');
      // Stars fill from the start of the row: the right in right-to-left.
      expect(scoreButtons(el).map(filled)).to.deep.equal([true, true, true, true, false]);
    });
  });

  describe('form field', () => {
    it('submits <name> and <name>-comment; required blocks an empty one with the 1–5 message', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      try {
        const el = document.createElement('csat-survey') as CsatSurvey;
        el.setAttribute('name', 'csat');
        el.setAttribute('required', '');
        el.setAttribute('lang', 'en');
        el.setAttribute('appearance', 'faces');
        form.append(el);
        await settle(el);
        expect(el.form).to.equal(form);
        expect(el.checkValidity()).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validationMessage).to.equal('Please choose a score from 1 to 5.');
        expect(el.shadowRoot!.querySelector("[part~='send']")).to.equal(null);
        await choose(el, 3);
        await typeComment(el, 'ok');
        expect(el.checkValidity()).to.equal(true);
        expect([...new FormData(form)]).to.deep.equal([
          ['csat', '3'],
          ['csat-comment', 'ok'],
        ]);
        form.reset();
        await settle(el);
        expect(el.score).to.equal(null);
        expect(el.checkValidity()).to.equal(false);
        el.setAttribute('lang', 'fa');
        await settle(el);
        expect(el.validationMessage).to.equal('لطفاً امتیازی از ۱ تا ۵ انتخاب کنید.');
      } finally {
        form.remove();
      }
    });
  });

  describe('popover', () => {
    it('opens as a dialog named by the question; Escape closes it and fires csat-dismiss', async () => {
      const el = await mount({
        attrs: { 'throttle-days': 0, lang: 'en', mode: 'popover', subject: 'support' },
      });
      await waitUntil(() => el.open, 'never opened', { timeout: 3000 });
      await settle(el);
      const pop = part(el, 'popover');
      expect(pop.matches(':popover-open')).to.equal(true);
      expect(pop.getAttribute('role')).to.equal('dialog');
      expect(pop.getAttribute('aria-label')).to.equal('How satisfied were you with \u2068support\u2069?');
      await expect(el).to.be.accessible();
      const dismissed: unknown[] = [];
      el.addEventListener('csat-dismiss', (e) => dismissed.push(e.detail));
      scoreButton(el, 1).focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.step).to.equal('hidden');
      expect(dismissed).to.deep.equal([{ answered: false }]);
    });
  });

  describe('accessibility', () => {
    for (const appearance of APPEARANCES)
      for (const attrs of [
        { lang: 'en' },
        { lang: 'fa' },
        { lang: 'ar' },
        { lang: 'en', theme: 'dark' },
      ] as Record<string, string>[]) {
        it(`axe: ${appearance}, ${JSON.stringify(attrs)}, in every step`, async () => {
          const el = await mount({
            attrs: { 'throttle-days': 0, ...attrs, appearance, colored: appearance == 'faces' },
          });
          await expect(el).to.be.accessible();
          await choose(el, 4);
          await expect(el).to.be.accessible();
          await typeComment(el, 'Fine');
          await send(el);
          expect(el.step).to.equal('thanks');
          await expect(el).to.be.accessible();
        });
      }

    it('axe: prefers-color-scheme dark, stars chosen', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount({ attrs: { 'throttle-days': 0, lang: 'en', appearance: 'stars' } });
      await choose(el, 2);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('320 px', () => {
    let initial = { width: 800, height: 600 };
    before(() => {
      initial = { width: window.innerWidth, height: window.innerHeight };
    });
    after(() => setViewport(initial));

    for (const lang of ['en', 'fa'])
      for (const appearance of APPEARANCES)
        it(`${lang}, ${appearance}: one row of five buttons inside the card, nothing sticks out`, async () => {
          await setViewport({ width: 360, height: 800 });
          const el = await mount({
            attrs: { 'throttle-days': 0, lang, appearance, subject: 'your order' },
            width: 320,
          });
          const check = () => {
            const base = part(el, 'base');
            expect(el.scrollWidth).to.be.at.most(el.clientWidth);
            expect(base.scrollWidth).to.be.at.most(base.clientWidth);
            const frame = box(el);
            const buttons = scoreButtons(el).map(box);
            // One row: the same top, left to right (or right to left), not overlapping.
            for (const b of buttons) {
              expect(Math.abs(b.top - buttons[0]!.top)).to.be.below(1);
              expect(b.left).to.be.at.least(frame.left - 1);
              expect(b.right).to.be.at.most(frame.right + 1);
            }
            const ordered = [...buttons].sort((a, b) => a.left - b.left);
            for (let i = 1; i < 5; i++) expect(ordered[i]!.left).to.be.at.least(ordered[i - 1]!.right - 0.5);
            for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
              const b = box(node);
              if (!b.width) continue;
              expect(b.left, node.getAttribute('part')!).to.be.at.least(frame.left - 1);
              expect(b.right, node.getAttribute('part')!).to.be.at.most(frame.right + 1);
              expect(node.scrollWidth, node.getAttribute('part')!).to.be.at.most(Math.ceil(b.width) + 1);
            }
          };
          check();
          await choose(el, 3);
          await typeComment(el, 'A long comment that wraps inside the box at 320 pixels wide');
          check();
          await send(el);
          check();
        });
  });
});
