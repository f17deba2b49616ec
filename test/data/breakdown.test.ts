import { expect } from '@open-wc/testing';
import {
  breakdownInput,
  breakdownInputSchema,
  breakdownItemsSchema,
  breakdownRecordsSchema,
  breakdownStackedSchema,
  formatPath,
} from '../../src/data/index.js';

/** The path of the first issue of a failed parse, as the element names it (`items[0].value`). */
const firstPath = (r: { success: boolean; error?: { issues: readonly { path: PropertyKey[] }[] } }) =>
  r.success ? undefined : formatPath(r.error!.issues[0]!.path as (string | number)[]);

const SOURCES = [
  { label: 'Web', value: 500, previous: 400 },
  { label: 'Ads', value: 300 },
];
const STACKED = { series: ['Calls', 'Emails'], items: [{ label: 'Sara', values: [20, 5] }] };
const RECORDS = { records: [{ source: 'Web' }, { source: 'Ads', count: 2 }, { type: 'Web' }] };

describe('breakdown schemas', () => {
  it('accept every shape, and the element counts records into items once', () => {
    expect(breakdownItemsSchema.safeParse({ items: SOURCES }).success).to.equal(true);
    expect(breakdownStackedSchema.safeParse(STACKED).success).to.equal(true);
    expect(breakdownRecordsSchema.safeParse(RECORDS).success).to.equal(true);
    for (const d of [{ items: SOURCES }, STACKED, RECORDS])
      expect(breakdownInputSchema.safeParse(d).success, JSON.stringify(d)).to.equal(true);
    const r = breakdownInput.safeParse(RECORDS);
    expect(r.success && r.data).to.deep.equal({
      items: [
        { label: 'Web', value: 2 },
        { label: 'Ads', value: 2 },
      ],
    });
    const bare = breakdownInput.safeParse(SOURCES);
    expect(bare.success && bare.data).to.deep.equal({ items: SOURCES });
  });

  // What a server's schema says is what the element says: the same field, for every wrong input.
  const bad: [unknown, string][] = [
    [{ items: [{ label: 'Web', value: -1 }] }, 'items[0].value'],
    [{ items: [{ label: 'Web', value: '3' }] }, 'items[0].value'],
    [{ items: [{ label: 'Web', value: Infinity }] }, 'items[0].value'],
    [{ items: [{ label: '', value: 1 }] }, 'items[0].label'],
    [{ items: [{ value: 1 }] }, 'items[0].label'],
    [
      {
        items: [
          { label: 'a', value: 1 },
          { label: 'b', value: 1, previous: -2 },
        ],
      },
      'items[1].previous',
    ],
    [{ items: [{ label: 'a', value: 1, series: '' }] }, 'items[0].series'],
    [{ items: [7] }, 'items[0]'],
    [{ items: 'web' }, 'items'],
    [{ series: ['a', ''], items: [] }, 'series[1]'],
    [{ series: 'a', items: [] }, 'series'],
    [{ series: ['a', 'b'], items: [{ label: 'x', values: [1] }] }, 'items[0].values'],
    [{ series: ['a', 'b'], items: [{ label: 'x', values: [1, -1] }] }, 'items[0].values[1]'],
    [{ records: [{ source: 'Web' }, { count: 2 }] }, 'records[1]'],
    [{ records: [{ source: 'Web', count: 1.5 }] }, 'records[0]'],
    [{ records: 3 }, 'records'],
  ];
  for (const [input, field] of bad)
    it(`${JSON.stringify(input)} → ${field}, in the element and in the server's schema`, () => {
      expect(firstPath(breakdownInput.safeParse(input))).to.equal(field);
      const schema =
        'records' in (input as object)
          ? breakdownRecordsSchema
          : 'series' in (input as object)
            ? breakdownStackedSchema
            : breakdownItemsSchema;
      expect(firstPath(schema.safeParse(input))).to.equal(field);
      expect(breakdownInputSchema.safeParse(input).success).to.equal(false);
    });

  it('rejects what is not an object', () => {
    for (const input of [null, 3, 'bars']) {
      expect(breakdownInput.safeParse(input).success, String(input)).to.equal(false);
      expect(breakdownInputSchema.safeParse(input).success, String(input)).to.equal(false);
    }
  });
});
