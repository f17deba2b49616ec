import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { LitElement, css, unsafeCSS } from 'lit';
import type { TemplateResult } from 'lit';
import { baseStyles, chartTokens, statusStyles, tokens } from '../../src/charts/index.js';

/** Private variables of `tokens`, each painted as the `color` of a part of the same name. */
const TEXT = ['text', 'muted'] as const;
const GRAPHICS = [
  'promoter',
  'passive',
  'detractor',
  'positive',
  'negative',
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'axis',
  'focus',
] as const;
const KEYS = [...TEXT, ...GRAPHICS, 'surface', 'tooltip-bg', 'tooltip-text'] as const;
type Key = (typeof KEYS)[number];

const TAG = 'test-tokens-host-c';
class TokensHost extends LitElement {
  static override styles = [
    tokens,
    chartTokens,
    baseStyles,
    statusStyles,
    unsafeCSS(KEYS.map((k) => `[part='${k}']{color:var(--_${k})}`).join('')),
    css`
      .display {
        font-size: var(--_fs-display);
      }
    `,
  ];
  override render() {
    // Graphic colours are painted on empty boxes: only text parts carry text.
    return html`${KEYS.map((k) => html`<i part=${k}>${k === 'text' || k === 'muted' ? k : ''}</i>`)}
      <p class="message">No data</p>
      <div class="skeleton"></div>
      <span class="visually-hidden">hidden text</span>
      <span class="display">42</span>
      <button type="button">focus me</button>
      <div class="base"></div>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, TokensHost);

/**
 * Renders a template without waiting for an animation frame (`fixture` waits for one on non-Lit
 * roots, and a page wtr keeps in a background tab never gets one), then every Lit host's render.
 */
async function mount<T extends Element>(t: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(t);
  const hosts = [root, ...root.querySelectorAll('*')] as Partial<LitElement>[];
  await Promise.all(hosts.map((h) => h.updateComplete));
  return root;
}

const part = (el: Element, k: Key) => el.shadowRoot!.querySelector(`[part='${k}']`)!;
const colour = (el: Element, k: Key) => getComputedStyle(part(el, k)).color;

/** `#rrggbb` → the `rgb(r, g, b)` string of a computed colour. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** WCAG 2.2 relative luminance of a computed `rgb(…)` colour. */
function luminance(c: string): number {
  const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function addPageStyle(text: string): HTMLStyleElement {
  const s = document.createElement('style');
  s.textContent = text;
  document.head.append(s);
  return s;
}

const LIGHT = { promoter: '#1a7f37', surface: '#ffffff', text: '#1f2328' };
const DARK = { promoter: '#3fb950', surface: '#0d1117', text: '#f0f6fc' };

describe('tokens', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('uses the light defaults without a theme or page tokens', async () => {
    const el = await mount(html`<test-tokens-host-c></test-tokens-host-c>`);
    expect(colour(el, 'promoter')).to.equal(rgb(LIGHT.promoter));
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb(LIGHT.surface));
    expect(getComputedStyle(el).color).to.equal(rgb(LIGHT.text));
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  for (const [where, selector, wrap] of [
    [':root', ':root', false],
    ['an ancestor', '.brand', true],
    ['the element itself', TAG, false],
  ] as const) {
    it(`takes --crm-color-promoter set by the page on ${where}, in both themes`, async () => {
      const style = addPageStyle(`${selector} { --crm-color-promoter: rgb(1, 2, 3); }`);
      try {
        const root = wrap
          ? await mount(html`<div class="brand"><test-tokens-host-c></test-tokens-host-c></div>`)
          : await mount(html`<test-tokens-host-c></test-tokens-host-c>`);
        const el = wrap ? root.querySelector(TAG)! : root;
        expect(colour(el, 'promoter')).to.equal('rgb(1, 2, 3)');
        el.setAttribute('theme', 'dark');
        expect(colour(el, 'promoter')).to.equal('rgb(1, 2, 3)');
        // Other tokens keep their defaults.
        expect(colour(el, 'detractor')).to.equal(rgb('#f85149'));
      } finally {
        style.remove();
      }
    });
  }

  it('switches to the dark defaults with theme="dark"', async () => {
    const el = await mount(html`<test-tokens-host-c theme="dark"></test-tokens-host-c>`);
    expect(colour(el, 'promoter')).to.equal(rgb(DARK.promoter));
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb(DARK.surface));
    expect(getComputedStyle(el).color).to.equal(rgb(DARK.text));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('follows prefers-color-scheme: dark unless theme="light"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const root = await mount(
      html`<div>
        <test-tokens-host-c></test-tokens-host-c>
        <test-tokens-host-c theme="auto"></test-tokens-host-c>
        <test-tokens-host-c theme="light"></test-tokens-host-c>
      </div>`,
    );
    const [os, auto, light] = root.querySelectorAll(TAG);
    expect(colour(os!, 'promoter')).to.equal(rgb(DARK.promoter));
    expect(colour(auto!, 'promoter')).to.equal(rgb(DARK.promoter));
    expect(colour(light!, 'promoter')).to.equal(rgb(LIGHT.promoter));
    expect(getComputedStyle(light!).backgroundColor).to.equal(rgb(LIGHT.surface));
    await emulateMedia({ colorScheme: 'light' });
    expect(colour(os!, 'promoter')).to.equal(rgb(LIGHT.promoter));
  });

  for (const [name, attr, scheme] of [
    ['light', null, 'light'],
    ['dark (theme attribute)', 'dark', 'light'],
    ['dark (prefers-color-scheme)', null, 'dark'],
  ] as const) {
    it(`meets WCAG 2.2 AA contrast in ${name}: text 4.5:1, graphics 3:1 against the surface`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mount(html`<test-tokens-host-c theme=${attr ?? 'auto'}></test-tokens-host-c>`);
      const surface = colour(el, 'surface');
      expect(getComputedStyle(el).backgroundColor).to.equal(surface);
      const low: string[] = [];
      for (const k of TEXT) if (contrast(colour(el, k), surface) < 4.5) low.push(k);
      if (contrast(colour(el, 'tooltip-text'), colour(el, 'tooltip-bg')) < 4.5) low.push('tooltip');
      for (const k of GRAPHICS) if (contrast(colour(el, k), surface) < 3) low.push(k);
      expect(low, `pairs under AA: ${low.join(', ')}`).to.deep.equal([]);
      // Sanity check of the formula: black on white is 21:1.
      expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 1e-9);
    });
  }

  it('drops motion to 0s and stops the skeleton shimmer under prefers-reduced-motion', async () => {
    const el = await mount(html`<test-tokens-host-c></test-tokens-host-c>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(el).getPropertyValue('--_motion').trim()).to.equal('200ms');
    expect(getComputedStyle(skeleton).animationName).to.equal('crm-shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(el).getPropertyValue('--_motion').trim()).to.equal('0s');
    expect(getComputedStyle(skeleton).animationName).to.equal('none');
  });
  it('maps every colour to a system colour under forced-colors: active', () => {
    // wtr's Chromium launcher cannot emulate forced colours: check the rules themselves, in both
    // the core tokens and the chart tokens.
    const seen: string[] = [];
    for (const sheet of [tokens, chartTokens]) {
      const rules = [...sheet.styleSheet!.cssRules];
      const host = rules.find(
        (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host',
      )!;
      const colours = [...host.style].filter((p) => /^--_(?!font|fs-|radius|space|motion)/.test(p));
      const forced = rules.find(
        (r): r is CSSMediaRule =>
          r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
      )!;
      const style = (forced.cssRules[0] as CSSStyleRule).style;
      const system = /^(Canvas|CanvasText|LinkText|VisitedText|ActiveText|Highlight|HighlightText|GrayText)$/;
      for (const p of colours) expect(style.getPropertyValue(p).trim(), p).to.match(system);
      seen.push(...colours);
      if (sheet === tokens) {
        expect(style.getPropertyValue('--_surface').trim()).to.equal('Canvas');
        expect(style.getPropertyValue('--_text').trim()).to.equal('CanvasText');
      }
    }
    expect(seen).to.include.members([
      '--_promoter',
      '--_surface',
      '--_focus',
      '--_tooltip-bg',
      '--_series-1',
    ]);
  });

  it('keeps the chart-only tokens out of the core tokens', () => {
    const core = [...tokens.styleSheet!.cssRules].map((r) => r.cssText).join('');
    expect(core).not.to.match(/--_(series-1|grid|axis|tooltip-bg)\b/);
    expect(core).to.match(/--_promoter\b/);
  });
});

describe('baseStyles', () => {
  it('hides the host with [hidden] and lays it out as a block', async () => {
    const el = await mount<HTMLElement>(html`<test-tokens-host-c></test-tokens-host-c>`);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(el).containerType).to.equal('inline-size');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('keeps .visually-hidden text in a 1×1 px clipped box', async () => {
    const el = await mount(html`<test-tokens-host-c></test-tokens-host-c>`);
    const box = el.shadowRoot!.querySelector('.visually-hidden')!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([1, 1]);
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('hidden text');
  });

  it('shows a focus ring in the focus colour on keyboard focus', async () => {
    const el = await mount(html`<test-tokens-host-c></test-tokens-host-c>`);
    const button = el.shadowRoot!.querySelector('button')!;
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.shadowRoot!.activeElement === button);
    const s = getComputedStyle(button);
    expect(s.outlineStyle).to.equal('solid');
    expect(s.outlineWidth).to.equal('2px');
    expect(s.outlineColor).to.equal(rgb('#0969da'));
  });

  it('writes .message in muted text', async () => {
    const el = await mount(html`<test-tokens-host-c theme="dark"></test-tokens-host-c>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.message')!).color).to.equal(rgb('#9198a1'));
  });

  it('sizes the display font to the container: clamped in a 160 px slot and on a wall', async () => {
    const wrap = await mount<HTMLDivElement>(html`<div><test-tokens-host-c></test-tokens-host-c></div>`);
    const big = wrap.querySelector(TAG)!.shadowRoot!.querySelector('.display')!;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    wrap.style.width = '160px';
    expect(parseFloat(getComputedStyle(big).fontSize)).to.equal(1.75 * rem);
    wrap.style.width = '300px';
    // 12cqi of the host's content box (inside its card edge).
    const host = wrap.querySelector(TAG)!;
    expect(parseFloat(getComputedStyle(big).fontSize)).to.be.closeTo(0.12 * host.clientWidth, 0.01);
    wrap.style.width = '1200px';
    expect(parseFloat(getComputedStyle(big).fontSize)).to.equal(3.5 * rem);
  });

  it('names fonts for Persian and Arabic after the system UI font, and --crm-font-family replaces them', async () => {
    const el = await mount<HTMLElement>(html`<test-tokens-host-c lang="fa"></test-tokens-host-c>`);
    const stack = getComputedStyle(el)
      .fontFamily.split(',')
      .map((f) => f.trim().replace(/"/g, ''));
    // Latin keeps the system UI font; a character it lacks falls to the next family that has it.
    expect(stack.slice(0, 3)).to.deep.equal(['system-ui', 'Segoe UI', 'Roboto']);
    expect(stack.slice(3)).to.deep.equal(['Geeza Pro', 'Vazirmatn', 'Noto Sans Arabic', 'sans-serif']);
    el.style.setProperty('--crm-font-family', 'Vazirmatn, serif');
    expect(getComputedStyle(el).fontFamily).to.equal('Vazirmatn, serif');
  });

  for (const theme of ['light', 'dark'])
    it(`draws the host as a card in ${theme}: a 1 px edge in the border colour, round corners, padding`, async () => {
      const el = await mount(html`<test-tokens-host-c theme=${theme}></test-tokens-host-c>`);
      const s = getComputedStyle(el);
      expect([s.borderTopWidth, s.borderTopStyle, s.borderTopColor]).to.deep.equal([
        '1px',
        'solid',
        rgb(theme === 'dark' ? '#3d444d' : '#d1d9e0'),
      ]);
      expect(s.borderBottomLeftRadius).to.equal('6px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).paddingInlineStart).to.equal('12px');
    });

  it('takes the card from --crm-card-border, --crm-card-radius (else --crm-radius) and --crm-card-padding', async () => {
    const el = await mount<HTMLElement>(html`<test-tokens-host-c></test-tokens-host-c>`);
    const base = el.shadowRoot!.querySelector('.base')!;
    el.style.setProperty('--crm-radius', '10px');
    expect(getComputedStyle(el).borderTopRightRadius).to.equal('10px');
    el.style.cssText =
      '--crm-card-border: 2px dashed rgb(1, 2, 3); --crm-card-radius: 0; --crm-card-padding: 0';
    const s = getComputedStyle(el);
    expect([s.borderLeftWidth, s.borderLeftStyle, s.borderLeftColor]).to.deep.equal([
      '2px',
      'dashed',
      'rgb(1, 2, 3)',
    ]);
    expect(s.borderTopRightRadius).to.equal('0px');
    expect(getComputedStyle(base).padding).to.equal('0px');
    el.style.cssText = '--crm-card-border: none';
    expect(getComputedStyle(el).borderTopStyle).to.equal('none');
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(html`<test-tokens-host-c theme=${theme}></test-tokens-host-c>`);
      await expect(el).to.be.accessible();
    }
  });
});
