import type { Catalog } from '../../i18n/index.js';

// The export's words, in the chunk that needs them: the menu's items, and the headers and row
// names of the key/value tables of single-value charts (<nps-gauge>, <kpi-card>). A plain object,
// registered by the chart when the chunk arrives: importing the catalog code here would tie the
// chunk to the elements' own files.
export const messages: Record<string, Catalog> = {
  en: {
    'export.png': 'PNG image',
    'export.svg': 'SVG image',
    'export.csv': 'CSV data',
    'export.metric': 'Metric',
    'export.value': 'Value',
    'export.previous': 'Previous period',
    'export.change': 'Change vs previous period',
    'export.target': 'Target',
    'export.margin': 'Margin of error',
    'export.responses': 'Responses',
  },
  fa: {
    'export.png': 'تصویر PNG',
    'export.svg': 'تصویر SVG',
    'export.csv': 'داده‌ها (CSV)',
    'export.metric': 'شاخص',
    'export.value': 'مقدار',
    'export.previous': 'دورهٔ قبل',
    'export.change': 'تغییر نسبت به دورهٔ قبل',
    'export.target': 'هدف',
    'export.margin': 'حاشیهٔ خطا',
    'export.responses': 'پاسخ‌ها',
  },
  ar: {
    'export.png': 'صورة PNG',
    'export.svg': 'صورة SVG',
    'export.csv': 'البيانات (CSV)',
    'export.metric': 'المؤشر',
    'export.value': 'القيمة',
    'export.previous': 'الفترة السابقة',
    'export.change': 'التغيّر مقارنة بالفترة السابقة',
    'export.target': 'الهدف',
    'export.margin': 'هامش الخطأ',
    'export.responses': 'الإجابات',
  },
};
