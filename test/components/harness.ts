// The harness every element's tests share: mounting, waiting for renders, reading the rendered
// shadow DOM, the test server (test/tools/test-server.mjs). Each element's helpers.ts adds its own
// mount wrapper, fixtures and readers on top, and re-exports what its tests use from here.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DataHost } from '../../src/data/index.js';

/** What the harness drives: a crm-widgets element (a Lit render cycle, `.data`, the loader's `state`). */
export type Host = DataHost;

/**
 * What an element is mounted with: attributes, an inline JSON child, a `.data` property, a slot
 * width and attributes.
 */
export interface MountOptions {
  attrs?: Record<string, string | number>;
  /** An inline `<script type="application/json">` child holding this value, serialized. */
  inline?: unknown;
  /** Raw text of the inline child (for invalid JSON); wins over `inline`. */
  inlineText?: string;
  data?: unknown;
  /** Width of the wrapping slot in px (default: the page's width). */
  width?: number;
  /** Attributes of the wrapping slot (`lang`, `dir`). */
  wrapper?: Record<string, string>;
  /**
   * Append the slot to the body instead of a fixture, so it outlives the test (fixtures are removed
   * after each one): for a `before` hook shared by several tests, which must remove it itself.
   */
  keep?: boolean;
}

/**
 * Mounts the element `tag` built imperatively (an inline `<script>` child cannot be a Lit binding)
 * inside a `<div>` slot, and waits for its render.
 */
export async function mountElement<T extends Host>(
  tag: string,
  { attrs = {}, inline, inlineText, data, width, wrapper = {}, keep = false }: MountOptions = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
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
  if (keep) document.body.append(slot);
  else await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el);
  return el;
}

/** Waits for pending renders (a lang/dir change reaches the host through a MutationObserver microtask). */
export async function settle(el: Host): Promise<void> {
  await null;
  while (!(await el.updateComplete));
}

/** Waits until the loader leaves `loading` (a `src` answered), then for the render that shows it. */
export async function loaded(el: Host): Promise<void> {
  await waitUntil(() => el.state !== 'loading', 'the src never answered', { timeout: 5000 });
  await settle(el);
}

/** Waits for the render, then `frames` animation frames (container queries, ResizeObserver). */
export async function afterFrames(el: Host, frames: number): Promise<void> {
  await settle(el);
  for (let i = 0; i < frames; i++)
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** The first element in the shadow root with this part name (`part~=`), or throws. */
export function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
  if (!found) throw new Error(`no part ${name} in ${el.shadowRoot!.textContent}`);
  return found;
}

/** Every element in the shadow root with this part name. */
export const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~='${name}']`),
];

/** Whether a part is rendered. */
export const has = (el: Element, name: string): boolean =>
  !!el.shadowRoot!.querySelector(`[part~='${name}']`);

/**
 * The element matching a selector in the shadow root of a host, or below an element without one
 * (a part read before), or throws.
 */
export function $(root: Element, selector: string): HTMLElement {
  const scope = root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root;
  const found = scope.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}${scope === root ? '' : ' in the shadow root'}`);
  return found;
}

/** Text content with whitespace collapsed. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The polite live region (`.visually-hidden[role=status]`) that announces a change. */
export const liveRegion = (el: Element): HTMLElement => $(el, '.visually-hidden[role="status"]');

/** The element focused inside the shadow root (null when focus is elsewhere). */
export const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;

/** Whether an element is drawn (its computed display is not `none`, nor any ancestor's in the shadow tree). */
export const shownOnScreen = (node: Element): boolean => node.getClientRects().length > 0;

/** A box, for comparing where parts are drawn. */
export const box = (node: Element): DOMRect => node.getBoundingClientRect();

const uid = () => Math.random().toString(36).slice(2);

/** `/__test__/json?id=…&body=<JSON of value>&…` on the real test server (test/tools/test-server.mjs). */
export function jsonRoute(value: unknown, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams({ id: uid(), body: JSON.stringify(value) });
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  return `/__test__/json?${q}`;
}

/** What the test server saw for a URL's id. */
interface Stats {
  requests: number;
  finished: number;
  aborted: number;
}
async function statsOf(url: string): Promise<Stats> {
  const id = new URL(url, location.href).searchParams.get('id') ?? '';
  return (await (await fetch(`/__test__/stats?id=${id}`)).json()) as Stats;
}

/** Requests the test server saw for a URL's id. */
export async function requestsOf(url: string): Promise<number> {
  return (await statsOf(url)).requests;
}

/** Waits until the test server has answered or seen aborted every request for a URL's id. */
export async function requestsDone(url: string): Promise<void> {
  await waitUntil(
    async () => {
      const s = await statsOf(url);
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

/** A node of the browser's accessibility tree: its role, name, state and children. */
export interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  children?: AxNode[];
}

/** The page's whole accessibility tree, as a screen reader gets it (test/tools/ax-tree.mjs). */
export const axTree = (): Promise<AxNode> => executeServerCommand<AxNode, undefined>('ax-tree');

/** Every node of an accessibility tree that passes `test`, in reading order. */
export const axFind = (root: AxNode, test: (n: AxNode) => boolean): AxNode[] => [
  ...(test(root) ? [root] : []),
  ...(root.children ?? []).flatMap((c) => axFind(c, test)),
];

/**
 * Runs `read` with the element's data table shown: a chart builds its table only while it is
 * shown, so a hidden one is opened with its toggle (`part="table-toggle"`), read, then closed.
 */
export async function withTable<T>(el: Host, read: () => T): Promise<T> {
  const shown = !!el.shadowRoot!.querySelector("[part~='table']");
  const toggle = part(el, 'table-toggle');
  if (!shown) {
    toggle.click();
    await settle(el);
  }
  const value = read();
  if (!shown) {
    toggle.click();
    await settle(el);
  }
  return value;
}
