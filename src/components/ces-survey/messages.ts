import { defineMessages } from '../../i18n/index.js';

// <ces-survey>'s own strings, the keys the survey engine asks a kind for (`ces.question` with
// {brand}, `ces.questionUs`, the end labels `ces.low` / `ces.high`, a follow-up per category),
// from SURVEY-STRINGS.md of issue 14 (the "us" form of the statement, as NPS's `questionUs`).
defineMessages({
  en: {
    'ces.question': '{brand} made it easy for me to handle my issue.',
    'ces.questionUs': 'You made it easy for me to handle my issue.',
    'ces.low': 'Strongly disagree',
    'ces.high': 'Strongly agree',
    'ces.hard': 'What made it difficult?',
    'ces.neutral': 'What would have made it easier?',
    'ces.easy': 'What made it easy?',
  },
  fa: {
    'ces.question': '{brand} حل مشکلم را برایم آسان کرد.',
    'ces.questionUs': 'شما حل مشکلم را برایم آسان کردید.',
    'ces.low': 'کاملاً مخالفم',
    'ces.high': 'کاملاً موافقم',
    'ces.hard': 'چه چیزی آن را دشوار کرد؟',
    'ces.neutral': 'چه چیزی می‌توانست آن را آسان‌تر کند؟',
    'ces.easy': 'چه چیزی آن را آسان کرد؟',
  },
  ar: {
    'ces.question': 'كان من السهل عليّ حلّ مشكلتي مع {brand}.',
    'ces.questionUs': 'كان من السهل عليّ حلّ مشكلتي معكم.',
    'ces.low': 'أعارض بشدة',
    'ces.high': 'أوافق بشدة',
    'ces.hard': 'ما الذي جعل الأمر صعبًا؟',
    'ces.neutral': 'ما الذي كان سيجعل الأمر أسهل؟',
    'ces.easy': 'ما الذي جعل الأمر سهلًا؟',
  },
});
