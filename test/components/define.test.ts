import { expect } from '@open-wc/testing';
import { define } from '../../src/components/define.js';

/** Collects console.warn calls while `fn` runs. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('define', () => {
  it('registers a tag once; a second copy of the same version is ignored quietly', () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class Second extends HTMLElement {
      static version = '1.0.0';
    }
    expect(warnings(() => define('test-define-a', First))).to.deep.equal([]);
    expect(customElements.get('test-define-a')).to.equal(First);
    expect(warnings(() => define('test-define-a', Second))).to.deep.equal([]);
    expect(customElements.get('test-define-a')).to.equal(First);
    expect(warnings(() => define('test-define-a', First))).to.deep.equal([]);
  });

  it('keeps the first registration and warns when another version is loaded too', () => {
    class Old extends HTMLElement {
      static version = '0.1.0';
    }
    class New extends HTMLElement {
      static version = '0.2.0';
    }
    define('test-define-b', Old);
    const said = warnings(() => define('test-define-b', New));
    expect(customElements.get('test-define-b')).to.equal(Old);
    expect(said).to.have.length(1);
    expect(said[0]).to.include('test-define-b').and.include('0.1.0').and.include('0.2.0');
  });
});
