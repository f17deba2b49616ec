import { defineMessages } from '../../i18n/index.js';

// Every string <breakdown-bars> shows or reads out, in English, Persian and Arabic.
defineMessages({
  en: {
    'bars.title': 'Breakdown',
    'bars.other': 'Other',
    'bars.change': '{value} vs previous period',
    'bars.col.label': 'Category',
    'bars.col.value': 'Value',
    'bars.col.share': 'Share',
    'bars.col.previous': 'Previous period',
    'bars.col.change': 'Change',
  },
  fa: {
    'bars.title': 'تفکیک',
    'bars.other': 'سایر',
    'bars.change': '{value} نسبت به دورهٔ قبل',
    'bars.col.label': 'دسته',
    'bars.col.value': 'مقدار',
    'bars.col.share': 'سهم',
    'bars.col.previous': 'دورهٔ قبل',
    'bars.col.change': 'تغییر',
  },
  ar: {
    'bars.title': 'التوزيع',
    'bars.other': 'أخرى',
    'bars.change': '{value} مقارنة بالفترة السابقة',
    'bars.col.label': 'الفئة',
    'bars.col.value': 'القيمة',
    'bars.col.share': 'الحصة',
    'bars.col.previous': 'الفترة السابقة',
    'bars.col.change': 'التغيّر',
  },
});
