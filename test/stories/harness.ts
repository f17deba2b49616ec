// Every story of a stories/*.stories.ts module rendered as Storybook renders it, then checked:
// no console error or warning, no uncaught exception or unhandled rejection, no axe violation, in
// each host page of VARIANTS. One test file per stories file calls `storyTests(module)`
// (catalogue.test.ts fails when a stories file has none).
//
// Composed by hand, as Storybook composes a CSF story: `storybook/preview-api`'s composeStories
// does not load in web-test-runner's dev server (it imports `storybook/internal/csf`, which pulls
// in `storybook/test`, @testing-library/dom and the CommonJS aria-query the dev server cannot
// serve as a module). What Storybook does, and what `compose` does the same way:
// - a story is every named export the meta's includeStories/excludeStories allow;
//   its name is `name`, else the export name in start case;
// - args: meta.args, then story.args;
// - render: story.render, else meta.render, else the web-components default (the `component`
//   element with the args set as properties);
// - decorators: the story's (innermost), the meta's, then the project's (preview.ts's hostDecorator);
// - loaders (meta's then story's) fill `context.loaded`; beforeEach hooks (meta's then story's)
//   run before the render, and their cleanups, in reverse order, when the story is left;
// - a TemplateResult is rendered into the canvas with Lit's render, a Node appended; then `play`
//   (the story's, else the meta's) runs with the canvas.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing, render as litRender } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import { hostDecorator } from '../../.storybook/host.js';
import { NEVER } from '../../stories/helpers.js';

type Args = Record<string, unknown>;

/** What a story's functions receive (the part of Storybook's StoryContext the stories use). */
export interface StoryContext {
  id: string;
  name: string;
  title: string;
  component: string | undefined;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, string>;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
  viewMode: 'story';
  abortSignal: AbortSignal;
  step: (label: string, play: (context: StoryContext) => unknown) => Promise<unknown>;
}

type StoryFn = (update?: Partial<StoryContext>) => unknown;
type Render = (args: Args, context: StoryContext) => unknown;
type DecoratorFn = (story: StoryFn, context: StoryContext) => unknown;
type Cleanup = () => unknown;
type Hook = (context: StoryContext) => unknown;
type OneOrMany<T> = T | T[] | undefined;

/** The CSF annotations of a meta (default export) or a story (named export). */
export interface Annotations {
  title?: string;
  component?: string;
  name?: string;
  storyName?: string;
  args?: Args;
  argTypes?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: Render;
  decorators?: OneOrMany<DecoratorFn>;
  loaders?: OneOrMany<Hook>;
  beforeEach?: OneOrMany<Hook>;
  play?: Hook;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

/** A stories module as imported: `default` is the meta, the rest may be stories. */
export type StoriesModule = { default: unknown } & Record<string, unknown>;

/** Storybook's `storyNameFromExport` (storybook/internal/csf `toStartCaseStr`), as it names a story without `name`. */
export const storyNameFromExport = (key: string): string =>
  key
    .replace(/_/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\./g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, (_s, a: string, b: string, c: string) => `${a} ${b}${c}`)
    .replace(/([a-z])([A-Z])/g, (_s, a: string, b: string) => `${a} ${b}`)
    .replace(/([a-z])([0-9])/gi, (_s, a: string, b: string) => `${a} ${b}`)
    .replace(/([0-9])([a-z])/gi, (_s, a: string, b: string) => `${a} ${b}`)
    .replace(/(\s|^)(\w)/g, (_s, a: string, b: string) => `${a}${b.toUpperCase()}`)
    .replace(/ +/g, ' ')
    .trim();

const matches = (key: string, rule: string[] | RegExp) =>
  Array.isArray(rule) ? rule.includes(key) : rule.test(key);

/** Storybook's `isExportStory`: which named exports are stories. */
export const isExportStory = (key: string, meta: Annotations): boolean =>
  key !== '__esModule' &&
  (!meta.includeStories || matches(key, meta.includeStories)) &&
  (!meta.excludeStories || !matches(key, meta.excludeStories));

const list = <T>(value: OneOrMany<T>): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Storybook's id of a story: `<title>--<export>`, both sanitized. */
const sanitize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');

/** The web-components renderer's default render: the `component` element with the args as properties. */
const defaultRender: Render = (args, { component, id }) => {
  if (!component) throw new Error(`Unable to render story ${id}: the meta has no component`);
  const el = document.createElement(component);
  Object.assign(el, args);
  return el;
};

/** One story composed with its meta and the project's decorator, ready to run in a canvas. */
export interface ComposedStory {
  exportName: string;
  name: string;
  title: string;
  /** Loaders and beforeEach hooks, the render into `canvas`, then `play`; resolves to the cleanup. */
  run(canvas: HTMLElement, globals: Record<string, string>): Promise<() => Promise<void>>;
}

/** Composes `story` (the named export `exportName`) with `meta` as Storybook does (see the file's head). */
export function compose(meta: Annotations, exportName: string, story: unknown): ComposedStory {
  const s: Annotations =
    typeof story === 'function'
      ? { ...(story as Annotations), render: story as Render }
      : (story as Annotations);
  const title = meta.title ?? 'Untitled';
  const name = s.name ?? s.storyName ?? storyNameFromExport(exportName);
  const render = s.render ?? meta.render ?? defaultRender;
  const decorators = [
    ...list(s.decorators),
    ...list(meta.decorators),
    hostDecorator as unknown as DecoratorFn,
  ];
  let storyFn = (context: StoryContext): unknown => render(context.args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = (context) =>
      decorator(
        (update) =>
          inner(update ? { ...context, ...update, args: { ...context.args, ...update.args } } : context),
        context,
      );
  }
  return {
    exportName,
    name,
    title,
    async run(canvas, globals) {
      const context: StoryContext = {
        id: `${sanitize(title)}--${sanitize(exportName)}`,
        name,
        title,
        component: meta.component,
        args: { ...meta.args, ...s.args },
        argTypes: { ...meta.argTypes, ...s.argTypes },
        globals,
        parameters: { ...meta.parameters, ...s.parameters },
        loaded: {},
        canvasElement: canvas,
        viewMode: 'story',
        abortSignal: new AbortController().signal,
        step: async (_label, play) => play(context),
      };
      for (const loader of [...list(meta.loaders), ...list(s.loaders)])
        Object.assign(context.loaded, await loader(context));
      const cleanups: Cleanup[] = [];
      for (const hook of [...list(meta.beforeEach), ...list(s.beforeEach)]) {
        const cleanup = await hook(context);
        if (typeof cleanup === 'function') cleanups.push(cleanup as Cleanup);
      }
      const cleanup = async () => {
        litRender(nothing, canvas);
        canvas.replaceChildren();
        for (const c of cleanups.reverse()) await c();
      };
      const result = storyFn(context);
      if (isTemplateResult(result)) litRender(result, canvas);
      else if (result instanceof Node) canvas.append(result);
      else throw new Error(`${title} / ${name}: the story returned neither a Lit template nor a DOM node`);
      const play = s.play ?? meta.play;
      if (play) {
        await settle(canvas);
        await play(context);
      }
      return cleanup;
    },
  };
}

/** Every story of a module, composed. */
export function composeAll(module: StoriesModule): ComposedStory[] {
  const meta = module.default as Annotations;
  return Object.entries(module)
    .filter(([key]) => key !== 'default' && isExportStory(key, meta))
    .map(([key, story]) => compose(meta, key, story));
}

/** What every crm element shares: a Lit render cycle, and (charts and cards) the loader's `state`. */
type CrmElement = HTMLElement & { updateComplete: Promise<boolean>; state?: string };

/** The crm elements the story rendered (in the canvas's light DOM). */
export const crmElements = (canvas: HTMLElement): CrmElement[] =>
  [...canvas.querySelectorAll<HTMLElement>('*')].filter(
    (el): el is CrmElement => el.localName.includes('-') && 'updateComplete' in el,
  );

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The shadow roots under `root`, at any depth. */
const shadowRoots = (root: ParentNode): ShadowRoot[] =>
  [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : [],
  );

/** An animation that never ends by itself (the loading skeleton's shimmer). */
const infinite = (a: Animation) => a.effect?.getComputedTiming().endTime === Infinity;

/**
 * Storybook's `waitForAnimations` after a story's play: waits until the finite animations and
 * transitions running in the canvas (and its elements' shadow roots) have finished, so axe reads
 * the colours the story ends with, not a transition's midpoint (at most 5 s).
 */
async function animationsDone(canvas: HTMLElement): Promise<void> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const running = [canvas, ...shadowRoots(canvas)]
      .flatMap((root) =>
        root instanceof ShadowRoot ? root.getAnimations() : root.getAnimations({ subtree: true }),
      )
      .filter((a) => a.playState === 'running' && !infinite(a));
    if (running.length === 0 || performance.now() > deadline) return;
    await Promise.race([
      Promise.allSettled(running.map((a) => a.finished)),
      new Promise((resolve) => setTimeout(resolve, deadline - performance.now())),
    ]);
  }
}

/**
 * Waits until every crm element in `canvas` has settled: its data answered (`state` is no longer
 * `loading`, except for an element whose `src` is the never-answering NEVER of the Loading
 * stories, which must still be loading), a popover survey shown, its renders done, two animation frames passed for
 * ResizeObserver and container-query re-renders, and its transitions finished.
 */
export async function settle(canvas: HTMLElement): Promise<void> {
  const elements = crmElements(canvas);
  for (const el of elements) {
    // A popover survey shows itself after `delay` seconds: the story is what a visitor sees then.
    if (el.getAttribute('mode') === 'popover')
      await waitUntil(() => el.hasAttribute('open'), `<${el.localName}> never opened its popover`, {
        timeout: 8000,
      });
    if (el.state === undefined) continue;
    if (el.getAttribute('src')?.includes(NEVER)) continue;
    await waitUntil(() => el.state !== 'loading', `<${el.localName}> never left the loading state`, {
      timeout: 8000,
    });
  }
  for (let round = 0; round < 2; round++) {
    for (const el of elements) while (!(await el.updateComplete));
    await frame();
    await frame();
  }
  await animationsDone(canvas);
}

/** A host page a story is shown in: the toolbar's globals, and the system's colour scheme. */
export interface Variant {
  name: string;
  globals: { locale: string; theme: 'light' | 'dark' };
}

/**
 * en, fa and ar on a light page, and en on a dark one. Dark is Storybook's dark toolbar on a
 * system in dark mode (emulated `prefers-color-scheme: dark`): the elements without `theme`
 * follow the system, as on a visitor's page, and the page around them is the dark host page.
 */
export const VARIANTS: Variant[] = [
  { name: 'en', globals: { locale: 'en', theme: 'light' } },
  { name: 'fa', globals: { locale: 'fa', theme: 'light' } },
  { name: 'ar', globals: { locale: 'ar', theme: 'light' } },
  { name: 'dark', globals: { locale: 'en', theme: 'dark' } },
];

/** What the host decorator changes on the document, to put back after each story. */
function snapshotHost(): () => void {
  const root = document.documentElement;
  const { lang, dir } = root;
  const scheme = root.style.colorScheme;
  const { background, color } = document.body.style;
  return () => {
    root.lang = lang;
    root.dir = dir;
    root.style.colorScheme = scheme;
    document.body.style.background = background;
    document.body.style.color = color;
  };
}

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Renders `story` in `variant`'s host page, checks it, and leaves it (cleanups, host page restored). */
export async function checkStory(story: ComposedStory, variant: Variant): Promise<void> {
  const problems: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    problems.push(`console.warn: ${args.map(String).join(' ')}`);
    original.warn.apply(console, args);
  };
  const onError = (e: ErrorEvent) => problems.push(`uncaught ${describeError(e.error ?? e.message)}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection ${describeError(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const restoreHost = snapshotHost();
  const dark = variant.globals.theme === 'dark';
  if (dark) await emulateMedia({ colorScheme: 'dark' });
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  let leave: (() => Promise<void>) | undefined;
  try {
    leave = await story.run(canvas, variant.globals);
    await settle(canvas);
    const elements = crmElements(canvas);
    expect(elements.length, 'the story shows no crm element').to.be.greaterThan(0);
    for (const el of elements) {
      if (el.getAttribute('src')?.includes(NEVER))
        expect(el.state, `<${el.localName}> of a Loading story`).to.equal('loading');
      // The dark host page is really dark: an element the story leaves to the system is dark.
      if (dark && !el.closest('[theme]'))
        expect(getComputedStyle(el).colorScheme, `<${el.localName}> in the dark page`).to.equal('dark');
    }
    await expect(canvas).to.be.accessible();
    // Whatever the checks above waited for has logged by now.
    await frame();
    expect(
      problems.join('\n'),
      'console errors/warnings, uncaught exceptions or unhandled rejections',
    ).to.equal('');
  } finally {
    await leave?.();
    canvas.remove();
    if (dark) await emulateMedia({ colorScheme: 'light' });
    restoreHost();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = original.error;
    console.warn = original.warn;
  }
}

/** One test per story and variant, named `<title> / <story> / <variant>`. */
export function storyTests(module: StoriesModule, variants: Variant[] = VARIANTS): void {
  const stories = composeAll(module);
  it(`${(module.default as Annotations).title} has stories`, () => {
    expect(stories.length).to.be.greaterThan(0);
  });
  for (const story of stories)
    for (const variant of variants)
      it(`${story.title} / ${story.name} / ${variant.name}`, async function (this: {
        timeout(ms: number): void;
      }) {
        this.timeout(30000);
        await checkStory(story, variant);
      });
}
