// Finds an installed Chromium for the browser tests. No browser is ever downloaded.
// Order: $CHROME_PATH, /usr/bin/chromium, then `chromium` and `google-chrome` on $PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const INSTALL_HINT =
  'No Chromium found: set CHROME_PATH, or install one (Debian/Ubuntu: `apt-get install chromium`).';

/** Flags for headless Chromium on these machines (see shared/TOOLCHAIN.md). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** @returns {string} the path of an installed Chromium; exits with one clear line when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH=${fromEnv} is not an executable. ${INSTALL_HINT}`);
    process.exit(1);
  }
  const found = ['/usr/bin/chromium'].find(isExecutable) ?? onPath('chromium') ?? onPath('google-chrome');
  if (found) return found;
  console.error(INSTALL_HINT);
  process.exit(1);
}
