import { defineMessages } from '../../i18n/index.js';

// <csat-survey>'s own strings (from /SURVEY-STRINGS.md of issue 14), the keys the survey engine asks
// a kind for: `csat.question` (with {subject}), `csat.questionUs` (without one), the end labels, one
// follow-up per category; and CSAT's own `csat.labels`, the five answers 1–5 separated by "|" (with
// the number, the accessible names of the stars and faces).
defineMessages({
  en: {
    'csat.question': 'How satisfied were you with {subject}?',
    'csat.questionUs': 'How satisfied were you with your experience?',
    'csat.labels': 'Very unsatisfied|Unsatisfied|Neutral|Satisfied|Very satisfied',
    'csat.low': 'Very unsatisfied',
    'csat.high': 'Very satisfied',
    'csat.satisfied': 'What did you like most?',
    'csat.neutral': 'What would have made your experience better?',
    'csat.unsatisfied': "We're sorry. What should we do better?",
  },
  fa: {
    'csat.question': 'چقدر از {subject} راضی بودید؟',
    'csat.questionUs': 'چقدر از تجربهٔ خود راضی بودید؟',
    'csat.labels': 'بسیار ناراضی|ناراضی|نه راضی، نه ناراضی|راضی|بسیار راضی',
    'csat.low': 'بسیار ناراضی',
    'csat.high': 'بسیار راضی',
    'csat.satisfied': 'چه چیزی را بیش از همه پسندیدید؟',
    'csat.neutral': 'چه چیزی می‌توانست تجربهٔ شما را بهتر کند؟',
    'csat.unsatisfied': 'متأسفیم. چه چیزی را باید بهتر کنیم؟',
  },
  ar: {
    'csat.question': 'ما مدى رضاك عن {subject}؟',
    'csat.questionUs': 'ما مدى رضاك عن تجربتك؟',
    'csat.labels': 'غير راضٍ تمامًا|غير راضٍ|محايد|راضٍ|راضٍ تمامًا',
    'csat.low': 'غير راضٍ تمامًا',
    'csat.high': 'راضٍ تمامًا',
    'csat.satisfied': 'ما أكثر ما أعجبك؟',
    'csat.neutral': 'ما الذي كان سيجعل تجربتك أفضل؟',
    'csat.unsatisfied': 'نأسف لذلك. ما الذي يمكننا تحسينه؟',
  },
});
