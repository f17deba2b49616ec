import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NEVER, dataUrl, neverLoads, openExport } from './helpers.js';
import '../src/components/nps-gauge/index.js';

interface Args {
  export?: boolean;
  promoters?: number;
  passives?: number;
  detractors?: number;
  scores?: string;
  target?: number;
  label?: string;
  minResponses?: number;
  src?: string;
  refresh?: number;
  timeout?: number;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  calendar?: 'gregory' | 'persian';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width: number;
  json?: string;
}

const withPrevious = JSON.stringify({
  promoters: 412,
  passives: 180,
  detractors: 96,
  previous: { promoters: 371, passives: 205, detractors: 118 },
  target: 50,
});

const meta: Meta<Args> = {
  title: 'Elements/nps-gauge',
  component: 'nps-gauge',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Net Promoter Score from −100 to 100 with the promoter / passive / detractor split, the 95% margin of error and the change since the previous period. In right-to-left pages the split and the text mirror; the dial keeps −100 on the left, like a number line.',
      },
    },
  },
  argTypes: {
    promoters: { control: { type: 'number', min: 0 } },
    passives: { control: { type: 'number', min: 0 } },
    detractors: { control: { type: 'number', min: 0 } },
    scores: { control: 'text', description: 'Answers 0–10, comma separated (beats the counts)' },
    target: { control: { type: 'range', min: -100, max: 100 } },
    label: { control: 'text' },
    minResponses: { name: 'min-responses', control: { type: 'number', min: 0 } },
    src: { control: 'text' },
    refresh: { control: { type: 'number', min: 0 } },
    timeout: { control: { type: 'number', min: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    calendar: { control: 'inline-radio', options: [undefined, 'gregory', 'persian'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    export: { control: 'boolean', description: 'An Export button with a menu: PNG, SVG, CSV' },
    width: {
      control: { type: 'range', min: 160, max: 1200, step: 10 },
      description: 'Width of the slot (px)',
    },
    json: { control: 'text', description: 'Inline <script type="application/json"> child' },
  },
  args: { promoters: 412, passives: 180, detractors: 96, width: 360 },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <nps-gauge
        ?export=${a.export}
        promoters=${ifDefined(a.promoters)}
        passives=${ifDefined(a.passives)}
        detractors=${ifDefined(a.detractors)}
        scores=${ifDefined(a.scores)}
        target=${ifDefined(a.target)}
        label=${ifDefined(a.label)}
        min-responses=${ifDefined(a.minResponses)}
        src=${ifDefined(a.src)}
        refresh=${ifDefined(a.refresh)}
        timeout=${ifDefined(a.timeout)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        calendar=${ifDefined(a.calendar)}
        lang=${ifDefined(a.lang)}
        dir=${ifDefined(a.dir)}
        >${
          a.json
            ? html`<script type="application/json">
                ${a.json}
              </script>`
            : ''
        }</nps-gauge
      >
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Counts: Story = {};

export const Scores: Story = {
  args: {
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    scores: '10,9,9,8,7,10,3,6,9,10',
  },
};

export const WithPreviousAndTarget: Story = {
  args: { promoters: undefined, passives: undefined, detractors: undefined, json: withPrevious, width: 420 },
};

export const FromSrc: Story = {
  args: {
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    src: dataUrl({ scores: [10, 10, 9, 7, 2] }),
    label: 'Support NPS',
  },
};

export const SmallSample: Story = {
  args: { promoters: 9, passives: 4, detractors: 3 },
};

export const Empty: Story = {
  args: { promoters: 0, passives: 0, detractors: 0 },
};

export const Loading: Story = {
  args: { promoters: undefined, passives: undefined, detractors: undefined, src: NEVER },
  beforeEach: neverLoads,
};

export const ErrorHttp: Story = {
  name: 'Error (HTTP 404)',
  args: { promoters: undefined, passives: undefined, detractors: undefined, src: './missing-nps.json' },
};

export const ErrorSchema: Story = {
  name: 'Error (invalid data)',
  args: { promoters: undefined, passives: undefined, detractors: undefined, scores: '10,9,11' },
};

export const Persian: Story = {
  args: {
    lang: 'fa',
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    json: withPrevious,
    width: 420,
  },
};

export const Arabic: Story = {
  args: {
    lang: 'ar',
    numbering: 'arab',
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    json: withPrevious,
    width: 420,
  },
};

export const Dark: Story = {
  args: { theme: 'dark', target: 40 },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const Narrow: Story = {
  name: 'Narrow (160 px)',
  args: { width: 160, target: 40 },
};

export const TargetNearScore: Story = {
  name: 'Target near score',
  args: {
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    // 275 / 140 / 85 → 38, two points under the target: the marker stays apart from the needle.
    json: JSON.stringify({
      promoters: 275,
      passives: 140,
      detractors: 85,
      previous: { promoters: 240, passives: 150, detractors: 110 },
      target: 40,
    }),
  },
};

export const Wide: Story = {
  name: 'Wide (1200 px)',
  args: {
    width: 1200,
    promoters: undefined,
    passives: undefined,
    detractors: undefined,
    // 24 answers (14 / 5 / 5 → 38): the small-sample note and a "not significant" delta beside the score.
    json: JSON.stringify({
      promoters: 14,
      passives: 5,
      detractors: 5,
      previous: { promoters: 10, passives: 6, detractors: 6 },
      target: 40,
    }),
  },
};

export const Export: Story = {
  name: 'Export menu (open)',
  args: { export: true },
  play: openExport('nps-gauge'),
};
