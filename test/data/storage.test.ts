import { expect } from '@open-wc/testing';
import { readJson, writeJson } from '../../src/data/storage.js';

// The storage module keeps a per-page memory of keys whose write failed: every test uses its own key.
let n = 0;
const key = () => `crm-widgets:test-storage:${Date.now()}:${n++}`;

/** Runs `fn` while `Storage.prototype[method]` throws `error`, restoring it afterwards. */
function whileThrowing<M extends 'setItem' | 'getItem' | 'removeItem'>(
  method: M,
  error: () => Error,
  fn: () => void,
): void {
  const original = Storage.prototype[method];
  Storage.prototype[method] = function () {
    throw error();
  } as Storage[M];
  try {
    fn();
  } finally {
    Storage.prototype[method] = original;
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage (readJson / writeJson)', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips JSON values through localStorage', () => {
    const k = key();
    const value = { a: 1, b: 'two', c: [true, null, 3.5], d: { e: 'f' } };
    writeJson(k, value);
    expect(JSON.parse(localStorage.getItem(k)!)).to.deep.equal(value);
    expect(readJson(k)).to.deep.equal(value);
    for (const v of [0, false, 'text', [], [1, 2], null]) {
      writeJson(k, v);
      expect(readJson(k)).to.deep.equal(v);
    }
  });

  it('writing undefined removes the key', () => {
    const k = key();
    writeJson(k, { a: 1 });
    expect(localStorage.getItem(k)).to.not.equal(null);
    writeJson(k, undefined);
    expect(localStorage.getItem(k)).to.equal(null);
    expect(k in localStorage).to.equal(false);
    expect(readJson(k)).to.equal(undefined);
  });

  it('reads undefined for a missing key, an empty value and invalid JSON', () => {
    const k = key();
    expect(readJson(k)).to.equal(undefined);
    localStorage.setItem(k, '');
    expect(readJson(k)).to.equal(undefined);
    for (const bad of ['nonsense', '{', '{"a":1', 'undefined', "{'a':1}"]) {
      localStorage.setItem(k, bad);
      expect(readJson(k), bad).to.equal(undefined);
    }
  });

  it('falls back to memory when localStorage.setItem throws QuotaExceededError, and back to storage after', () => {
    const k = key();
    localStorage.setItem(k, JSON.stringify({ stale: true }));
    whileThrowing('setItem', quota, () => {
      expect(() => writeJson(k, { fresh: 1 })).to.not.throw();
      // Nothing reached localStorage, but this page reads what it wrote, not the stale value.
      expect(localStorage.getItem(k)).to.equal(JSON.stringify({ stale: true }));
      expect(readJson(k)).to.deep.equal({ fresh: 1 });
      writeJson(k, { fresh: 2 });
      expect(readJson(k)).to.deep.equal({ fresh: 2 });
    });
    // Storage works again: the next write lands there and the memory copy is forgotten.
    writeJson(k, { stored: 3 });
    expect(localStorage.getItem(k)).to.equal(JSON.stringify({ stored: 3 }));
    expect(readJson(k)).to.deep.equal({ stored: 3 });
    localStorage.setItem(k, JSON.stringify({ other: 4 }));
    expect(readJson(k)).to.deep.equal({ other: 4 });
  });

  it('a key never written while storage is full is still read from localStorage', () => {
    const k = key();
    const other = key();
    localStorage.setItem(other, JSON.stringify({ kept: true }));
    whileThrowing('setItem', quota, () => {
      writeJson(k, { a: 1 });
      expect(readJson(other)).to.deep.equal({ kept: true });
      expect(readJson(k)).to.deep.equal({ a: 1 });
    });
  });

  it('a removal that fails hides the stored value from this page', () => {
    const k = key();
    writeJson(k, { a: 1 });
    whileThrowing('removeItem', quota, () => {
      expect(() => writeJson(k, undefined)).to.not.throw();
      expect(localStorage.getItem(k)).to.equal(JSON.stringify({ a: 1 }));
      expect(readJson(k)).to.equal(undefined);
    });
    writeJson(k, undefined);
    expect(localStorage.getItem(k)).to.equal(null);
    expect(readJson(k)).to.equal(undefined);
  });

  it('reads undefined, without throwing, when localStorage.getItem throws (storage blocked)', () => {
    const k = key();
    localStorage.setItem(k, JSON.stringify({ a: 1 }));
    whileThrowing(
      'getItem',
      () => new DOMException('Access is denied', 'SecurityError'),
      () => {
        expect(() => readJson(k)).to.not.throw();
        expect(readJson(k)).to.equal(undefined);
      },
    );
    expect(readJson(k)).to.deep.equal({ a: 1 });
  });
});
