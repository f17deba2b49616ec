// <nps-survey> scale colours: neutral by default (a red/amber/green scale sways the answers), the
// chosen score in the focus colour; the category colours only with the `colored` attribute. In
// light and dark, in en, fa and ar; axe-core in each.
import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { box, choose, mount, part, resetStorage, scoreButton, type NpsSurvey } from './helpers.js';

/** What a score button looks like: its colours and its border on every side. */
const look = (b: HTMLElement): string => {
  const s = getComputedStyle(b);
  return [
    s.backgroundColor,
    s.color,
    s.fontWeight,
    ...['Top', 'Right', 'Bottom', 'Left'].map((side) =>
      ['Color', 'Width', 'Style'].map((k) =>
        s.getPropertyValue(`border-${side.toLowerCase()}-${k.toLowerCase()}`),
      ),
    ),
  ].join(' ');
};

/** A CSS colour as sRGB 0–255 (any syntax the browser computes: rgb(), color(srgb …)). */
const rgb = (color: string): number[] => {
  const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
};

/** WCAG contrast ratio of two colours. */
const contrast = (a: string, b: string): number => {
  const lum = (c: string) =>
    rgb(c)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The looks of the buttons with these scores, as a set. */
const looksOf = (el: NpsSurvey, scores: number[]): Set<string> =>
  new Set(scores.map((i) => look(scoreButton(el, i))));

const DETRACTORS = [0, 1, 2, 3, 4, 5, 6];
const PASSIVES = [7, 8];
const PROMOTERS = [9, 10];
const ALL = [...DETRACTORS, ...PASSIVES, ...PROMOTERS];

/** The light and dark ways to show the survey. */
const SCHEMES = [
  { name: 'light', attrs: {}, media: 'light' },
  { name: 'theme="dark"', attrs: { theme: 'dark' }, media: 'light' },
  { name: 'prefers-color-scheme: dark', attrs: {}, media: 'dark' },
] as const;

describe('<nps-survey> scale colours', () => {
  // No transitions: the computed colours are the final ones at once (each emulateMedia call sets
  // every emulated feature, so each one names reducedMotion).
  beforeEach(async () => {
    resetStorage();
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const lang of ['en', 'fa', 'ar'])
    for (const scheme of SCHEMES) {
      const label = `${lang}, ${scheme.name}`;

      it(`default (${label}): every unanswered score looks the same; the chosen one takes the focus colour`, async () => {
        await emulateMedia({ colorScheme: scheme.media, reducedMotion: 'reduce' });
        const el = await mount({ attrs: { lang, ...scheme.attrs } });
        expect(el.colored).to.equal(false);
        expect(el.hasAttribute('colored')).to.equal(false);
        expect(looksOf(el, ALL).size, [...looksOf(el, ALL)].join('\n')).to.equal(1);
        const before = look(scoreButton(el, 0));
        await expect(el).to.be.accessible();

        await choose(el, 3);
        const chosen = getComputedStyle(scoreButton(el, 3));
        // The chosen score is filled with the focus colour, the colour of the Send button (and of the
        // focus ring), whatever its category.
        expect(chosen.backgroundColor).to.equal(getComputedStyle(part(el, 'send')).backgroundColor);
        expect(chosen.borderBottomColor).to.equal(chosen.backgroundColor);
        expect(chosen.backgroundColor).to.not.equal(getComputedStyle(scoreButton(el, 0)).backgroundColor);
        expect(chosen.color).to.not.equal(chosen.backgroundColor);
        // The others keep the one neutral look.
        const others = ALL.filter((i) => i != 3);
        expect([...looksOf(el, others)]).to.deep.equal([before]);
        // A promoter chosen looks the same as the detractor chosen before.
        const three = look(scoreButton(el, 3));
        await choose(el, 9);
        expect(look(scoreButton(el, 9))).to.equal(three);
        await expect(el).to.be.accessible();
      });

      it(`colored (${label}): the scores are marked by category, the chosen one filled with its colour`, async () => {
        await emulateMedia({ colorScheme: scheme.media, reducedMotion: 'reduce' });
        const el = await mount({ attrs: { lang, colored: true, ...scheme.attrs } });
        expect(el.colored).to.equal(true);
        const groups = [DETRACTORS, PASSIVES, PROMOTERS].map((g) => looksOf(el, g));
        for (const g of groups) expect(g.size).to.equal(1);
        expect(new Set(groups.map((g) => [...g][0])).size).to.equal(3);
        // The mark is the block-end border (thicker than the other sides), in the category's colour.
        const marks = [0, 7, 9].map((i) => getComputedStyle(scoreButton(el, i)));
        expect(new Set(marks.map((s) => s.borderBottomColor)).size).to.equal(3);
        for (const s of marks) {
          expect(parseFloat(s.borderBottomWidth)).to.be.above(parseFloat(s.borderTopWidth));
          expect(s.borderTopColor).to.not.equal(s.borderBottomColor);
        }
        await expect(el).to.be.accessible();

        for (const [score, mark] of [
          [2, marks[0]!.borderBottomColor],
          [8, marks[1]!.borderBottomColor],
          [10, marks[2]!.borderBottomColor],
        ] as const) {
          await choose(el, score);
          expect(getComputedStyle(scoreButton(el, score)).backgroundColor, `chosen ${score}`).to.equal(mark);
        }
        await expect(el).to.be.accessible();
      });
    }

  it('colored is a reflected boolean property', async () => {
    const el = await mount({ attrs: { lang: 'en' } });
    const neutral = look(scoreButton(el, 0));
    el.colored = true;
    await el.updateComplete;
    expect(el.getAttribute('colored')).to.equal('');
    expect(look(scoreButton(el, 0))).to.not.equal(neutral);
    el.removeAttribute('colored');
    await el.updateComplete;
    expect(el.colored).to.equal(false);
    expect(look(scoreButton(el, 0))).to.equal(neutral);
  });

  /** The pointer over a score button (page coordinates of its centre). */
  const hover = async (b: HTMLElement): Promise<void> => {
    const r = box(b);
    await sendMouse({
      type: 'move',
      position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
    });
    expect(b.matches(':hover')).to.equal(true);
  };

  for (const colored of [false, true])
    it(`the chosen score under the pointer keeps a shade of its fill and readable text (${colored ? 'colored' : 'default'})`, async () => {
      const el = await mount({ attrs: { lang: 'en', colored } });
      await choose(el, 6);
      try {
        await hover(scoreButton(el, 5));
        const neutral = getComputedStyle(scoreButton(el, 5)).backgroundColor;
        await hover(scoreButton(el, 6));
        const s = getComputedStyle(scoreButton(el, 6));
        // Not the pale hover of the other scores (white digits on it could not be read).
        expect(s.backgroundColor).to.not.equal(neutral);
        expect(contrast(s.color, s.backgroundColor)).to.be.at.least(4.5);
        expect(contrast(s.color, neutral)).to.be.below(1.5);
      } finally {
        await resetMouse();
      }
    });
});
