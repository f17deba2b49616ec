import { defineMessages } from '../../i18n/index.js';
import '../delta-messages.js';

// Every string <nps-gauge> shows or announces, in English, Persian and Arabic.
defineMessages({
  en: {
    'delta.notSignificant': 'not significant',
    'nps.title': 'Net Promoter Score',
    'nps.summary':
      '{title} {score} (±{margin}) {from}: {promoters} promoters, {passives} passives, {detractors} detractors',
    'nps.from': { one: 'from {count} response', other: 'from {count} responses' },
    'nps.promoters': 'Promoters',
    'nps.passives': 'Passives',
    'nps.detractors': 'Detractors',
    'nps.responses': { one: '{count} response', other: '{count} responses' },
    'nps.margin': '±{margin}',
    'nps.empty': 'No responses yet',
    'nps.small': 'Too few responses to trust this score (fewer than {min}).',
    'nps.target': 'Target {target}',
    'nps.previous': 'vs previous period',
    'nps.changed': '{title} is now {score}',
  },
  fa: {
    'delta.notSignificant': 'معنادار نیست',
    'nps.title': 'خالص امتیاز ترویج‌کنندگان',
    'nps.summary':
      '{title} {score} (±{margin}) {from}: {promoters} مروج، {passives} منفعل، {detractors} منتقد',
    'nps.from': 'از {count} پاسخ',
    'nps.promoters': 'مروجان',
    'nps.passives': 'منفعل‌ها',
    'nps.detractors': 'منتقدان',
    'nps.responses': '{count} پاسخ',
    'nps.margin': '±{margin}',
    'nps.empty': 'هنوز پاسخی نرسیده است',
    'nps.small': 'پاسخ‌ها برای اتکا به این امتیاز کم است (کمتر از {min}).',
    'nps.target': 'هدف {target}',
    'nps.previous': 'نسبت به دورهٔ قبل',
    'nps.changed': '{title} اکنون {score} است',
  },
  ar: {
    'delta.notSignificant': 'غير دالّ إحصائيًا',
    'nps.title': 'صافي نقاط الترويج',
    'nps.summary':
      '{title} {score} (±{margin}) {from}: {promoters} مروّجون، {passives} محايدون، {detractors} منتقدون',
    'nps.from': {
      zero: 'من {count} إجابة',
      one: 'من إجابة واحدة',
      two: 'من إجابتين',
      few: 'من {count} إجابات',
      other: 'من {count} إجابة',
    },
    'nps.promoters': 'المروّجون',
    'nps.passives': 'المحايدون',
    'nps.detractors': 'المنتقدون',
    'nps.responses': {
      zero: '{count} إجابة',
      one: 'إجابة واحدة',
      two: 'إجابتان',
      few: '{count} إجابات',
      other: '{count} إجابة',
    },
    'nps.margin': '±{margin}',
    'nps.empty': 'لا توجد إجابات بعد',
    'nps.small': 'الإجابات أقل من أن يُعتمد على هذه النتيجة (أقل من {min}).',
    'nps.target': 'الهدف {target}',
    'nps.previous': 'مقارنة بالفترة السابقة',
    'nps.changed': '{title} الآن {score}',
  },
});
