// JSON kept in localStorage, degrading to this page's memory where storage is unusable (Safari's
// private mode, sandboxed frames, a full quota, storage disabled): the survey then still works for
// the page's lifetime instead of throwing into the host page.

/** Values whose write to localStorage failed: from then on, this page reads them from here. */
const memory: Record<string, string | null> = {};

/** The JSON value stored under `key`, or undefined (nothing stored, unreadable, or not JSON). */
export function readJson<T>(key: string): T | undefined {
  let text = memory[key];
  if (text === undefined) {
    try {
      text = localStorage.getItem(key);
    } catch {
      // Storage is blocked: nothing was stored.
    }
  }
  try {
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key`; `undefined` removes the key. */
export function writeJson(key: string, value: unknown): void {
  const text = value === undefined ? null : JSON.stringify(value);
  try {
    if (text == null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
    delete memory[key];
  } catch {
    memory[key] = text;
  }
}
