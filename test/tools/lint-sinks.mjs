// Proves that eslint.config.js fails the build on every HTML or code sink in src/ (issue 17,
// "Injection"): each snippet below, linted as if it were a file of src/components/, must be
// reported by the rule named beside it. Exits 1 (naming the snippet) if one is not.
//   node test/tools/lint-sinks.mjs
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** [rule that must report it, snippet of browser code in src/] */
const SINKS = [
  ['no-restricted-properties', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
  ['no-restricted-properties', 'export const f = (el: HTMLElement, s: string) => { el.outerHTML = s; };'],
  [
    'no-restricted-properties',
    "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);",
  ],
  ['no-restricted-properties', 'export const f = (s: string) => document.write(s);'],
  ['no-restricted-properties', 'export const f = (s: string) => document.writeln(s);'],
  ['no-restricted-properties', 'export const f = (el: HTMLIFrameElement, s: string) => { el.srcdoc = s; };'],
  ['no-restricted-properties', 'export const f = (el: HTMLElement, s: string) => el.setHTMLUnsafe(s);'],
  [
    'no-restricted-properties',
    'export const f = (s: string) => document.createRange().createContextualFragment(s);',
  ],
  [
    'no-restricted-imports',
    "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport { unsafeHTML };",
  ],
  [
    'no-restricted-imports',
    "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport { unsafeSVG };",
  ],
  ['no-eval', 'export const f = (s: string): unknown => eval(s);'],
  ['no-new-func', "export const f = (s: string) => new Function('x', s);"],
  ['no-new-func', 'export const f = (s: string) => Function(s);'],
  ['no-implied-eval', "export const f = (s: string) => setTimeout('run(' + s + ')', 1);"],
  [
    'no-restricted-syntax',
    "import { html } from 'lit';\nexport const f = (s: string) => html`<iframe srcdoc=${s}></iframe>`;",
  ],
  [
    'no-restricted-syntax',
    "import { html } from 'lit';\nexport const f = (s: string) => html`<img onerror=${s} />`;",
  ],
];

const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}/eslint.config.js` });
const filePath = `${root}/src/components/lint-sinks-probe.ts`;
let missed = 0;
for (const [rule, code] of SINKS) {
  const [result] = await eslint.lintText(code, { filePath });
  const rules = (result?.messages ?? []).map((m) => m.ruleId);
  if (!rules.includes(rule)) {
    missed++;
    console.error(`not reported by ${rule}: ${code}\n  (reported: ${rules.join(', ') || 'nothing'})`);
  }
}
// A harmless file of src/ stays clean of these rules, so the check above is not vacuous.
const [clean] = await eslint.lintText(
  "import { html } from 'lit';\nexport const f = (s: string) => html`<p>${s}</p>`;",
  {
    filePath,
  },
);
const noise = (clean?.messages ?? []).filter((m) => SINKS.some(([rule]) => rule === m.ruleId));
if (noise.length) {
  missed++;
  console.error(`a text binding was reported: ${noise.map((m) => m.message).join('; ')}`);
}
console.log(`lint-sinks: ${missed ? `${missed} check(s) failed` : `all ${SINKS.length} sinks reported`}`);
process.exit(missed ? 1 : 0);
