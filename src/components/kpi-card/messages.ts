import { defineMessages, type Catalog } from '../../i18n/index.js';
import { kpiMetrics } from '../../data/index.js';
import '../delta-messages.js';

// Every string <kpi-card> shows, in English, Persian and Arabic. Metric names (`kpi.<id>`, in the
// registry's order) and labels of inputs and formula words (`in.<key>`, in the order of LABELS)
// are written as one list per language: the keys are not repeated three times in every page.
const LABELS =
  'renewed dueForRenewal won lost visitors leads spend newCustomers retainedCustomers averageRevenue grossMargin churnRate gain cost attributedRevenue marketingCost newRevenue expansion contraction churned customersLost customersAtStart customersAtEnd revenue deals promoters passives detractors scores tickets customers closed created firstResponse opened resolved at start days median mean withinTarget easyShare'.split(
    ' ',
  );
const IDS = Object.keys(kpiMetrics);

/** A catalogue from the metric names, the labels and the other strings of one language. */
const catalog = (names: string, labels: string, rest: Catalog): Catalog => {
  const c: Catalog = { ...rest };
  names.split('|').forEach((s, i) => (c[`kpi.${IDS[i]}`] = s));
  labels.split('|').forEach((s, i) => (c[`in.${LABELS[i]}`] = s));
  return c;
};

defineMessages({
  en: catalog(
    'Renewal rate|Close rate|Conversion rate|CAC|Retention cost|CLV|ROI|Marketing ROI|Net new revenue|Churn rate|Retention rate|Customer growth|Revenue per lead|Cost per lead|Average deal size|Sales cycle|NPS|CES|First response time|Resolution time|Cases per day|Relationship length',
    'Renewed|Due for renewal|Won|Lost|Visitors|Leads|Spend|New customers|Retained customers|Average revenue|Gross margin|Churn rate|Gain|Cost|Attributed revenue|Marketing cost|New revenue|Expansion|Contraction|Churned|Customers lost|Customers at start|Customers at end|Revenue|Deals|Promoters|Passives|Detractors|Responses|Tickets|Customers|Closed|Created|First response|Opened|Resolved|Date|Start|Days|Median|Mean|Within target|Easy',
    {
      'kpi.sep': ', ',
      'kpi.better': 'better',
      'kpi.worse': 'worse',
      'kpi.pts': '{value} pts',
      'kpi.above': '{diff} above target {target}',
      'kpi.below': '{diff} below target {target}',
      'kpi.on': 'on target {target}',
      'kpi.formula': 'Formula',
      'kpi.trend': 'Trend',
      'kpi.needs': '{metric} needs {field}',
      'kpi.bad': '{metric}: {field} is not valid',
    },
  ),
  fa: catalog(
    'نرخ تمدید|نرخ موفقیت فروش|نرخ تبدیل|هزینهٔ جذب مشتری|هزینهٔ حفظ مشتری|ارزش طول عمر مشتری|بازگشت سرمایه|بازگشت سرمایهٔ بازاریابی|درآمد خالص جدید|نرخ ریزش|نرخ ماندگاری|رشد مشتریان|درآمد هر سرنخ|هزینهٔ هر سرنخ|میانگین اندازهٔ معامله|چرخهٔ فروش|خالص امتیاز ترویج‌کنندگان|امتیاز سهولت|زمان اولین پاسخ|زمان حل|موارد در روز|طول رابطه',
    'تمدیدشده|سررسید تمدید|موفق|ناموفق|بازدیدکنندگان|سرنخ‌ها|هزینه|مشتریان جدید|مشتریان حفظ‌شده|میانگین درآمد|حاشیهٔ سود ناخالص|نرخ ریزش|عایدی|هزینه|درآمد منتسب|هزینهٔ بازاریابی|درآمد جدید|افزایش درآمد|کاهش درآمد|درآمد ازدست‌رفته|مشتریان ازدست‌رفته|مشتریان در آغاز|مشتریان در پایان|درآمد|معاملات|مروجان|منفعل‌ها|منتقدان|پاسخ‌ها|تیکت‌ها|مشتریان|بسته‌شدن|ایجاد|اولین پاسخ|باز شدن|حل|تاریخ|آغاز|روزها|میانه|میانگین|در محدودهٔ هدف|آسان',
    {
      'kpi.sep': '، ',
      'kpi.better': 'بهتر',
      'kpi.worse': 'بدتر',
      'kpi.pts': '{value} واحد',
      'kpi.above': '{diff} بالاتر از هدف {target}',
      'kpi.below': '{diff} پایین‌تر از هدف {target}',
      'kpi.on': 'مطابق هدف {target}',
      'kpi.formula': 'فرمول',
      'kpi.trend': 'روند',
      'kpi.needs': '{metric} به {field} نیاز دارد',
      'kpi.bad': '{metric}: {field} معتبر نیست',
    },
  ),
  ar: catalog(
    'معدل التجديد|معدل إغلاق الصفقات|معدل التحويل|تكلفة اكتساب العميل|تكلفة الاحتفاظ بالعميل|القيمة الدائمة للعميل|العائد على الاستثمار|عائد التسويق|صافي الإيراد الجديد|معدل التسرب|معدل الاحتفاظ|نمو العملاء|الإيراد لكل عميل محتمل|التكلفة لكل عميل محتمل|متوسط حجم الصفقة|دورة المبيعات|صافي نقاط الترويج|نقاط جهد العميل|زمن الرد الأول|زمن الحل|الحالات يوميًا|مدة العلاقة',
    'المجدَّدة|المستحقة للتجديد|الرابحة|الخاسرة|الزوار|العملاء المحتملون|الإنفاق|العملاء الجدد|العملاء المحتفَظ بهم|متوسط الإيراد|الهامش الإجمالي|معدل التسرب|العائد|التكلفة|الإيراد المنسوب|تكلفة التسويق|الإيراد الجديد|التوسع|الانكماش|الإيراد المفقود|العملاء المفقودون|العملاء في البداية|العملاء في النهاية|الإيراد|الصفقات|المروّجون|المحايدون|المنتقدون|الإجابات|التذاكر|العملاء|الإغلاق|الإنشاء|الرد الأول|الفتح|الحل|التاريخ|البداية|الأيام|الوسيط|المتوسط|ضمن الهدف|سهلة',
    {
      'kpi.sep': '، ',
      'kpi.better': 'أفضل',
      'kpi.worse': 'أسوأ',
      'kpi.pts': '{value} نقطة',
      'kpi.above': '{diff} فوق الهدف {target}',
      'kpi.below': '{diff} دون الهدف {target}',
      'kpi.on': 'على الهدف {target}',
      'kpi.formula': 'المعادلة',
      'kpi.trend': 'الاتجاه',
      'kpi.needs': 'يحتاج {metric} إلى {field}',
      'kpi.bad': '{metric}: {field} غير صالح',
    },
  ),
});
