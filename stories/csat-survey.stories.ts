import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerer, collectorUrl, fakeCollector } from './helpers.js';
import '../src/components/csat-survey/index.js';
import type { CsatAppearance } from '../src/components/csat-survey/index.js';

interface Args {
  action?: string;
  name?: string;
  required?: boolean;
  subject?: string;
  question?: string;
  appearance?: CsatAppearance;
  lowLabel?: string;
  highLabel?: string;
  satisfiedQuestion?: string;
  neutralQuestion?: string;
  unsatisfiedQuestion?: string;
  colored?: boolean;
  mode?: 'inline' | 'popover';
  delay?: number;
  theme?: 'light' | 'dark';
  numbering?: 'latn' | 'arab' | 'arabext';
  lang?: string;
  width: number;
}

/** A `play` that answers the story's survey, as a visitor would. */
const answer = answerer('csat-survey');

const meta: Meta<Args> = {
  title: 'Elements/csat-survey',
  component: 'csat-survey',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The customer satisfaction survey: "How satisfied were you with {subject}?" on 1–5 as numbers, stars or faces, a follow-up chosen by the answer (satisfied 4–5, neutral 3, unsatisfied 1–2), a thank-you. The same engine as `<nps-survey>`: each change is POSTed as JSON through the outbox with a growing `revision`, bodies carry `kind: "csat"` and `scale: "1-5"`. In these stories POSTs go to a stand-in collector (see the browser console), and throttling is off (`throttle-days="0"`).',
      },
    },
  },
  beforeEach: fakeCollector,
  argTypes: {
    action: { control: 'text' },
    name: { control: 'text', description: 'Form field name (without action)' },
    required: { control: 'boolean' },
    subject: { control: 'text', description: 'What the question asks about, inserted as written' },
    question: { control: 'text', description: '`{subject}` is replaced by subject' },
    appearance: { control: 'inline-radio', options: [undefined, 'numbers', 'stars', 'faces'] },
    lowLabel: { name: 'low-label', control: 'text' },
    highLabel: { name: 'high-label', control: 'text' },
    satisfiedQuestion: { name: 'satisfied-question', control: 'text' },
    neutralQuestion: { name: 'neutral-question', control: 'text' },
    unsatisfiedQuestion: { name: 'unsatisfied-question', control: 'text' },
    colored: { control: 'boolean', description: 'Colour the answers by category' },
    mode: { control: 'inline-radio', options: ['inline', 'popover'] },
    delay: { control: { type: 'number', min: 0 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    numbering: { control: 'inline-radio', options: [undefined, 'latn', 'arab', 'arabext'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fa', 'ar'] },
    width: {
      control: { type: 'range', min: 280, max: 800, step: 10 },
      description: 'Width of the slot (px)',
    },
  },
  args: { action: collectorUrl(), subject: 'your order', width: 480 },
  render: (a) => html`
    <div class="slot" style="inline-size: ${a.width}px">
      <csat-survey
        action=${ifDefined(a.action)}
        name=${ifDefined(a.name)}
        ?required=${a.required}
        subject=${ifDefined(a.subject)}
        question=${ifDefined(a.question)}
        appearance=${ifDefined(a.appearance)}
        low-label=${ifDefined(a.lowLabel)}
        high-label=${ifDefined(a.highLabel)}
        satisfied-question=${ifDefined(a.satisfiedQuestion)}
        neutral-question=${ifDefined(a.neutralQuestion)}
        unsatisfied-question=${ifDefined(a.unsatisfiedQuestion)}
        ?colored=${a.colored}
        mode=${ifDefined(a.mode)}
        delay=${ifDefined(a.delay)}
        theme=${ifDefined(a.theme)}
        numbering=${ifDefined(a.numbering)}
        lang=${ifDefined(a.lang)}
        throttle-days="0"
        decline-throttle-days="0"
      ></csat-survey>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Numbers: Story = { name: 'Numbers (default)' };
export const NumbersAnswered: Story = { name: 'Numbers, answered (4)', play: answer(4) };
export const Stars: Story = { args: { appearance: 'stars' } };
export const StarsAnswered: Story = {
  name: 'Stars, answered (4: four filled)',
  args: { appearance: 'stars' },
  play: answer(4),
};
export const Faces: Story = { args: { appearance: 'faces' } };
export const FacesColoured: Story = { name: 'Faces (colored)', args: { appearance: 'faces', colored: true } };
export const FacesColouredAnswered: Story = {
  name: 'Faces (colored), answered (2)',
  args: { appearance: 'faces', colored: true },
  play: answer(2),
};
export const FollowUpUnsatisfied: Story = { name: 'Follow-up: unsatisfied (1)', play: answer(1) };
export const FollowUpNeutral: Story = { name: 'Follow-up: neutral (3)', play: answer(3) };
export const FollowUpSatisfied: Story = { name: 'Follow-up: satisfied (5)', play: answer(5) };
export const CustomQuestions: Story = {
  args: {
    subject: 'our support team',
    question: 'How did {subject} do today?',
    lowLabel: 'Badly',
    highLabel: 'Brilliantly',
    satisfiedQuestion: 'Who should we thank?',
    appearance: 'stars',
  },
  play: answer(5),
};
export const Thanks: Story = { args: { appearance: 'faces' }, play: answer(5, 'Arrived a day early.') };
export const ErrorRejected: Story = {
  name: 'Error (HTTP 422)',
  args: { action: collectorUrl(422) },
  play: answer(2),
};
export const Queued: Story = {
  name: 'Queued (server down: kept in the outbox)',
  args: { action: collectorUrl(503) },
  play: answer(3),
};
export const Popover: Story = { args: { mode: 'popover', delay: 1, appearance: 'faces' } };
export const Persian: Story = {
  args: { lang: 'fa', subject: 'سفارش خود', appearance: 'faces' },
  play: answer(4),
};
export const PersianStars: Story = {
  name: 'Persian, stars',
  args: { lang: 'fa', subject: 'سفارش خود', appearance: 'stars' },
  play: answer(3),
};
export const Arabic: Story = { args: { lang: 'ar', numbering: 'arab', subject: 'طلبك' } };
export const Dark: Story = {
  args: { theme: 'dark', appearance: 'stars' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
  play: answer(4),
};
export const DarkFaces: Story = {
  name: 'Dark, faces (colored)',
  args: { theme: 'dark', appearance: 'faces', colored: true },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
  play: answer(3),
};
export const Phone: Story = { name: 'Phone (320 px), faces', args: { width: 320, appearance: 'faces' } };
export const FormField: Story = {
  name: 'Form field',
  args: { action: undefined, name: 'csat', required: true, appearance: 'stars' },
  render: (a) =>
    html`<form
      style="inline-size: ${a.width}px; display: grid; gap: 0.5rem"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.value = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <csat-survey
        name=${ifDefined(a.name)}
        ?required=${a.required}
        appearance=${ifDefined(a.appearance)}
        lang=${ifDefined(a.lang)}
      ></csat-survey>
      <button>Submit the form</button>
      <output></output>
    </form>`,
};
