import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NEVER, dataUrl, neverLoads, openExport } from './helpers.js';
import '../src/components/funnel-view/index.js';

interface Args {
  export?: boolean;
  stages?: string;
  orientation?: 'vertical' | 'horizontal';
  scale?: 'auto' | 'linear' | 'log' | 'sqrt';
  valueFormat?: 'number' | 'compact';
  label?: string;
  table?: boolean;
  src?: string;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width: number;
}

const SALES = [
  { label: 'Visitors', value: 48210, previous: 45100 },
  { label: 'Leads', value: 3120, previous: 2870 },
  { label: 'Qualified', value: 1290, previous: 1302 },
  { label: 'Proposal', value: 410, previous: 388 },
  { label: 'Won', value: 162, previous: 131 },
];
const PERSIAN = [
  { label: 'بازدیدکننده', value: 48210 },
  { label: 'سرنخ', value: 3120 },
  { label: 'سرنخ واجد شرایط', value: 1290 },
  { label: 'پیشنهاد', value: 410 },
  { label: 'قرارداد', value: 162 },
];
/** A realistic steep funnel: the first stage is 298 times the last. */
const STEEP = [
  { label: 'Visitors', value: 48210, previous: 45100 },
  { label: 'Leads', value: 3120, previous: 2870 },
  { label: 'Qualified', value: 1400, previous: 1302 },
  { label: 'Proposal', value: 520, previous: 560 },
  { label: 'Won', value: 162, previous: 131 },
];
const json = (v: unknown) => JSON.stringify(v);

const meta: Meta<Args> = {
  title: 'Elements/funnel-view',
  component: 'funnel-view',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One band per stage scaled to its value, the conversion from the previous stage, the overall conversion and the drop-off on hover or focus (arrow keys move between stages, Enter selects one). The scale is chosen from the data (linear, square root past a first/last ratio of 10, log past 100) and always stated above the bands; a band too small to draw to scale is dashed. Mirrors in right-to-left pages; a horizontal funnel narrower than 480 px is laid out vertically.',
      },
    },
  },
  argTypes: {
    stages: { control: 'text', description: 'JSON array of { label, value, previous? }' },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    scale: { control: 'inline-radio', options: [undefined, 'auto', 'linear', 'log', 'sqrt'] },
    valueFormat: { name: 'value-format', control: 'inline-radio', options: ['number', 'compact'] },
    label: { control: 'text' },
    table: { control: 'boolean' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    export: { control: 'boolean', description: 'An Export button with a menu: PNG, SVG, CSV' },
    width: {
      control: { type: 'range', min: 240, max: 1200, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: {
    stages: json(SALES.map(({ label, value }) => ({ label, value }))),
    width: 560,
    label: 'Sales funnel, Q3',
  },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <funnel-view
        ?export=${a.export}
        stages=${ifDefined(a.stages)}
        orientation=${ifDefined(a.orientation)}
        scale=${ifDefined(a.scale)}
        value-format=${ifDefined(a.valueFormat)}
        label=${ifDefined(a.label)}
        ?table=${a.table}
        src=${ifDefined(a.src)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        lang=${ifDefined(a.lang)}
        dir=${ifDefined(a.dir)}
        @funnel-stage-select=${(e: CustomEvent) => console.log('funnel-stage-select', e.detail)}
      ></funnel-view>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Vertical: Story = {};

export const Horizontal: Story = { args: { orientation: 'horizontal', width: 800 } };

export const WithPreviousPeriod: Story = { args: { stages: json(SALES), table: true } };

export const LogScale: Story = {
  name: 'Log scale (tiny last stage)',
  args: {
    scale: 'log',
    stages: json([
      { label: 'Impressions', value: 2400000 },
      { label: 'Clicks', value: 36000 },
      { label: 'Sign-ups', value: 900 },
      { label: 'Customers', value: 12 },
    ]),
  },
};

export const SteepFunnel: Story = {
  name: 'Steep funnel',
  args: { stages: json(STEEP), label: 'Sales funnel, Q3' },
};

export const SteepFunnelHorizontal: Story = {
  name: 'Steep funnel (horizontal)',
  args: { stages: json(STEEP), orientation: 'horizontal', width: 1200 },
};

export const SteepFunnelLinear: Story = {
  name: 'Steep funnel, scale="linear" (dashed floors)',
  args: { stages: json(STEEP), scale: 'linear' },
};

export const SteepFunnelPersianNarrow: Story = {
  name: 'Steep funnel, Persian, 320 px with the table',
  args: {
    lang: 'fa',
    label: 'قیف فروش',
    width: 320,
    table: true,
    stages: json(STEEP.map((s, i) => ({ ...s, label: PERSIAN[i]!.label }))),
  },
};

export const SteepFunnelDark: Story = {
  name: 'Steep funnel, dark, 320 px with the table',
  args: { stages: json(STEEP), theme: 'dark', width: 320, table: true },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const GrowingStage: Story = {
  args: {
    stages: json([
      { label: 'Trials', value: 500 },
      { label: 'Activated', value: 320 },
      { label: 'Referred friends', value: 410 },
    ]),
  },
};

export const Compact: Story = { args: { valueFormat: 'compact' } };

export const FromSrc: Story = { args: { stages: undefined, src: dataUrl({ stages: SALES }) } };

export const Persian: Story = { args: { lang: 'fa', stages: json(PERSIAN), label: 'قیف فروش' } };

export const PersianHorizontal: Story = {
  args: { lang: 'fa', orientation: 'horizontal', stages: json(PERSIAN), label: 'قیف فروش', width: 800 },
};

export const Arabic: Story = {
  args: {
    lang: 'ar',
    numbering: 'arab',
    label: 'مسار المبيعات',
    stages: json([
      { label: 'الزوار', value: 48210 },
      { label: 'العملاء المحتملون', value: 3120 },
      { label: 'الصفقات', value: 162 },
    ]),
  },
};

export const Dark: Story = {
  args: { theme: 'dark', orientation: 'horizontal', width: 800 },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = { name: 'Narrow (240 px)', args: { width: 240 } };

export const Empty: Story = { args: { stages: '[]' } };

export const Loading: Story = {
  args: { stages: undefined, src: NEVER },
  beforeEach: neverLoads,
};

export const ErrorHttp: Story = {
  name: 'Error (HTTP 404)',
  args: { stages: undefined, src: './missing-funnel.json' },
};

export const ErrorSchema: Story = {
  name: 'Error (invalid data)',
  args: { stages: json([{ label: 'Leads', value: -3 }]) },
};

export const Export: Story = {
  name: 'Export menu (open)',
  args: { export: true },
  play: openExport('funnel-view'),
};
