// The names the collector's aggregates carry (funnel stages, lead sources, ticket channels,
// contracts, the stacked series, answer languages), in the language a dashboard asks for with
// `?lang=`: the demo's pages show them in English, Persian and Arabic. Stored data keeps English
// names; only the response is translated, after every count and comparison is done.
import { QueryError } from './aggregates.js';

export const LANGS = ['en', 'fa', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** English name → [Persian, Arabic]. */
const NAMES: Record<string, [fa: string, ar: string]> = {
  Visitors: ['بازدیدکننده', 'الزوار'],
  Leads: ['سرنخ', 'العملاء المحتملون'],
  Qualified: ['واجد شرایط', 'المؤهلون'],
  Opportunities: ['فرصت فروش', 'الفرص'],
  Won: ['موفق', 'الصفقات الرابحة'],
  'Organic search': ['جست‌وجوی طبیعی', 'البحث العضوي'],
  'Paid search': ['جست‌وجوی پولی', 'البحث المدفوع'],
  Referral: ['معرفی', 'الإحالة'],
  Events: ['رویدادها', 'الفعاليات'],
  Email: ['ایمیل', 'البريد الإلكتروني'],
  Social: ['شبکه‌های اجتماعی', 'وسائل التواصل'],
  Chat: ['گفت‌وگوی آنلاین', 'الدردشة'],
  Phone: ['تلفن', 'الهاتف'],
  'Web form': ['فرم وب', 'نموذج الويب'],
  'Month-to-month': ['ماه‌به‌ماه', 'شهري'],
  'One year': ['یک‌ساله', 'سنة واحدة'],
  'Two year': ['دوساله', 'سنتان'],
  Stayed: ['ماندند', 'بقوا'],
  Churned: ['رفتند', 'غادروا'],
};

/** The `lang` of a query: undefined when absent (names as stored); a QueryError when not en, fa or ar. */
export function langOf(v: string | undefined): Lang | undefined {
  if (v === undefined || v === '') return undefined;
  if (!(LANGS as readonly string[]).includes(v))
    throw new QueryError('lang', `expected one of ${LANGS.join(', ')}`);
  return v as Lang;
}

/** A name in `lang`; a language code (`responses-by-locale`) becomes that language's name. */
function translate(name: string, lang: Lang): string {
  if ((LANGS as readonly string[]).includes(name))
    return new Intl.DisplayNames([lang], { type: 'language' }).of(name) ?? name;
  const t = NAMES[name];
  return lang == 'en' || !t ? name : t[lang == 'fa' ? 0 : 1];
}

type Labelled = { label: string };
/** A funnel or breakdown body with its names in `lang` (unchanged without one). */
export function named<T extends { stages?: Labelled[]; items?: Labelled[]; series?: string[] }>(
  body: T | undefined,
  lang: Lang | undefined,
): T | undefined {
  if (!body || !lang) return body;
  const relabel = <L extends Labelled>(xs: L[] | undefined) =>
    xs?.map((x) => ({ ...x, label: translate(x.label, lang) }));
  return {
    ...body,
    ...(body.stages && { stages: relabel(body.stages) }),
    ...(body.items && { items: relabel(body.items) }),
    ...(body.series && { series: body.series.map((s) => translate(s, lang)) }),
  };
}
