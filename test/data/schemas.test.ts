import { expect } from '@open-wc/testing';
import {
  churnInputSchema,
  formatIssues,
  formatPath,
  funnelInputSchema,
  listIssues,
  churnInput,
  funnelObjectSchema,
  wrapStages,
  funnelStageSchema,
  funnelStages,
  npsInput,
  npsInputSchema,
  npsResponseSchema,
} from '../../src/data/index.js';
import type { DataIssue, NpsResponse, Validator } from '../../src/data/index.js';
import { computeNps } from '../../src/metrics/index.js';

/** The issues of a rejected input (fails the test when it is accepted). */
const issues = (schema: Validator<unknown>, input: unknown): DataIssue[] => {
  const r = schema.safeParse(input);
  expect(r.success, `rejects ${JSON.stringify(input)}`).to.equal(false);
  return r.success ? [] : formatIssues(r.error);
};
const accepts = (schema: Validator<unknown>, input: unknown) => {
  const r = schema.safeParse(input);
  expect(
    r.success,
    `accepts ${JSON.stringify(input)}: ${r.success ? '' : JSON.stringify(formatIssues(r.error))}`,
  ).to.equal(true);
  return r.success ? r.data : undefined;
};

describe('formatPath', () => {
  it('writes JS-like paths', () => {
    expect(formatPath([])).to.equal('');
    expect(formatPath(['stages', 2, 'value'])).to.equal('stages[2].value');
    expect(formatPath([0, 'label'])).to.equal('[0].label');
    expect(formatPath(['properties', 'utm-source'])).to.equal('properties["utm-source"]');
  });
});

describe('npsInputSchema', () => {
  it('accepts counts, scores and responses, each with previous and target', () => {
    accepts(npsInputSchema, { promoters: 60, passives: 25, detractors: 15 });
    accepts(npsInputSchema, { scores: [0, 6, 7, 8, 9, 10] });
    accepts(npsInputSchema, { scores: [] });
    const r = accepts(npsInputSchema, {
      responses: [{ score: 9, comment: 'great', at: '2024-05-01' }],
      previous: { scores: [3, 10] },
      target: 40,
    });
    expect(r).to.deep.equal({
      responses: [{ score: 9, comment: 'great', at: '2024-05-01' }],
      previous: { scores: [3, 10] },
      target: 40,
    });
    accepts(npsInputSchema, {
      scores: [9],
      previous: { promoters: 1, passives: 0, detractors: 0 },
      target: -100,
    });
    accepts(npsInputSchema, {
      promoters: 0,
      passives: 0,
      detractors: 0,
      previous: { responses: [{ score: 0 }] },
    });
  });

  it('rejects bad counts, scores, responses, previous and target with the issue path', () => {
    expect(issues(npsInputSchema, { promoters: 1, passives: 2, detractors: -1 })).to.deep.equal([
      { path: 'detractors', message: 'expected a whole number ≥ 0' },
    ]);
    expect(issues(npsInputSchema, { promoters: 1.5, passives: 2, detractors: 1 })).to.deep.equal([
      { path: 'promoters', message: 'expected a whole number ≥ 0' },
    ]);
    // Past 2⁵³ − 1 a count is no longer exact (computeNps rejects it): an issue, not a crash at render.
    expect(issues(npsInputSchema, { promoters: 2 ** 53, passives: 0, detractors: 0 })).to.deep.equal([
      { path: 'promoters', message: 'expected a whole number ≥ 0' },
    ]);
    expect(issues(npsInputSchema, { scores: [1, 11, 2.5] })).to.deep.equal([
      { path: 'scores[1]', message: 'expected a whole number 0–10' },
      { path: 'scores[2]', message: 'expected a whole number 0–10' },
    ]);
    expect(issues(npsInputSchema, { scores: [1, '9'] })).to.deep.equal([
      { path: 'scores[1]', message: 'expected number' },
    ]);
    expect(issues(npsInputSchema, { responses: [{ score: 9 }, { comment: 'no score' }] })).to.deep.equal([
      { path: 'responses[1].score', message: 'expected number' },
    ]);
    expect(issues(npsInputSchema, { scores: [9], previous: { scores: [12] } })).to.deep.equal([
      { path: 'previous.scores[0]', message: 'expected a whole number 0–10' },
    ]);
    expect(issues(npsInputSchema, { scores: [9], target: 101 })).to.deep.equal([
      { path: 'target', message: 'expected −100…100' },
    ]);
    expect(issues(npsInputSchema, [9, 10])[0]).to.deep.equal({ path: '', message: 'expected object' });
  });

  it('listIssues lists the issues as they are, with formatted paths', () => {
    const r = npsInputSchema.safeParse({ scores: [1, 11], target: 101 });
    expect(r.success).to.equal(false);
    expect(r.success ? [] : listIssues(r.error)).to.deep.equal([
      { path: 'scores[1]', message: 'expected a whole number 0–10' },
      { path: 'target', message: 'expected −100…100' },
    ]);
  });

  it('takes exactly one shape: all three counts, or scores, or responses', () => {
    const oneShape = 'expected { promoters, passives, detractors }, { scores } or { responses }';
    expect(issues(npsInputSchema, {})).to.deep.equal([{ path: '', message: oneShape }]);
    expect(issues(npsInputSchema, { promoters: 3, detractors: 1 })).to.deep.equal([
      { path: '', message: oneShape },
    ]);
    expect(issues(npsInputSchema, { scores: [9], responses: [{ score: 9 }] })).to.deep.equal([
      { path: '', message: oneShape },
    ]);
    expect(issues(npsInputSchema, { promoters: 1, passives: 0, detractors: 0, scores: [9] })).to.deep.equal([
      { path: '', message: oneShape },
    ]);
    expect(issues(npsInputSchema, { scores: [9], previous: { target: 5 } })).to.deep.equal([
      { path: 'previous', message: oneShape },
    ]);
  });

  it('turns each shape into computeNps input', () => {
    const counts = { promoters: 2, passives: 1, detractors: 1 };
    expect(computeNps(npsInput(counts)).score).to.equal(25);
    expect(computeNps(npsInput({ scores: [10, 9, 7, 0] })).score).to.equal(25);
    expect(
      computeNps(npsInput({ responses: [{ score: 10 }, { score: 9 }, { score: 8 }, { score: 3 }] })).score,
    ).to.equal(25);
  });
});

describe('funnelInputSchema', () => {
  const stages = [
    { label: 'Visits', value: 1200 },
    { label: 'Leads', value: 300.5, previous: 280 },
    { label: 'Customers', value: 0 },
  ];

  it('accepts { stages } and a bare array of stages', () => {
    expect(accepts(funnelInputSchema, { stages })).to.deep.equal({ stages });
    expect(accepts(funnelInputSchema, stages)).to.deep.equal(stages);
    expect(funnelStages({ stages })).to.deep.equal(stages);
    expect(funnelStages(stages)).to.equal(stages);
    accepts(funnelStageSchema, { label: 'x', value: 1 });
  });

  it('wrapStages turns a bare array into { stages } for funnelObjectSchema', () => {
    expect(wrapStages(stages)).to.deep.equal({ stages });
    expect(wrapStages({ stages })).to.deep.equal({ stages });
    expect(accepts(funnelObjectSchema, wrapStages(stages))).to.deep.equal({ stages });
    expect(issues(funnelObjectSchema, wrapStages([{ label: 'a', value: -1 }]))).to.deep.equal([
      { path: 'stages[0].value', message: 'expected a number ≥ 0' },
    ]);
    expect(issues(funnelObjectSchema, stages)[0]).to.deep.equal({ path: '', message: 'expected object' });
  });

  it('rejects a bad stage with its path in either shape', () => {
    expect(issues(funnelInputSchema, { stages: [...stages, { label: 'Won', value: '7' }] })).to.deep.equal([
      { path: 'stages[3].value', message: 'expected number' },
    ]);
    expect(issues(funnelInputSchema, [{ label: '', value: -1 }])).to.deep.equal([
      { path: '[0].label', message: 'must not be empty' },
      { path: '[0].value', message: 'expected a number ≥ 0' },
    ]);
    expect(issues(funnelInputSchema, { stages: [{ label: 'a' }] })).to.deep.equal([
      { path: 'stages[0].value', message: 'expected number' },
    ]);
    expect(issues(funnelInputSchema, { stages: [{ label: 'a', value: Infinity }] })).to.deep.equal([
      { path: 'stages[0].value', message: 'expected number' },
    ]);
    expect(issues(funnelInputSchema, { stages: [{ label: 'a', value: 1, previous: -2 }] })).to.deep.equal([
      { path: 'stages[0].previous', message: 'expected a number ≥ 0' },
    ]);
    expect(issues(funnelInputSchema, {})).to.deep.equal([{ path: 'stages', message: 'expected array' }]);
  });
});

describe('churnInputSchema', () => {
  it('accepts period counts, dated rates and customer records, in either calendar', () => {
    accepts(churnInputSchema, {
      granularity: 'month',
      points: [{ period: '2024-01', customersAtStart: 100, customersLost: 4 }],
    });
    accepts(churnInputSchema, {
      granularity: 'quarter',
      calendar: 'persian',
      points: [{ period: '1403-Q1', customersAtStart: 0, customersLost: 0 }],
    });
    accepts(churnInputSchema, {
      points: [
        { date: '2024-01-01', rate: 0.04 },
        { date: '2024-02-01', rate: 1 },
      ],
    });
    accepts(churnInputSchema, {
      granularity: 'year',
      calendar: 'gregory',
      customers: [
        { start: '2023-05-01' },
        { start: '2023-06-01T10:00:00Z', end: null },
        { start: '2023-06-01', end: '2024-02-15T00:00:00+03:30' },
      ],
    });
  });

  it('churnInput validates with the schema of the shape it is given, with the paths of that shape', () => {
    const periods = {
      granularity: 'month',
      points: [{ period: '2024-01', customersAtStart: 10, customersLost: 1 }],
    };
    const rates = { points: [{ date: '2024-01-31', rate: 0.1 }] };
    const customers = { customers: [{ start: '2024-01-04', end: null }] };
    const columns = { dates: [Date.UTC(2024, 0, 31)], rates: [0.1] };
    for (const input of [periods, rates, customers, columns]) {
      // The server's schema gives the input back; the element's validator gives it as columns.
      expect(accepts(churnInputSchema, input)).to.deep.equal(input);
      expect(accepts(churnInput, input)).to.have.property('kind');
    }
    expect(issues(churnInput, { points: [{ date: '2024-01-31', rate: 2 }] })).to.deep.equal([
      { path: 'points[0].rate', message: 'expected a rate 0…1' },
    ]);
    expect(issues(churnInput, { customers: [{ start: 'soon' }] })).to.deep.equal([
      { path: 'customers[0].start', message: 'expected an ISO date or epoch ms' },
    ]);
    for (const input of [
      { points: [{ date: '2024-01-31', rate: 2 }] },
      { customers: [{ start: '2024-01-04', end: '2023-01-01' }] },
      { granularity: 'month', points: [{ period: '2024-13', customersAtStart: 1, customersLost: 0 }] },
      { dates: [0, 'x'], rates: [0, 0] },
      { points: [{ date: '2024-01-31', rate: '0.1' }] },
    ]) {
      expect(issues(churnInput, input), JSON.stringify(input)).to.deep.equal(issues(churnInputSchema, input));
    }
    expect(issues(churnInput, null)[0]).to.deep.equal({ path: '', message: 'expected object' });
  });

  it('rejects a period key that is not one of the granularity, naming it', () => {
    const at = (period: string, granularity = 'month', calendar?: string) =>
      issues(churnInput, {
        granularity,
        calendar,
        points: [{ period, customersAtStart: 5, customersLost: 1 }],
      });
    expect(at('2024-13')).to.deep.equal([
      { path: 'points[0].period', message: 'expected a month key such as 2024-03' },
    ]);
    // The example is the key of 2024-03-05 in the granularity and calendar.
    expect(at('2024-03', 'day')).to.deep.equal([
      { path: 'points[0].period', message: 'expected a day key such as 2024-03-05' },
    ]);
    expect(at('2021-W53', 'week')).to.deep.equal([
      { path: 'points[0].period', message: 'expected a week key such as 2024-W10' },
    ]);
    expect(at('1402-12-30', 'day', 'persian')).to.deep.equal([
      { path: 'points[0].period', message: 'expected a day key such as 1402-12-15' },
    ]);
    expect(at('1403-Q5', 'quarter', 'persian')[0]?.message).to.equal(
      'expected a quarter key such as 1402-Q4',
    );
    expect(at('2024-03', 'quarter')[0]?.path).to.equal('points[0].period');
    const persian = {
      granularity: 'month',
      calendar: 'persian',
      points: [{ period: '1403-01', customersAtStart: 5, customersLost: 1 }],
    };
    for (const [granularity, calendar, period] of [
      ['day', 'gregory', '2024-02-29'],
      ['week', 'gregory', '2020-W53'],
      ['day', 'persian', '1403-12-30'],
      ['week', 'persian', '1402-W53'],
    ]) {
      const input = { granularity, calendar, points: [{ period, customersAtStart: 5, customersLost: 1 }] };
      expect(accepts(churnInputSchema, input), period).to.deep.equal(input);
      expect(accepts(churnInput, input), period).to.have.nested.property('periods.period[0]', period);
    }
    expect(accepts(churnInputSchema, persian)).to.deep.equal(persian);
    expect(accepts(churnInput, persian)).to.have.nested.property('periods.period[0]', '1403-01');
  });

  it('rejects each shape with the issue path', () => {
    expect(
      issues(churnInputSchema, {
        granularity: 'hour',
        points: [{ period: '2024-01', customersAtStart: 1, customersLost: 0 }],
      }),
    ).to.deep.equal([
      { path: 'granularity', message: 'expected one of "day", "week", "month", "quarter", "year"' },
    ]);
    expect(issues(churnInputSchema, { granularity: 'fortnight', points: [] })[0]?.path).to.equal(
      'granularity',
    );
    expect(
      issues(churnInputSchema, {
        granularity: 'month',
        points: [{ period: '2024-01', customersAtStart: 10, customersLost: 11 }],
      }),
    ).to.deep.equal([{ path: 'points[0].customersLost', message: 'must not exceed customersAtStart' }]);
    expect(
      issues(churnInputSchema, {
        granularity: 'month',
        points: [{ period: '2024-01', customersAtStart: -1, customersLost: 0 }],
      }),
    ).to.deep.equal([{ path: 'points[0].customersAtStart', message: 'expected a whole number ≥ 0' }]);
    expect(issues(churnInputSchema, { points: [{ date: '2024-01-01', rate: 1.5 }] })).to.deep.equal([
      { path: 'points[0].rate', message: 'expected a rate 0…1' },
    ]);
    expect(issues(churnInputSchema, { points: [{ date: 'January', rate: 0.5 }] })).to.deep.equal([
      { path: 'points[0].date', message: 'expected an ISO date or epoch ms' },
    ]);
    // The first bad record is named (a million records are not listed a million times).
    expect(
      issues(churnInputSchema, {
        customers: [{ start: '2024-13-01' }, { start: '2024-01-01', end: '2023-12-31' }],
      }),
    ).to.deep.equal([{ path: 'customers[0].start', message: 'expected an ISO date or epoch ms' }]);
    expect(
      issues(churnInputSchema, {
        customers: [{ start: '2024-01-01' }, { start: '2024-01-01', end: '2023-12-31' }],
      }),
    ).to.deep.equal([{ path: 'customers[1].end', message: 'must not be before start' }]);
    // Types are named like zod names them.
    expect(issues(churnInputSchema, { points: [{ date: '2024-01-01', rate: '0.5' }] })).to.deep.equal([
      { path: 'points[0].rate', message: 'expected number' },
    ]);
    expect(issues(churnInputSchema, { points: 'none' })).to.deep.equal([
      { path: 'points', message: 'expected array' },
    ]);
    expect(issues(churnInputSchema, { customers: [], calendar: 'islamic' })).to.deep.equal([
      { path: 'calendar', message: 'expected one of "gregory", "persian"' },
    ]);
  });
});

describe('npsResponseSchema', () => {
  const valid: NpsResponse = {
    id: '0b5e6a3c-8f1e-4d7a-9c2b-1e2f3a4b5c6d',
    score: 9,
    category: 'promoter',
    comment: 'خیلی خوب',
    question: 'How likely are you to recommend us?',
    locale: 'fa',
    respondentId: 'u-42',
    properties: { plan: 'pro', seats: 5, trial: false, ref: null },
    page: 'https://example.com/pricing',
    submittedAt: '2024-05-01T10:00:00.000Z',
    suspect: false,
  };

  it('accepts a valid payload, with and without the optional fields', () => {
    expect(accepts(npsResponseSchema, valid)).to.deep.equal(valid);
    const { comment: _c, respondentId: _r, properties: _p, suspect: _s, ...minimal } = valid;
    accepts(npsResponseSchema, {
      ...minimal,
      score: 0,
      category: 'detractor',
      submittedAt: '2024-05-01T13:30:00+03:30',
    });
    accepts(npsResponseSchema, { ...minimal, score: 7, category: 'passive' });
  });

  it('rejects score 11, a bad UUID and a category that does not match the score', () => {
    expect(issues(npsResponseSchema, { ...valid, score: 11 })).to.deep.equal([
      { path: 'score', message: 'expected a whole number 0–10' },
    ]);
    expect(issues(npsResponseSchema, { ...valid, id: 'not-a-uuid' })).to.deep.equal([
      { path: 'id', message: 'expected a UUID' },
    ]);
    expect(issues(npsResponseSchema, { ...valid, category: 'passive' })).to.deep.equal([
      { path: 'category', message: 'does not match score' },
    ]);
    expect(issues(npsResponseSchema, { ...valid, score: 6, category: 'passive' })).to.deep.equal([
      { path: 'category', message: 'does not match score' },
    ]);
  });

  it('rejects a bad page, date, comment, property and category name with their paths', () => {
    expect(
      issues(npsResponseSchema, {
        ...valid,
        page: 'not a url',
        submittedAt: 'yesterday',
        comment: 'x'.repeat(5001),
        properties: { 'utm-source': { nested: true } },
        category: 'fan',
      }),
    ).to.deep.equal([
      { path: 'category', message: 'expected one of "detractor", "passive", "promoter"' },
      { path: 'comment', message: 'must be at most 5000 characters' },
      { path: 'properties["utm-source"]', message: 'expected a string, number, boolean or null' },
      { path: 'page', message: 'expected an http(s) URL' },
      { path: 'submittedAt', message: 'expected an ISO date-time with Z or an offset' },
    ]);
  });

  it('checks ids, pages, dates and properties the way the survey produces them', () => {
    for (let i = 0; i < 20; i++) accepts(npsResponseSchema, { ...valid, id: crypto.randomUUID() });
    accepts(npsResponseSchema, {
      ...valid,
      page: 'http://intranet.local/help',
      properties: { n: 1, ok: true, x: null },
    });
    const at = (patch: Record<string, unknown>) => issues(npsResponseSchema, { ...valid, ...patch })[0]?.path;
    expect(at({ id: '0b5e6a3c-8f1e-4d7a-9c2b-1e2f3a4b5c6' })).to.equal('id');
    expect(at({ page: 'javascript:alert(1)' })).to.equal('page');
    expect(at({ page: 'ftp://example.test/a' })).to.equal('page');
    expect(at({ submittedAt: '2024-05-01T10:00:00' })).to.equal('submittedAt');
    expect(at({ properties: { tags: ['a'] } })).to.equal('properties.tags');
  });
});
