import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NEVER, neverLoads, openExport } from './helpers.js';
import { customers as DEMO_CUSTOMERS } from './sample-data.js';
import '../src/components/churn-trend/index.js';

interface Args {
  export?: boolean;
  points?: string;
  json?: string;
  metric?: 'churn' | 'retention' | 'both';
  granularity?: 'month' | 'quarter' | 'year';
  target?: number;
  smooth?: number;
  area?: boolean;
  timeDirection?: 'ltr';
  label?: string;
  table?: boolean;
  src?: string;
  calendar?: 'gregory' | 'persian';
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  width: number;
}

const RATES = [0.041, 0.037, 0.052, 0.046, 0.039, 0.035, 0.033, 0.036, 0.031, 0.029, 0.034, 0.028].map(
  (rate, i) => ({
    date: new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10),
    rate,
  }),
);

/** 400 customers over two years from a seeded generator: the same every time. */
const CUSTOMERS = (() => {
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const day = 864e5;
  const from = Date.UTC(2023, 0, 1);
  return Array.from({ length: 400 }, () => {
    const start = from + Math.floor(next() * 700) * day;
    const end = start + Math.floor(60 + next() * 600) * day;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    return end < Date.UTC(2025, 0, 1) && next() < 0.5
      ? { start: iso(start), end: iso(end) }
      : { start: iso(start) };
  });
})();

/** 100 000 daily churn rates from 1990 as Float64Array columns: a seeded random walk, the same every time. */
const BIG = (() => {
  let seed = 11;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const n = 100_000;
  const dates = new Float64Array(n);
  const rates = new Float64Array(n);
  for (let i = 0, r = 0.04; i < n; i++) {
    dates[i] = Date.UTC(1990, 0, 1) + i * 864e5;
    rates[i] = r = Math.min(0.12, Math.max(0.005, r + (next() - 0.5) * 0.004));
  }
  return { dates, rates };
})();

const PERIODS = {
  granularity: 'month',
  calendar: 'persian',
  points: ['1403-01', '1403-02', '1403-03', '1403-04', '1403-05', '1403-06'].map((period, i) => ({
    period,
    customersAtStart: 1200 + 40 * i,
    customersLost: [48, 41, 55, 39, 36, 44][i],
  })),
};

const meta: Meta<Args> = {
  title: 'Elements/churn-trend',
  component: 'churn-trend',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Churn (or retention) per month, quarter or year with a target line, a moving average and a crosshair tooltip that follows the pointer and the arrow keys. Time flows right to left in Persian and Arabic (`time-direction="ltr"` keeps it left to right); Persian uses the Persian calendar.',
      },
    },
  },
  argTypes: {
    points: { control: 'text', description: 'JSON array of { date, rate }' },
    json: { control: 'text', description: 'Inline <script type="application/json"> child' },
    metric: { control: 'inline-radio', options: ['churn', 'retention', 'both'] },
    granularity: { control: 'inline-radio', options: ['month', 'quarter', 'year'] },
    target: { control: { type: 'number', min: 0, max: 1, step: 0.005 } },
    smooth: { control: { type: 'number', min: 0, max: 12 } },
    area: { control: 'boolean' },
    timeDirection: { name: 'time-direction', control: 'inline-radio', options: [undefined, 'ltr'] },
    label: { control: 'text' },
    table: { control: 'boolean' },
    src: { control: 'text' },
    calendar: { control: 'inline-radio', options: [undefined, 'gregory', 'persian'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    export: { control: 'boolean', description: 'An Export button with a menu: PNG, SVG, CSV' },
    width: {
      control: { type: 'range', min: 240, max: 1200, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: { points: JSON.stringify(RATES), target: 0.03, width: 640 },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <churn-trend
        ?export=${a.export}
        points=${ifDefined(a.points)}
        metric=${ifDefined(a.metric)}
        granularity=${ifDefined(a.granularity)}
        target=${ifDefined(a.target)}
        smooth=${ifDefined(a.smooth)}
        ?area=${a.area}
        time-direction=${ifDefined(a.timeDirection)}
        label=${ifDefined(a.label)}
        ?table=${a.table}
        src=${ifDefined(a.src)}
        calendar=${ifDefined(a.calendar)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        lang=${ifDefined(a.lang)}
        >${
          a.json
            ? html`<script type="application/json">
                ${a.json}
              </script>`
            : ''
        }</churn-trend
      >
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Rates: Story = { args: { smooth: 3, area: true } };

export const PerPeriodCounts: Story = {
  name: 'Per-period counts (Persian keys)',
  args: { points: undefined, json: JSON.stringify(PERIODS), table: true },
};

export const RawCustomers: Story = {
  args: {
    points: undefined,
    json: JSON.stringify({ customers: CUSTOMERS }),
    granularity: 'quarter',
    metric: 'both',
  },
};

export const BigSeries: Story = {
  name: 'Columns: 100 000 days (.data)',
  parameters: {
    docs: {
      description: {
        story:
          'Set `.data = { dates, rates }` with `Float64Array`s (epoch ms, 0…1) for big series: validated in one pass, never copied, drawn with one point per pixel (LTTB); the tooltip reads every day.',
      },
    },
  },
  args: { points: undefined, target: undefined },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <churn-trend
        ?export=${a.export}
        .data=${BIG}
        granularity="year"
        theme=${ifDefined(a.theme)}
        lang=${ifDefined(a.lang)}
        ?table=${a.table}
      ></churn-trend>
    </div>
  `,
};

export const EndOfMonthRates: Story = {
  name: 'End-of-month rates (the README’s points)',
  parameters: {
    docs: {
      description: {
        story:
          'Rates keyed by the last day of their month, as in the README: one rate per month, so each stands for its month and sits at its first day, under the label that names it. January’s 4.1% is on the “Jan” tick, and the tooltip and the table say Jan 2025.',
      },
    },
  },
  args: {
    points: JSON.stringify([
      { date: '2025-01-31', rate: 0.041 },
      { date: '2025-02-28', rate: 0.037 },
    ]),
    target: undefined,
    table: true,
  },
};

export const PartialPeriod: Story = {
  name: 'Partial period',
  parameters: {
    docs: {
      description: {
        story:
          'A customer of tenure 0 on Jan 3 2025 opens a month the records cover for three days only: January is partial. Its segment is dashed, the tooltip and the table say “partial”, and the summary (the accessible name) gives the latest complete month, December, instead of January’s 0%.',
      },
    },
  },
  args: {
    points: undefined,
    json: JSON.stringify({ customers: [...CUSTOMERS, { start: '2025-01-03', end: '2025-01-03' }] }),
    target: undefined,
    table: true,
  },
};

export const PersianQuarters: Story = {
  name: 'Persian quarters',
  parameters: {
    docs: {
      description: {
        story:
          'The demo’s 600 customers by Persian quarter: ordinal quarter names (“فصل چهارم ۱۴۰۴”), the year on its own line under the axis, one item per line in the tooltip. The last quarter (from Dey 1 1404) holds about ten days of records: partial (ناتمام), dashed.',
      },
    },
  },
  args: { points: undefined, lang: 'fa', granularity: 'quarter', metric: 'both', target: 0.08, table: true },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <churn-trend
        ?export=${a.export}
        .data=${{ customers: DEMO_CUSTOMERS }}
        granularity=${ifDefined(a.granularity)}
        metric=${ifDefined(a.metric)}
        target=${ifDefined(a.target)}
        ?table=${a.table}
        theme=${ifDefined(a.theme)}
        lang=${ifDefined(a.lang)}
      ></churn-trend>
    </div>
  `,
};

export const Retention: Story = { args: { metric: 'retention', target: 0.96 } };

export const PersianCalendar: Story = { args: { lang: 'fa', smooth: 3 } };

export const PersianGregorian: Story = {
  name: 'Persian, Gregorian calendar',
  args: { lang: 'fa', calendar: 'gregory' },
};

export const PersianLeftToRight: Story = {
  name: 'Persian, time left to right',
  args: { lang: 'fa', timeDirection: 'ltr' },
};

export const Arabic: Story = { args: { lang: 'ar', numbering: 'arab', metric: 'both' } };

export const Yearly: Story = {
  args: {
    points: undefined,
    json: JSON.stringify({ customers: CUSTOMERS }),
    granularity: 'year',
    table: true,
  },
};

export const Dark: Story = {
  args: { theme: 'dark', area: true },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = { name: 'Narrow (240 px)', args: { width: 240 } };

export const Empty: Story = { args: { points: '[]' } };

export const Loading: Story = {
  args: { points: undefined, src: NEVER },
  beforeEach: neverLoads,
};

export const ErrorHttp: Story = {
  name: 'Error (HTTP 404)',
  args: { points: undefined, src: './missing-churn.json' },
};

export const ErrorSchema: Story = {
  name: 'Error (invalid data)',
  args: { points: JSON.stringify([{ date: '2025-01-31', rate: 1.4 }]) },
};

export const Export: Story = {
  name: 'Export menu (open)',
  args: { export: true },
  play: openExport('churn-trend'),
};
