// Shared helpers of the <funnel-view> tests: mounting, reading the rendered shadow DOM, the test server.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/funnel-view/index.js';
import type { FunnelView } from '../../../src/components/funnel-view/index.js';

export type { FunnelView };

/** One input stage. */
export interface Stage {
  label: string;
  value: number;
  previous?: number;
}

/**
 * The standard funnel of the issue (arithmetic in values.test.ts):
 * Visitors 48,210 → Leads 3,120 → Qualified 1,290 → Proposal 410 → Won 162.
 */
export const STANDARD: Stage[] = [
  { label: 'Visitors', value: 48210 },
  { label: 'Leads', value: 3120 },
  { label: 'Qualified', value: 1290 },
  { label: 'Proposal', value: 410 },
  { label: 'Won', value: 162 },
];

/** What a funnel is mounted with: attributes, an inline JSON child, a `.data` property, a slot width. */
export interface Mount {
  attrs?: Record<string, string | number>;
  /** An inline `<script type="application/json">` child: a value (serialized) or raw text. */
  inline?: unknown;
  /** Raw text of the inline child (for invalid JSON). */
  inlineText?: string;
  data?: unknown;
  /** Width of the wrapping slot in px (default: the page's width). */
  width?: number;
  /** Attributes of the wrapping slot (`lang`, `dir`). */
  wrapper?: Record<string, string>;
}

/**
 * Mounts `<funnel-view>` built imperatively (an inline `<script>` child cannot be a Lit binding)
 * inside a `<div>` slot, and waits for its render.
 */
export async function mount({
  attrs = {},
  inline,
  inlineText,
  data,
  width,
  wrapper = {},
}: Mount = {}): Promise<FunnelView> {
  const el = document.createElement('funnel-view');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (inline !== undefined || inlineText !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inlineText ?? JSON.stringify(inline);
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

/** The `stages` attribute for a list of stages. */
export const stagesAttr = (stages: unknown): { stages: string } => ({ stages: JSON.stringify(stages) });

/** Waits for pending renders (a lang/dir change reaches the host through a MutationObserver microtask). */
export async function settle(el: FunnelView): Promise<void> {
  await null;
  while (!(await el.updateComplete));
}

/** Waits until the loader leaves `loading` (a `src` answered), then for the render that shows it. */
export async function loaded(el: FunnelView): Promise<void> {
  await waitUntil(() => el.state !== 'loading', 'the src never answered', { timeout: 5000 });
  await settle(el);
}

/** Waits for layout: the render, then two animation frames (container queries, ResizeObserver). */
export async function layout(el: FunnelView): Promise<void> {
  await settle(el);
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** The first element in the shadow root with this part name (`part~=`), or throws. */
export function part(el: FunnelView, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
  if (!found) throw new Error(`no part ${name} in ${el.shadowRoot!.textContent}`);
  return found;
}

/** Every element in the shadow root with this part name. */
export const parts = (el: FunnelView, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~='${name}']`),
];

/** Whether a part is rendered. */
export const has = (el: FunnelView, name: string): boolean =>
  !!el.shadowRoot!.querySelector(`[part~='${name}']`);

/** The element matching a selector in the shadow root, or throws. */
export function $(root: FunnelView | Element, selector: string): HTMLElement {
  const scope = root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root;
  const found = scope.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Text content with whitespace collapsed. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The stage buttons, in order. */
export const stages = (el: FunnelView): HTMLButtonElement[] => parts(el, 'stage') as HTMLButtonElement[];

/** The stage button at an index, or throws. */
export function stage(el: FunnelView, i: number): HTMLButtonElement {
  const found = stages(el)[i];
  if (!found) throw new Error(`no stage ${i}`);
  return found;
}

/** The accessible names (aria-label) of the stages. */
export const names = (el: FunnelView): (string | null)[] =>
  stages(el).map((s) => s.getAttribute('aria-label'));

/** What one stage shows on its face: label, value, conversion from the previous stage, change. */
export interface Face {
  name: string;
  value: string;
  conv: string | null;
  change: string | null;
}
export function face(button: Element): Face {
  const conv = button.querySelector('.conv');
  const change = button.querySelector('.change');
  return {
    name: text(button.querySelector('.name')),
    value: text(button.querySelector('.value')),
    conv: conv ? text(conv) : null,
    change: change ? text(change) : null,
  };
}
export const faces = (el: FunnelView): Face[] => stages(el).map(face);

/** The tooltip (`[part=tooltip]`) that describes a stage (its `aria-describedby`). */
export function tooltip(el: FunnelView, i: number): HTMLElement {
  const id = stage(el, i).getAttribute('aria-describedby') ?? '';
  const found = el.shadowRoot!.getElementById(id);
  if (!found?.matches("[part~='tooltip']")) throw new Error(`stage ${i} is not described by a tooltip`);
  return found;
}

/** Whether an element is drawn (its computed display is not `none`, nor any ancestor's in the shadow tree). */
export const shownOnScreen = (node: Element): boolean => node.getClientRects().length > 0;

/** The data table as text: [header cells, ...body rows]. */
export function tableCells(el: FunnelView): string[][] {
  return [...part(el, 'table').querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => text(c)),
  );
}

/** The data table's wrapper (visually hidden, or the scrollable region). */
export const tableWrap = (el: FunnelView): HTMLElement => part(el, 'table').parentElement!;

/** The element focused inside the shadow root (null when focus is elsewhere). */
export const focused = (el: FunnelView): Element | null => el.shadowRoot!.activeElement;

/** Index of the focused stage, or -1. */
export const focusedIndex = (el: FunnelView): number => stages(el).indexOf(focused(el) as HTMLButtonElement);

/** Indexes of the stages with tabindex="0". */
export const tabStops = (el: FunnelView): number[] =>
  stages(el).flatMap((s, i) => (s.getAttribute('tabindex') === '0' ? [i] : []));

/** Band boxes, in order. */
export const bandBoxes = (el: FunnelView): DOMRect[] => parts(el, 'band').map(box);

/** A box, for comparing where parts are drawn. */
export const box = (node: Element): DOMRect => node.getBoundingClientRect();

const uid = () => Math.random().toString(36).slice(2);

/** `/__test__/json?id=…&body=<JSON of value>&…` on the real test server (test/tools/test-server.mjs). */
export function jsonRoute(value: unknown, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams({ id: uid(), body: JSON.stringify(value) });
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  return `/__test__/json?${q}`;
}

/** Requests the test server saw for a URL's id. */
export async function requestsOf(url: string): Promise<number> {
  const id = new URL(url, location.href).searchParams.get('id') ?? '';
  const stats = (await (await fetch(`/__test__/stats?id=${id}`)).json()) as { requests: number };
  return stats.requests;
}

/** Waits until the test server has answered or seen aborted every request for a URL's id. */
export async function requestsDone(url: string): Promise<void> {
  const id = new URL(url, location.href).searchParams.get('id') ?? '';
  await waitUntil(
    async () => {
      const s = (await (await fetch(`/__test__/stats?id=${id}`)).json()) as {
        requests: number;
        finished: number;
        aborted: number;
      };
      return s.requests > 0 && s.finished + s.aborted >= s.requests;
    },
    `the requests to ${url} never ended`,
    { timeout: 5000, interval: 50 },
  );
}

/** Runs `body` with `<html lang>`/`dir` set, restoring them after. */
export async function withDocument(
  attrs: { lang?: string; dir?: string },
  body: () => Promise<void>,
): Promise<void> {
  const root = document.documentElement;
  const saved = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
  try {
    for (const [k, v] of Object.entries(attrs)) root.setAttribute(k, v);
    await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === null) root.removeAttribute(k);
      else root.setAttribute(k, v);
    }
  }
}
