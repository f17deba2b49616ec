// The custom-elements manifest (dist/custom-elements.json): every element's attributes,
// properties, events, slots, CSS parts and custom properties, read from the JSDoc tags.
// From it, at build time, the framework types (see `frameworkTypes` below):
//   dist/types/jsx.d.ts  React 19, Preact, Solid (and any JSX): `crm-widgets/react`, `/preact`, `/solid`
//   dist/types/vue.d.ts  Vue 3 `GlobalComponents`: `crm-widgets/vue`
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const TYPES = 'dist/types';
/** What the generated files import the element classes and detail types from: `dist/types/index.d.ts`. */
const FROM = './index.js';
/** Attributes an element reads that are HTMLElement's own properties (the element class has them). */
const HTML_PROPERTIES = new Set(['lang', 'dir']);

/** `low-label` → `lowLabel`: the survey engine gives every property its kebab-case attribute. */
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

const elements = (manifest) =>
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ mod, d })));

/**
 * Two fixes to what the analyzer writes:
 * - A subclass's own type of a member or event wins over its base's (the analyzer's inheritance
 *   copies the base's `type` over it: `declare data: NpsData | undefined` became `unknown`).
 * - An event without a name (the survey engine's `${kind}-${type}`, documented by each survey
 *   with `@fires`) is dropped.
 * - An attribute documented with `@attr` only gets its property as `fieldName`: `low-label` is
 *   `lowLabel` (the survey engine's kebab-case attributes), `lang`/`dir` HTMLElement's own; a
 *   property without a description of its own takes its attribute's.
 */
function manifestFixes() {
  const own = new Map();
  const key = (cls, kind, name) => `${cls}\u0000${kind}\u0000${name}`;
  return {
    name: 'crm-widgets: manifest fixes',
    moduleLinkPhase({ moduleDoc }) {
      for (const d of moduleDoc.declarations ?? [])
        for (const kind of ['members', 'events'])
          for (const item of d[kind] ?? [])
            if (item.name && item.type && !item.inheritedFrom)
              own.set(key(d.name, kind, item.name), item.type);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { d } of elements(customElementsManifest)) {
        for (const kind of ['members', 'events'])
          for (const item of d[kind] ?? []) {
            const type = own.get(key(d.name, kind, item.name));
            if (type) item.type = type;
          }
        if (d.events) d.events = d.events.filter((e) => e.name);
        for (const attr of d.attributes ?? []) {
          if (attr.fieldName) continue;
          const field = camel(attr.name);
          if (HTML_PROPERTIES.has(attr.name)) attr.fieldName = attr.name;
          else if (d.members?.some((m) => m.kind === 'field' && m.name === field)) attr.fieldName = field;
        }
        // The analyzer's own guess of a property's attribute (`lowLabel`) beside the documented
        // one (`low-label`, which the survey engine gives it): the guess goes.
        if (d.attributes)
          d.attributes = d.attributes.filter(
            (a) =>
              a.description ||
              !d.attributes.some(
                (b) => b !== a && b.description && b.fieldName && b.fieldName === a.fieldName,
              ),
          );
        // A property behind a documented attribute is documented by it (one text, in `@attr`).
        for (const m of d.members ?? []) {
          if (m.kind !== 'field') continue;
          const attr = d.attributes?.find((a) => a.fieldName === m.name && a.description);
          if (!attr) continue;
          m.description ??= attr.description;
          m.attribute ??= attr.name;
        }
      }
    },
  };
}

/** The manifest as the generators should see it: only the elements with a tag (not their abstract bases). */
function tagged(manifest) {
  const copy = structuredClone(manifest);
  copy.modules = copy.modules
    .map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).filter((d) => d.customElement && d.tagName),
      exports: (mod.exports ?? []).filter((e) =>
        (mod.declarations ?? []).some((d) => d.customElement && d.tagName && d.name === e.declaration?.name),
      ),
    }))
    .filter((mod) => mod.declarations.length > 0);
  return copy;
}

/** `nps-score` → `NpsScore`: Vue's handler prop is `onNpsScore` (what `@nps-score` compiles to and vue-tsc checks). */
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());

/** Vue's generator wraps the event type in `CustomEvent<…>` itself: give it the detail type, and the handler names Vue uses. */
function forVue(manifest) {
  const copy = tagged(manifest);
  for (const { d } of elements(copy)) {
    // Its props are typed by the class (`KpiCard['…']`): an attribute without a property is left
    // to Vue's fallthrough attributes.
    if (d.attributes) d.attributes = d.attributes.filter((a) => a.fieldName);
    for (const event of d.events ?? []) {
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      event.description = `\`${event.name}\` (\`@${event.name}\`): ${event.description ?? ''}`;
      event.name = pascal(event.name);
      event.type = detail ? { text: detail } : undefined;
    }
  }
  return copy;
}

/**
 * The generator also declares its components in the global `JSX.IntrinsicElements`, as Vue
 * component constructors: wrong for any JSX (props are checked against the constructor) and in
 * conflict with `jsx.d.ts`. Vue's templates read `GlobalComponents`; Vue's JSX has its own types.
 */
function withoutGlobalJsx(file) {
  const text = readFileSync(file, 'utf8');
  const block = /\ndeclare global \{\n\s*namespace JSX \{\n(?:.*\n)*?\s*\}\n\}\n/;
  if (!block.test(text)) throw new Error(`${file}: the global JSX block to remove was not found`);
  writeFileSync(file, text.replace(block, '\n'));
}

/**
 * An attribute without a property (`<kpi-card>`'s metric inputs: `renewed`, `scale`…) becomes a
 * prop named `undefined` beside its own: dropped. (Hyphenated ones, `due-for-renewal`, need no
 * declaration: TypeScript does not check JSX attribute names with a hyphen.)
 */
function withoutUndefinedProps(file) {
  const text = readFileSync(file, 'utf8').replace(
    /\n\s*\/\*\*[^\n]*\*\/\n\s*"?(prop:)?undefined"?\?:[^\n]*;(?=\n)/g,
    '',
  );
  if (/\bundefined"?\?:/.test(text)) throw new Error(`${file}: a prop named undefined is left`);
  writeFileSync(file, text);
}

/**
 * The generator's `ref` takes the element or a callback; React's and Preact's `useRef` give an
 * object `{ current }`, the usual ref: it is added.
 */
function withObjectRefs(file) {
  const text = readFileSync(file, 'utf8');
  const ref = 'ref?: (T | ((e: T) => void)) | undefined;';
  if (!text.includes(ref)) throw new Error(`${file}: the ref prop to widen was not found`);
  writeFileSync(file, text.replace(ref, 'ref?: (T | ((e: T) => void) | { current: T | null }) | undefined;'));
}

/** The generator imports a detail type once per element that fires it (`CrmErrorDetail`): a duplicate identifier. */
function withUniqueImports(file) {
  const text = readFileSync(file, 'utf8').replace(
    /^import type \{([^}]*)\} from "([^"]+)";$/gm,
    (_, names, from) =>
      `import type { ${[
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ].join(', ')} } from "${from}";`,
  );
  writeFileSync(file, text);
}

function frameworkTypes() {
  return {
    name: 'crm-widgets: framework types',
    packageLinkPhase({ customElementsManifest }) {
      // Element classes and detail types come from the package's own declarations; the props'
      // types are the classes' (`NpsGauge['data']`), events' from `@fires {CustomEvent<…>}`.
      generateJsxTypes(tagged(customElementsManifest), {
        outdir: TYPES,
        fileName: 'jsx.d.ts',
        globalTypePath: FROM,
        stronglyTypedEvents: true,
      });
      withoutUndefinedProps(`${TYPES}/jsx.d.ts`);
      withObjectRefs(`${TYPES}/jsx.d.ts`);
      generateVuejsTypes(forVue(customElementsManifest), {
        outdir: TYPES,
        fileName: 'vue.d.ts',
        globalTypePath: FROM,
        hideLogs: true,
      });
      withoutGlobalJsx(`${TYPES}/vue.d.ts`);
      withUniqueImports(`${TYPES}/vue.d.ts`);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/messages.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [manifestFixes(), frameworkTypes()],
};
