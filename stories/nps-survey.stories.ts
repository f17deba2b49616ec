import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerIn, answerer, collectorUrl, fakeCollector } from './helpers.js';
import '../src/components/nps-survey/index.js';
import type { NpsSurvey } from '../src/components/nps-survey/index.js';

interface Args {
  action?: string;
  name?: string;
  required?: boolean;
  brand?: string;
  question?: string;
  detractorQuestion?: string;
  passiveQuestion?: string;
  promoterQuestion?: string;
  maxLength?: number;
  respondentId?: string;
  properties?: string;
  colored?: boolean;
  mode?: 'inline' | 'popover';
  delay?: number;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width: number;
}

/** A `play` that answers the story's survey, as a visitor would. */
const answer = answerer('nps-survey');

const meta: Meta<Args> = {
  title: 'Elements/nps-survey',
  component: 'nps-survey',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The Net Promoter Score survey: 0–10, a follow-up question chosen by the answer, a thank-you. Each change is POSTed as JSON through a persistent outbox, so a response survives network errors, closed tabs and reloads, and servers upsert it by `id`. In these stories POSTs go to a stand-in collector (see the browser console), and throttling is off (`throttle-days="0"`).',
      },
    },
  },
  beforeEach: fakeCollector,
  argTypes: {
    action: { control: 'text' },
    name: { control: 'text', description: 'Form field name (without action)' },
    required: { control: 'boolean' },
    brand: { control: 'text' },
    question: { control: 'text', description: '`{brand}` is replaced by brand' },
    detractorQuestion: { name: 'detractor-question', control: 'text' },
    passiveQuestion: { name: 'passive-question', control: 'text' },
    promoterQuestion: { name: 'promoter-question', control: 'text' },
    maxLength: { name: 'max-length', control: { type: 'number', min: 1 } },
    respondentId: { name: 'respondent-id', control: 'text' },
    properties: { control: 'text', description: 'JSON object of primitives' },
    colored: { control: 'boolean', description: 'Colour the scale by category (off: one neutral style)' },
    mode: { control: 'inline-radio', options: ['inline', 'popover'] },
    delay: { control: { type: 'number', min: 0 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    width: {
      control: { type: 'range', min: 280, max: 800, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: { action: collectorUrl(), brand: 'Acme', width: 560 },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <nps-survey
        action=${ifDefined(a.action)}
        name=${ifDefined(a.name)}
        ?required=${a.required}
        brand=${ifDefined(a.brand)}
        question=${ifDefined(a.question)}
        detractor-question=${ifDefined(a.detractorQuestion)}
        passive-question=${ifDefined(a.passiveQuestion)}
        promoter-question=${ifDefined(a.promoterQuestion)}
        max-length=${ifDefined(a.maxLength)}
        respondent-id=${ifDefined(a.respondentId)}
        properties=${ifDefined(a.properties)}
        ?colored=${a.colored}
        mode=${ifDefined(a.mode)}
        delay=${ifDefined(a.delay)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        lang=${ifDefined(a.lang)}
        dir=${ifDefined(a.dir)}
        throttle-days="0"
        decline-throttle-days="0"
      ></nps-survey>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Question: Story = {};

export const NeutralScale: Story = {
  name: 'Neutral scale (default)',
  parameters: {
    docs: {
      description: {
        story:
          'Every score looks the same before an answer (a colour-coded scale sways the answers); the chosen one takes the focus colour.',
      },
    },
  },
  play: answer(7),
};

export const ColouredScale: Story = {
  name: 'Coloured scale (colored)',
  args: { colored: true },
  parameters: {
    docs: {
      description: {
        story:
          'With `colored`: detractors (0–6), passives (7–8) and promoters (9–10) are marked in their colours, and the chosen score is filled with its category’s.',
      },
    },
  },
};

export const ColouredScaleChosen: Story = {
  name: 'Coloured scale, answered',
  args: { colored: true },
  play: answer(9),
};

export const FollowUpDetractor: Story = { name: 'Follow-up: detractor (3)', play: answer(3) };

export const FollowUpPassive: Story = { name: 'Follow-up: passive (7)', play: answer(7) };

export const FollowUpPromoter: Story = { name: 'Follow-up: promoter (10)', play: answer(10) };

export const CustomQuestions: Story = {
  args: {
    question: 'How likely are you to recommend {brand} Cloud to another team?',
    promoterQuestion: 'What should other teams know about {brand} Cloud?',
    maxLength: 280,
  },
  play: answer(9),
};

export const Thanks: Story = { play: answer(9, 'The onboarding was great.') };

export const ThanksSlot: Story = {
  name: 'Thanks (slotted)',
  render: (a) =>
    html`<div class="slot" style="inline-size: ${a.width}px">
      <nps-survey action=${ifDefined(a.action)} brand=${ifDefined(a.brand)} throttle-days="0">
        <p slot="thanks">Thanks! Your feedback goes straight to our product team.</p>
      </nps-survey>
    </div>`,
  play: answer(10, ''),
};

export const ErrorRejected: Story = {
  name: 'Error (HTTP 422)',
  args: { action: collectorUrl(422) },
  play: answer(6),
};

export const Queued: Story = {
  name: 'Queued (server down: kept in the outbox)',
  args: { action: collectorUrl(503) },
  play: answer(8),
};

export const Popover: Story = {
  args: { mode: 'popover', delay: 1 },
};

export const Persian: Story = {
  args: { lang: 'fa', brand: 'دیجی‌کالا' },
  play: answer(4),
};

export const PersianEnglishComment: Story = {
  name: 'Persian with English comment',
  args: { lang: 'fa', brand: 'دیجی‌کالا' },
  parameters: {
    docs: {
      description: {
        story:
          'The comment box follows the direction of what is typed: an English comment in a Persian survey runs left to right, its full stop at its end. It is sent as typed.',
      },
    },
  },
  play: answer(4, 'Billing question about the annual plan.', false),
};

export const ArabicEnglishComment: Story = {
  name: 'Arabic with English comment',
  args: { lang: 'ar', brand: 'أكمي', width: 320 },
  play: answer(8, 'Great support, slow invoices.', false),
};

export const ThanksHeight: Story = {
  name: 'Thank-you step height',
  parameters: {
    docs: {
      description: {
        story:
          'The same survey before and after Send: the thank-you takes the place of the answered question, so the card keeps its height and the page below does not move.',
      },
    },
  },
  render: (a) => html`
    <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${['Before Send', 'After Send'].map(
        (caption) =>
          html`<div class="slot" style="inline-size: ${a.width}px">
            <nps-survey
              action=${ifDefined(a.action)}
              brand=${ifDefined(a.brand)}
              lang=${ifDefined(a.lang)}
              theme=${ifDefined(a.theme)}
              throttle-days="0"
            ></nps-survey>
            <p>${caption}: the rest of the page</p>
          </div>`,
      )}
    </div>
  `,
  args: { width: 360 },
  play: async ({ canvasElement }) => {
    const [open, done] = [...canvasElement.querySelectorAll<NpsSurvey>('nps-survey')];
    await answerIn(open!, 3, 'Billing question.', false);
    await answerIn(done!, 3, 'Billing question.');
  },
};

export const ThanksHeightPersian: Story = {
  ...ThanksHeight,
  name: 'Thank-you step height (Persian, 320 px)',
  args: { lang: 'fa', width: 320 },
};

export const Arabic: Story = {
  args: { lang: 'ar', numbering: 'arab', brand: 'أكمي' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
  play: answer(9),
};

export const Phone: Story = {
  name: 'Phone (320 px)',
  args: { width: 320 },
};

export const FormField: Story = {
  name: 'Form field',
  args: { action: undefined, name: 'nps', required: true },
  render: (a) =>
    html`<form
      style="inline-size: ${a.width}px; display: grid; gap: 0.5rem"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.value = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <nps-survey name=${ifDefined(a.name)} ?required=${a.required} lang=${ifDefined(a.lang)}></nps-survey>
      <button>Submit the form</button>
      <output></output>
    </form>`,
};
