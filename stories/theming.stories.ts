import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { collectorUrl, fakeCollector } from './helpers.js';
import { customers } from './sample-data.js';
import '../src/components/nps-gauge/index.js';
import '../src/components/funnel-view/index.js';
import '../src/components/churn-trend/index.js';
import '../src/components/breakdown-bars/index.js';
import '../src/components/kpi-card/index.js';
import '../src/components/nps-survey/index.js';
import '../src/components/csat-survey/index.js';
import '../src/components/ces-survey/index.js';

/** A public design token of the kit (src/charts/tokens.ts), as the page sets it. */
type Token = `--crm-${string}`;

type Args = { [token: Token]: string | undefined } & {
  theme: 'auto' | 'light' | 'dark';
};

/** Every public token: its control, what it colours or sizes, and a few values to try. */
const TOKENS: [Token, 'color' | 'text' | 'select', string, string, string[]?][] = [
  [
    '--crm-color-promoter',
    'color',
    'Colours',
    'Promoters (NPS 9–10); with `colored`, the top of a survey scale',
  ],
  ['--crm-color-passive', 'color', 'Colours', 'Passives (NPS 7–8); with `colored`, the middle of a scale'],
  [
    '--crm-color-detractor',
    'color',
    'Colours',
    'Detractors (NPS 0–6); with `colored`, the bottom of a scale',
  ],
  ['--crm-color-positive', 'color', 'Colours', 'A change for the better'],
  ['--crm-color-negative', 'color', 'Colours', 'A change for the worse'],
  ['--crm-color-series-1', 'color', 'Colours', 'First data series: funnel bands, bars, the churn line'],
  ['--crm-color-series-2', 'color', 'Colours', 'Second series: retention, the second stacked segment'],
  ['--crm-color-series-3', 'color', 'Colours', 'Third series'],
  ['--crm-color-series-4', 'color', 'Colours', 'Fourth series'],
  ['--crm-color-series-5', 'color', 'Colours', 'Fifth series'],
  ['--crm-color-target', 'color', 'Colours', 'The NPS target marker (default: the focus colour)'],
  ['--crm-color-focus', 'color', 'Colours', 'Focus ring, send buttons, chosen answers, the sparkline'],
  ['--crm-color-text', 'color', 'Colours', 'Text'],
  ['--crm-color-text-muted', 'color', 'Colours', 'Secondary text and tick labels'],
  ['--crm-color-surface', 'color', 'Colours', 'Background of every card'],
  ['--crm-color-border', 'color', 'Colours', 'Borders and separators'],
  ['--crm-color-grid', 'color', 'Colours', 'Grid lines'],
  ['--crm-color-axis', 'color', 'Colours', 'Axis and tick lines'],
  ['--crm-color-tooltip-bg', 'color', 'Colours', 'Tooltip background'],
  ['--crm-color-tooltip-text', 'color', 'Colours', 'Tooltip text'],
  ['--crm-color-skeleton', 'color', 'Colours', 'Loading placeholder'],
  [
    '--crm-font-family',
    'select',
    'Type',
    'Font stack; nothing is downloaded',
    ['Georgia, serif', "ui-rounded, 'SF Pro Rounded', system-ui, sans-serif", 'ui-monospace, monospace'],
  ],
  ['--crm-font-size-sm', 'text', 'Type', 'Small text: ticks, tooltips, tables (0.75rem)'],
  ['--crm-font-size-md', 'text', 'Type', 'Body text (0.875rem)'],
  ['--crm-font-size-lg', 'text', 'Type', 'Headings (1rem)'],
  ['--crm-font-size-xl', 'text', 'Type', 'Large headings (1.25rem)'],
  ['--crm-font-size-display', 'text', 'Type', 'Big numbers (clamp(1.75rem, 12cqi, 3.5rem))'],
  ['--crm-radius', 'text', 'Card', 'Corner radius (6px)'],
  ['--crm-card-border', 'text', 'Card', 'The card’s edge (1px solid border colour); `none` to embed bare'],
  ['--crm-card-radius', 'text', 'Card', 'The card’s corners (--crm-radius)'],
  ['--crm-card-padding', 'text', 'Card', 'Room inside the edge (0.75rem); 0 to embed bare'],
  ['--crm-space-xs', 'text', 'Spacing', 'Spacing step 1 (0.25rem)'],
  ['--crm-space-sm', 'text', 'Spacing', 'Spacing step 2 (0.5rem)'],
  ['--crm-space-md', 'text', 'Spacing', 'Spacing step 3 (0.75rem)'],
  ['--crm-space-lg', 'text', 'Spacing', 'Spacing step 4 (1rem)'],
  ['--crm-motion-duration', 'text', 'Motion', 'Length of transitions (200ms; 0s under reduced motion)'],
];

const argTypes = Object.fromEntries(
  TOKENS.map(([token, control, category, description, options]) => [
    token,
    {
      description,
      table: { category },
      control: control === 'select' ? { type: 'select' } : control,
      ...(options && { options: [undefined, ...options] }),
    },
  ]),
);

const FUNNEL = [
  { label: 'Visitors', value: 48210, previous: 45100 },
  { label: 'Leads', value: 3120, previous: 2870 },
  { label: 'Qualified', value: 1290, previous: 1302 },
  { label: 'Proposal', value: 410, previous: 388 },
  { label: 'Won', value: 162, previous: 131 },
];
const OUTREACH = {
  series: ['Calls', 'Emails', 'Meetings', 'Tasks', 'Demos'],
  items: [
    { label: 'Sara Ahmadi', values: [42, 80, 12, 20, 6] },
    { label: 'Omid Karimi', values: [60, 35, 18, 9, 11] },
    { label: 'Lina Haddad', values: [12, 50, 6, 30, 4] },
  ],
};
const NPS = {
  promoters: 412,
  passives: 180,
  detractors: 96,
  previous: { promoters: 371, passives: 205, detractors: 118 },
  target: 50,
};
const CHURN = { customers };

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every element of the kit on one page, themed by the `--crm-*` design tokens set on one wrapper. Edit a control and every element follows at once; leave it empty for the kit’s own light or dark value. The kit never declares these properties: a page sets them anywhere up the tree (`:root`, a wrapper, the element). A value applies to both themes; set it under your own dark selector to vary it by theme.',
      },
    },
  },
  // The surveys post to a stand-in collector and start afresh (see helpers.ts).
  beforeEach: () => {
    localStorage.removeItem('crm-widgets:csat-survey');
    localStorage.removeItem('crm-widgets:ces-survey');
    return fakeCollector();
  },
  argTypes: {
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: '`theme` on every element: `auto` follows the system’s colour scheme',
      table: { category: 'Theme' },
    },
    ...argTypes,
  },
  args: { theme: 'auto' },
  render: (a) => {
    const tokens = Object.fromEntries(
      Object.entries(a).filter(
        ([key, value]) => key.startsWith('--crm-') && value !== undefined && value !== '',
      ),
    );
    const theme = a.theme === 'auto' ? undefined : a.theme;
    return html`
      <div
        class="theming"
        style=${styleMap({
          ...tokens,
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(22rem, 100%), 1fr))',
          alignItems: 'start',
          padding: '1rem',
          ...(a.theme === 'dark' && { background: '#010409', colorScheme: 'dark' }),
        })}
      >
        <nps-gauge label="Support NPS" theme=${ifDefined(theme)}
          ><script type="application/json">
            ${JSON.stringify(NPS)}
          </script></nps-gauge
        >
        <kpi-card
          label="Active users"
          value="1840"
          previous="1712"
          target="2000"
          series="[1500,1610,1712,1840]"
          theme=${ifDefined(theme)}
        ></kpi-card>
        <kpi-card
          metric="cac"
          currency="USD"
          spend="125000"
          new-customers="410"
          previous="298"
          target="250"
          theme=${ifDefined(theme)}
        ></kpi-card>
        <funnel-view
          label="Sales funnel, Q3"
          stages=${JSON.stringify(FUNNEL)}
          theme=${ifDefined(theme)}
        ></funnel-view>
        <churn-trend
          .data=${CHURN}
          granularity="quarter"
          metric="both"
          target="0.08"
          theme=${ifDefined(theme)}
        ></churn-trend>
        <breakdown-bars
          label="Outreach activity by rep"
          items=${JSON.stringify(OUTREACH)}
          theme=${ifDefined(theme)}
        ></breakdown-bars>
        <nps-survey
          brand="Acme"
          colored
          throttle-days="0"
          decline-throttle-days="0"
          action=${collectorUrl()}
          theme=${ifDefined(theme)}
        ></nps-survey>
        <csat-survey
          subject="your order"
          appearance="stars"
          colored
          throttle-days="0"
          decline-throttle-days="0"
          action=${collectorUrl()}
          theme=${ifDefined(theme)}
        ></csat-survey>
        <ces-survey
          brand="Acme"
          colored
          throttle-days="0"
          decline-throttle-days="0"
          action=${collectorUrl()}
          theme=${ifDefined(theme)}
        ></ces-survey>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The kit's own tokens: every control empty. */
export const Theming: Story = { name: 'Every element, live tokens' };

/**
 * A brand of its own: violet accents, warm neutrals, round corners, a serif face. Its colours are
 * a light palette, so it sets `theme="light"`: a page value applies to both themes, and the kit's
 * dark greens and reds would not read on this light surface.
 */
export const Brand: Story = {
  name: 'A brand (violet, round, serif)',
  args: {
    theme: 'light',
    '--crm-color-series-1': '#6d28d9',
    '--crm-color-series-2': '#b45309',
    '--crm-color-focus': '#6d28d9',
    '--crm-color-target': '#6d28d9',
    '--crm-color-text': '#292524',
    '--crm-color-text-muted': '#57534e',
    '--crm-color-surface': '#fffbf5',
    '--crm-color-border': '#e7e0d6',
    '--crm-font-family': 'Georgia, serif',
    '--crm-radius': '16px',
    '--crm-card-padding': '1rem',
  },
};

/** The same page in the dark theme (`theme="dark"` on every element). */
export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' } };

/** Bare cards for embedding in a dashboard's own panels. */
export const Bare: Story = {
  name: 'Bare (no edge, no padding)',
  args: { '--crm-card-border': 'none', '--crm-card-padding': '0' },
};
