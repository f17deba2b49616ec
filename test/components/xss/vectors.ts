// Classic XSS vectors (issue 17, "Injection"), and the checks every place they are put in must
// pass: the vector is shown as text, no script ran (every vector calls `window.__xss()` or
// `alert()`, both counted), no policy violation, and no element the element's own template does
// not draw appeared in any of its shadow roots.
import { expect } from '@open-wc/testing';

/** Each one calls `__xss()` (or `alert`) if it ever runs. No leading or trailing white space. */
export const VECTORS: readonly string[] = [
  '<script>__xss()</script>',
  '<SCRIPT SRC=data:text/javascript,__xss()></SCRIPT>',
  '<img src=x onerror=__xss()>',
  '<img src="x" onerror="__xss()">',
  '<IMG SRC=javascript:__xss()>',
  '<svg onload=__xss()>',
  '<svg><script>__xss()</script></svg>',
  '<svg><animate onbegin=__xss() attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  '"><script>__xss()</script>',
  "'><img src=x onerror=__xss()>",
  '"><svg/onload=__xss()>',
  '</p><img src=x onerror=__xss()>',
  '</title><script>__xss()</script>',
  '</textarea><script>__xss()</script>',
  '</noscript><img src=x onerror=__xss()>',
  '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  '</style><script>__xss()</script>',
  '<style>@import "javascript:__xss()";</style>',
  '</template><script>__xss()</script>',
  '<template><img src=x onerror=__xss()></template>',
  '<iframe src="javascript:__xss()"></iframe>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<object data="javascript:__xss()"></object>',
  '<embed src="javascript:__xss()">',
  '<a href="javascript:__xss()">x</a>',
  '<a href="jav&#x09;ascript:__xss()">x</a>',
  'javascript:__xss()',
  'JaVaScRiPt:__xss()',
  'data:text/html,<script>__xss()</script>',
  '<body onload=__xss()>',
  '<details open ontoggle=__xss()>',
  '<input autofocus onfocus=__xss()>',
  '<video><source onerror=__xss()></video>',
  '<marquee onstart=__xss()>',
  '<div style="background:url(javascript:__xss())">',
  '<base href="javascript:__xss()//">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss()">',
  '<form action="javascript:__xss()"><button>x</button></form>',
  '&lt;script&gt;__xss()&lt;/script&gt;',
  '&#60;img src=x onerror=__xss()&#62;',
  '%3Cscript%3E__xss()%3C/script%3E',
  '\\u003cscript\\u003e__xss()\\u003c/script\\u003e',
  '{{constructor.constructor("__xss()")()}}',
  '${__xss()}',
  '`${__xss()}`',
  '<!--<img src="--><img src=x onerror=__xss()//">',
  '<![CDATA[<script>__xss()</script>]]>',
  "$&$`$'$$$1<img src=x onerror=__xss()>",
  '\u202e<img src=x onerror=__xss()>123',
  '\u2066\u202e"><svg onload=__xss()>\u2069',
  '<x contenteditable onfocus=__xss() autofocus>',
];

/** Script that a vector ran, or a violation the page reported. */
export const hits = { calls: 0, violations: 0 };
const w = window as unknown as { __xss: () => void; alert: (m?: unknown) => void };
w.__xss = () => void hits.calls++;
w.alert = () => void hits.calls++;
document.addEventListener('securitypolicyviolation', () => void hits.violations++);

/** How many vector × place checks ran, per element (printed by each suite's `after`). */
export const counted = new Map<string, number>();
export const count = (tag: string): void => void counted.set(tag, (counted.get(tag) ?? 0) + 1);

/** Every shadow root at or below `el`, recursively. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    roots.push(root);
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return roots;
}

const elements = (el: Element): Element[] => shadowRoots(el).flatMap((r) => [...r.querySelectorAll('*')]);

/** The tag names drawn in the element's shadow roots: its own template's, read with harmless data. */
export const tagsOf = (el: Element): Set<string> => new Set(elements(el).map((e) => e.localName));

/** All text of the shadow roots (recursively), with the values of text fields. */
export const shownText = (el: Element): string =>
  shadowRoots(el)
    .map((r) => r.textContent ?? '')
    .concat(elements(el).flatMap((e) => (e instanceof HTMLTextAreaElement ? [e.value] : [])))
    .join('\n');

/**
 * The accessible names given in the shadow roots: aria-label, the text aria-labelledby points at,
 * and the content of buttons (named from their content).
 */
export function names(el: Element): string[] {
  const out: string[] = [];
  for (const root of shadowRoots(el))
    for (const e of root.querySelectorAll('[aria-label], [aria-labelledby]')) {
      const label = e.getAttribute('aria-label');
      if (label !== null) out.push(label);
      const by = e.getAttribute('aria-labelledby');
      if (by)
        out.push(
          by
            .split(/\s+/)
            .map((id) => root.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
    }
  for (const root of shadowRoots(el))
    for (const e of root.querySelectorAll('button, [role="button"], [role="radio"]'))
      if (!e.hasAttribute('aria-label') && !e.hasAttribute('aria-labelledby')) out.push(e.textContent ?? '');
  return out;
}

const FOREIGN = 'script, iframe, object, embed, frame, frameset, base, meta, link, form, noscript, template';

/**
 * The checks of one vector in one place: shown verbatim as text (and in an accessible name when
 * `name`), no script ran, no violation, no foreign element nor event-handler or javascript: URL
 * attribute in any shadow root.
 */
export function check(
  tag: string,
  el: Element,
  vector: string,
  own: Set<string>,
  where: string,
  { name = false, shown = true }: { name?: boolean; shown?: boolean } = {},
): void {
  const at = `${tag} ${where} ${JSON.stringify(vector)}`;
  if (shown) expect(shownText(el), `${at}: shown as text`).to.include(vector);
  if (name)
    expect(
      names(el).some((n) => n.includes(vector)),
      `${at}: in an accessible name`,
    ).to.equal(true);
  expect(hits.calls, `${at}: a vector ran`).to.equal(0);
  expect(hits.violations, `${at}: a policy violation`).to.equal(0);
  for (const e of elements(el)) {
    expect(own.has(e.localName), `${at}: a foreign <${e.localName}>`).to.equal(true);
    expect(e.matches(FOREIGN), `${at}: a <${e.localName}>`).to.equal(false);
    for (const a of e.attributes) {
      expect(a.name.startsWith('on'), `${at}: attribute ${a.name} on <${e.localName}>`).to.equal(false);
      if (/^(href|src|xlink:href|action|formaction|data|srcdoc)$/.test(a.name))
        expect(/^\s*(javascript|data):/i.test(a.value), `${at}: ${a.name}=${a.value}`).to.equal(false);
    }
  }
  count(tag);
}

/** After the last check: script a vector might run late (an image's error event) has had its turn. */
export async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  expect(hits.calls, 'a vector ran').to.equal(0);
  expect(hits.violations, 'a policy violation').to.equal(0);
}

/** The three languages the kit ships. */
export const LANGS = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'fa', dir: 'rtl' },
  { lang: 'ar', dir: 'rtl' },
] as const;
