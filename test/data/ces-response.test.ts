import { expect } from '@open-wc/testing';
import { formatIssues, surveyResponseSchema } from '../../src/data/index.js';
import type { DataIssue } from '../../src/data/index.js';

// <ces-survey> bodies in the schema of every survey kind: kind 'ces', scale 1-7 or 1-5, the
// category of the score on that scale.

const body = {
  id: '0b5e6a3c-8f1e-4d7a-9c2b-1e2f3a4b5c6d',
  kind: 'ces',
  scale: '1-7',
  score: 6,
  category: 'easy',
  question: 'Acme made it easy for me to handle my issue.',
  locale: 'en',
  page: 'https://example.com/help',
  submittedAt: '2024-05-01T10:00:00.000Z',
  revision: 1,
};
const fields = (input: unknown): string[] => {
  const r = surveyResponseSchema.safeParse(input);
  expect(r.success, `rejects ${JSON.stringify(input)}`).to.equal(false);
  return r.success ? [] : formatIssues(r.error).map((i: DataIssue) => i.path);
};

describe('surveyResponseSchema: CES bodies', () => {
  it('accepts every score of both scales with its category', () => {
    const cases = [
      ['1-7', [1, 'hard'], [2, 'hard'], [3, 'neutral'], [5, 'neutral'], [6, 'easy'], [7, 'easy']],
      ['1-5', [1, 'hard'], [2, 'hard'], [3, 'neutral'], [4, 'easy'], [5, 'easy']],
    ] as const;
    for (const [scale, ...pairs] of cases)
      for (const [score, category] of pairs) {
        const b = { ...body, scale, score, category, comment: 'ok' };
        const r = surveyResponseSchema.safeParse(b);
        expect(r.success, `${scale} ${score}`).to.equal(true);
        expect(r.success && r.data).to.deep.equal(b);
      }
  });

  it('rejects a category that is not the score’s on its scale', () => {
    expect(fields({ ...body, score: 5, category: 'easy' })).to.deep.equal(['category']);
    expect(fields({ ...body, scale: '1-5', score: 5, category: 'neutral' })).to.deep.equal(['category']);
    expect(fields({ ...body, category: 'promoter' })).to.include('category');
  });

  it('rejects a score off the scale, another scale or another kind', () => {
    expect(fields({ ...body, scale: '1-5', score: 6, category: 'easy' })).to.deep.equal(['category']);
    expect(fields({ ...body, score: 0, category: 'hard' })).to.deep.equal(['category']);
    expect(fields({ ...body, score: 2.5, category: 'hard' })).to.include('score');
    expect(fields({ ...body, scale: '0-10' })).to.include('scale');
    // Relabelled NPS, or without a kind (which is NPS): NPS has no 1–7 scale nor an 'easy' answer.
    expect(fields({ ...body, kind: 'nps' })).to.deep.equal(['scale', 'category']);
    const { kind: _k, ...noKind } = body;
    expect(fields(noKind)).to.deep.equal(['scale', 'category']);
    // Without a scale the kind's default applies (1–7), as for any server body; <ces-survey> always
    // sends its scale (delivery.test.ts).
    const { scale: _s, ...noScale } = body;
    expect(surveyResponseSchema.safeParse(noScale).success).to.equal(true);
    expect(fields({ ...noScale, score: 5, category: 'easy' })).to.deep.equal(['category']);
  });
});
