import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LitElement } from 'lit';
import { LocaleController, isRtlLanguage, resolveDir, resolveLang } from '../../src/i18n/index.js';
// The loading string of the data elements (CrmElement's), which the probe element shows.
import '../../src/components/messages.js';

const TAG = 'test-locale-host-a';

/** Shows what its locale controller resolved, and counts its renders. */
class TestLocaleHost extends LitElement {
  locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    const { lang, dir, rtl, format } = this.locale;
    return html`<p data-dir=${dir} data-rtl=${String(rtl)}>
      ${lang}|${dir}|${format.integer(46)}|${this.locale.t('state.loading')}
    </p>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, TestLocaleHost);

/** Shadow host that renders a test host inside a `lang` wrapper, out of the document observer's sight. */
class TestLocaleOuter extends LitElement {
  override render() {
    return html`<div lang="en"><test-locale-host-a></test-locale-host-a></div>`;
  }
}
if (!customElements.get('test-locale-outer-a')) customElements.define('test-locale-outer-a', TestLocaleOuter);

const text = (el: TestLocaleHost): string => el.shadowRoot!.querySelector('p')!.textContent!.trim();
/** Lets the MutationObserver callbacks (microtasks queued by the change) run, then waits for the render they requested. */
const settle = async (el: TestLocaleHost): Promise<void> => {
  await null;
  await el.updateComplete;
};
/**
 * A plain wrapper around test hosts, rendered without waiting for an animation frame (`fixture`
 * waits for one on non-Lit roots, and rAF does not run in a background page when wtr runs files
 * concurrently); then waits for the hosts' first render.
 */
const wrapper = async (t: TemplateResult): Promise<HTMLElement> => {
  const el = fixtureSync<HTMLElement>(t);
  await Promise.all([...el.querySelectorAll<TestLocaleHost>(TAG)].map((h) => h.updateComplete));
  return el;
};

describe('resolveLang', () => {
  let saved: string | null;
  beforeEach(() => {
    saved = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (saved == null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', saved);
  });

  it("takes the element's own lang first", async () => {
    const el = fixtureSync(html`<div lang="fa"><span lang="ar-SA"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('ar-SA');
    expect(resolveLang(el)).to.equal('fa');
  });

  it('takes the closest ancestor lang next', async () => {
    const el = fixtureSync(
      html`<div lang="en">
        <section lang="fa">
          <p><span></span></p>
        </section>
      </div>`,
    );
    expect(resolveLang(el.querySelector('span')!)).to.equal('fa');
  });

  it('crosses shadow-root boundaries to the host and beyond', async () => {
    const el = fixtureSync(html`<div lang="ar"><div id="host"></div></div>`);
    const root = el.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    const own = document.createElement('b');
    own.lang = 'fa';
    root.append(inner, own);
    expect(resolveLang(inner)).to.equal('ar');
    expect(resolveLang(own)).to.equal('fa');
  });

  it('skips empty and malformed tags, and canonicalises', async () => {
    const el = fixtureSync(
      html`<div lang="fa">
        <p lang="not_a tag"><span lang=""></span></p>
      </div>`,
    );
    expect(resolveLang(el.querySelector('span')!)).to.equal('fa');
    const us = fixtureSync(html`<div lang="en-us"></div>`);
    expect(resolveLang(us)).to.equal('en-US');
  });

  it('falls back to documentElement.lang, then navigator.language, then en', async () => {
    const el = fixtureSync(html`<div><span></span></div>`);
    const span = el.querySelector('span')!;
    document.documentElement.lang = 'fa-IR';
    expect(resolveLang(span)).to.equal('fa-IR');
    expect(resolveLang(document.createElement('i')), 'disconnected').to.equal('fa-IR');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(span)).to.equal(navigator.language);
    Object.defineProperty(navigator, 'language', { value: '', configurable: true });
    try {
      expect(resolveLang(span)).to.equal('en');
    } finally {
      delete (navigator as { language?: string }).language;
    }
    expect(navigator.language).to.not.equal('');
  });
});

describe('isRtlLanguage and resolveDir', () => {
  it('knows right-to-left languages', () => {
    for (const l of [
      'fa',
      'fa-IR',
      'ar',
      'ar-SA',
      'ar-EG',
      'he',
      'ur',
      'ps',
      'ckb',
      'dv',
      'yi',
      'sd',
      'ug',
    ]) {
      expect(isRtlLanguage(l), l).to.equal(true);
    }
    for (const l of ['en', 'en-US', 'de', 'tr', 'ru', 'hi']) expect(isRtlLanguage(l), l).to.equal(false);
    // From the script, through Intl.Locale text info
    expect(isRtlLanguage('az-Arab')).to.equal(true);
    expect(isRtlLanguage('')).to.equal(false);
  });

  it('takes the closest dir or lang, dir first on the same element, else the given language', async () => {
    const el = fixtureSync(
      html`<div lang="fa">
        <p id="a"></p>
        <p id="b" dir="ltr"><span></span><i dir="rtl"></i></p>
        <p id="c" lang="en"></p>
      </div>`,
    );
    const $ = (s: string) => el.querySelector(s)!;
    expect(resolveDir($('#a'))).to.equal('rtl');
    expect(resolveDir($('#b'))).to.equal('ltr');
    expect(resolveDir($('#b span'))).to.equal('ltr');
    expect(resolveDir($('#b i'))).to.equal('rtl');
    expect(resolveDir($('#c'))).to.equal('ltr');
    // The element's own lang is closer than anything passed in.
    expect(resolveDir($('#c'), 'ar')).to.equal('ltr');
    // Nothing on the path: the given language decides.
    expect(resolveDir(document.createElement('p'), 'ar')).to.equal('rtl');
    expect(resolveDir(document.createElement('p'), 'en')).to.equal('ltr');
  });

  it('lets an element own lang beat a farther dir (a Persian widget on an English page)', async () => {
    const el = fixtureSync(
      html`<div dir="ltr" lang="en">
        <p id="fa" lang="fa"></p>
        <section lang="ar"><span id="ar"></span></section>
        <p id="near" lang="fa" dir="ltr"></p>
      </div>`,
    );
    expect(resolveDir(el.querySelector('#fa')!)).to.equal('rtl');
    expect(resolveDir(el.querySelector('#ar')!)).to.equal('rtl');
    expect(resolveDir(el.querySelector('#near')!)).to.equal('ltr');
    expect(resolveDir(el)).to.equal('ltr');
  });

  it('reads dir="auto" and unknown values from the language', async () => {
    const el = fixtureSync(
      html`<div dir="ltr">
        <p id="fa" lang="fa" dir="auto"></p>
        <p id="en" lang="en" dir="auto"></p>
        <p id="ar" lang="ar" dir="sideways"></p>
        <div dir="auto" lang="ar"><span id="inherit"></span></div>
      </div>`,
    );
    expect(resolveDir(el.querySelector('#fa')!)).to.equal('rtl');
    expect(resolveDir(el.querySelector('#en')!)).to.equal('ltr');
    expect(resolveDir(el.querySelector('#ar')!)).to.equal('rtl');
    expect(resolveDir(el.querySelector('#inherit')!)).to.equal('rtl');
  });

  it('crosses shadow roots for dir', async () => {
    const el = fixtureSync(html`<div dir="rtl" lang="en"><div id="host"></div></div>`);
    const root = el.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveDir(inner)).to.equal('rtl');
  });
});

describe('LocaleController', () => {
  it('resolves before the first render, in en, fa and ar', async () => {
    const en = await fixture<TestLocaleHost>(html`<test-locale-host-a lang="en"></test-locale-host-a>`);
    expect(text(en)).to.equal('en|ltr|46|Loading…');
    expect(en.renders).to.equal(1);
    const fa = await wrapper(html`<div lang="fa"><test-locale-host-a></test-locale-host-a></div>`);
    const faHost = fa.querySelector<TestLocaleHost>(TAG)!;
    expect(text(faHost)).to.equal('fa|rtl|۴۶|در حال بارگذاری…');
    expect(faHost.locale.rtl).to.equal(true);
    expect(faHost.locale.format.calendar).to.equal('persian');
    const ar = await fixture<TestLocaleHost>(html`<test-locale-host-a lang="ar-EG"></test-locale-host-a>`);
    expect(text(ar)).to.equal('ar-EG|rtl|٤٦|جارٍ التحميل…');
    await expect(ar).to.be.accessible();
  });

  it("re-renders when an ancestor's lang changes", async () => {
    const wrap = await wrapper(html`<div lang="en"><test-locale-host-a></test-locale-host-a></div>`);
    const el = wrap.querySelector<TestLocaleHost>(TAG)!;
    expect(text(el)).to.equal('en|ltr|46|Loading…');
    wrap.setAttribute('lang', 'fa');
    await settle(el);
    expect(text(el)).to.equal('fa|rtl|۴۶|در حال بارگذاری…');
    expect(el.shadowRoot!.querySelector('p')!.dataset.dir).to.equal('rtl');
    wrap.setAttribute('lang', 'ar-SA');
    await settle(el);
    expect(text(el)).to.equal('ar-SA|rtl|٤٦|جارٍ التحميل…');
  });

  it("re-renders when the host's own dir, numbering or calendar changes", async () => {
    const el = await fixture<TestLocaleHost>(html`<test-locale-host-a lang="fa"></test-locale-host-a>`);
    el.setAttribute('dir', 'ltr');
    await settle(el);
    expect(text(el)).to.equal('fa|ltr|۴۶|در حال بارگذاری…');
    expect(el.shadowRoot!.querySelector('p')!.dataset.rtl).to.equal('false');
    el.setAttribute('numbering', 'latn');
    await settle(el);
    expect(text(el)).to.equal('fa|ltr|46|در حال بارگذاری…');
    el.setAttribute('calendar', 'gregory');
    await settle(el);
    expect(el.locale.format.calendar).to.equal('gregory');
    el.removeAttribute('dir');
    await settle(el);
    expect(el.locale.dir).to.equal('rtl');
  });

  it("sees an ancestor's lang change inside another element's shadow root", async () => {
    const outer = await fixture<TestLocaleOuter>(html`<test-locale-outer-a></test-locale-outer-a>`);
    const el = outer.shadowRoot!.querySelector<TestLocaleHost>(TAG)!;
    await el.updateComplete;
    expect(text(el)).to.equal('en|ltr|46|Loading…');
    outer.shadowRoot!.querySelector('div')!.setAttribute('lang', 'fa');
    await settle(el);
    expect(text(el)).to.equal('fa|rtl|۴۶|در حال بارگذاری…');
  });

  it('does not re-render when nothing it resolves changed', async () => {
    const wrap = await wrapper(html`<div lang="fa"><test-locale-host-a></test-locale-host-a></div>`);
    const el = wrap.querySelector<TestLocaleHost>(TAG)!;
    const before = el.renders;
    wrap.setAttribute('lang', 'fa');
    wrap.setAttribute('dir', 'rtl');
    document.body.setAttribute('dir', 'ltr');
    document.body.removeAttribute('dir');
    await settle(el);
    expect(el.renders).to.equal(before);
  });

  it('stops watching when disconnected and resolves again when reconnected', async () => {
    const wrap = await wrapper(html`<div lang="en"><test-locale-host-a></test-locale-host-a></div>`);
    const el = wrap.querySelector<TestLocaleHost>(TAG)!;
    el.remove();
    const before = el.renders;
    wrap.setAttribute('lang', 'ar');
    await settle(el);
    expect(el.renders).to.equal(before);
    expect(el.locale.lang).to.equal('en');
    wrap.append(el);
    await settle(el);
    expect(text(el)).to.equal('ar|rtl|46|جارٍ التحميل…');
  });
});
