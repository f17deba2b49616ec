/** Flags for headless Chromium on these machines (test/tools/chrome.mjs). */
export const chromeArgs: string[];
/** The path of an installed Chromium; exits with one clear line when there is none. */
export function findChrome(): string;
