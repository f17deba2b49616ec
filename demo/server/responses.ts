// Storing survey responses: the kit's body schema, then one upsert by id that keeps the highest
// revision, in SQL, so concurrent collectors on one PostgreSQL agree without any lock of ours.
import { SURVEY_SCALES, surveyResponseSchema, type SurveyResponse } from '../../src/data/schemas.js';
import type { Db, ResponsesTable } from './db.js';

/** What storing a body did: a new row, a replaced row, or nothing (a replay or an older revision). */
export type Stored = { status: 'created' | 'replaced' | 'unchanged'; revision: number };

/** The row of a validated body. */
export function responseRow(r: SurveyResponse, receivedAt: string): ResponsesTable {
  const kind = r.kind ?? 'nps';
  const segment = r.properties?.segment;
  return {
    id: r.id.toLowerCase(),
    kind,
    scale: r.scale ?? SURVEY_SCALES[kind][0],
    score: r.score,
    category: r.category,
    comment: r.comment ?? null,
    question: r.question,
    locale: r.locale,
    respondent_id: r.respondentId ?? null,
    segment: typeof segment == 'string' ? segment : null,
    page: r.page,
    submitted_at: new Date(r.submittedAt).toISOString(),
    suspect: r.suspect ? 1 : 0,
    revision: r.revision ?? 1,
    updates: 0,
    received_at: receivedAt,
    body: JSON.stringify(r),
  };
}

/**
 * Inserts the row, or replaces the stored one when the row's revision is higher:
 * `ON CONFLICT (id) DO UPDATE … WHERE excluded.revision > responses.revision`. `updates` tells
 * an insert (0) from a replacement; no row back means the stored revision was as high or higher.
 */
export async function storeResponse(db: Db, row: ResponsesTable): Promise<Stored> {
  const r = await db
    .insertInto('responses')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          scale: eb.ref('excluded.scale'),
          score: eb.ref('excluded.score'),
          category: eb.ref('excluded.category'),
          comment: eb.ref('excluded.comment'),
          question: eb.ref('excluded.question'),
          locale: eb.ref('excluded.locale'),
          respondent_id: eb.ref('excluded.respondent_id'),
          segment: eb.ref('excluded.segment'),
          page: eb.ref('excluded.page'),
          submitted_at: eb.ref('excluded.submitted_at'),
          suspect: eb.ref('excluded.suspect'),
          revision: eb.ref('excluded.revision'),
          received_at: eb.ref('excluded.received_at'),
          body: eb.ref('excluded.body'),
          updates: eb('responses.updates', '+', 1),
        }))
        .whereRef('excluded.revision', '>', 'responses.revision'),
    )
    .returning(['updates', 'revision'])
    .executeTakeFirst();
  if (r) return { status: Number(r.updates) == 0 ? 'created' : 'replaced', revision: Number(r.revision) };
  const stored = await db
    .selectFrom('responses')
    .select('revision')
    .where('id', '=', row.id)
    .executeTakeFirst();
  return { status: 'unchanged', revision: Number(stored?.revision ?? row.revision) };
}

export { surveyResponseSchema };
