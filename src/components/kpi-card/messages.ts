import { defineMessages, type Catalog } from '../../i18n/index.js';
import { kpiMetrics } from '../../data/index.js';
import '../delta-messages.js';

// Every string <kpi-card> shows, in English, Persian and Arabic, as lists in the order of their keys
// (the keys are not repeated three times in every page): phrases (`kpi.<key>`, PHRASES), metric
// names (`kpi.<id>`, the registry's order), labels of inputs and formula words (`in.<key>`, LABELS).
// English names and labels are their keys written out (`customersAtStart`: "Customers at start").
/** `newCustomers` → `new-customers`. */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A key in English words: `customersAtStart` → "Customers at start", `marketing-roi` → "Marketing ROI". */
const english = (key: string) =>
  kebab(key)
    .replace(/-/g, ' ')
    .replace(/\b(cac|clv|roi|nps|ces|csat)\b/g, (w) => w.toUpperCase())
    .replace(/^./, (c) => c.toUpperCase());

const PHRASES = 'sep better worse pts above below on formula trend needs bad range'.split(' ');
/** Input and formula words in the registry's order (first use), then the details' keys. */
const LABELS = Object.values(kpiMetrics)
  .flatMap((m) => [...m.formula, m.records ?? ''])
  .filter((k, i, a) => /^[a-z]/i.test(k) && a.indexOf(k) == i)
  .concat('withinTarget', 'easyShare', 'interval');
const IDS = Object.keys(kpiMetrics);

/**
 * A catalogue from the phrases, the metric names and the labels of one language ("|"-separated);
 * without names and labels, the keys in English. An empty label is the metric's name (`churnRate`).
 */
const catalog = (phrases: string, names?: string, labels?: string): Catalog => {
  const c: Catalog = {};
  const n = names?.split('|');
  const l = labels?.split('|');
  phrases.split('|').forEach((s, i) => (c[`kpi.${PHRASES[i]}`] = s));
  IDS.forEach((id, i) => (c[`kpi.${id}`] = n ? n[i]! : english(id)));
  LABELS.forEach((k, i) => (c[`in.${k}`] = l?.[i] || c[`kpi.${kebab(k)}`] || english(k)));
  return c;
};

defineMessages({
  en: {
    ...catalog(
      ', |better|worse|{value} pts|{diff} above target {target}|{diff} below target {target}|on target {target}|Formula|Trend|{metric} needs {field}|{metric}: {field} is not valid|{low} – {high}',
    ),
    'in.scores': 'Responses',
    'in.at': 'Date',
    'in.easyShare': 'Easy',
    'in.interval': 'Confidence interval',
  },
  fa: catalog(
    '، |بهتر|بدتر|{value} واحد|{diff} بالاتر از هدف {target}|{diff} پایین‌تر از هدف {target}|مطابق هدف {target}|فرمول|روند|{metric} به {field} نیاز دارد|{metric}: {field} معتبر نیست|{low} تا {high}',
    'نرخ تمدید|نرخ موفقیت فروش|نرخ تبدیل|هزینهٔ جذب مشتری|هزینهٔ حفظ مشتری|ارزش طول عمر مشتری|بازگشت سرمایه|بازگشت سرمایهٔ بازاریابی|درآمد خالص جدید|نرخ ریزش|نرخ ماندگاری|رشد مشتریان|درآمد هر سرنخ|هزینهٔ هر سرنخ|میانگین اندازهٔ معامله|چرخهٔ فروش|خالص امتیاز ترویج‌کنندگان|امتیاز سهولت|رضایت مشتری|زمان اولین پاسخ|زمان حل|موارد در روز|طول رابطه',
    'تمدیدشده|سررسید تمدید|موفق|ناموفق|معاملات|سرنخ‌ها|بازدیدکنندگان|هزینه|مشتریان جدید|مشتریان حفظ‌شده|میانگین درآمد|حاشیهٔ سود ناخالص||عایدی|هزینه|درآمد منتسب|هزینهٔ بازاریابی|درآمد جدید|افزایش درآمد|کاهش درآمد|درآمد ازدست‌رفته|مشتریان ازدست‌رفته|مشتریان در آغاز|مشتریان در پایان|درآمد|میانه|بسته‌شدن|ایجاد|مروجان|منتقدان|منفعل‌ها|پاسخ‌ها|میانگین|راضی|بی‌طرف|ناراضی|اولین پاسخ|باز شدن|تیکت‌ها|حل|روزها|تاریخ|آغاز|مشتریان|در محدودهٔ هدف|آسان|بازهٔ اطمینان',
  ),
  ar: catalog(
    '، |أفضل|أسوأ|{value} نقطة|{diff} فوق الهدف {target}|{diff} دون الهدف {target}|على الهدف {target}|المعادلة|الاتجاه|يحتاج {metric} إلى {field}|{metric}: {field} غير صالح|{low} إلى {high}',
    'معدل التجديد|معدل إغلاق الصفقات|معدل التحويل|تكلفة اكتساب العميل|تكلفة الاحتفاظ بالعميل|القيمة الدائمة للعميل|العائد على الاستثمار|عائد التسويق|صافي الإيراد الجديد|معدل التسرب|معدل الاحتفاظ|نمو العملاء|الإيراد لكل عميل محتمل|التكلفة لكل عميل محتمل|متوسط حجم الصفقة|دورة المبيعات|صافي نقاط الترويج|نقاط جهد العميل|رضا العملاء|زمن الرد الأول|زمن الحل|الحالات يوميًا|مدة العلاقة',
    'المجدَّدة|المستحقة للتجديد|الرابحة|الخاسرة|الصفقات|العملاء المحتملون|الزوار|الإنفاق|العملاء الجدد|العملاء المحتفَظ بهم|متوسط الإيراد|الهامش الإجمالي||العائد|التكلفة|الإيراد المنسوب|تكلفة التسويق|الإيراد الجديد|التوسع|الانكماش|الإيراد المفقود|العملاء المفقودون|العملاء في البداية|العملاء في النهاية|الإيراد|الوسيط|الإغلاق|الإنشاء|المروّجون|المنتقدون|المحايدون|الإجابات|المتوسط|الراضون|المحايدون|غير الراضين|الرد الأول|الفتح|التذاكر|الحل|الأيام|التاريخ|البداية|العملاء|ضمن الهدف|سهلة|فترة الثقة',
  ),
});
