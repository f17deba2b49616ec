import { defineMessages } from '../i18n/index.js';

// The words of a change since the previous period, shared by <nps-gauge> and <kpi-card> (and only
// them: the other elements do not carry these strings).
defineMessages({
  en: { 'delta.up': 'up {value}', 'delta.down': 'down {value}', 'delta.same': 'unchanged' },
  fa: { 'delta.up': 'افزایش {value}', 'delta.down': 'کاهش {value}', 'delta.same': 'بدون تغییر' },
  ar: { 'delta.up': 'ارتفاع {value}', 'delta.down': 'انخفاض {value}', 'delta.same': 'دون تغيير' },
});
