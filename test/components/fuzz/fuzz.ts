// The property-based fuzz suite's shared part (issue 17): hostile-value arbitraries and two runners,
// one for the data elements (`.data`, inline JSON, attributes → `state`, `crm-data`/`crm-error`)
// and one for the surveys (attributes, then an answer). Every run is seeded: a failure prints the
// seed, the path and the counterexample, and `fc.assert` with them replays it exactly.
import * as fc from 'fast-check';
import type { CrmErrorDetail, DataHost } from '../../../src/data/index.js';

/** The fixed seed of every run (change it only to explore; a failure prints the one that failed). */
export const SEED = 0x17_f022;
/** Cases per element per run. */
export const RUNS = 1000;

/** Numbers and strings that break naive code: the float extremes, −0, non-finite names, bad dates. */
export const nasty = fc.constantFrom<unknown>(
  1e308,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  -5e-324,
  -0,
  0,
  -1,
  0.5,
  1.5,
  1e21,
  2 ** 53 + 2,
  'NaN',
  'Infinity',
  '-Infinity',
  '∞',
  '1e308',
  '',
  ' ',
  '0',
  '-0',
  null,
  true,
  false,
  [],
  {},
  [1, 2],
  { valueOf: 1 },
  '2024-02-30',
  '2023-02-29',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '0000-01-01',
  '9999-12-31',
  '2024-01-01T10:00:00+0330',
  '2024-01-01T10:00:00+03:30',
  '2024-01-01T25:00:00Z',
  '1402-12-30',
  '1445-09-01',
  '2024-W05',
  '2024-Q2',
  '2024-06',
  '2024',
);

/** A value as attribute text: strings as they are, numbers by String (1e308, NaN), the rest as JSON. */
export const asText = (v: unknown): string =>
  typeof v == 'string' ? v : typeof v == 'number' ? String(v) : (JSON.stringify(v) ?? '');

/** Any number, non-finite and −0 included (JSON turns NaN and ±Infinity into null). */
export const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.constantFrom(1e308, 5e-324, -0, 0, 1, Number.MAX_VALUE, Number.MIN_VALUE),
);

/** A plausible value of a field: often right-typed, often hostile. */
export const value = (right: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: right, weight: 4 },
    { arbitrary: nasty, weight: 2 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  );

/** A short label: plain, Persian, Arabic, emoji or empty. */
export const label = fc.oneof(
  fc.constantFrom('Leads', 'سرنخ', 'عملاء', 'Won 🎉', '', 'a'.repeat(300), '\u202eevil', 'x<y>&'),
  fc.string({ maxLength: 12 }),
);

/** An array of up to a few items, sometimes none, sometimes many (bounded, so a case stays cheap). */
export const list = <T>(item: fc.Arbitrary<T>, huge = 1500): fc.Arbitrary<T[]> =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength: 6 }), weight: 12 },
    { arbitrary: fc.constant([] as T[]), weight: 2 },
    {
      arbitrary: fc.tuple(item, fc.integer({ min: 50, max: huge })).map(([x, n]) => Array<T>(n).fill(x)),
      weight: 1,
    },
  );

/** An object of some of these fields, sometimes with an unknown one. */
export const shaped = (
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }))),
    )
    .map(([o, extra]) => (extra ? { ...o, [`x${extra[0]}`]: extra[1] } : o));

/** Anything at all: JSON, hostile scalars, or a shape of the element. */
export const anything = (shape: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: shape, weight: 6 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
    { arbitrary: nasty, weight: 1 },
  );

/** How a case gives its input to a data element. */
export type Channel = 'property' | 'inline' | 'attributes';

/** One case of a data element: an input, the way it is given, and the language around it. */
export interface DataCase {
  channel: Channel;
  input: unknown;
  /** The attributes of the `attributes` channel (their values may be anything text). */
  attrs: Record<string, string>;
  base: Record<string, string>;
  lang: 'en' | 'fa' | 'ar';
}

const NON_FINITE = /NaN|Infinity|∞/;

/** Every string inside a value (strings the data itself holds may be shown as they are). */
function strings(v: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof v == 'string') {
    out.push(v);
    // An attribute holding JSON: the strings inside it.
    if (/^[[{]/.test(v) && depth < 6)
      try {
        strings(JSON.parse(v), out, depth + 1);
      } catch {
        // Not JSON: the text itself.
      }
  } else if (v && typeof v == 'object' && depth < 6)
    for (const x of Object.values(v as Record<string, unknown>)) strings(x, out, depth + 1);
  return out;
}

/** What the element displays or announces: its shadow root's text (no styles) and ARIA/title texts. */
function shown(el: Element): { text: string; aria: [string, string][] } {
  const root = el.shadowRoot!;
  const aria: [string, string][] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.parentElement?.localName != 'style') text += n.nodeValue;
  for (const e of [el, ...root.querySelectorAll('*')])
    for (const a of e.attributes)
      if (a.name.startsWith('aria-') || a.name == 'title' || a.name == 'alt' || a.name == 'placeholder')
        aria.push([`<${e.localName}> ${a.name}`, a.value]);
  return { text, aria };
}

/** Throws when anything non-finite is displayed or announced (data strings themselves excepted). */
export function checkFinite(el: Element, input: unknown): void {
  const own = strings(input).filter((s) => NON_FINITE.test(s));
  const strip = (s: string) => own.reduce((t, o) => (o ? t.split(o).join('') : t), s);
  const { text, aria } = shown(el);
  if (NON_FINITE.test(strip(text)))
    throw new Error(`non-finite text shown: ${JSON.stringify(text.slice(0, 400))}`);
  for (const [where, v] of aria) {
    if (where.endsWith('aria-valuenow') && !Number.isFinite(Number(v)))
      throw new Error(`${where}="${v}" is not a finite number`);
    if (NON_FINITE.test(strip(v))) throw new Error(`non-finite ${where}="${v.slice(0, 200)}"`);
  }
}

/** Collects what the page would see thrown: window `error` and `unhandledrejection`. */
export function pageErrors(): { take(): string[]; stop(): void } {
  let seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    seen.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    take: () => seen.splice(0),
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      seen = [];
    },
  };
}

/** fast-check 4 puts the property's own error in `cause`, which the test runner does not print. */
const withCause = (e: unknown): Error =>
  new Error(
    `${(e as Error).message}\nGot: ${String((e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).cause)}`,
  );

/** A task boundary: an unhandled rejection of this case is reported before the next one starts. */
const task = () => new Promise((resolve) => setTimeout(resolve));

/** Waits until Lit has no update pending (rethrows what a render threw). */
async function settle(el: { updateComplete: Promise<boolean> }): Promise<void> {
  await null;
  for (let i = 0; i < 20; i++) if (await el.updateComplete) return;
  throw new Error('still updating after 20 renders');
}

/** Options of the fuzz run: the element's own input and attribute arbitraries. */
export interface DataFuzz {
  tag: string;
  /** Inputs for `.data` and inline JSON. */
  input: fc.Arbitrary<unknown>;
  /** Attributes for the attribute channel (each value already text). */
  attrs: fc.Arbitrary<Record<string, string>>;
  /** Attributes set whatever the channel (kpi-card's `metric`, which picks the schema). */
  base?: fc.Arbitrary<Record<string, string>>;
  /**
   * Valid cases whose input, attributes and base belong together (kpi-card: inputs that fit the
   * metric of `base`), mixed half and half with the free ones.
   */
  valid?: fc.Arbitrary<Pick<DataCase, 'input' | 'attrs' | 'base'>>;
}

/** Runs the properties on one data element, reused for every case; returns the cases run and how many ended in each state. */
export async function fuzzData({
  tag,
  input,
  attrs,
  base = fc.constant({}),
  valid,
}: DataFuzz): Promise<Record<string, number>> {
  const slot = document.createElement('div');
  slot.style.width = '480px';
  const el = document.createElement(tag) as DataHost;
  slot.append(el);
  document.body.append(slot);
  let lastError: CrmErrorDetail | undefined;
  el.addEventListener('crm-error', (e) => (lastError = e.detail));
  el.addEventListener('crm-data', () => (lastError = undefined));
  const errors = pageErrors();
  // The first frames size the charts (ResizeObserver); the same width serves every case after.
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  const tally: Record<string, number> = { cases: 0, ready: 0, empty: 0, error: 0 };
  let given: string[] = [];
  const channel = fc.constantFrom<Channel>('property', 'inline', 'attributes');
  const lang = fc.constantFrom<DataCase['lang']>('en', 'fa', 'ar');
  // Without `valid`, the same record as ever: the seed gives the other elements the same cases.
  const cases: fc.Arbitrary<DataCase> = valid
    ? fc
        .record({ channel, lang, given: fc.oneof(fc.record({ input, attrs, base }), valid) })
        .map(({ given, ...c }) => ({ ...c, ...given }))
    : fc.record<DataCase>({ channel, input, attrs, base, lang });
  try {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        // Back to no input: no `.data`, no inline child, none of the last case's attributes.
        el.data = null;
        el.querySelector(':scope>script')?.remove();
        for (const a of given) el.removeAttribute(a);
        given = [];
        // Settled with no input, so this case's input is always decided afresh (and reported).
        await settle(el);
        lastError = undefined;
        slot.lang = c.lang;
        for (const [k, v] of Object.entries(c.base)) {
          el.setAttribute(k, v);
          given.push(k);
        }
        if (c.channel == 'property') el.data = c.input;
        else if (c.channel == 'inline') {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = JSON.stringify(c.input) ?? '';
          el.append(script);
        } else
          for (const [k, v] of Object.entries(c.attrs)) {
            el.setAttribute(k, v);
            given.push(k);
          }
        await settle(el);
        await task();
        await settle(el);
        const thrown = errors.take();
        if (thrown.length) throw new Error(`thrown into the page: ${thrown.join('\n')}`);
        const state = el.getAttribute('state') ?? '';
        if (!['ready', 'empty', 'error'].includes(state)) throw new Error(`state "${state}"`);
        const err = lastError as CrmErrorDetail | undefined;
        if (state == 'error') {
          if (!err?.message) throw new Error('state error without a crm-error message');
          if (err.kind == 'schema') {
            if (typeof err.field != 'string') throw new Error(`schema error without a field: ${err.message}`);
            if (err.field && !err.message.includes(err.field))
              throw new Error(`message "${err.message}" does not name ${err.field}`);
          }
        } else if (err) throw new Error(`state ${state} after crm-error ${err.message}`);
        checkFinite(el, c.channel == 'attributes' ? c.attrs : c.input);
        tally.cases!++;
        tally[state]!++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } catch (e) {
    throw withCause(e);
  } finally {
    errors.stop();
    slot.remove();
  }
  return tally;
}

/** Runs the properties on fresh surveys (an answer changes a survey for good): attributes, then an answer. */
export async function fuzzSurvey(
  tag: string,
  attrs: fc.Arbitrary<Record<string, string>>,
): Promise<Record<string, number>> {
  const slot = document.createElement('div');
  slot.style.width = '480px';
  document.body.append(slot);
  const errors = pageErrors();
  const tally: Record<string, number> = { cases: 0, answered: 0, errors: 0 };
  const cases = fc.record({ attrs, lang: fc.constantFrom('en', 'fa', 'ar'), pick: fc.nat(20) });
  try {
    await fc.assert(
      fc.asyncProperty(cases, async ({ attrs: a, lang, pick }) => {
        localStorage.clear();
        slot.lang = lang;
        const el = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<boolean>;
          step: string;
        };
        const reported: CrmErrorDetail[] = [];
        el.addEventListener('crm-error', (e) => reported.push(e.detail));
        el.setAttribute('min-answer-time', '0');
        for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
        slot.append(el);
        try {
          await settle(el);
          const steps = ['question', 'follow-up', 'thanks', 'hidden'];
          if (!steps.includes(el.step)) throw new Error(`step "${el.step}"`);
          checkFinite(el, a);
          const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="score"]')];
          if (buttons.length) {
            buttons[pick % buttons.length]!.click();
            await settle(el);
            tally.answered!++;
            if (!steps.includes(el.step)) throw new Error(`step "${el.step}" after an answer`);
            checkFinite(el, a);
          }
          await task();
          const thrown = errors.take();
          if (thrown.length) throw new Error(`thrown into the page: ${thrown.join('\n')}`);
          for (const d of reported) {
            if (!d.message) throw new Error('crm-error without a message');
            if (!d.field) throw new Error(`crm-error names no field: ${d.message}`);
          }
          tally.errors! += reported.length;
          tally.cases!++;
        } finally {
          el.remove();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } catch (e) {
    throw withCause(e);
  } finally {
    errors.stop();
    slot.remove();
    localStorage.clear();
  }
  return tally;
}
