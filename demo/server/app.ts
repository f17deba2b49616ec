// The collector's HTTP API as a Hono app: its handler is a web-standard `fetch(request)`, so the
// same app runs under @hono/node-server here and on other runtimes. It uses src/metrics and
// src/data only: no Lit, no elements, no i18n.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { formatIssues } from '../../src/data/issues.js';
import {
  BREAKDOWN_NAMES,
  KPI_SUPPORTED,
  QueryError,
  breakdownBody,
  churnBody,
  funnelBody,
  kpiBody,
  npsBody,
  rangeOf,
} from './aggregates.js';
import { toCsv } from './csv.js';
import { langOf, named } from './labels.js';
import type { Store } from './db.js';
import { RateLimiter } from './rate-limit.js';
import { responseRow, storeResponse, surveyResponseSchema } from './responses.js';

export interface CollectorOptions {
  /** The bearer token of the routes that reveal individual answers; none: those routes refuse. */
  token?: string | undefined;
  /** Origins allowed to call the API from a browser (`*`: any, without credentials). */
  corsOrigins: string[];
  /** Aggregate routes without the token (default true). */
  publicAggregates: boolean;
  /** POSTs per minute per client (0: no limit) and the burst allowed above that pace. */
  rateLimit: number;
  rateBurst: number;
  /** Take the client from `X-Forwarded-For` (behind a proxy you run), else the socket's address. */
  trustProxy: boolean;
  /** Largest body in bytes (16 KiB). */
  maxBody: number;
  /** The clock, for ranges (tests pin it). */
  now: () => number;
  /** One line per request: method, path, status, time; never headers, bodies or tokens. */
  log: (line: string) => void;
  /** Serves files (the demo pages, the built kit) outside /api/: the runtime's own static handler. */
  staticFiles?: MiddlewareHandler | undefined;
}

type Env = { Bindings: { incoming?: { socket?: { remoteAddress?: string } } } };

const json = (c: Context, status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers, ...corsOf(c) },
  });
/** CORS headers decided by the middleware for this request (kept on the context). */
const corsOf = (c: Context): Record<string, string> =>
  (c.get('cors' as never) as Record<string, string>) ?? {};
const problem = (c: Context, status: number, error: string, extra: Record<string, unknown> = {}) =>
  json(c, status, { error, ...extra });

/** Reads at most `max` bytes of the body; undefined when there are more. */
async function readCapped(req: Request, max: number): Promise<Uint8Array | undefined> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
/** A bearer token compared in constant time (both sides hashed to the same length first). */
const tokenMatches = (header: string | undefined, token: string): boolean => {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1]!), digest(token));
};

export function createApp(store: Store, options: CollectorOptions): Hono<Env> {
  const { db } = store;
  const app = new Hono<Env>();
  const limiter = new RateLimiter(options.rateLimit, options.rateBurst);
  const anyOrigin = options.corsOrigins.includes('*');
  const allowed = (origin: string | undefined) =>
    !!origin && (anyOrigin || options.corsOrigins.includes(origin));

  // Request log and CORS. A preflight is answered here: for an allowed origin asking for GET or
  // POST with at most Content-Type, Authorization and If-None-Match; refused (403, no CORS
  // headers) otherwise, so the browser blocks the call.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const origin = c.req.header('origin');
    const cors: Record<string, string> = {};
    if (allowed(origin)) {
      cors['access-control-allow-origin'] = anyOrigin ? '*' : origin!;
      if (!anyOrigin) cors['access-control-allow-credentials'] = 'true';
      cors['access-control-expose-headers'] = 'ETag, Retry-After';
    }
    if (!anyOrigin) cors['vary'] = 'Origin';
    c.set('cors' as never, cors as never);
    let res: Response;
    if (c.req.method == 'OPTIONS' && c.req.header('access-control-request-method')) {
      const method = c.req.header('access-control-request-method')!.toUpperCase();
      const asked = (c.req.header('access-control-request-headers') ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      const ok =
        allowed(origin) &&
        ['GET', 'POST', 'HEAD'].includes(method) &&
        asked.every((h) => ['content-type', 'authorization', 'if-none-match'].includes(h));
      res = ok
        ? new Response(null, {
            status: 204,
            headers: {
              ...cors,
              'access-control-allow-methods': 'GET, POST, HEAD',
              'access-control-allow-headers': 'Content-Type, Authorization, If-None-Match',
              'access-control-max-age': '600',
            },
          })
        : new Response(null, { status: 403, headers: { vary: 'Origin' } });
    } else {
      await next();
      res = c.res;
    }
    res.headers.set('x-content-type-options', 'nosniff');
    options.log(
      `${c.req.method} ${new URL(c.req.url).pathname} ${res.status} ${(performance.now() - started).toFixed(1)}ms`,
    );
    return res;
  });

  const authorized = (c: Context) =>
    !!options.token && tokenMatches(c.req.header('authorization'), options.token);
  /** The refusal for a route that reveals answers, or undefined when the request may have them. */
  const guard = (c: Context): Response | undefined => {
    if (!options.token)
      return problem(c, 403, 'this route is disabled: the collector has no COLLECTOR_TOKEN');
    if (!authorized(c))
      return withHeader(problem(c, 401, 'a bearer token is required'), 'www-authenticate', 'Bearer');
    return undefined;
  };
  const withHeader = (r: Response, k: string, v: string) => (r.headers.set(k, v), r);
  const aggregateGuard = (c: Context) => (options.publicAggregates ? undefined : guard(c));

  /** A JSON body with its ETag and Cache-Control; 304 when the client has it already. */
  const cached = (c: Context, body: unknown): Response => {
    const text = JSON.stringify(body);
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
    const headers = {
      etag,
      // Always revalidate (a dashboard's refresh costs a 304 when nothing changed).
      'cache-control': `${options.publicAggregates ? 'public' : 'private'}, no-cache`,
    } as Record<string, string>;
    const cors = corsOf(c);
    const vary = [cors.vary, options.publicAggregates ? '' : 'Authorization'].filter(Boolean).join(', ');
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') == etag))
      return new Response(null, { status: 304, headers: { ...cors, ...headers, ...(vary && { vary }) } });
    return new Response(text, {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...cors,
        ...headers,
        ...(vary && { vary }),
      },
    });
  };
  /** Runs an aggregate; a bad query is a 400 naming the parameter. */
  const aggregate = async (c: Context, make: () => Promise<unknown>) => {
    const refused = aggregateGuard(c);
    if (refused) return refused;
    try {
      const body = await make();
      return body === undefined ? problem(c, 404, 'no such aggregate') : cached(c, body);
    } catch (e) {
      if (e instanceof QueryError)
        return problem(c, 400, 'invalid query', { issues: [{ path: e.path, message: e.message }] });
      throw e;
    }
  };
  const range = (c: Context) => rangeOf({ from: c.req.query('from'), to: c.req.query('to') }, options.now());

  app.post('/api/responses', async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type != 'application/json') return problem(c, 415, 'expected Content-Type: application/json');
    const client =
      (options.trustProxy && c.req.header('x-forwarded-for')?.split(',')[0]?.trim()) ||
      c.env?.incoming?.socket?.remoteAddress ||
      'unknown';
    const wait = limiter.take(client);
    if (wait > 0)
      return withHeader(problem(c, 429, 'too many responses from this client'), 'retry-after', String(wait));
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > options.maxBody) return problem(c, 413, `the body is larger than ${options.maxBody} bytes`);
    const bytes = await readCapped(c.req.raw, options.maxBody);
    if (!bytes) return problem(c, 413, `the body is larger than ${options.maxBody} bytes`);
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return problem(c, 400, 'the body is not JSON (UTF-8)');
    }
    const r = surveyResponseSchema.safeParse(raw);
    if (!r.success) {
      const issues = formatIssues(r.error);
      const first = issues[0];
      return problem(c, 400, `invalid response${first ? `: ${first.path || 'body'} ${first.message}` : ''}`, {
        issues,
      });
    }
    const row = responseRow(r.data, new Date(options.now()).toISOString());
    const stored = await storeResponse(db, row);
    return json(c, stored.status == 'created' ? 201 : 200, { id: row.id, ...stored });
  });

  app.get('/api/nps', (c) => aggregate(c, () => npsBody(db, range(c), c.req.query('segment') || undefined)));
  const lang = (c: Context) => langOf(c.req.query('lang'));
  app.get('/api/funnel', (c) => aggregate(c, async () => named(await funnelBody(db, range(c)), lang(c))));
  app.get('/api/churn', (c) =>
    aggregate(c, () =>
      churnBody(db, {
        granularity: c.req.query('granularity'),
        calendar: c.req.query('calendar'),
        ...(c.req.query('from') && { from: c.req.query('from') }),
        ...(c.req.query('to') && { to: c.req.query('to') }),
      }),
    ),
  );
  app.get('/api/kpi', (c) => aggregate(c, async () => ({ metrics: KPI_SUPPORTED })));
  app.get('/api/kpi/:metric', (c) => aggregate(c, () => kpiBody(db, c.req.param('metric'), range(c))));
  app.get('/api/breakdown', (c) => aggregate(c, async () => ({ names: BREAKDOWN_NAMES })));
  app.get('/api/breakdown/:name', (c) =>
    aggregate(c, async () => named(await breakdownBody(db, c.req.param('name'), range(c)), lang(c))),
  );

  app.get('/api/responses.csv', async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const rows = await db
      .selectFrom('responses')
      .select([
        'id',
        'kind',
        'scale',
        'score',
        'category',
        'comment',
        'question',
        'locale',
        'respondent_id',
        'segment',
        'page',
        'submitted_at',
        'revision',
        'received_at',
        'suspect',
      ])
      .orderBy('submitted_at')
      .orderBy('id')
      .execute();
    const header = Object.keys(rows[0] ?? {}).length
      ? Object.keys(rows[0]!)
      : 'id,kind,scale,score,category,comment,question,locale,respondent_id,segment,page,submitted_at,revision,received_at,suspect'.split(
          ',',
        );
    const csv = toCsv([
      header,
      ...rows.map((r) => header.map((k) => r[k as keyof typeof r] as string | number | null)),
    ]);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': 'attachment; filename="responses.csv"',
        'cache-control': 'no-store',
        ...corsOf(c),
      },
    });
  });

  app.get('/api/health', (c) => json(c, 200, { ok: true, database: store.dialect }));
  if (options.staticFiles) {
    const files = options.staticFiles;
    app.on(['GET', 'HEAD'], '*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  }
  app.notFound((c) => problem(c, 404, 'not found'));
  app.onError((e, c) => {
    // The message only: a stack or a query could carry an answer.
    options.log(`error ${c.req.method} ${new URL(c.req.url).pathname}: ${(e as Error).message}`);
    return problem(c, 500, 'internal error');
  });
  return app;
}
