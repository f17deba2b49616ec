import type { Formatter } from './format.js';

/** A message: a string with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
/** Messages of one language by key (namespaced keys such as `state.loading`). */
export type Catalog = Record<string, Message>;

// Catalogs by lower-case language tag: the kit's defaults, and what pages registered (which win).
const kit: Record<string, Catalog> = {};
const page: Record<string, Catalog> = {};
const listeners = new Set<() => void>();
let version = 0;

const merge = (into: Record<string, Catalog>, lang: string, catalog: Catalog): void => {
  lang = lang.toLowerCase();
  into[lang] = { ...into[lang], ...catalog };
};

/** The kit's own default strings: each element module calls this at load with its en/fa/ar strings. */
export function defineMessages(catalogs: Record<string, Catalog>): void {
  for (const [lang, catalog] of Object.entries(catalogs)) merge(kit, lang, catalog);
}

/**
 * For pages: add a language or override strings. Page strings win over the kit's defaults, and
 * every connected element re-renders with them. A catalog for `fa` serves `fa-IR` too; keys
 * missing in a language fall back to English, then to the key itself.
 *
 * @example
 * ```js
 * import { registerMessages } from 'crm-widgets';
 * // German for every element under lang="de" (or "de-AT"…): give the keys you need.
 * registerMessages('de', {
 *   'state.loading': 'Wird geladen…',
 *   'state.empty': 'Noch keine Daten',
 *   'error.timeout': { one: '{url} hat nicht innerhalb einer Sekunde geantwortet.', other: '{url} hat nicht innerhalb von {count} Sekunden geantwortet.' },
 * });
 * // Override one Persian string and keep the rest.
 * registerMessages('fa', { 'state.empty': 'داده‌ای برای نمایش نیست' });
 * ```
 */
export function registerMessages(lang: string, catalog: Catalog): void {
  merge(page, lang, catalog);
  version++;
  listeners.forEach((fn) => fn());
}

/** Internal: calls `fn` after every `registerMessages`; returns the unsubscribe function. */
export const onMessagesChange = (fn: () => void): (() => boolean) => (
  listeners.add(fn),
  () => listeners.delete(fn)
);

/** Internal: how many times pages registered messages, so a host reconnecting knows it missed some. */
export const messagesVersion = (): number => version;

/** Wraps text in Unicode bidi isolates (FSI…PDI), for a Latin URL inside Persian text or the reverse. */
export const bidiIsolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * The message `key` in `format.locale`, falling back by subtags (`fa-IR` → `fa`), then to English,
 * then to the key itself. `{name}` placeholders take `params`; numbers go through `format.number`
 * so that their digits follow the locale (pass years and ids as strings). Plural messages pick
 * their form by `params.count`.
 */
export function translate(
  format: Formatter,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const tags = format.locale.toLowerCase().split('-');
  let m: Message | undefined;
  for (let i = tags.length; i >= 0 && m == null; i--) {
    const tag = i ? tags.slice(0, i).join('-') : 'en';
    m = page[tag]?.[key] ?? kit[tag]?.[key];
  }
  if (m == null) return key;
  if (typeof m != 'string') m = m[format.plural(Number(params.count))] ?? m.other;
  return m.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    return v == null ? all : typeof v == 'number' ? format.number(v) : v;
  });
}
