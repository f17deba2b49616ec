import { defineMessages } from '../../i18n/index.js';

// <nps-survey>'s own strings, the keys the survey engine asks a kind for: `nps.question` (with
// {brand}), `nps.questionUs` (without a brand), the end labels `nps.low` / `nps.high`, and one
// follow-up per category (`nps.detractor`, `nps.passive`, `nps.promoter`).
defineMessages({
  en: {
    'nps.question': 'How likely are you to recommend {brand} to a friend or colleague?',
    'nps.questionUs': 'How likely are you to recommend us to a friend or colleague?',
    'nps.low': 'Not at all likely',
    'nps.high': 'Extremely likely',
    'nps.detractor': 'What could we do better?',
    'nps.passive': 'What would make your experience even better?',
    'nps.promoter': 'What do you like most about us?',
  },
  fa: {
    'nps.question': 'چقدر احتمال دارد {brand} را به دوست یا همکار خود توصیه کنید؟',
    'nps.questionUs': 'چقدر احتمال دارد ما را به دوست یا همکار خود توصیه کنید؟',
    'nps.low': 'اصلاً احتمال ندارد',
    'nps.high': 'بسیار محتمل است',
    'nps.detractor': 'چه کاری را می‌توانستیم بهتر انجام دهیم؟',
    'nps.passive': 'چه چیزی تجربهٔ شما را بهتر می‌کند؟',
    'nps.promoter': 'چه چیزی را در ما بیش از همه می‌پسندید؟',
  },
  ar: {
    'nps.question': 'ما مدى احتمال أن توصي بـ{brand} لصديق أو زميل؟',
    'nps.questionUs': 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
    'nps.low': 'غير محتمل إطلاقًا',
    'nps.high': 'محتمل جدًا',
    'nps.detractor': 'ما الذي يمكننا تحسينه؟',
    'nps.passive': 'ما الذي يجعل تجربتك أفضل؟',
    'nps.promoter': 'ما أكثر ما يعجبك فينا؟',
  },
});
