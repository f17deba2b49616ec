// The fonts the browser tests run under. By default, the machine's own; with FONTCONFIG_FILE set
// (npm run test:fonts sets test/fixtures/fonts-noto.conf), the fonts that config names, so the
// suite can prove it passes whatever the default sans-serif is.
//   fontconfigFile()     makes FONTCONFIG_FILE absolute (fontconfig reads a relative one from
//                        /etc/fonts) and fails loudly when the fonts it names are not unpacked,
//                        so that a run "under Noto" never quietly runs under the default fonts
//   platformFontsPlugin  browser side: executeServerCommand('platform-fonts', { selector })
//                        → { fonts: the families Chromium drew that element's text with,
//                            expected: the sans-serif the fontconfig file prefers, or null }
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const FETCH_HINT = 'Unpack them first: sh test/tools/noto-fonts.sh (or run npm run test:fonts).';

/** @returns {string | undefined} the absolute FONTCONFIG_FILE, also set in process.env for Chromium. */
export function fontconfigFile() {
  const file = process.env.FONTCONFIG_FILE;
  if (!file) {
    delete process.env.FONTCONFIG_FILE; // an empty one leaves Chromium without any font
    return undefined;
  }
  const abs = resolve(file);
  if (!existsSync(abs)) {
    console.error(`FONTCONFIG_FILE=${file}: no such file.`);
    process.exit(1);
  }
  for (const [, dir] of readFileSync(abs, 'utf8').matchAll(/<dir prefix="relative">([^<]+)<\/dir>/g)) {
    const path = resolve(dirname(abs), dir);
    if (!existsSync(path) || readdirSync(path).length === 0) {
      console.error(
        `FONTCONFIG_FILE=${file} names the fonts in ${path}, which is empty or missing. ${FETCH_HINT}`,
      );
      process.exit(1);
    }
  }
  process.env.FONTCONFIG_FILE = abs;
  return abs;
}

/** The family a fontconfig file prefers for sans-serif, or null. */
function preferredSans(/** @type {string | undefined} */ file) {
  if (!file) return null;
  const alias = /<family>sans-serif<\/family>\s*<prefer>\s*<family>([^<]+)<\/family>/.exec(
    readFileSync(file, 'utf8'),
  );
  return alias?.[1] ?? null;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function platformFontsPlugin(/** @type {string | undefined} */ file) {
  const expected = preferredSans(file);
  return {
    name: 'platform-fonts-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'platform-fonts') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('platform-fonts needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const selector = /** @type {{ selector: string }} */ (payload).selector;
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        return { fonts: fonts.map((f) => f.familyName), expected };
      } finally {
        await cdp.detach();
      }
    },
  };
}
