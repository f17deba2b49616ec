/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { globalTypes, hostDecorator, initialGlobals } from './host.js';

// The manifest `npm run manifest` writes (the storybook scripts run it first) gives every
// element's docs page its attributes, properties, events, parts and custom properties.
const [manifest] = Object.values(
  import.meta.glob('../dist/custom-elements.json', { eager: true, import: 'default' }),
);
if (manifest) setCustomElementsManifest(manifest);

/**
 * Toolbar globals: every story can be seen in en/fa/ar, LTR/RTL, light/dark. The decorator
 * (./host.ts, shared with the story tests) carries `lang`, `dir` and the colour scheme the way a
 * host page would, so elements resolve them as they do in production (from the closest ancestor).
 */
const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [hostDecorator],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
