import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NEVER, dataUrl, neverLoads, openExport } from './helpers.js';
import '../src/components/breakdown-bars/index.js';

interface Args {
  export?: boolean;
  items?: string;
  sort?: 'desc' | 'none';
  maxBars?: number;
  valueFormat?: 'number' | 'compact';
  show?: string;
  label?: string;
  table?: boolean;
  stacked?: boolean;
  better?: 'higher' | 'lower';
  src?: string;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width: number;
}

const LEADS = [
  { label: 'Web', value: 1240, previous: 1100 },
  { label: 'Referral', value: 860, previous: 900 },
  { label: 'Events', value: 310, previous: 310 },
  { label: 'Paid search', value: 295, previous: 240 },
  { label: 'Email', value: 180, previous: 210 },
  { label: 'Partners', value: 120, previous: 150 },
  { label: 'Social', value: 95, previous: 60 },
  { label: 'Webinars', value: 60, previous: 75 },
  { label: 'Print', value: 12, previous: 20 },
  { label: 'Radio', value: 8, previous: 4 },
];
const PERSIAN = [
  'وب',
  'معرفی',
  'رویدادها',
  'جستجوی پولی',
  'ایمیل',
  'شرکا',
  'شبکه‌های اجتماعی',
  'وبینار',
  'چاپی',
  'رادیو',
];
const ARABIC = [
  'الويب',
  'الإحالات',
  'الفعاليات',
  'البحث المدفوع',
  'البريد',
  'الشركاء',
  'التواصل الاجتماعي',
  'الندوات',
  'المطبوعات',
  'الإذاعة',
];
/** Churn (customers lost) by contract type, in its natural order. */
const CHURN = [
  { label: 'Monthly', value: 182, previous: 160 },
  { label: 'Annual', value: 64, previous: 71 },
  { label: 'Two-year', value: 11, previous: 15 },
];
/** Outreach activity per rep and type: calls, emails, meetings, tasks. */
const OUTREACH = {
  series: ['Calls', 'Emails', 'Meetings', 'Tasks'],
  items: [
    { label: 'Sara Ahmadi', values: [42, 80, 12, 20] },
    { label: 'Omid Karimi', values: [60, 35, 18, 9] },
    { label: 'Lina Haddad', values: [12, 50, 6, 30] },
    { label: 'Reza Moradi', values: [25, 22, 9, 14] },
  ],
};
const json = (v: unknown) => JSON.stringify(v);

const meta: Meta<Args> = {
  title: 'Elements/breakdown-bars',
  component: 'breakdown-bars',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Horizontal bars for categorical counts — leads by source, outreach by rep, churn by contract type, tickets by channel: sorted (or in the given order), value and share per bar, the change against the previous period, an "Other" bar beyond `max-bars` whose tooltip lists its members, and stacked series with a legend. Arrow keys move between bars (mirrored in right-to-left pages), Enter selects one, Escape hides the tooltip. Labels sit above their bars below 480 px and beside them above.',
      },
    },
  },
  argTypes: {
    items: {
      control: 'text',
      description:
        'JSON: [{ label, value, previous? }], { series, items: [{ label, values }] } or { records: [{ source, count? }] }',
    },
    sort: { control: 'inline-radio', options: [undefined, 'desc', 'none'] },
    maxBars: { name: 'max-bars', control: { type: 'number', min: 1, max: 20 } },
    valueFormat: { name: 'value-format', control: 'inline-radio', options: ['number', 'compact'] },
    show: { control: 'inline-radio', options: [undefined, 'value', 'share', 'value share'] },
    label: { control: 'text' },
    table: { control: 'boolean' },
    stacked: { control: 'boolean' },
    better: { control: 'inline-radio', options: [undefined, 'higher', 'lower'] },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    export: { control: 'boolean', description: 'An Export button with a menu: PNG, SVG, CSV' },
    width: {
      control: { type: 'range', min: 160, max: 1200, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: {
    items: json(LEADS.map(({ label, value }) => ({ label, value }))),
    label: 'Leads by source, Q3',
    width: 560,
  },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <breakdown-bars
        ?export=${a.export}
        items=${ifDefined(a.items)}
        sort=${ifDefined(a.sort)}
        max-bars=${ifDefined(a.maxBars)}
        value-format=${ifDefined(a.valueFormat)}
        show=${ifDefined(a.show)}
        label=${ifDefined(a.label)}
        ?table=${a.table}
        ?stacked=${a.stacked}
        better=${ifDefined(a.better)}
        src=${ifDefined(a.src)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        lang=${ifDefined(a.lang)}
        dir=${ifDefined(a.dir)}
        @breakdown-select=${(e: CustomEvent) => console.log('breakdown-select', e.detail)}
      ></breakdown-bars>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const dark = (story: () => unknown) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`;

export const LeadsBySource: Story = { name: 'Leads by source (Other beyond 8)' };

export const WithPrevious: Story = {
  name: 'Leads by source, vs previous period, with the table',
  args: { items: json(LEADS), table: true },
};

export const OtherBucket: Story = {
  name: 'Other bucket (max-bars="4")',
  args: { items: json(LEADS), maxBars: 4 },
};

export const ChurnByContract: Story = {
  name: 'Churn by contract type (given order)',
  args: { items: json(CHURN), sort: 'none', better: 'lower', label: 'Customers lost by contract type' },
};

export const OutreachStacked: Story = {
  name: 'Outreach stacked by rep',
  args: { items: json(OUTREACH), label: 'Outreach activity by rep', width: 720, table: true },
};

export const FromRecords: Story = {
  name: 'From raw lead records (src)',
  args: {
    items: undefined,
    src: dataUrl({
      records: [
        { source: 'Web', count: 12 },
        { source: 'Referral', count: 7 },
        { source: 'Web' },
        { source: 'Events', count: 3 },
      ],
    }),
  },
};

export const Compact: Story = {
  args: { items: json(LEADS.map((l) => ({ ...l, value: l.value * 1000 }))), valueFormat: 'compact' },
};

export const Persian: Story = {
  args: {
    lang: 'fa',
    label: 'سرنخ‌ها بر اساس منبع',
    items: json(LEADS.map((l, i) => ({ ...l, label: PERSIAN[i]! }))),
  },
};

export const PersianStacked: Story = {
  name: 'Persian, stacked',
  args: {
    lang: 'fa',
    label: 'فعالیت فروش بر اساس کارشناس',
    width: 720,
    items: json({
      series: ['تماس', 'ایمیل', 'جلسه', 'کار'],
      items: OUTREACH.items.map((it, i) => ({
        ...it,
        label: ['سارا احمدی', 'امید کریمی', 'لینا حداد', 'رضا مرادی'][i]!,
      })),
    }),
  },
};

export const Arabic: Story = {
  args: {
    lang: 'ar',
    numbering: 'arab',
    label: 'العملاء المحتملون حسب المصدر',
    items: json(LEADS.map((l, i) => ({ ...l, label: ARABIC[i]! }))),
  },
};

export const Dark: Story = { args: { theme: 'dark', items: json(LEADS), width: 720 }, decorators: [dark] };

export const DarkStacked: Story = {
  name: 'Dark, stacked',
  args: { theme: 'dark', items: json(OUTREACH), width: 720 },
  decorators: [dark],
};

export const Narrow: Story = {
  name: 'Narrow (160 px)',
  args: { items: json(LEADS), width: 160, maxBars: 5 },
};

export const Wide: Story = { name: 'Wide (1200 px)', args: { items: json(LEADS), width: 1200 } };

export const Empty: Story = { args: { items: '[]' } };

export const Loading: Story = { args: { items: undefined, src: NEVER }, beforeEach: neverLoads };

export const ErrorHttp: Story = {
  name: 'Error (HTTP 404)',
  args: { items: undefined, src: './missing-breakdown.json' },
};

export const ErrorSchema: Story = {
  name: 'Error (invalid data)',
  args: { items: json([{ label: 'Web', value: -3 }]) },
};

export const Export: Story = {
  name: 'Export menu (open)',
  args: { export: true },
  play: openExport('breakdown-bars'),
};
