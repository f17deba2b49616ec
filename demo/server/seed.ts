// Demo data, loaded once on an empty database: deterministic (one seeded PRNG, so the same rows for
// the same anchor on every machine), over the 24 months before the anchor day (SEED_END, default
// the day of the first start). Survey answers in en, fa and ar for every kind the kit has; the
// churn customers are the real IBM Telco sample (demo/server/data); funnel counts per month;
// deals and tickets for the KPI cards; spend, revenue movements and renewals (migration 0002).
import { readFileSync } from 'node:fs';
import { surveyCategory, surveyResponseSchema, type SurveyScale } from '../../src/data/schemas.js';
import { mulberry32 } from '../../test/tools/prng.js';
import { parseCsv } from './csv.js';
import type { Db, Tables } from './db.js';
import { responseRow } from './responses.js';

const DAY = 864e5;
const iso = (t: number) => new Date(t).toISOString();

/** Rows per table, as seeded: every table on an empty database, the 0002 tables alone on one seeded before them. */
export type SeedCounts = Partial<
  Record<
    'responses' | 'customers' | 'funnel' | 'deals' | 'tickets' | 'spend' | 'revenue' | 'renewals',
    number
  >
>;

const COMMENTS: Record<string, Record<'good' | 'mixed' | 'bad', string[]>> = {
  en: {
    good: [
      'Support solved my problem in minutes.',
      'Great product, the new dashboard is really clear.',
      'Onboarding was smooth and the team was friendly.',
      'Fast delivery and fair prices.',
      '+1 for the mobile app!',
    ],
    mixed: [
      'Works well, but the invoices are confusing.',
      'Good overall; the search could be faster.',
      'Fine, although I waited a while for an answer.',
      '-ish. The export needs more options.',
    ],
    bad: [
      'I waited three days for a reply.',
      'The price went up again without notice.',
      'Billing charged me twice this month.',
      '=HYPERLINK("http://example.com","click") is what your email looked like',
      'Too many bugs since the last update.',
    ],
  },
  fa: {
    good: [
      'پشتیبانی خیلی سریع مشکلم را حل کرد.',
      'محصول عالی است و داشبورد جدید خیلی واضح است.',
      'راه‌اندازی ساده بود و تیم بسیار مهربان بودند.',
      'ارسال سریع و قیمت منصفانه.',
    ],
    mixed: [
      'خوب کار می‌کند، اما صورت‌حساب‌ها گیج‌کننده‌اند.',
      'در کل خوب است؛ جست‌وجو می‌تواند سریع‌تر باشد.',
      'بد نیست، ولی مدتی منتظر پاسخ ماندم.',
    ],
    bad: [
      'سه روز منتظر پاسخ ماندم.',
      'قیمت دوباره بدون اطلاع افزایش یافت.',
      'این ماه دو بار از من هزینه کسر شد.',
      'از به‌روزرسانی آخر خطاها زیاد شده است.',
    ],
  },
  ar: {
    good: [
      'حلّ الدعم مشكلتي في دقائق.',
      'منتج رائع ولوحة التحكم الجديدة واضحة جداً.',
      'كان التسجيل سهلاً والفريق لطيفاً.',
      'توصيل سريع وأسعار عادلة.',
    ],
    mixed: [
      'يعمل جيداً لكن الفواتير مربكة.',
      'جيد بشكل عام؛ البحث يمكن أن يكون أسرع.',
      'لا بأس، لكنني انتظرت الرد طويلاً.',
    ],
    bad: [
      'انتظرت ثلاثة أيام للحصول على رد.',
      'ارتفع السعر مرة أخرى دون إشعار.',
      'تم خصم المبلغ مرتين هذا الشهر.',
      '@الدعم لم يرد أحد على رسائلي.',
    ],
  },
};
const QUESTIONS: Record<string, Record<string, string>> = {
  nps: {
    en: 'How likely are you to recommend Acme to a friend or colleague?',
    fa: 'چقدر احتمال دارد Acme را به یک دوست یا همکار پیشنهاد کنید؟',
    ar: 'ما مدى احتمال أن توصي بـ Acme لصديق أو زميل؟',
  },
  csat: {
    en: 'How satisfied are you with your support request?',
    fa: 'چقدر از پاسخ به درخواست پشتیبانی خود راضی هستید؟',
    ar: 'ما مدى رضاك عن طلب الدعم الخاص بك؟',
  },
  ces: {
    en: 'How easy was it to get your issue resolved?',
    fa: 'حل مشکل شما چقدر آسان بود؟',
    ar: 'ما مدى سهولة حل مشكلتك؟',
  },
};

/** The path of the Telco sample, beside this module's source (the bundle sits in demo/server/.build). */
const telcoPath = () => new URL('../data/telco-customer-churn.csv', import.meta.url);

/** Inserts rows in batches (within the parameter limits of both databases). */
async function insertAll<T extends keyof Tables>(db: Db, table: T, rows: Tables[T][], batch = 200) {
  for (let i = 0; i < rows.length; i += batch)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batch) as never)
      .execute();
}

/**
 * Seeds an empty database once (a `meta` row marks it, inside the same transaction); the tables of
 * migration 0002 (spend, revenue, renewals) have their own marker, so a database seeded before
 * them gets them once too, over its own 24 months (the anchor its `seeded` row holds). The row
 * counts, or undefined when there was nothing to seed.
 */
export async function seed(db: Db, anchor: number): Promise<SeedCounts | undefined> {
  return db.transaction().execute(async (trx) => {
    // The first transaction to insert a marker seeds; a concurrent one waits on the key and skips.
    const mark = async (key: string, value: string) =>
      !!(await trx
        .insertInto('meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst());
    let end = Math.floor(anchor / DAY) * DAY;
    const counts: SeedCounts = {};
    if (await mark('seeded', iso(end))) {
      const data = seedRows(end);
      await insertAll(trx, 'responses', data.responses);
      await insertAll(trx, 'customers', data.customers);
      await insertAll(trx, 'funnel', data.funnel);
      await insertAll(trx, 'deals', data.deals);
      await insertAll(trx, 'tickets', data.tickets);
      Object.assign(counts, {
        responses: data.responses.length,
        customers: data.customers.length,
        funnel: data.funnel.length,
        deals: data.deals.length,
        tickets: data.tickets.length,
      });
    } else {
      const first = await trx
        .selectFrom('meta')
        .select('value')
        .where('key', '=', 'seeded')
        .executeTakeFirstOrThrow();
      end = Date.parse(first.value);
    }
    if (await mark('seeded-0002', iso(end))) {
      const customers = await trx.selectFrom('customers').select(['start_date', 'contract']).execute();
      const data = moneyRows(end, customers);
      await insertAll(trx, 'spend', data.spend);
      await insertAll(trx, 'revenue', data.revenue);
      await insertAll(trx, 'renewals', data.renewals);
      Object.assign(counts, {
        spend: data.spend.length,
        revenue: data.revenue.length,
        renewals: data.renewals.length,
      });
    }
    return Object.keys(counts).length ? counts : undefined;
  });
}

/**
 * The rows of migration 0002 for the 24 months before `end` (a UTC midnight), from their own
 * seeded PRNG (the other tables' rows stay as they were): spend per channel and the revenue
 * movements of existing accounts, both growing about 1.5 % a month with a November campaign; the
 * renewals due each month counted from the customers' one- and two-year contracts (each due on
 * the anniversaries of its start), of which about 86 % and 93 % renew.
 */
export function moneyRows(end: number, customers: readonly { start_date: string; contract: string }[]) {
  const rnd = mulberry32(16);
  const noise = () => 0.9 + 0.2 * rnd();
  const snap = new Date(end - 1);
  const last = snap.getUTCFullYear() * 12 + snap.getUTCMonth();
  const key = (m: number) => new Date(Date.UTC(Math.floor(m / 12), m % 12, 1)).toISOString().slice(0, 7);
  const spend: Tables['spend'][] = [];
  const revenue: Tables['revenue'][] = [];
  for (let m = last - 23; m <= last; m++) {
    const grow = 1 + (m - last + 23) * 0.015;
    const campaign = m % 12 == 10 ? 1.3 : 1;
    const month = key(m);
    for (const [channel, base] of [
      ['marketing', 30000 * campaign],
      ['sales', 22000],
      ['retention', 15000],
    ] as const)
      spend.push({ month, channel, amount: Math.round(base * grow * noise()) });
    revenue.push({
      month,
      expansion: Math.round(16000 * grow * noise()),
      contraction: Math.round(4500 * noise()),
      churned: Math.round(8000 * grow * noise()),
    });
  }
  const PERIODS: Record<string, [number, number]> = { 'One year': [12, 0.86], 'Two year': [24, 0.93] };
  const due = new Map<string, number>();
  for (const c of customers) {
    const period = PERIODS[c.contract]?.[0];
    if (!period) continue;
    const d = new Date(c.start_date);
    const start = d.getUTCFullYear() * 12 + d.getUTCMonth();
    // The first anniversary inside the window, then every `period` months.
    for (
      let m = start + period * Math.max(1, Math.ceil((last - 23 - start) / period));
      m <= last;
      m += period
    ) {
      const k = `${key(m)} ${c.contract}`;
      due.set(k, (due.get(k) ?? 0) + 1);
    }
  }
  const renewals: Tables['renewals'][] = [];
  for (let m = last - 23; m <= last; m++)
    for (const [contract, [, rate]] of Object.entries(PERIODS)) {
      const n = due.get(`${key(m)} ${contract}`) ?? 0;
      let renewed = 0;
      for (let i = 0; i < n; i++) renewed += +(rnd() < rate);
      renewals.push({ month: key(m), contract, due: n, renewed });
    }
  return { spend, revenue, renewals };
}

/** Every seeded row for the 24 months before `end` (a UTC midnight). */
export function seedRows(end: number) {
  const rnd = mulberry32(15);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const weighted = <T>(xs: readonly [T, number][]) => {
    let u = rnd() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((u -= w) < 0) return x;
    return xs[xs.length - 1]![0];
  };
  /** A log-normal draw with this median. */
  const lognormal = (median: number, sigma: number) =>
    median * Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd()));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(rnd() * 4)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const start = end - 730 * DAY;
  const receivedAt = iso(end);

  // Survey responses: 3 500 NPS, 750 CSAT, 750 CES; more of them lately, and NPS improving.
  const responses = [];
  const kinds = [
    ...Array<['nps', SurveyScale]>(3500).fill(['nps', '0-10']),
    ...Array<['csat', SurveyScale]>(750).fill(['csat', '1-5']),
    ...Array<['ces', SurveyScale]>(600).fill(['ces', '1-7']),
    ...Array<['ces', SurveyScale]>(150).fill(['ces', '1-5']),
  ];
  for (let i = 0; i < kinds.length; i++) {
    const [kind, scale] = kinds[i]!;
    const x = rnd() ** 0.8; // 0…1 through the window, denser towards its end
    const t = start + Math.floor(x * 730 * DAY);
    const [lo, hi] = scale.split('-').map(Number) as [number, number];
    // A satisfaction 0…1 drifting upwards, mapped onto the scale.
    const happy = Math.min(0.999, Math.max(0, 0.68 + 0.1 * x + 0.3 * (rnd() + rnd() + rnd() - 1.5)));
    const score = lo + Math.floor(happy * (hi - lo + 1));
    const category = surveyCategory(kind, score, scale);
    const tone = ['promoter', 'satisfied', 'easy'].includes(category)
      ? 'good'
      : ['passive', 'neutral'].includes(category)
        ? 'mixed'
        : 'bad';
    const locale = weighted([
      ['en', 5],
      ['fa', 3],
      ['ar', 2],
    ] as const);
    const comment = rnd() < 0.45 ? pick(COMMENTS[locale]![tone]) : undefined;
    const body = {
      id: uuid(),
      ...(kind != 'nps' && { kind, scale }),
      score,
      category,
      ...(comment && { comment }),
      question: QUESTIONS[kind]![locale]!,
      locale,
      respondentId: `u-${1000 + Math.floor(rnd() * 9000)}`,
      properties: {
        segment: weighted([
          ['smb', 5],
          ['mid-market', 3],
          ['enterprise', 2],
        ] as const),
        plan: pick(['free', 'pro', 'team']),
      },
      page: `https://www.example.com/${pick(['pricing', 'checkout', 'support', 'account', 'docs'])}`,
      submittedAt: iso(t),
      revision: comment ? 2 : 1,
    };
    const r = surveyResponseSchema.safeParse(body);
    if (!r.success) throw new Error(`seed response ${i} fails the kit's schema`);
    responses.push(responseRow(r.data, receivedAt));
  }

  // Customers: the Telco sample, its snapshot in the anchor's month. A customer starts in the
  // middle of the month `tenure` months before it; a churned one ends inside the snapshot month.
  const snap = new Date(end - 1);
  const snapYear = snap.getUTCFullYear();
  const snapMonth = snap.getUTCMonth();
  const monthStart = Date.UTC(snapYear, snapMonth, 1);
  const monthDays = Math.max(
    1,
    Math.round((Math.min(Date.UTC(snapYear, snapMonth + 1, 1), end) - monthStart) / DAY),
  );
  const [head, ...rows] = parseCsv(readFileSync(telcoPath(), 'utf8')).filter((r) => r.length > 1);
  const col = (name: string) => head!.indexOf(name);
  const [cId, cTenure, cChurn, cContract, cPay, cNet, cCharge] = [
    'customerID',
    'tenure',
    'Churn',
    'Contract',
    'PaymentMethod',
    'InternetService',
    'MonthlyCharges',
  ].map(col) as number[];
  const customers = rows.map((r) => {
    const tenure = Number(r[cTenure!]);
    const churned = r[cChurn!] == 'Yes';
    const s = Date.UTC(snapYear, snapMonth - tenure, 15);
    const e = churned ? Math.max(s, monthStart + Math.floor(rnd() * monthDays) * DAY) : undefined;
    return {
      id: r[cId!]!,
      start_date: iso(s),
      end_date: e === undefined ? null : iso(e),
      contract: r[cContract!]!,
      payment_method: r[cPay!]!,
      internet_service: r[cNet!]!,
      monthly_charges: Number(r[cCharge!]),
      churned: churned ? 1 : 0,
    };
  });

  // Funnel: stage counts per month over the 24 months, growing, with a December dip.
  const STAGES: [string, number][] = [
    ['Visitors', 1],
    ['Leads', 0.065],
    ['Qualified', 0.42],
    ['Opportunities', 0.38],
    ['Won', 0.31],
  ];
  const funnel: Tables['funnel'][] = [];
  for (let m = 23; m >= 0; m--) {
    const d = new Date(Date.UTC(snapYear, snapMonth - m, 1));
    const month = d.toISOString().slice(0, 7);
    let v = 36000 * (1 + (23 - m) * 0.015) * (d.getUTCMonth() == 11 ? 0.8 : 1) * (0.9 + 0.2 * rnd());
    STAGES.forEach(([stage, rate], position) => {
      v = Math.round(position ? v * rate * (0.85 + 0.3 * rnd()) : v);
      funnel.push({ month, position, stage, value: v });
    });
  }

  // Deals: created through the window, decided after a log-normal cycle when that is before the anchor.
  const SOURCES: [string, number, number][] = [
    ['Organic search', 5, 0.28],
    ['Paid search', 4, 0.22],
    ['Referral', 2, 0.45],
    ['Events', 1.5, 0.33],
    ['Email', 2.5, 0.25],
    ['Social', 1.5, 0.18],
  ];
  const deals = [];
  for (let i = 0; i < 1600; i++) {
    const created = start + Math.floor(rnd() * 730 * DAY);
    const [source, , winRate] = weighted(SOURCES.map((s) => [s, s[1]] as [typeof s, number]));
    const closed = created + Math.round(lognormal(28, 0.7) * DAY);
    const done = closed < end;
    deals.push({
      id: `D-${String(i + 1).padStart(5, '0')}`,
      created: iso(created),
      closed: done ? iso(closed) : null,
      won: done ? (rnd() < winRate ? 1 : 0) : null,
      amount: Math.round(lognormal(4200, 0.6)),
      source,
    });
  }

  // Tickets: first answers in about 1.5 h (median), resolutions in about 20 h.
  const tickets = [];
  for (let i = 0; i < 6000; i++) {
    const opened = start + Math.floor(rnd() * 730 * DAY);
    const first = opened + Math.round(lognormal(90, 0.9) * 60_000);
    const resolved = first + Math.round(lognormal(18, 1) * 3_600_000);
    tickets.push({
      id: `T-${String(i + 1).padStart(5, '0')}`,
      opened: iso(opened),
      first_response: first < end ? iso(first) : null,
      resolved: resolved < end ? iso(resolved) : null,
      channel: weighted([
        ['Email', 4],
        ['Chat', 3],
        ['Phone', 2],
        ['Web form', 1],
      ] as const),
    });
  }
  return { responses, customers, funnel, deals, tickets };
}
