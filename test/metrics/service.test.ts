import { expect } from '@open-wc/testing';
import {
  casesPerDay,
  firstResponseTime,
  relationshipLength,
  resolutionTime,
} from '../../src/metrics/index.js';
import type { Ticket } from '../../src/metrics/index.js';

const H = 36e5;
const D = 864e5;

// Unsorted, one opened with an offset (12:00+03:30 = 08:30Z), one never answered, one unresolved.
const tickets: Ticket[] = [
  { opened: '2024-03-06T00:00:00Z', firstResponse: '2024-03-06T03:00:00Z', resolved: '2024-03-07' }, // 3 h, 24 h
  { opened: '2024-03-04T09:00:00Z', firstResponse: Date.UTC(2024, 2, 4, 10), resolved: '2024-03-04T13:00Z' }, // 1 h, 4 h
  { opened: new Date('2024-03-05T23:00:00Z') }, // neither
  { opened: '2024-03-04T12:00:00+03:30', firstResponse: '2024-03-04T09:00:00Z', resolved: null }, // 30 min
];

describe('service metrics', () => {
  it('firstResponseTime = firstResponse − opened: count, mean, median, share within target', () => {
    // 3 h, 1 h, 0.5 h: mean 4.5 h / 3 = 1.5 h, median 1 h; within 1 h: 1 h and 0.5 h = 2 / 3
    expect(firstResponseTime(tickets, { target: H })).to.deep.equal({
      count: 3,
      mean: 1.5 * H,
      median: H,
      withinTarget: 2 / 3,
    });
    expect(firstResponseTime(tickets).withinTarget).to.equal(null);
    expect(firstResponseTime([])).to.deep.equal({ count: 0, mean: null, median: null, withinTarget: null });
    expect(firstResponseTime([{ opened: '2024-01-01' }], { target: H }).withinTarget).to.equal(null);
  });

  it('resolutionTime = resolved − opened over resolved tickets', () => {
    // 24 h and 4 h: mean = median = 14 h; within 4 h: 1 / 2
    expect(resolutionTime(tickets, { target: 4 * H })).to.deep.equal({
      count: 2,
      mean: 14 * H,
      median: 14 * H,
      withinTarget: 0.5,
    });
    // Odd count: 0, 4 h, 24 h → median 4 h
    const three = [...tickets, { opened: '2024-03-08T10:00:00+01:00', resolved: '2024-03-08T09:00:00Z' }];
    expect(resolutionTime(three).median).to.equal(4 * H);
  });

  it('names the field of every invalid ticket', () => {
    expect(() => firstResponseTime([{ opened: '2024-01-02', firstResponse: '2024-01-01' }])).to.throw(
      RangeError,
      /^tickets\[0\]\.firstResponse must be on or after tickets\[0\]\.opened/,
    );
    expect(() =>
      resolutionTime([...tickets, { opened: '2024-01-02T10:00:00+02:00', resolved: '2024-01-02T07:59:59Z' }]),
    ).to.throw(RangeError, /^tickets\[4\]\.resolved must be on or after/);
    expect(() => resolutionTime([{ opened: '2024-02-30' }])).to.throw(RangeError, /^tickets\[0\]\.opened/);
    expect(() => resolutionTime([{ opened: '2024-02-01', resolved: 'soon' }])).to.throw(
      RangeError,
      /^tickets\[0\]\.resolved must be a valid date/,
    );
    expect(() => firstResponseTime(tickets, { target: -1 })).to.throw(RangeError, /^target/);
    expect(() => firstResponseTime('x' as never)).to.throw(RangeError, /^tickets must be an array/);
  });

  it('casesPerDay = tickets opened in the UTC days [from, to] ÷ days', () => {
    // Opened on 03-06, 03-04, 03-05 (23:00Z), 03-04 (08:30Z): 4 tickets over 03-04…03-06 = 3 days
    expect(casesPerDay(tickets)).to.equal(4 / 3);
    // 03-05 and 03-06: 2 tickets / 2 days
    expect(casesPerDay(tickets, { from: '2024-03-05', to: '2024-03-06T23:59:59Z' })).to.equal(1);
    // 02:00+03:30 on 03-05 is 22:30Z on 03-04: the UTC day 03-04 holds 2 tickets
    expect(casesPerDay(tickets, { from: '2024-03-05T02:00:00+03:30', to: '2024-03-04' })).to.equal(2);
    // A range wider than the tickets: 4 / 10 days
    expect(casesPerDay(tickets, { from: '2024-03-01', to: '2024-03-10' })).to.equal(0.4);
    // One bound given: the other is the first or last opened day, or the bound itself beyond them.
    expect(casesPerDay(tickets, { from: '2024-03-05' })).to.equal(1);
    expect(casesPerDay(tickets, { to: '2024-03-04' })).to.equal(2);
    expect(casesPerDay(tickets, { from: '2024-04-01' })).to.equal(0);
    expect(casesPerDay(tickets, { to: '2024-02-28' })).to.equal(0);
    expect(casesPerDay([], { to: '2024-02-28' })).to.equal(0);
    expect(casesPerDay([])).to.equal(null);
    expect(casesPerDay([], { from: '2024-03-01', to: '2024-03-02' })).to.equal(0);
    expect(() => casesPerDay(tickets, { from: '2024-03-05', to: '2024-03-04' })).to.throw(RangeError, /^to/);
    expect(() => casesPerDay(tickets, { from: 'x' })).to.throw(RangeError, /^from/);
    expect(() => casesPerDay([{ opened: NaN }])).to.throw(RangeError, /^tickets\[0\]\.opened/);
  });

  it('relationshipLength = mean and median tenure (at − start) of customers active at `at`', () => {
    const customers = [
      { start: '2024-05-01' }, // D
      { start: '2024-02-01', end: '2024-03-01' }, // B
      { start: '2024-01-01', end: null }, // A
      { start: '2024-03-01T03:30:00+03:30', end: '2024-06-01' }, // C, starts 2024-03-01T00:00Z
    ];
    // Default at = latest start or end = 2024-06-01: A (152 days), D (31 days); C ended at `at`
    expect(relationshipLength(customers)).to.deep.equal({ count: 2, mean: 91.5 * D, median: 91.5 * D });
    // At 2024-05-15: A 135, C 75, D 14 days → median 75, mean 224 / 3
    const mid = relationshipLength(customers, { at: '2024-05-15' });
    expect(mid.count).to.equal(3);
    expect(mid.median).to.equal(75 * D);
    expect(mid.mean).to.be.closeTo((224 / 3) * D, 1e-3);
    // At 2024-03-01: A (60 days) and C (0: start ≤ at); B ended at `at`
    expect(relationshipLength(customers, { at: Date.UTC(2024, 2, 1) })).to.deep.equal({
      count: 2,
      mean: 30 * D,
      median: 30 * D,
    });
    expect(relationshipLength(customers, { at: '2023-12-31' })).to.deep.equal({
      count: 0,
      mean: null,
      median: null,
    });
    expect(relationshipLength([])).to.deep.equal({ count: 0, mean: null, median: null });
  });

  it('relationshipLength names the field of every invalid record', () => {
    expect(() =>
      relationshipLength([{ start: '2024-01-01' }, { start: '2024-02-01', end: '2024-01-31' }]),
    ).to.throw(RangeError, /^customers\[1\]\.end must be on or after customers\[1\]\.start/);
    expect(() => relationshipLength([{ start: 'never' }])).to.throw(RangeError, /^customers\[0\]\.start/);
    expect(() => relationshipLength([{ start: '2024-01-01', end: '2024-13-01' }])).to.throw(
      RangeError,
      /^customers\[0\]\.end must be a valid date/,
    );
    expect(() => relationshipLength([], { at: 'now' })).to.throw(RangeError, /^at/);
    expect(() => relationshipLength(null as never)).to.throw(RangeError, /^customers/);
  });
});
