// The base element's `max-bytes` (issue 17): the error a body over the limit shows names the URL
// and the limit, in the element's language and digits. Real routes (test/tools/test-server.mjs).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/nps-gauge/index.js';

const NPS = { promoters: 60, passives: 25, detractors: 15 };
const sized = (n: number) =>
  `/__test__/bytes?${new URLSearchParams({ id: Math.random().toString(36).slice(2), n: String(n), body: JSON.stringify(NPS) })}`;
const alertOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
const digits = (lang: string, value: number, numberingSystem?: string) =>
  new Intl.NumberFormat(lang, { numberingSystem }).format(value);

async function gauge(lang: string, src: string, attrs: Record<string, string> = {}) {
  const box = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const g = document.createElement('nps-gauge');
  for (const [k, v] of Object.entries({ ...attrs, src })) g.setAttribute(k, v);
  const error = oneEvent(g, 'crm-error');
  box.append(g);
  const detail = (await error).detail;
  await g.updateComplete;
  return { g, detail };
}

describe('max-bytes on every element', () => {
  it('refuses a body over the default 5 MB with a message naming the URL and the limit', async () => {
    const src = sized(5e6 + 1);
    const { g, detail } = await gauge('en', src);
    expect(detail).to.deep.include({ kind: 'size', limit: 5e6 });
    expect(g.getAttribute('state')).to.equal('error');
    expect(alertOf(g)).to.equal(`\u2068${src}\u2069 is larger than 5,000,000 bytes.`);
  });

  it('names max-bytes="1000" in English, Persian and Arabic, in each one\'s digits', async () => {
    const src = sized(1001);
    const expected: Record<string, string> = {
      en: 'is larger than 1,000 bytes.',
      fa: `بزرگ‌تر از ${digits('fa', 1000)} بایت است.`,
      ar: `أكبر من ${digits('ar', 1000)} بايت.`,
    };
    for (const [lang, words] of Object.entries(expected)) {
      const { g } = await gauge(lang, src, { 'max-bytes': '1000' });
      expect(g.getAttribute('state')).to.equal('error');
      expect(alertOf(g), lang).to.include(`\u2068${src}\u2069`).and.include(words);
    }
    // Persian digits by default, Latin ones when the element asks for them.
    expect(digits('fa', 1000)).to.equal('۱٬۰۰۰');
    const { g } = await gauge('fa', sized(1600), { 'max-bytes': '1500', numbering: 'latn' });
    expect(alertOf(g))
      .to.include(`از ${digits('fa', 1500, 'latn')} بایت`)
      .and.match(/1.500/);
  });

  it('shows a body within max-bytes', async () => {
    const el = await fixture<HTMLElement>(html`<nps-gauge max-bytes="1000" src=${sized(1000)}></nps-gauge>`);
    await oneEvent(el, 'crm-data');
    expect(el.getAttribute('state')).to.equal('ready');
  });
});
