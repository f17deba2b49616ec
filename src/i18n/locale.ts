import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getFormatter } from './format.js';
import type { Formatter } from './format.js';
import { messagesVersion, onMessagesChange, translate } from './messages.js';

/** Text direction. */
export type Direction = 'ltr' | 'rtl';
/** Digits the kit documents for the `numbering` attribute (any Intl numbering system works). */
export type Numbering = 'latn' | 'arab' | 'arabext';

// Languages written right to left, for engines without Intl.Locale#getTextInfo.
const RTL = /^(fa|ar|he|iw|ur|ps|ckb|dv|yi|sd|ug)$/;

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };

const rtlOf = new Map<string, boolean>();

/** True when a language tag is written right to left (`fa`, `ar-SA`, `he`, `az-Arab`…); memoized. */
export function isRtlLanguage(lang: string): boolean {
  let rtl = rtlOf.get(lang);
  if (rtl === undefined) rtlOf.set(lang, (rtl = textDirection(lang)));
  return rtl;
}

function textDirection(lang: string): boolean {
  try {
    const l = new Intl.Locale(lang) as LocaleWithTextInfo;
    const d = (l.getTextInfo?.() ?? l.textInfo)?.direction;
    return d ? d == 'rtl' : RTL.test(l.language);
  } catch {
    return RTL.test(lang.split('-')[0]!.toLowerCase());
  }
}

/** The parent of a node in the flattened sense: a shadow root leads to its host. */
const up = (n: Node): Node | null => {
  const p = n.parentNode;
  return p?.nodeType == 11 ? ((p as ShadowRoot).host ?? null) : p;
};

/** The first usable `name` attribute on the element or an ancestor, crossing shadow roots. */
const closest = (el: Element, name: string, ok: (v: string) => unknown = Boolean): string | undefined => {
  for (let n: Node | null = el; n; n = up(n)) {
    const v = (n as Element).getAttribute?.(name)?.trim();
    if (v && ok(v)) return v;
  }
};

const canonicalOf = new Map<string, string | undefined>();
/** A canonical BCP 47 tag, or undefined when `tag` is empty or malformed; memoized (every update of every element asks). */
const canonical = (tag?: string | null): string | undefined => {
  if (!tag) return undefined;
  if (!canonicalOf.has(tag)) {
    let c: string | undefined;
    try {
      c = Intl.getCanonicalLocales(tag)[0];
    } catch {
      // Malformed: undefined.
    }
    canonicalOf.set(tag, c);
  }
  return canonicalOf.get(tag);
};

/**
 * The language of an element: its own `lang`, else the closest ancestor's (crossing shadow roots),
 * else `document.documentElement.lang`, else `navigator.language`, else `en`; canonical
 * (`en-us` → `en-US`). Empty or malformed tags are skipped.
 */
export function resolveLang(el: Element): string {
  return (
    canonical(closest(el, 'lang', canonical)) ??
    canonical(document.documentElement.lang) ??
    canonical(navigator.language) ??
    'en'
  );
}

/**
 * The direction of an element: walking up from it (crossing shadow roots), the first `dir` of
 * `ltr`/`rtl` or `lang` decides, whichever is closer (`dir` first on the same element). So
 * `<nps-gauge lang="fa">` on a `<html dir="ltr">` page is right to left: its own language is
 * closer than the page's direction. `auto`, another value or nothing at all → from `lang`.
 */
export function resolveDir(el: Element, lang: string = resolveLang(el)): Direction {
  for (let n: Node | null = el; n; n = up(n)) {
    const e = n as Element;
    const d = e.getAttribute?.('dir')?.trim().toLowerCase();
    if (d == 'ltr' || d == 'rtl') return d;
    const l = canonical(e.getAttribute?.('lang')?.trim());
    if (l) return isRtlLanguage(l) ? 'rtl' : 'ltr';
  }
  return isRtlLanguage(lang) ? 'rtl' : 'ltr';
}

const OWN = ['lang', 'dir', 'numbering', 'calendar'];
const live = new Set<LocaleController>();
const recheck = (): void => live.forEach((c) => c.hostUpdate());
// One observer for every lang/dir change in the document's light DOM (created on first use, so the
// module imports where there is no DOM); each host watches its own attributes and shadow tree.
let documentObserver: MutationObserver | undefined;
onMessagesChange(recheck);

/** Reactive controller: resolves lang/dir for its host and re-renders the host when they change. */
export class LocaleController implements ReactiveController {
  private _lang = 'en';
  private _dir: Direction = 'ltr';
  private _format!: Formatter;
  private _messages = -1;
  private observer = new MutationObserver(() => this.hostUpdate());

  /** Adds itself to `host` and resolves at once, so `format` and `t()` work before the first render. */
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.hostUpdate();
  }

  /** Resolved BCP 47 tag, e.g. 'fa', 'ar-SA', 'en-US'. */
  get lang(): string {
    return this._lang;
  }

  /** Resolved direction. */
  get dir(): Direction {
    return this._dir;
  }

  /** True when the direction is right to left. */
  get rtl(): boolean {
    return this._dir == 'rtl';
  }

  /** The formatter for `lang` and the host's `numbering` and `calendar` attributes. */
  get format(): Formatter {
    return this._format;
  }

  /** The message `key` in the host's language (see `translate`); bound, so `const { t } = locale` works. */
  readonly t = (key: string, params?: Record<string, string | number>): string =>
    translate(this._format, key, params);

  /** Starts watching: the document's lang/dir, and the host's own attributes and shadow root. */
  hostConnected(): void {
    live.add(this);
    (documentObserver ??= new MutationObserver(recheck)).observe(document.documentElement, {
      subtree: true,
      attributeFilter: ['lang', 'dir'],
    });
    const h = this.host;
    this.observer.observe(h, { attributeFilter: OWN });
    const root = h.getRootNode();
    // A host inside another element's shadow root: the document observer cannot see that tree.
    if (root instanceof ShadowRoot) {
      this.observer.observe(root, { subtree: true, attributeFilter: OWN.slice(0, 2) });
    }
    this.hostUpdate();
  }

  /** Stops watching. */
  hostDisconnected(): void {
    live.delete(this);
    this.observer.disconnect();
    if (!live.size) documentObserver?.disconnect();
  }

  /**
   * Re-resolves language, direction and formatter; requests a render only when one of them or the
   * registered messages changed.
   * Lit calls it before every update, so a change the observers could not see (an ancestor in an
   * outer shadow root) is still caught at the host's next render.
   */
  hostUpdate(): void {
    const h = this.host;
    const lang = resolveLang(h);
    const dir = resolveDir(h, lang);
    const format = getFormatter({
      locale: lang,
      numbering: h.getAttribute('numbering'),
      calendar: h.getAttribute('calendar'),
    });
    const messages = messagesVersion();
    if (lang != this._lang || dir != this._dir || format != this._format || messages != this._messages) {
      this._messages = messages;
      this._lang = lang;
      this._dir = dir;
      this._format = format;
      h.requestUpdate();
    }
  }
}
