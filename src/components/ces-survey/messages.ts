import { defineMessages } from '../../i18n/index.js';

// <ces-survey>'s own strings, the keys the survey engine asks a kind for (`ces.question` with
// {brand}, `ces.questionUs`, the end labels `ces.low` / `ces.high`, a follow-up per category).
defineMessages({
  en: {
    'ces.question': '{brand} made it easy for me to handle my issue.',
    'ces.questionUs': 'You made it easy for me to handle my issue.',
    'ces.low': 'Strongly disagree',
    'ces.high': 'Strongly agree',
    'ces.hard': 'What made it hard?',
    'ces.neutral': 'What would have made it easier?',
    'ces.easy': 'What made it easy?',
  },
  fa: {
    'ces.question': '{brand} رسیدگی به مشکلم را برایم آسان کرد.',
    'ces.questionUs': 'شما رسیدگی به مشکلم را برایم آسان کردید.',
    'ces.low': 'کاملاً مخالفم',
    'ces.high': 'کاملاً موافقم',
    'ces.hard': 'چه چیزی کار را دشوار کرد؟',
    'ces.neutral': 'چه چیزی کار را آسان‌تر می‌کرد؟',
    'ces.easy': 'چه چیزی کار را آسان کرد؟',
  },
  ar: {
    'ces.question': 'كان حلّ مشكلتي مع {brand} سهلًا.',
    'ces.questionUs': 'كان حلّ مشكلتي معكم سهلًا.',
    'ces.low': 'لا أوافق بشدة',
    'ces.high': 'أوافق بشدة',
    'ces.hard': 'ما الذي جعل الأمر صعبًا؟',
    'ces.neutral': 'ما الذي كان سيجعل الأمر أسهل؟',
    'ces.easy': 'ما الذي جعل الأمر سهلًا؟',
  },
});
