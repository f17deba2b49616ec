// What the element stories share: data URLs as real `src` values, and a request that never ends.

/** A data: URL is a real `src` the loader fetches, without a server behind the catalogue. */
export const dataUrl = (value: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

/** A `src` that never answers while the story using `neverLoads` is shown. */
export const NEVER = '/__never__/data.json';

/**
 * A story's `beforeEach` that keeps requests to NEVER pending, so the loading skeleton stays on
 * screen; it restores `fetch` when the story is left.
 */
export const neverLoads = () => {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input).includes(NEVER) ? new Promise<Response>(() => {}) : original(input, init);
  return () => {
    window.fetch = original;
  };
};

/** A survey `action` the catalogue answers itself: `/__story__/responses?status=<code>` (default 201). */
export const collectorUrl = (status = 201) => `/__story__/responses?status=${status}`;

/**
 * A story's `beforeEach` for `<nps-survey>`: answers POSTs to `collectorUrl(…)` with that status
 * (logging the body to the console) so the survey can deliver without a server behind the
 * catalogue, and forgets the survey's throttling memory and outbox so every story starts afresh.
 */
export const fakeCollector = () => {
  const original = window.fetch;
  localStorage.removeItem('crm-widgets:nps-survey');
  localStorage.removeItem('crm-widgets:outbox');
  window.fetch = (input, init) => {
    const url = new URL(String(input), location.href);
    if (!url.pathname.startsWith('/__story__/responses')) return original(input, init);
    console.info('nps-survey POST', init?.body);
    const status = Number(url.searchParams.get('status') ?? 201);
    return Promise.resolve(new Response('{}', { status, headers: { 'content-type': 'application/json' } }));
  };
  return () => {
    window.fetch = original;
    localStorage.removeItem('crm-widgets:outbox');
  };
};

/** A survey element of any kind, as the stories drive it. */
type Survey = HTMLElement & { updateComplete: Promise<boolean> };

/** Chooses a score in `survey` (and optionally types a comment and sends it), as a visitor would. */
export async function answerIn(survey: Survey, score: number, comment?: string, send = true): Promise<void> {
  await survey.updateComplete;
  survey.shadowRoot!.querySelector<HTMLElement>(`[data-score="${score}"]`)!.click();
  if (comment === undefined) return;
  await survey.updateComplete;
  const box = survey.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
  box.value = comment;
  box.dispatchEvent(new Event('input'));
  await survey.updateComplete;
  if (send) survey.shadowRoot!.querySelector<HTMLElement>("[part~='send']")!.click();
}

/** A story's `play` that answers its `<tag>` survey (see `answerIn`). */
export const answerer =
  (tag: string) =>
  (score: number, comment?: string, send = true) =>
  ({ canvasElement }: { canvasElement: HTMLElement }) =>
    answerIn(canvasElement.querySelector<Survey>(tag)!, score, comment, send);

/**
 * A chart story's `play` that opens its Export menu, as a visitor would: waits for the data, then
 * clicks the Export button and waits for the menu's items, the first one focused.
 */
export const openExport =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const el = canvasElement.querySelector(tag)!;
    const wait = async (ok: () => unknown, what: string) => {
      for (let i = 0; i < 800 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
      if (!ok()) throw new Error(`${tag}: ${what}`);
    };
    const root = () => el.shadowRoot;
    await wait(() => root()?.querySelector('[part="export"]'), 'no Export button (is the data ready?)');
    root()!.querySelector<HTMLElement>('[part="export"]')!.click();
    await wait(
      () => root()!.activeElement?.getAttribute('role') == 'menuitem',
      'the Export menu did not open on its first item',
    );
  };
