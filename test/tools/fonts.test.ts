// The suite runs under the machine's fonts and, in CI, again under test/fixtures/fonts-noto.conf
// (npm run test:fonts). This checks that the second run really draws the kit's text in the font
// that config prefers, so a run "under Noto" cannot pass by quietly using the default fonts.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { baseStyles, tokens } from '../../src/charts/index.js';

const TAG = 'test-fonts-host-c';
class FontsHost extends LitElement {
  static override styles = [tokens, baseStyles];
}
if (!customElements.get(TAG)) customElements.define(TAG, FontsHost);

interface PlatformFonts {
  fonts: string[];
  /** The sans-serif FONTCONFIG_FILE prefers; null under the machine's own fonts. */
  expected: string | null;
}

describe('the fonts the tests run under', () => {
  it("draws the kit's font stack with the fontconfig's sans-serif", async () => {
    const host = await fixture<FontsHost>(html`<test-fonts-host-c></test-fonts-host-c>`);
    const stack = getComputedStyle(host).fontFamily;
    expect(stack).to.contain('sans-serif');
    // CDP reports fonts per DOM node, and cannot reach into a shadow root: a light-DOM probe
    // carries the kit's resolved stack.
    const probe = await fixture<HTMLParagraphElement>(
      html`<p id="fonts-probe" style="font-family: ${stack}">Net Promoter Score 0123456789</p>`,
    );
    const { fonts, expected } = (await executeServerCommand('platform-fonts', {
      selector: `#${probe.id}`,
    })) as PlatformFonts;
    expect(fonts).to.have.length.greaterThan(0);
    if (expected) expect(fonts).to.deep.equal([expected]);
  });
});
