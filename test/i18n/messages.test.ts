import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LitElement } from 'lit';
import {
  LocaleController,
  bidiIsolate,
  defineMessages,
  getFormatter,
  registerMessages,
  translate,
} from '../../src/i18n/index.js';
// The loading and error strings of the data elements (CrmElement's), which these tests use.
import '../../src/components/messages.js';

const TAG = 'test-messages-host-a';

/** Renders one message in its own language. */
class TestMessagesHost extends LitElement {
  locale = new LocaleController(this);
  override render() {
    return html`<p>${this.locale.t('test.greeting', { name: 'Sara', count: 3 })}</p>`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, TestMessagesHost);

const text = (el: Element): string => el.shadowRoot!.querySelector('p')!.textContent!;
/** A plain wrapper around test hosts, without `fixture`'s animation-frame wait (none runs in a background page). */
const wrapper = async (t: TemplateResult): Promise<HTMLElement> => {
  const el = fixtureSync<HTMLElement>(t);
  await Promise.all([...el.querySelectorAll<TestMessagesHost>(TAG)].map((h) => h.updateComplete));
  return el;
};

defineMessages({
  en: { 'test.greeting': 'Hello {name}', 'test.onlyEn': 'Only in English' },
  fa: { 'test.greeting': 'سلام {name}' },
  ar: { 'test.greeting': 'مرحبًا {name}' },
});

const en = getFormatter({ locale: 'en' });
const fa = getFormatter({ locale: 'fa' });
const faIR = getFormatter({ locale: 'fa-IR' });
const ar = getFormatter({ locale: 'ar' });
const arEG = getFormatter({ locale: 'ar-EG' });

describe('translate', () => {
  it('ships the shared strings in en, fa and ar', () => {
    const keys = [
      'state.loading',
      'state.empty',
      'error.http',
      'error.timeout',
      'error.network',
      'error.json',
      'error.schema',
      'source.inline',
    ];
    for (const f of [en, fa, ar]) {
      for (const key of keys) expect(translate(f, key, { count: 2 }), `${f.locale} ${key}`).to.not.equal(key);
    }
    expect(translate(en, 'state.loading')).to.equal('Loading…');
    expect(translate(fa, 'state.loading')).to.equal('در حال بارگذاری…');
    expect(translate(ar, 'state.loading')).to.equal('جارٍ التحميل…');
  });

  it('fills placeholders, with numbers in the locale digits', () => {
    const params = { url: '/api/nps', status: 404 };
    expect(translate(en, 'error.http', params)).to.equal('Could not load /api/nps (HTTP 404).');
    expect(translate(fa, 'error.http', params)).to.equal('دریافت /api/nps ممکن نشد (خطای HTTP ۴۰۴).');
    expect(translate(arEG, 'error.http', params)).to.equal('تعذّر تحميل /api/nps (خطأ HTTP ٤٠٤).');
    expect(translate(en, 'error.json', { source: translate(en, 'source.inline') })).to.equal(
      'The inline data is not valid JSON.',
    );
    expect(translate(en, 'error.http', { url: '/x' }), 'missing param kept').to.equal(
      'Could not load /x (HTTP {status}).',
    );
  });

  it('picks plural forms by count', () => {
    expect(translate(en, 'error.timeout', { url: '/a', count: 1 })).to.equal(
      '/a did not answer within 1 second.',
    );
    expect(translate(en, 'error.timeout', { url: '/a', count: 10 })).to.equal(
      '/a did not answer within 10 seconds.',
    );
    expect(translate(fa, 'error.timeout', { url: '/a', count: 10 })).to.equal('/a ظرف ۱۰ ثانیه پاسخ نداد.');
    expect(translate(ar, 'error.timeout', { url: '/a', count: 1 })).to.equal('لم يستجب /a خلال ثانية واحدة.');
    expect(translate(ar, 'error.timeout', { url: '/a', count: 2 })).to.equal('لم يستجب /a خلال ثانيتين.');
    expect(translate(arEG, 'error.timeout', { url: '/a', count: 5 })).to.equal('لم يستجب /a خلال ٥ ثوانٍ.');
    expect(translate(ar, 'error.timeout', { url: '/a', count: 30 })).to.equal('لم يستجب /a خلال 30 ثانية.');
  });

  it('falls back fa-IR → fa → en → the key', () => {
    expect(translate(faIR, 'test.greeting', { name: 'Sara' })).to.equal('سلام Sara');
    expect(translate(faIR, 'test.onlyEn')).to.equal('Only in English');
    expect(translate(getFormatter({ locale: 'sv-SE' }), 'state.empty')).to.equal('No data yet');
    expect(translate(fa, 'test.missing')).to.equal('test.missing');
  });

  it('isolates text for mixed directions on request', () => {
    expect(bidiIsolate('/api/nps')).to.equal('\u2068/api/nps\u2069');
  });
});

describe('registerMessages', () => {
  it('overrides a kit string, most specific language first', () => {
    registerMessages('fa', { 'test.onlyEn': 'فقط به فارسی' });
    registerMessages('en', { 'test.greeting': 'Hi {name}' });
    expect(translate(faIR, 'test.onlyEn')).to.equal('فقط به فارسی');
    // The kit's Persian string beats a page's English override: language first, then source.
    expect(translate(fa, 'test.greeting', { name: 'Sara' })).to.equal('سلام Sara');
    expect(translate(en, 'test.greeting', { name: 'Sara' })).to.equal('Hi Sara');
    registerMessages('en', { 'test.greeting': 'Hello {name}' });
  });

  it('re-renders connected hosts with the new strings', async () => {
    const el = await fixture<TestMessagesHost>(html`<test-messages-host-a lang="fa"></test-messages-host-a>`);
    expect(text(el)).to.equal('سلام Sara');
    registerMessages('fa', { 'test.greeting': 'درود {name}' });
    await el.updateComplete;
    expect(text(el)).to.equal('درود Sara');
    registerMessages('fa', { 'test.greeting': 'سلام {name}' });
    await el.updateComplete;
    expect(text(el)).to.equal('سلام Sara');
  });

  it('reaches a host that was disconnected when the strings changed', async () => {
    const el = await fixture<TestMessagesHost>(html`<test-messages-host-a lang="fa"></test-messages-host-a>`);
    const parent = el.parentNode!;
    el.remove();
    registerMessages('fa', { 'test.greeting': 'درود {name}' });
    parent.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('درود Sara');
    registerMessages('fa', { 'test.greeting': 'سلام {name}' });
  });

  it('adds a language: a German catalog serves lang="de" and "de-AT"', async () => {
    registerMessages('DE', {
      'test.greeting': { one: 'Hallo {name}, {count} Nachricht', other: 'Hallo {name}, {count} Nachrichten' },
      'state.loading': 'Wird geladen…',
    });
    const wrap = await wrapper(
      html`<div lang="de">
        <test-messages-host-a></test-messages-host-a>
        <test-messages-host-a lang="de-AT"></test-messages-host-a>
      </div>`,
    );
    const [de, deAT] = wrap.querySelectorAll<TestMessagesHost>(TAG);
    expect(text(de!)).to.equal('Hallo Sara, 3 Nachrichten');
    expect(text(deAT!)).to.equal('Hallo Sara, 3 Nachrichten');
    expect(de!.locale.t('state.loading')).to.equal('Wird geladen…');
    expect(de!.locale.t('state.empty'), 'English for the rest').to.equal('No data yet');
    await expect(de!).to.be.accessible();
  });

  it('registered before a host connects, it is used at the first render', async () => {
    registerMessages('ar', { 'test.greeting': 'أهلًا {name}' });
    const wrap = await wrapper(html`<div lang="ar"><test-messages-host-a></test-messages-host-a></div>`);
    expect(text(wrap.querySelector(TAG)!)).to.equal('أهلًا Sara');
  });
});
