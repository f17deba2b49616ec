// Helpers of the <nps-survey> tests: mounting, reading and driving the survey, and the collector
// route of the test server (test/tools/test-server.mjs) that records what the survey POSTs.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/nps-survey/index.js';
import type { NpsSurvey } from '../../../src/components/nps-survey/index.js';
import { OUTBOX_KEY, outboxEntries, type OutboxEntry } from '../../../src/data/outbox.js';
import { SURVEY_KEY } from '../../../src/components/nps-survey/throttle.js';
import { $, has, part, parts, text } from '../harness.js';

export type { NpsSurvey, OutboxEntry };
export { OUTBOX_KEY, SURVEY_KEY, outboxEntries };
export {
  $,
  afterFrames,
  box,
  focused,
  has,
  part,
  parts,
  shownOnScreen,
  text,
  withDocument,
} from '../harness.js';

/** What a survey is mounted with. */
export interface Mount {
  attrs?: Record<string, string | number | boolean>;
  /** Width of the wrapping slot in px. */
  width?: number;
  /** Attributes of the wrapping slot (`lang`, `dir`). */
  wrapper?: Record<string, string>;
  /** Light-DOM children (e.g. a `slot="thanks"` element), as HTML text written by the test. */
  children?: string;
}

/**
 * Mounts `<nps-survey>` in a `<div>` slot and waits for its render. `min-answer-time="0"` unless
 * given, so that a test answering at once is not marked suspect; `true` attributes are set empty.
 */
export async function mount({ attrs = {}, width, wrapper = {}, children }: Mount = {}): Promise<NpsSurvey> {
  const el = document.createElement('nps-survey');
  const all: Record<string, string | number | boolean> = { 'min-answer-time': 0, ...attrs };
  for (const [k, v] of Object.entries(all)) if (v !== false) el.setAttribute(k, v === true ? '' : String(v));
  if (children) el.append(document.createRange().createContextualFragment(children));
  const slot = document.createElement('div');
  for (const [k, v] of Object.entries(wrapper)) slot.setAttribute(k, v);
  if (width !== undefined) slot.style.width = `${width}px`;
  slot.append(el);
  await fixture<HTMLDivElement>(html`${slot}`);
  await settle(el);
  return el;
}

/** Waits for pending renders. */
export async function settle(el: NpsSurvey): Promise<void> {
  await null;
  while (!(await el.updateComplete));
}

/** Forgets everything the survey and the outbox stored in this browser (call in `beforeEach`). */
export function resetStorage(): void {
  localStorage.clear();
}

/** The 11 score buttons, 0…10. */
export const scoreButtons = (el: NpsSurvey): HTMLButtonElement[] => parts(el, 'score') as HTMLButtonElement[];

/** The button of one score. */
export const scoreButton = (el: NpsSurvey, score: number): HTMLButtonElement => scoreButtons(el)[score]!;

/** Clicks a score and waits for the render. */
export async function choose(el: NpsSurvey, score: number): Promise<void> {
  scoreButton(el, score).click();
  await settle(el);
}

/** Types a comment into the follow-up box (as input events) and waits for the render. */
export async function typeComment(el: NpsSurvey, comment: string): Promise<void> {
  const box = part(el, 'comment') as HTMLTextAreaElement;
  box.value = comment;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** Clicks Skip and waits for the render. */
export async function skip(el: NpsSurvey): Promise<void> {
  part(el, 'skip').click();
  await settle(el);
}

/** Waits until a part is rendered (an answer of the collector reached the survey). */
export async function partShown(el: NpsSurvey, name: string): Promise<HTMLElement> {
  await waitUntil(() => has(el, name), `part ${name} never appeared`, { timeout: 5000, interval: 20 });
  await settle(el);
  return part(el, name);
}

/** Clicks Send (the comment) and waits for the render. */
export async function send(el: NpsSurvey): Promise<void> {
  part(el, 'send').click();
  await settle(el);
}

/** The question text. */
export const question = (el: NpsSurvey): string => text(part(el, 'question'));

/** Every event of these types the element fires, in order. */
export function record(el: Element, types: string[]): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of types) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}

const uid = () => Math.random().toString(36).slice(2);

/** A step of the collector: an answer, or a cut connection. */
export interface Step {
  status?: number;
  /** Delay before answering, ms. */
  ms?: number;
  /** Cut the connection before answering (a network error). */
  drop?: boolean;
  /** A Retry-After header, seconds. */
  retryAfter?: number;
  body?: unknown;
}

/** A fresh collector URL: request n gets step n (the last repeats; none: 200 `{}`-like). */
export function collector(steps: Step[] = [{ status: 201, body: { ok: true } }]): string {
  return `/__test__/collect?${new URLSearchParams({ id: uid(), steps: JSON.stringify(steps) })}`;
}

/** What the collector received at one URL: each request's method, content type, JSON body and the status it answered (0: cut). */
export interface Received {
  requests: number;
  methods: string[];
  types: (string | null)[];
  bodies: Record<string, unknown>[];
  statuses: number[];
}

export async function received(url: string): Promise<Received> {
  const id = new URL(url, location.href).searchParams.get('id') ?? '';
  return (await (await fetch(`/__test__/stats?id=${id}`)).json()) as Received;
}

/** Waits until the collector has received `n` requests at `url` (or more), and returns them. */
export async function receivedAtLeast(url: string, n: number, timeout = 5000): Promise<Received> {
  let got: Received | undefined;
  await waitUntil(
    async () => ((got = await received(url)), got.requests >= n),
    `the collector at ${url} never got ${n} request(s)`,
    { timeout, interval: 50 },
  );
  return got!;
}

/** Waits until the outbox (localStorage) holds no entry. */
export async function outboxDrained(timeout = 5000): Promise<void> {
  await waitUntil(() => outboxEntries().length === 0, 'the outbox never emptied', { timeout, interval: 50 });
}

/** The element's error message (`part="error"`), or ''. */
export const errorText = (el: NpsSurvey): string => text(el.shadowRoot!.querySelector("[part~='error']"));

/** The honeypot input. */
export const honeypot = (el: NpsSurvey): HTMLInputElement => $(el, 'input.trap') as HTMLInputElement;
