import { expect } from '@open-wc/testing';
import { cesCategory, computeCes, csatCategory } from '../../src/metrics/index.js';
import type { CesScale } from '../../src/metrics/index.js';

describe('csatCategory', () => {
  it('4–5 satisfied, 3 neutral, 1–2 unsatisfied', () => {
    expect([1, 2, 3, 4, 5].map(csatCategory)).to.deep.equal([
      'unsatisfied',
      'unsatisfied',
      'neutral',
      'satisfied',
      'satisfied',
    ]);
  });

  it('throws a RangeError naming score outside 1–5 or not an integer', () => {
    for (const bad of [0, 6, 3.5, NaN, -1])
      expect(() => csatCategory(bad)).to.throw(RangeError, /score must be an integer 1\.\.5/);
  });
});

describe('cesCategory', () => {
  it('on 1–7 (the default): 6–7 easy, 3–5 neutral, 1–2 hard', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((s) => cesCategory(s))).to.deep.equal([
      'hard',
      'hard',
      'neutral',
      'neutral',
      'neutral',
      'easy',
      'easy',
    ]);
  });

  it('on 1–5: 4–5 easy, 3 neutral, 1–2 hard', () => {
    expect([1, 2, 3, 4, 5].map((s) => cesCategory(s, '1-5'))).to.deep.equal([
      'hard',
      'hard',
      'neutral',
      'easy',
      'easy',
    ]);
  });

  it('on 0–10: 9–10 easy, 0–1 hard', () => {
    expect([0, 1, 2, 8, 9, 10].map((s) => cesCategory(s, '0-10'))).to.deep.equal([
      'hard',
      'hard',
      'neutral',
      'neutral',
      'easy',
      'easy',
    ]);
  });

  it('is symmetric: as many hard values as easy ones on every scale', () => {
    for (const [scale, min, max] of [
      ['1-7', 1, 7],
      ['1-5', 1, 5],
      ['0-10', 0, 10],
    ] as const) {
      const all = Array.from({ length: max - min + 1 }, (_, i) => cesCategory(min + i, scale));
      expect(all.filter((c) => c == 'easy')).to.have.length(2);
      expect(all.filter((c) => c == 'hard')).to.have.length(2);
      expect(
        all
          .slice()
          .reverse()
          .map((c) => (c == 'easy' ? 'hard' : c == 'hard' ? 'easy' : c)),
      ).to.deep.equal(all);
    }
  });

  it('easy is what computeCes counts as easyShare', () => {
    for (const [scale, scores] of [
      ['1-7', [1, 2, 3, 4, 5, 6, 7]],
      ['1-5', [1, 2, 3, 4, 5]],
    ] as [CesScale, number[]][]) {
      const easy = scores.filter((s) => cesCategory(s, scale) == 'easy').length;
      expect(computeCes(scores, { scale }).easyShare).to.equal(easy / scores.length);
    }
  });

  it('throws a RangeError naming score or scale', () => {
    expect(() => cesCategory(8)).to.throw(RangeError, /score must be an integer 1\.\.7/);
    expect(() => cesCategory(0, '1-5')).to.throw(RangeError, /score must be an integer 1\.\.5/);
    expect(() => cesCategory(2.5)).to.throw(RangeError, /score/);
    expect(() => cesCategory(3, '2-9' as CesScale)).to.throw(RangeError, /scale must be/);
  });
});
