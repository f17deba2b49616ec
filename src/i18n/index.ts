// Public API of the i18n layer: locale and direction resolution, Intl formatting, messages.
export { isRtlLanguage, resolveLang, resolveDir, LocaleController } from './locale.js';
export type { Direction, Numbering } from './locale.js';
export { getFormatter, formatList } from './format.js';
export { formatCurrency, formatDuration } from './measures.js';
export type { Formatter, FormatterOptions } from './format.js';
export { defineMessages, registerMessages, translate, bidiIsolate } from './messages.js';
export type { Message, Catalog } from './messages.js';
