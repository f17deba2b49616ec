// Shared helpers of the <nps-gauge> tests: mounting, reading the rendered shadow DOM, the test server.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/nps-gauge/index.js';
import type { NpsGauge } from '../../../src/components/nps-gauge/index.js';

export type { NpsGauge };

/** What a gauge is mounted with: attributes, an inline JSON child, a `.data` property, a slot width. */
export interface Mount {
  attrs?: Record<string, string | number>;
  inline?: unknown;
  data?: unknown;
  /** Width of the wrapping slot in px (default: the page's width). */
  width?: number;
  /** Attributes of the wrapping slot (`lang`, `dir`). */
  wrapper?: Record<string, string>;
}

/**
 * Mounts `<nps-gauge>` built imperatively (an inline `<script>` child cannot be a Lit binding)
 * inside a `<div>` slot, and waits for its render; with `src` and no other input, for the
 * loader to leave `loading` as well.
 */
export async function mount({
  attrs = {},
  inline,
  data,
  width,
  wrapper = {},
}: Mount = {}): Promise<NpsGauge> {
  const el = document.createElement('nps-gauge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(inline);
    el.append(script);
  }
  if (data !== undefined) el.data = data;
  const slot = document.createElement('div');
  for (const [k, v] of Object.entries(wrapper)) slot.setAttribute(k, v);
  if (width !== undefined) slot.style.width = `${width}px`;
  slot.append(el);
  await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el);
  return el;
}

/** Waits for pending renders (a lang/dir change reaches the host through a MutationObserver microtask). */
export async function settle(el: NpsGauge): Promise<void> {
  await null;
  while (!(await el.updateComplete));
}

/** Waits until the loader leaves `loading` (a `src` answered), then for the render that shows it. */
export async function loaded(el: NpsGauge): Promise<void> {
  await waitUntil(() => el.state !== 'loading', 'the src never answered', { timeout: 5000 });
  await settle(el);
}

/** Waits for layout: the render, then an animation frame (container queries, ResizeObserver). */
export async function layout(el: NpsGauge): Promise<void> {
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** The first element in the shadow root with this part name (`part~=`), or throws. */
export function part(el: NpsGauge, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
  if (!found) throw new Error(`no part ${name} in ${el.shadowRoot!.textContent}`);
  return found;
}

/** The element matching a selector in the shadow root, or throws. */
export function $(el: NpsGauge, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

/** Whether a part is rendered. */
export const has = (el: NpsGauge, name: string): boolean =>
  !!el.shadowRoot!.querySelector(`[part~='${name}']`);

/** Text content with whitespace collapsed. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The `role="meter"` element. */
export const meter = (el: NpsGauge): HTMLElement => $(el, '[role="meter"]');

/** The polite live region that announces a change of the score. */
export const liveRegion = (el: NpsGauge): HTMLElement => $(el, '.visually-hidden[role="status"]');

/** Text of the legend row of one category (`promoter`, `passive`, `detractor`): [name, share, count]. */
export function legendRow(
  el: NpsGauge,
  zone: 'promoter' | 'passive' | 'detractor',
): [string, string, string] {
  const li = $(el, `.legend li.${zone}`);
  return [
    text(li.querySelector('.name')),
    text(li.querySelector('.share')),
    text(li.querySelector('.count')),
  ];
}

/** The shares shown in the legend, promoters first. */
export const shares = (el: NpsGauge): string[] =>
  (['promoter', 'passive', 'detractor'] as const).map((z) => legendRow(el, z)[1]);

/** What a gauge shows for one input, read from the rendered shadow DOM. */
export interface Shown {
  score: string;
  margin: string;
  shares: string[];
  counts: string[];
  valuenow: string | null;
}
export function shown(el: NpsGauge): Shown {
  return {
    score: text(part(el, 'score')),
    margin: text(part(el, 'margin')),
    shares: shares(el),
    counts: (['promoter', 'passive', 'detractor'] as const).map((z) => legendRow(el, z)[2]),
    valuenow: meter(el).getAttribute('aria-valuenow'),
  };
}

const uid = () => Math.random().toString(36).slice(2);

/** `/__test__/json?id=…&body=<JSON of value>&…` on the real test server (test/tools/test-server.mjs). */
export function jsonRoute(value: unknown, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams({ id: uid(), body: JSON.stringify(value) });
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  return `/__test__/json?${q}`;
}

/** Requests the test server saw for an id. */
export async function requestsOf(url: string): Promise<number> {
  const id = new URL(url, location.href).searchParams.get('id') ?? '';
  const stats = (await (await fetch(`/__test__/stats?id=${id}`)).json()) as { requests: number };
  return stats.requests;
}

/** A box, for comparing where parts are drawn. */
export const box = (node: Element): DOMRect => node.getBoundingClientRect();
