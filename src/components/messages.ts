import { defineMessages } from '../i18n/index.js';

// The strings of every data-loading element (CrmElement: loading, empty, errors), in English,
// Persian and Arabic. Not in src/i18n: the survey loads no data and does not carry them.
defineMessages({
  en: {
    'state.loading': 'Loading…',
    'state.empty': 'No data yet',
    'error.http': 'Could not load {url} (HTTP {status}).',
    'error.timeout': {
      one: '{url} did not answer within {count} second.',
      other: '{url} did not answer within {count} seconds.',
    },
    'error.size': '{url} is larger than {limit} bytes.',
    'error.network': 'Could not reach {url}.',
    'error.json': '{source} is not valid JSON.',
    'error.schema': 'The data is not valid at {field}.',
    'source.inline': 'The inline data',
  },
  fa: {
    'state.loading': 'در حال بارگذاری…',
    'state.empty': 'هنوز داده‌ای نیست',
    'error.http': 'دریافت {url} ممکن نشد (خطای HTTP {status}).',
    'error.timeout': '{url} ظرف {count} ثانیه پاسخ نداد.',
    'error.size': '{url} بزرگ‌تر از {limit} بایت است.',
    'error.network': 'دسترسی به {url} ممکن نشد.',
    'error.json': '{source} قالب JSON معتبری ندارد.',
    'error.schema': 'داده‌ها در {field} معتبر نیستند.',
    'source.inline': 'داده‌های درون صفحه',
  },
  ar: {
    'state.loading': 'جارٍ التحميل…',
    'state.empty': 'لا توجد بيانات بعد',
    'error.http': 'تعذّر تحميل {url} (خطأ HTTP {status}).',
    'error.timeout': {
      zero: 'لم يستجب {url} خلال {count} ثانية.',
      one: 'لم يستجب {url} خلال ثانية واحدة.',
      two: 'لم يستجب {url} خلال ثانيتين.',
      few: 'لم يستجب {url} خلال {count} ثوانٍ.',
      other: 'لم يستجب {url} خلال {count} ثانية.',
    },
    'error.size': 'حجم {url} أكبر من {limit} بايت.',
    'error.network': 'تعذّر الوصول إلى {url}.',
    'error.json': 'تعذّرت قراءة {source}: صيغة JSON غير صالحة.',
    'error.schema': 'البيانات غير صالحة في الحقل {field}.',
    'source.inline': 'البيانات المضمّنة في الصفحة',
  },
});
