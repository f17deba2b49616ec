import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NEVER, dataUrl, neverLoads, openExport } from './helpers.js';
import '../src/components/kpi-card/index.js';

interface Args {
  export?: boolean;
  metric?: string;
  label?: string;
  value?: number;
  format?: string;
  currency?: string;
  notation?: 'compact';
  previous?: number;
  target?: string;
  series?: string;
  /** The inputs as `.data` (camelCase, records under tickets/deals/customers/scores). */
  data?: Record<string, unknown>;
  src?: string;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width: number;
}

const H = 36e5;
const t0 = Date.UTC(2025, 2, 1, 9);
const TICKETS = [2, 3.3, 5, 1.5, 7, 2.5].map((h, i) => ({
  opened: t0 + i * 864e5,
  firstResponse: t0 + i * 864e5 + h * H,
  resolved: i % 3 ? t0 + i * 864e5 + (h + 20) * H : null,
}));
const DEALS = [
  { created: '2025-07-01', closed: '2025-07-15', won: true, amount: 5000 },
  { created: '2025-07-01', closed: '2025-07-20', won: false },
  { created: '2025-07-02', closed: '2025-08-01', won: true, amount: 12000 },
  { created: '2025-07-03', closed: '2025-09-01', won: false },
  { created: '2025-08-03' },
];

const card = (a: Partial<Args>) =>
  html`<kpi-card
    ?export=${a.export}
    metric=${ifDefined(a.metric)}
    label=${ifDefined(a.label)}
    value=${ifDefined(a.value)}
    format=${ifDefined(a.format)}
    currency=${ifDefined(a.currency)}
    notation=${ifDefined(a.notation)}
    previous=${ifDefined(a.previous)}
    target=${ifDefined(a.target)}
    series=${ifDefined(a.series)}
    src=${ifDefined(a.src)}
    theme=${ifDefined(a.theme)}
    numbering=${ifDefined(a.numbering)}
    lang=${ifDefined(a.lang)}
    dir=${ifDefined(a.dir)}
    .data=${a.data}
  ></kpi-card>`;

/** A KPI wall: plain cards in a grid, no custom CSS on the cards. */
const WALL: Partial<Args>[] = [
  {
    metric: 'cac',
    currency: 'USD',
    data: { spend: 125000, newCustomers: 410 },
    previous: 298,
    target: '250',
  },
  { metric: 'close-rate', data: { deals: DEALS }, previous: 0.35, target: '0.25' },
  {
    metric: 'churn-rate',
    data: { customersAtStart: 400, customersLost: 18, series: [0.06, 0.055, 0.05, 0.045] },
    previous: 0.05,
  },
  { metric: 'first-response-time', data: { tickets: TICKETS }, target: 'PT4H', previous: 3 * H },
  {
    metric: 'clv',
    currency: 'USD',
    notation: 'compact',
    data: { averageRevenue: 1200, grossMargin: 0.6, churnRate: 0.045 },
  },
  { metric: 'nps', data: { promoters: 412, passives: 180, detractors: 96 }, previous: 40, target: '50' },
  { metric: 'ces', data: { scores: [6, 7, 5, 7, 4, 6, 6] } },
  { label: 'Active users', value: 1840, previous: 1712, series: '[1500,1610,1712,1840]' },
];

const meta: Meta<Args> = {
  title: 'Elements/kpi-card',
  component: 'kpi-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One key performance indicator: a metric computed from its inputs (attributes, `.data`, inline JSON or `src`), large, with the change since the previous period coloured by whether the metric is better higher or lower, the distance to a target, an optional sparkline and a disclosure with the formula and the inputs used. A grid of cards needs no custom CSS.',
      },
    },
  },
  argTypes: {
    metric: {
      control: 'select',
      options: [
        undefined,
        'renewal-rate',
        'close-rate',
        'conversion-rate',
        'cac',
        'retention-cost',
        'clv',
        'roi',
        'marketing-roi',
        'net-new-revenue',
        'churn-rate',
        'retention-rate',
        'customer-growth',
        'revenue-per-lead',
        'cost-per-lead',
        'average-deal-size',
        'sales-cycle',
        'nps',
        'csat',
        'ces',
        'first-response-time',
        'resolution-time',
        'cases-per-day',
        'relationship-length',
      ],
    },
    format: {
      control: 'inline-radio',
      options: [undefined, 'percent', 'currency', 'duration', 'count', 'score', 'number'],
    },
    notation: { control: 'inline-radio', options: [undefined, 'compact'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    data: { control: 'object' },
    export: { control: 'boolean', description: 'An Export button with a menu: PNG, SVG, CSV' },
    width: {
      control: { type: 'range', min: 160, max: 1200, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: {
    metric: 'cac',
    currency: 'USD',
    data: { spend: 125000, newCustomers: 410 },
    previous: 298,
    width: 280,
  },
  render: (a) => html`<div class="slot" style="inline-size: ${a.width}px">${card(a)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Revenue: Story = { name: 'Revenue (CAC vs previous and target)', args: { target: '250' } };

export const Money: Story = {
  name: 'Revenue family: CLV, ROI, net new revenue',
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
      ${card({ metric: 'clv', currency: 'USD', data: { averageRevenue: 1200, grossMargin: 0.6, churnRate: 0.05 } })}
      ${card({ metric: 'roi', data: { gain: 150000, cost: 100000 }, previous: 0.4 })}
      ${card({ metric: 'marketing-roi', data: { attributedRevenue: 300000, marketingCost: 50000, grossMargin: 0.5 } })}
      ${card({
        metric: 'net-new-revenue',
        currency: 'EUR',
        notation: 'compact',
        data: { newRevenue: 50000, expansion: 12000, contraction: 3000, churned: 9000 },
        previous: 42000,
      })}
      ${card({ metric: 'retention-cost', currency: 'USD', data: { spend: 50000, retainedCustomers: 2000 }, previous: 22 })}
      ${card({ metric: 'revenue-per-lead', currency: 'USD', data: { revenue: 90000, leads: 3000 } })}
      ${card({ metric: 'cost-per-lead', currency: 'USD', data: { spend: 45000, leads: 3000 }, previous: 12 })}
    </div>`,
};

export const Rates: Story = {
  name: 'Rates: renewal, conversion, churn, retention, growth',
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
      ${card({ metric: 'renewal-rate', data: { renewed: 45, dueForRenewal: 60 }, target: '0.8' })}
      ${card({ metric: 'conversion-rate', data: { visitors: 48210, leads: 3120 }, previous: 0.06 })}
      ${card({ metric: 'churn-rate', data: { customersAtStart: 400, customersLost: 18 }, previous: 0.05 })}
      ${card({ metric: 'retention-rate', data: { customersAtStart: 400, customersLost: 18 }, previous: 0.96 })}
      ${card({ metric: 'customer-growth', data: { customersAtStart: 400, customersAtEnd: 460 } })}
    </div>`,
};

export const Sales: Story = {
  name: 'Sales: close rate, deal size, sales cycle (deal records)',
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
      ${card({ metric: 'close-rate', data: { deals: DEALS }, target: '0.25' })}
      ${card({ metric: 'average-deal-size', currency: 'USD', data: { deals: DEALS } })}
      ${card({ metric: 'sales-cycle', data: { deals: DEALS }, previous: 30 * 864e5 })}
    </div>`,
};

export const Service: Story = {
  name: 'Service: response, resolution, cases, relationship (records)',
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
      ${card({ metric: 'first-response-time', data: { tickets: TICKETS }, target: 'PT4H' })}
      ${card({ metric: 'resolution-time', data: { tickets: TICKETS }, target: 'P1D' })}
      ${card({ metric: 'cases-per-day', data: { tickets: TICKETS }, previous: 1.5 })}
      ${card({
        metric: 'relationship-length',
        data: { customers: [{ start: '2023-01-01' }, { start: '2024-07-01' }, { start: '2022-05-01' }] },
      })}
    </div>`,
};

/** What the surveys post, of every kind: each card counts only its own (a body without kind is NPS). */
const RESPONSES = [
  { kind: 'nps', score: 10 },
  { kind: 'nps', score: 9 },
  { score: 6 },
  { kind: 'csat', scale: '1-5', score: 5 },
  { kind: 'csat', scale: '1-5', score: 4 },
  { kind: 'csat', scale: '1-5', score: 2 },
  { kind: 'ces', scale: '1-7', score: 6 },
  { kind: 'ces', scale: '1-7', score: 7 },
  { kind: 'ces', scale: '1-7', score: 3 },
];

export const Surveys: Story = {
  name: 'Surveys: NPS, CSAT and CES',
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
      ${card({ metric: 'nps', data: { promoters: 412, passives: 180, detractors: 96 }, previous: 40 })}
      ${card({ metric: 'csat', data: { satisfied: 310, neutral: 52, unsatisfied: 38 }, previous: 0.74 })}
      ${card({ metric: 'ces', data: { scores: [6, 7, 5, 7, 4] } })}
      ${card({ metric: 'nps', label: 'NPS from responses', data: { responses: RESPONSES } })}
      ${card({ metric: 'csat', label: 'CSAT from responses', data: { responses: RESPONSES } })}
      ${card({ metric: 'ces', label: 'CES from responses', data: { responses: RESPONSES } })}
    </div>`,
};

export const ValueOnly: Story = {
  name: 'A ready value with a sparkline',
  args: {
    metric: undefined,
    data: undefined,
    label: 'Active users',
    value: 1840,
    previous: 1712,
    series: '[1500,1610,1712,1840]',
  },
};

const wall = (extra: Partial<Args> = {}) =>
  html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem">
    ${WALL.map((c) => card({ ...c, ...extra }))}
  </div>`;

export const Wall: Story = { name: 'KPI wall', render: () => wall() };
export const Persian: Story = { name: 'KPI wall (fa)', render: () => wall({ lang: 'fa' }) };
export const Arabic: Story = {
  name: 'KPI wall (ar, Arabic-Indic digits)',
  render: () => wall({ lang: 'ar', numbering: 'arab' }),
};
export const Dark: Story = {
  name: 'KPI wall (dark)',
  render: () => html`<div style="background:#0d1117;padding:1rem">${wall({ theme: 'dark' })}</div>`,
};
export const Narrow: Story = {
  name: 'Narrow (160 px)',
  args: { width: 160, target: '250', series: '[280,291,298,304.88]' },
};
export const FromSrc: Story = {
  args: {
    metric: 'close-rate',
    data: undefined,
    src: dataUrl({ deals: DEALS }),
    target: '0.25',
    previous: undefined,
  },
};
export const Loading: Story = { args: { data: undefined, src: NEVER }, beforeEach: neverLoads };
export const Empty: Story = {
  name: 'Empty (no new customers)',
  args: { data: { spend: 1000, newCustomers: 0 } },
};
export const ErrorMissing: Story = {
  name: 'Error (cac needs new-customers)',
  args: { data: { spend: 125000 } },
};

export const Export: Story = {
  name: 'Export menu (open)',
  args: { export: true },
  play: openExport('kpi-card'),
};
