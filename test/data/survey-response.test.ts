import { expect } from '@open-wc/testing';
import {
  SURVEY_SCALES,
  formatIssues,
  npsResponseSchema,
  surveyCategory,
  surveyResponseSchema,
} from '../../src/data/index.js';
import type { DataIssue, NpsResponse, SurveyResponse, Validator } from '../../src/data/index.js';

// One response schema for every survey kind, and the NPS bodies servers already validate.

const issues = (schema: Validator<unknown>, input: unknown): DataIssue[] => {
  const r = schema.safeParse(input);
  expect(r.success, `rejects ${JSON.stringify(input)}`).to.equal(false);
  return r.success ? [] : formatIssues(r.error);
};
const accepts = (schema: Validator<unknown>, input: unknown): unknown => {
  const r = schema.safeParse(input);
  expect(
    r.success,
    `accepts ${JSON.stringify(input)}: ${r.success ? '' : JSON.stringify(formatIssues(r.error))}`,
  ).to.equal(true);
  return r.success ? r.data : undefined;
};

/** A body as <nps-survey> posted it before revisions: no kind, no scale, no revision. */
const oldNps: NpsResponse = {
  id: '0b5e6a3c-8f1e-4d7a-9c2b-1e2f3a4b5c6d',
  score: 9,
  category: 'promoter',
  comment: 'خیلی خوب',
  question: 'How likely are you to recommend us?',
  locale: 'fa',
  respondentId: 'u-42',
  properties: { plan: 'pro' },
  page: 'https://example.com/pricing',
  submittedAt: '2024-05-01T10:00:00.000Z',
};
const { comment: _c, respondentId: _r, properties: _p, ...base } = oldNps;

describe('surveyResponseSchema', () => {
  it("accepts yesterday's NPS bodies unchanged (no kind, scale or revision), as npsResponseSchema does", () => {
    expect(accepts(surveyResponseSchema, oldNps)).to.deep.equal(oldNps);
    expect(accepts(npsResponseSchema, oldNps)).to.deep.equal(oldNps);
    for (const [score, category] of [
      [0, 'detractor'],
      [6, 'detractor'],
      [7, 'passive'],
      [8, 'passive'],
      [10, 'promoter'],
    ] as const)
      accepts(surveyResponseSchema, { ...base, score, category });
  });

  it("accepts today's NPS bodies with a revision, and the revision is kept by both schemas", () => {
    const body = { ...oldNps, revision: 2 };
    expect(accepts(surveyResponseSchema, body)).to.deep.equal(body);
    expect(accepts(npsResponseSchema, body)).to.deep.equal(body);
    accepts(surveyResponseSchema, { ...body, kind: 'nps', scale: '0-10' });
  });

  it('a server on npsResponseSchema still accepts a new NPS body: the revision is a known optional field', () => {
    const r = npsResponseSchema.safeParse({ ...base, revision: 1 });
    expect(r.success).to.equal(true);
  });

  it('CSAT: 1–5, satisfied 4–5, neutral 3, unsatisfied 1–2', () => {
    const csat = { ...base, kind: 'csat', scale: '1-5' };
    for (const [score, category] of [
      [1, 'unsatisfied'],
      [2, 'unsatisfied'],
      [3, 'neutral'],
      [4, 'satisfied'],
      [5, 'satisfied'],
    ] as const)
      accepts(surveyResponseSchema, { ...csat, score, category, revision: 1 });
    // The scale may be left out: CSAT's default is 1–5.
    accepts(surveyResponseSchema, { ...base, kind: 'csat', score: 4, category: 'satisfied' });
    expect(issues(surveyResponseSchema, { ...csat, score: 6, category: 'satisfied' })).to.deep.equal([
      { path: 'category', message: 'does not match score (or the score is off the scale)' },
    ]);
    expect(issues(surveyResponseSchema, { ...csat, score: 3, category: 'satisfied' })).to.deep.equal([
      { path: 'category', message: 'does not match score (or the score is off the scale)' },
    ]);
    expect(
      issues(surveyResponseSchema, { ...csat, scale: '1-7', score: 3, category: 'neutral' }),
    ).to.deep.equal([{ path: 'scale', message: 'not a scale of this kind' }]);
  });

  it('CES: 1–7 by default (easy 6–7, neutral 3–5, hard 1–2), and 1–5 (easy 4–5, hard 1–2)', () => {
    const ces = { ...base, kind: 'ces' };
    for (const [score, category] of [
      [1, 'hard'],
      [2, 'hard'],
      [3, 'neutral'],
      [5, 'neutral'],
      [6, 'easy'],
      [7, 'easy'],
    ] as const) {
      accepts(surveyResponseSchema, { ...ces, score, category });
      accepts(surveyResponseSchema, { ...ces, scale: '1-7', score, category });
    }
    accepts(surveyResponseSchema, { ...ces, scale: '1-5', score: 4, category: 'easy' });
    accepts(surveyResponseSchema, { ...ces, scale: '1-5', score: 3, category: 'neutral' });
    expect(issues(surveyResponseSchema, { ...ces, scale: '1-5', score: 6, category: 'easy' })).to.deep.equal([
      { path: 'category', message: 'does not match score (or the score is off the scale)' },
    ]);
    expect(issues(surveyResponseSchema, { ...ces, scale: '0-10', score: 9, category: 'easy' })).to.deep.equal(
      [{ path: 'scale', message: 'not a scale of this kind' }],
    );
  });

  it('NPS on another scale, an unknown kind, a bad revision or category are rejected with their paths', () => {
    expect(issues(surveyResponseSchema, { ...oldNps, scale: '1-5' })).to.deep.equal([
      { path: 'scale', message: 'not a scale of this kind' },
    ]);
    expect(
      issues(surveyResponseSchema, { ...oldNps, kind: 'ces', category: 'easy', score: 7, revision: 0 }),
    ).to.deep.equal([{ path: 'revision', message: 'expected a whole number ≥ 1' }]);
    expect(issues(surveyResponseSchema, { ...oldNps, kind: 'sus' }).map((i) => i.path)).to.include('kind');
    expect(issues(surveyResponseSchema, { ...oldNps, revision: 1.5 })).to.deep.equal([
      { path: 'revision', message: 'expected a whole number ≥ 1' },
    ]);
    expect(issues(surveyResponseSchema, { ...oldNps, category: 'fan' }).map((i) => i.path)).to.include(
      'category',
    );
    expect(issues(surveyResponseSchema, { ...oldNps, score: 11 })).to.deep.equal([
      { path: 'category', message: 'does not match score (or the score is off the scale)' },
    ]);
  });

  it('surveyCategory and SURVEY_SCALES: the rules servers can reuse', () => {
    expect(surveyCategory(undefined, 8)).to.equal('passive');
    expect(surveyCategory('csat', 2)).to.equal('unsatisfied');
    expect(surveyCategory('ces', 2, '1-5')).to.equal('hard');
    expect(surveyCategory('ces', 6)).to.equal('easy');
    expect(SURVEY_SCALES.ces[0]).to.equal('1-7');
    const typed: SurveyResponse = {
      ...base,
      kind: 'csat',
      scale: '1-5',
      score: 5,
      category: 'satisfied',
      revision: 3,
    };
    accepts(surveyResponseSchema, typed);
  });
});
