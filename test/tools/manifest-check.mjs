// Fails when dist/custom-elements.json (`npm run manifest`) leaves part of an element's public API
// undocumented: every element, attribute, public property, event, slot, CSS part and CSS custom
// property needs a description, and every event a type (`@fires {CustomEvent<Detail>} name`),
// which the generated React and Vue types give its handlers. Each problem is named:
//   nps-gauge: property `data` has no description
// It cannot pass on an empty or partial manifest: every element folder (src/components/<el>/index.ts)
// must be there as a tagged element.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The manifest to check: dist's, or the file named on the command line. */
const file = process.argv[2] ?? `${root}dist/custom-elements.json`;
if (!existsSync(file)) {
  console.error(`manifest-check: ${file} is missing; run npm run build (or npm run manifest) first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(file, 'utf8'));

const folders = readdirSync(`${root}src/components`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}src/components/${d.name}/index.ts`))
  .map((d) => d.name);
const elements = (manifest.modules ?? []).flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement && d.tagName),
);

const problems = [];
const described = (item) => typeof item?.description === 'string' && item.description.trim().length > 0;
const isPublic = (m) =>
  m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !/^[_#]/.test(m.name ?? '');

if (folders.length < 8)
  problems.push(`expected at least 8 element folders in src/components, found ${folders.length}`);
for (const folder of folders)
  if (!elements.some((el) => el.tagName === folder)) problems.push(`<${folder}> is not in the manifest`);

let checked = 0;
for (const el of elements) {
  const at = el.tagName;
  const need = (item, what) => {
    checked++;
    if (!described(item)) problems.push(`${at}: ${what} has no description`);
  };
  if (!described(el) && !el.summary?.trim()) problems.push(`${at}: the element has no description`);
  for (const attr of el.attributes ?? []) need(attr, `attribute \`${attr.name}\``);
  for (const m of el.members ?? []) if (m.kind === 'field' && isPublic(m)) need(m, `property \`${m.name}\``);
  for (const event of el.events ?? []) {
    if (!event.name) {
      problems.push(`${at}: an event without a name (type ${event.type?.text ?? '?'})`);
      continue;
    }
    need(event, `event \`${event.name}\``);
    if (!event.type?.text || event.type.text === 'CustomEvent' || event.type.text === 'Event')
      problems.push(
        `${at}: event \`${event.name}\` has no detail type (\`@fires {CustomEvent<Detail>} ${event.name}\`)`,
      );
  }
  for (const slot of el.slots ?? []) need(slot, `slot \`${slot.name || '(default)'}\``);
  for (const part of el.cssParts ?? []) need(part, `CSS part \`${part.name}\``);
  for (const prop of el.cssProperties ?? []) need(prop, `CSS custom property \`${prop.name}\``);
}

if (problems.length) {
  console.error(`manifest-check: ${problems.length} problem(s) in ${file}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `manifest-check: ${elements.length} elements, ${checked} documented attributes, properties, events, slots, parts and custom properties`,
);
