// The custom-elements manifest (dist/custom-elements.json): every element's attributes,
// properties, events, slots, CSS parts and custom properties, read from the JSDoc tags.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/messages.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
};
