// The story tests cover the whole catalogue, and the harness composes and checks stories as
// Storybook does (so a story test can fail for the reasons it claims to check).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { checkStory, compose, composeAll, storyNameFromExport, VARIANTS } from './harness.js';
import type { StoriesModule, StoryContext } from './harness.js';
import '../../src/components/nps-gauge/index.js';

/** The file names in a folder of the repository (the test server's /__test__/ls route). */
const ls = async (dir: string): Promise<string[]> => (await fetch(`/__test__/ls?dir=${dir}`)).json();

const en = VARIANTS.find((v) => v.name === 'en')!;
const gauge = html`<nps-gauge promoters="5" passives="3" detractors="2"></nps-gauge>`;

describe('the catalogue', () => {
  it('every stories/*.stories.ts has its story tests in test/stories/', async () => {
    const stories = (await ls('stories'))
      .filter((f) => f.endsWith('.stories.ts'))
      .map((f) => f.slice(0, -'.stories.ts'.length));
    const tests = await ls('test/stories');
    expect(stories).to.include.members(['nps-gauge', 'nps-survey', 'kpi-card']);
    for (const name of stories) {
      expect(tests, `test/stories/${name}.test.ts is missing`).to.include(`${name}.test.ts`);
      const source = await (await fetch(`/test/stories/${name}.test.ts`)).text();
      expect(source, `test/stories/${name}.test.ts`).to.include(`stories/${name}.stories.`);
      expect(source, `test/stories/${name}.test.ts`).to.include('storyTests(');
    }
    // …and no story test is left for a stories file that is gone.
    for (const test of tests.filter((f) => f.endsWith('.test.ts') && f !== 'catalogue.test.ts'))
      expect(stories, `test/stories/${test} has no stories file`).to.include(
        test.slice(0, -'.test.ts'.length),
      );
  });

  it('names stories as Storybook does', () => {
    expect(storyNameFromExport('WithPreviousAndTarget')).to.equal('With Previous And Target');
    expect(storyNameFromExport('ErrorHttp')).to.equal('Error Http');
    expect(storyNameFromExport('PersianEnglishComment')).to.equal('Persian English Comment');
  });
});

describe('the story harness', () => {
  it('composes args, decorators, beforeEach and play as Storybook does', async () => {
    const log: string[] = [];
    const mod: StoriesModule = {
      default: {
        title: 'Test/Compose',
        args: { a: 1, b: 1 },
        excludeStories: ['helper'],
        decorators: [(story: () => unknown) => html`<div class="meta">${story()}</div>`],
        beforeEach: () => {
          log.push('meta before');
          return () => log.push('meta cleanup');
        },
        render: (args: Record<string, unknown>, ctx: StoryContext) => {
          log.push(`render ${JSON.stringify(args)} ${document.documentElement.lang}`);
          expect(ctx.canvasElement.isConnected).to.equal(true);
          return gauge;
        },
      },
      helper: { args: {} },
      WithArgs: {
        args: { b: 2 },
        decorators: [(story: () => unknown) => html`<div class="story">${story()}</div>`],
        beforeEach: () => {
          log.push('story before');
          return () => log.push('story cleanup');
        },
        play: ({ canvasElement }: StoryContext) => {
          // The story's decorator is the innermost, the meta's around it.
          log.push(`play ${canvasElement.querySelector('.meta > .story > nps-gauge') ? 'nested' : 'flat'}`);
        },
      },
    };
    const stories = composeAll(mod);
    expect(stories.map((s) => s.name)).to.deep.equal(['With Args']);
    await checkStory(
      stories[0]!,
      VARIANTS.find((v) => v.name === 'fa')!,
    );
    expect(log).to.deep.equal([
      'meta before',
      'story before',
      'render {"a":1,"b":2} fa',
      'play nested',
      'story cleanup',
      'meta cleanup',
    ]);
    expect(document.documentElement.lang, 'the host page is put back').to.not.equal('fa');
  });

  it('fails a story that logs a console error or warning', async () => {
    for (const level of ['error', 'warn'] as const) {
      const story = compose({ title: 'Test/Console' }, 'Logs', {
        render: () => {
          console[level]('from the story');
          return gauge;
        },
      });
      let failure: unknown;
      await checkStory(story, en).catch((e: unknown) => (failure = e));
      expect(String(failure)).to.include(`console.${level}: from the story`);
    }
  });

  // The runner logs this rejection too ("An error was thrown in a Promise outside a test"): expected.
  it('fails a story that leaves a rejected promise unhandled', async () => {
    const story = compose({ title: 'Test/Rejection' }, 'Rejects', {
      render: () => {
        void Promise.reject(new Error('from the story'));
        return gauge;
      },
    });
    let failure: unknown;
    await checkStory(story, en).catch((e: unknown) => (failure = e));
    expect(String(failure)).to.include('unhandled rejection Error: from the story');
  });

  it('fails a story with an axe violation', async () => {
    const story = compose({ title: 'Test/Axe' }, 'Unlabelled', {
      render: () => html`${gauge}<input type="text" />`,
    });
    let failure: unknown;
    await checkStory(story, en).catch((e: unknown) => (failure = e));
    expect(String(failure)).to.include('Accessibility Violations');
  });

  it('fails a story that shows no crm element', async () => {
    let failure: unknown;
    const blank = compose({ title: 'Test/Blank' }, 'Blank', { render: () => html`<p>Nothing</p>` });
    await checkStory(blank, en).catch((e: unknown) => (failure = e));
    expect(String(failure)).to.include('no crm element');
  });
});
