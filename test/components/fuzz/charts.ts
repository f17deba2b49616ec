// The shapes each element's schema describes, for the fuzz suite: right-shaped often enough that
// the ready path is exercised, with hostile values in every field.
import * as fc from 'fast-check';
import { inputKind, kpiMetrics } from '../../../src/data/kpi.js';
import { anyNumber, asText, anything, label, list, nasty, shaped, value } from './fuzz.js';

/** JSON text of a value, or a raw hostile string (bad JSON, a bare word). */
export const attrText = (v: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: v.map((x) => JSON.stringify(x) ?? ''), weight: 5 },
    {
      arbitrary: fc.constantFrom('[', '{"a":', 'NaN', 'Infinity', '', '1e308', '-0', 'null', '[1e999]'),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
  );

const count = value(fc.oneof(fc.nat(1000), fc.constantFrom(0, 1, 1e15, 2 ** 53 - 1)));
const date = value(
  fc.oneof(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.date({ noInvalidDate: true }).map((d) => d.getTime()),
    fc.constantFrom(
      '2024-02-30',
      '2023-02-29',
      '2024-04-31',
      '2024-01-01T10:00:00+0330',
      '0001-01-01',
      '9999-12-31',
    ),
  ),
);
const rate = value(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyNumber));
const amount = value(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), anyNumber));
const granularity = value(fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'fortnight'));
const calendar = value(fc.constantFrom('gregory', 'persian', 'islamic', 'hebrew'));
const period = value(
  fc.constantFrom(
    '2024-01',
    '2024-02',
    '2024-W05',
    '2024-Q2',
    '2024',
    '2024-01-15',
    '1403-12',
    '1403-12-30',
    '2024-13',
  ),
);

export const npsShape = shaped({
  promoters: count,
  passives: count,
  detractors: count,
  scores: value(list(value(fc.integer({ min: 0, max: 10 })))),
  responses: value(list(shaped({ score: value(fc.integer({ min: 0, max: 10 })) }))),
  target: value(fc.integer({ min: -120, max: 120 })),
  previous: value(shaped({ promoters: count, passives: count, detractors: count })),
});
export const npsAttrs = fc.record(
  {
    promoters: fc.oneof(count.map(asText), fc.string({ maxLength: 5 })),
    passives: count.map(asText),
    detractors: count.map(asText),
    scores: fc.oneof(
      fc.array(value(fc.integer({ min: 0, max: 10 })), { maxLength: 8 }).map((a) => a.join(',')),
      fc.string({ maxLength: 8 }),
    ),
    target: nasty.map(asText),
    'min-responses': nasty.map(asText),
  },
  { requiredKeys: [] },
);

const stage = shaped({ label: value(label), value: amount, previous: amount });
export const funnelShape = fc.oneof(shaped({ stages: value(list(stage, 3000)) }), list(stage, 3000));
export const funnelAttrs = fc.record({ stages: attrText(funnelShape) });

export const churnShape = fc.oneof(
  shaped({ granularity, calendar, points: value(list(shaped({ date, rate }))) }),
  shaped({
    granularity: value(fc.constantFrom('month', 'quarter', 'year', 'week', 'day')),
    calendar,
    points: value(list(shaped({ period, customersAtStart: count, customersLost: count }))),
  }),
  shaped({ granularity, calendar, dates: value(list(date)), rates: value(list(rate)) }),
  shaped({
    granularity,
    calendar,
    customers: value(list(shaped({ start: date, end: value(fc.oneof(date, fc.constant(null))) }), 300)),
  }),
);
export const churnAttrs = fc.record(
  {
    points: attrText(value(list(shaped({ date, rate })))),
    granularity: granularity.map(asText),
    calendar: calendar.map(asText),
    metric: fc.constantFrom('churn', 'retention', 'NaN'),
  },
  { requiredKeys: ['points'] },
);

const series = value(fc.constantFrom('2024', '2025', 'A', ''));
export const breakdownShape = fc.oneof(
  shaped({ items: value(list(shaped({ label: value(label), value: amount, previous: amount, series }))) }),
  shaped({
    series: value(list(value(label))),
    items: value(list(shaped({ label: value(label), values: value(list(amount)) }))),
  }),
  shaped({
    records: value(list(shaped({ source: value(label), type: value(label), label: value(label), count }))),
  }),
  list(shaped({ label: value(label), value: amount })),
);
export const breakdownAttrs = fc.record({
  items: attrText(breakdownShape),
});

/** Every metric of the card's registry (one list: a metric added there is fuzzed too). */
export const KPI_METRICS = Object.keys(kpiMetrics);
const kpiFields = {
  value: amount,
  previous: value(fc.oneof(amount, fc.constantFrom('PT3H30M', 'P1D', 'PT', 'P1Y2M'))),
  target: amount,
  series: value(list(amount)),
  revenue: amount,
  spend: amount,
  leads: count,
  deals: value(list(shaped({ amount, created: date, closed: date, won: value(fc.boolean()) }))),
  won: count,
  lost: count,
  customersLost: count,
  customersAtStart: count,
  customersAtEnd: count,
  newCustomers: count,
  scores: value(list(value(fc.integer({ min: 0, max: 10 })))),
  responses: value(list(shaped({ score: value(fc.integer({ min: 0, max: 10 })) }))),
  tickets: value(list(shaped({ opened: date, firstResponse: date, resolved: date }))),
  customers: value(list(shaped({ start: date, end: date }))),
  promoters: count,
  passives: count,
  detractors: count,
  satisfied: count,
  neutral: count,
  unsatisfied: count,
  scale: value(fc.constantFrom('1-5', '1-7', '0-10')),
  from: date,
  to: date,
  at: date,
  days: count,
};
export const kpiShape = shaped(kpiFields);
export const kpiAttrs = fc.record(
  {
    metric: fc.oneof(fc.constantFrom(...KPI_METRICS), fc.constantFrom('nope', '', 'NaN')),
    value: amount.map(asText),
    previous: amount.map(asText),
    target: amount.map(asText),
    format: fc.constantFrom('percent', 'currency', 'duration', 'count', 'score', 'number', 'bogus'),
    won: count.map(asText),
    lost: count.map(asText),
    spend: amount.map(asText),
    'new-customers': count.map(asText),
    scores: fc.array(value(fc.integer({ min: 0, max: 10 })), { maxLength: 6 }).map((a) => a.join(',')),
    deals: attrText(kpiFields.deals),
    series: attrText(kpiFields.series),
    currency: fc.constantFrom('USD', 'IRR', 'xx', ''),
  },
  { requiredKeys: [] },
);
/** A card's `.data`, with the metric set beside it as an attribute would be. */
export const kpiInput = anything(kpiShape);

/** Inputs every schema accepts (or should: dates that do not exist among them), for the ready path. */
const isoDay = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const someDay = fc.oneof(
  { arbitrary: isoDay, weight: 8 },
  fc.constantFrom('2024-02-30', '2023-02-29', '2024-04-31', '2024-01-01T10:00:00+0330'),
);
const name = fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/NaN|Infinity|∞/.test(s));
export const npsValid = fc.oneof(
  fc.record({ promoters: fc.nat(5000), passives: fc.nat(5000), detractors: fc.nat(5000) }),
  fc.record({ scores: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 }) }),
);
export const funnelValid = fc.record({
  stages: fc.array(
    fc.record(
      {
        label: name,
        // A stage after one of 5e-324 made computeFunnel throw into the page (issue 17).
        value: fc.oneof({ arbitrary: fc.nat(1e6), weight: 6 }, fc.constantFrom(5e-324, 1e-300, 1e308)),
        previous: fc.oneof(fc.nat(1e6), fc.constantFrom(1e-300, 5e-324)),
      },
      { requiredKeys: ['label', 'value'] },
    ),
    { maxLength: 8 },
  ),
});
export const churnValid = fc.oneof(
  fc.record({
    points: fc.array(fc.record({ date: someDay, rate: fc.double({ min: 0, max: 1, noNaN: true }) }), {
      maxLength: 12,
    }),
  }),
  fc.record({
    granularity: fc.constantFrom('month', 'quarter'),
    calendar: fc.constantFrom('gregory', 'persian'),
    customers: fc.array(fc.record({ start: isoDay }), { maxLength: 12 }),
  }),
);
export const breakdownValid = fc.record({
  items: fc.array(
    fc.record(
      {
        label: name,
        // Values near 1e308 overflowed the total, shown as "∞" and "NaN%" (issue 17).
        value: fc.oneof(
          { arbitrary: fc.nat(1e6), weight: 4 },
          fc.constantFrom(5e-324, 1e308, 1.7976931348623157e308),
        ),
        previous: fc.oneof(fc.nat(1e6), fc.constant(5e-324)),
      },
      { requiredKeys: ['label', 'value'] },
    ),
    { maxLength: 8 },
  ),
});

/** Epoch ms of 2020-01-01: the valid records' dates start there. */
const T0 = Date.UTC(2020, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const hours = (min: number, max: number) => fc.integer({ min, max }).map((h) => h * 36e5);
const at = fc.integer({ min: 0, max: 4 * 365 * 24 }).map((h) => T0 + h * 36e5);
/** Valid records of each kind a metric may take. */
const RECORDS: Record<string, fc.Arbitrary<unknown>> = {
  deals: fc
    .tuple(at, hours(1, 2000), fc.integer({ min: 1, max: 1e5 }), fc.boolean())
    .map(([t, d, amount, won]) => ({ amount, created: iso(t), closed: iso(t + d), won })),
  tickets: fc
    .tuple(at, hours(0, 48), hours(0, 400))
    .map(([t, a, b]) => ({ opened: iso(t), firstResponse: iso(t + a), resolved: iso(t + a + b) })),
  customers: fc
    .tuple(at, fc.option(hours(1, 9000)))
    .map(([t, d]) => (d === null ? { start: iso(t) } : { start: iso(t), end: iso(t + d) })),
};
/** Score ranges of the survey metrics. */
const SCALES: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
/** Counts that are a part of another (lost of the customers at start, renewed of those due): kept small. */
const PARTS = ['customersLost', 'renewed', 'leads', 'detractors', 'unsatisfied', 'lost'];
const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The attribute text of a valid field: scores comma-separated, records as JSON, numbers as text. */
const attrOf = (k: string, v: unknown) => (k == 'scores' ? (v as number[]).join(',') : asText(v));

/**
 * Valid `<kpi-card>` cases: a metric of the registry (`base`) and inputs that fit it, as `.data` or
 * inline JSON (`input`) and as attributes: each metric's `inputs` (by their kind: money, a
 * fraction, a count) or its `records` (deals, tickets, customers, scores in the metric's scale),
 * sometimes with a previous value, a target and a series. Some still end empty (a mean of no
 * scores) or in error (a metric's own constraint): the rest reach `ready`.
 */
export const kpiValid = fc.constantFrom(...KPI_METRICS).chain((id) => {
  const m = kpiMetrics[id]!;
  const [lo, hi] = SCALES[id] ?? [0, 10];
  const field = (k: string): fc.Arbitrary<unknown> => {
    const kind = inputKind(k, m.kind);
    return kind == 'currency'
      ? fc.integer({ min: 1, max: 1e6 })
      : kind == 'percent'
        ? fc.double({ min: 0.05, max: 1, noNaN: true })
        : PARTS.includes(k)
          ? fc.integer({ min: 1, max: 10 })
          : fc.integer({ min: 10, max: 1000 });
  };
  const records =
    m.records == 'scores'
      ? fc.array(fc.integer({ min: lo, max: hi }), { minLength: 1, maxLength: 40 })
      : m.records && fc.array(RECORDS[m.records]!, { minLength: 1, maxLength: 12 });
  // The records when the metric takes only those, else its inputs (and the records half the time).
  const main: fc.Arbitrary<Record<string, unknown>> =
    records && (!m.inputs.length || id == 'nps' || id == 'ces')
      ? records.map((r) => ({ [m.records!]: r }))
      : fc.record(Object.fromEntries(m.inputs.map((k) => [k, field(k)])), {
          requiredKeys: m.inputs.filter((k) => !m.optional.includes(k)),
        });
  return fc
    .tuple(
      main,
      fc.option(fc.integer({ min: 1, max: 1000 })),
      fc.option(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 8 })),
    )
    .map(([input, previous, series]) => {
      const data: Record<string, unknown> = { ...input };
      if (previous !== null && m.kind != 'duration') data.previous = previous;
      if (series) data.series = series;
      return {
        input: data,
        attrs: Object.fromEntries(Object.entries(input).map(([k, v]) => [kebab(k), attrOf(k, v)])),
        base: { metric: id },
      };
    });
});
