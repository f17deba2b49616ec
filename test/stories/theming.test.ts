// Every story of stories/theming.stories.ts, rendered and checked in each host page (see
// harness.ts); and what the Theming guide promises: every element of the kit on the page, each
// following a token edited in a control without being rebuilt.
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import * as stories from '../../stories/theming.stories.js';
import { crmElements, settle, storyTests } from './harness.js';
import type { Annotations } from './harness.js';

storyTests(stories);

const meta = stories.default as Annotations;
const show = (canvas: HTMLElement, args: Record<string, unknown>) =>
  render(meta.render!({ ...meta.args, ...args }, {} as never), canvas);

describe('Guides/Theming', () => {
  let canvas: HTMLElement;
  let leave: unknown;
  beforeEach(async () => {
    leave = await (meta.beforeEach as () => unknown)();
    canvas = await fixture(html`<div></div>`);
  });
  afterEach(() => (leave as () => void)());

  it('shows every element of the kit', async () => {
    show(canvas, {});
    await settle(canvas);
    const folders: string[] = await (await fetch('/__test__/ls?dir=src/components')).json();
    // Every custom element's name has a hyphen; src/components/survey is the surveys' engine.
    const tags = folders.filter((f) => f.includes('-') && !f.includes('.'));
    expect(tags).to.include.members(['nps-gauge', 'funnel-view', 'nps-survey']);
    expect([...new Set(crmElements(canvas).map((el) => el.localName))].sort()).to.deep.equal(tags.sort());
  });

  it('every element follows the tokens a control sets, in place', async () => {
    show(canvas, {});
    await settle(canvas);
    const before = crmElements(canvas);
    for (const el of before)
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');

    show(canvas, {
      '--crm-color-surface': '#fffbf5',
      '--crm-font-family': 'Georgia, serif',
      '--crm-card-radius': '16px',
    });
    await settle(canvas);
    const after = crmElements(canvas);
    expect(after, 'the same elements, not new ones').to.deep.equal(before);
    for (const el of after) {
      const style = getComputedStyle(el);
      expect(style.backgroundColor, el.localName).to.equal('rgb(255, 251, 245)');
      expect(style.fontFamily, el.localName).to.equal('Georgia, serif');
      expect(style.borderTopLeftRadius, el.localName).to.equal('16px');
    }

    // An emptied control gives the kit's value back.
    show(canvas, { '--crm-color-surface': '' });
    await settle(canvas);
    for (const el of after)
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
  });

  it('the theme control switches every element to dark and back', async () => {
    show(canvas, { theme: 'dark' });
    await settle(canvas);
    const elements = crmElements(canvas);
    for (const el of elements) {
      expect(el.getAttribute('theme'), el.localName).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(13, 17, 23)');
    }
    show(canvas, { theme: 'light' });
    await settle(canvas);
    for (const el of elements)
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
  });
});
