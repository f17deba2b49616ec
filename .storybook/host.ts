// The host page every story is shown in: the toolbar's language and colour scheme, carried by the
// document the way a host page would carry them. Kept apart from preview.ts (which reads the
// manifest through Vite's import.meta.glob) so the story tests (test/stories/) decorate every
// story with this very code.
import type { Decorator, Preview } from '@storybook/web-components-vite';

/** Toolbar globals: every story can be seen in en/fa/ar, LTR/RTL, light/dark. */
export const globalTypes: Preview['globalTypes'] = {
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
};

export const initialGlobals = { locale: 'en', theme: 'light' };

/** The page background and text colour of the dark host page. */
export const DARK_PAGE = { background: '#111418', color: '#e8eaed' };

/**
 * Sets `lang`, `dir` and the colour scheme on the document, and the dark page's colours on the
 * body, so elements resolve them as they do in production (from the closest ancestor).
 */
export const hostDecorator: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const dark = context.globals.theme === 'dark';
  const host = document.documentElement;
  host.lang = locale;
  host.dir = locale === 'fa' || locale === 'ar' ? 'rtl' : 'ltr';
  host.style.colorScheme = dark ? 'dark' : 'light';
  document.body.style.background = dark ? DARK_PAGE.background : '';
  document.body.style.color = dark ? DARK_PAGE.color : '';
  return story();
};
