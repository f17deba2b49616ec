import { defineMessages } from '../../i18n/index.js';

// Every string the survey engine shows or announces whatever the kind, in English, Persian and
// Arabic. A kind's own strings (question, end labels, follow-ups) are `<kind>.*` keys: see
// ../nps-survey/messages.ts.
defineMessages({
  en: {
    'survey.optional': 'optional',
    'survey.counter': '{count}/{max}',
    'survey.send': 'Send',
    'survey.skip': 'Skip',
    'survey.thanks': 'Thank you for your feedback!',
    'survey.queued': 'Your answer is saved on this device and will be sent when the connection is back.',
    'survey.rejected': 'Your answer could not be sent (HTTP {status}).',
    'survey.close': 'Close the survey',
    'survey.required': 'Please choose a score from {min} to {max}.',
    'survey.trap': 'Leave this field empty',
  },
  fa: {
    'survey.optional': 'اختیاری',
    'survey.send': 'ارسال',
    'survey.skip': 'رد شدن',
    'survey.thanks': 'از بازخورد شما سپاسگزاریم!',
    'survey.queued': 'پاسخ شما روی همین دستگاه ذخیره شد و پس از برقراری اتصال ارسال می‌شود.',
    'survey.rejected': 'ارسال پاسخ شما ممکن نشد (خطای HTTP {status}).',
    'survey.close': 'بستن نظرسنجی',
    'survey.required': 'لطفاً امتیازی از {min} تا {max} انتخاب کنید.',
    'survey.trap': 'این فیلد را خالی بگذارید',
  },
  ar: {
    'survey.optional': 'اختياري',
    'survey.send': 'إرسال',
    'survey.skip': 'تخطٍّ',
    'survey.thanks': 'شكرًا لك على ملاحظاتك!',
    'survey.queued': 'حُفظت إجابتك على هذا الجهاز وستُرسل عند عودة الاتصال.',
    'survey.rejected': 'تعذّر إرسال إجابتك (خطأ HTTP {status}).',
    'survey.close': 'إغلاق الاستبيان',
    'survey.required': 'يُرجى اختيار درجة من {min} إلى {max}.',
    'survey.trap': 'اترك هذا الحقل فارغًا',
  },
});
