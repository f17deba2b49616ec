// What the overflow tests of the charts share (issue 17): an element mounted with data while the
// page's errors and unhandled rejections are recorded, and a check that it shows or says nothing
// non-finite.
import { expect } from '@open-wc/testing';
import type { CrmErrorDetail } from '../../src/data/index.js';
import { settle, type Host } from './harness.js';

export const NON_FINITE = /∞|NaN|Infinity/;

/** Mounts `<tag>` with `.data` in a `lang` wrapper, recording what reaches the page and its events. */
export async function watch<E extends HTMLElement>(tag: string, data: unknown, lang: string) {
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => {
    thrown.push(String(e.reason));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const el = document.createElement(tag) as E & { data: unknown };
  const errors: CrmErrorDetail[] = [];
  let loaded = 0;
  el.addEventListener('crm-error', (e) => errors.push((e as CustomEvent<CrmErrorDetail>).detail));
  el.addEventListener('crm-data', () => loaded++);
  el.data = data;
  const slot = document.createElement('div');
  slot.lang = lang;
  slot.append(el);
  document.body.append(slot);
  try {
    await settle(el as unknown as Host);
    // A task: an unhandled rejection of the render is reported by then.
    await new Promise((r) => setTimeout(r));
    await settle(el as unknown as Host);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { el, thrown, errors, loaded, done: () => slot.remove() };
}

/** Throws when the shadow root shows, or any of its attributes (styles and ARIA included) holds, a non-finite number. */
export function expectFinite(el: Element): void {
  const all = [...el.shadowRoot!.querySelectorAll('*')];
  expect(all.map((e) => e.textContent).join(' ')).to.not.match(NON_FINITE);
  for (const e of all)
    for (const a of e.attributes) expect(a.value, `${e.localName} ${a.name}`).to.not.match(NON_FINITE);
}
