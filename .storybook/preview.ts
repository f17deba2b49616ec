/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';

// The manifest `npm run manifest` writes (the storybook scripts run it first) gives every
// element's docs page its attributes, properties, events, parts and custom properties.
const [manifest] = Object.values(
  import.meta.glob('../dist/custom-elements.json', { eager: true, import: 'default' }),
);
if (manifest) setCustomElementsManifest(manifest);

/**
 * Toolbar globals: every story can be seen in en/fa/ar, LTR/RTL, light/dark. The wrapper carries
 * `lang`, `dir` and the colour scheme the way a host page would, so elements resolve them as they
 * do in production (from the closest ancestor).
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the host page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fa', title: 'فارسی' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'en');
      const dark = context.globals.theme === 'dark';
      const host = document.documentElement;
      host.lang = locale;
      host.dir = locale === 'fa' || locale === 'ar' ? 'rtl' : 'ltr';
      host.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#111418' : '';
      document.body.style.color = dark ? '#e8eaed' : '';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
